import { describe, expect, it } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { defaultDataDir, DATA_DIR_ENV } from '../../electron/core/store/dataDir';

describe('data folder', () => {
  it('is the folder Electron gives the app, on each system', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toBe(path.join('C:\\Users\\u\\AppData\\Roaming', 'zhangmu-clearance'));
    expect(defaultDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'zhangmu-clearance'));
    expect(defaultDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', 'zhangmu-clearance'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe(path.join('/xdg', 'zhangmu-clearance'));
  });

  it('is overridden by the environment variable', () => {
    expect(defaultDataDir({ [DATA_DIR_ENV]: '/some/where' }, 'win32')).toBe(path.resolve('/some/where'));
  });
});
