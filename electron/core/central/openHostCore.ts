import { openAppCore, type AppCore } from '../openAppCore';
import type { OpenCoreOptions } from '../openCore';
import { openCentralAppCore, type CentralAppCore } from './centralCore';
import { connectionUrl, readCentralSetting } from './centralSetting';

/**
 * The core a host (the desktop app, `clearance serve`) opens on its data folder: over the central
 * database when one is given (`--db`) or set in the folder (系统管理 → 中心数据库, read here before
 * anything opens the store), else the folder's own store.
 */
export async function openHostCore(
  options: Omit<OpenCoreOptions, 'days' | 'readOnly' | 'lock'> & { lock: string; db?: string },
): Promise<{ core: AppCore; central: CentralAppCore | null }> {
  const { db, lock, ...rest } = options;
  const setting = db === undefined ? readCentralSetting(rest.dataDir) : null;
  const url = db ?? (setting ? connectionUrl(setting) : null);
  if (url !== null) {
    const central = await openCentralAppCore({ ...rest, url, lock: `中心库${lock}` });
    return { core: central, central };
  }
  return { core: await openAppCore({ ...rest, lock }), central: null };
}
