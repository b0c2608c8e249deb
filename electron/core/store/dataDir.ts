import os from 'node:os';
import path from 'node:path';

/** The folder name Electron gives the app's user data (from package.json "name"). */
export const APP_FOLDER_NAME = 'zhangmu-clearance';
export const DB_FILE_NAME = 'clearance.sqlite';
/** Overrides the data folder for every host; tests point it at a temp folder. */
export const DATA_DIR_ENV = 'CLEARANCE_DATA_DIR';

/**
 * The same folder Electron's app.getPath('userData') gives, worked out without Electron, so the
 * browser host and the CLI open the desktop app's store by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env[DATA_DIR_ENV]) return path.resolve(env[DATA_DIR_ENV]!);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
}

export function resolveDataDir(explicit: string | undefined): string {
  return explicit ? path.resolve(explicit) : defaultDataDir();
}
