import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';

/**
 * The central database a host opens instead of its own figures (系统管理 → 中心数据库): a small JSON
 * file in the data folder, read by the host before it opens any core (the core it opens depends on
 * it), so the setting takes effect on the next start. The password is kept apart from the address,
 * in this file only (readable by its owner only): it is never sent back to a page or the audit log.
 */
export const CENTRAL_SETTING_FILE = 'central-database.json';

export interface CentralSetting {
  /** postgres://账户@主机:端口/数据库, without the password */
  url: string;
  password: string | null;
}

const fileOf = (dataDir: string) => path.join(dataDir, CENTRAL_SETTING_FILE);

function invalid(message: string): AppError {
  return new AppError('INVALID_INPUT', message, { url: message });
}

/** The address as the setting keeps it: PostgreSQL's, naming an account, a host and a database, no password. */
export function checkCentralAddress(url: string): string {
  const text = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw invalid('中心数据库地址无法识别，应为 postgres://账户@主机:端口/数据库');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw invalid('中心数据库地址应以 postgres:// 开头');
  if (parsed.password !== '') throw invalid('地址中不要写密码，请填在"密码"一栏');
  if (parsed.username === '') throw invalid('地址中缺少账户，应为 postgres://账户@主机:端口/数据库');
  if (parsed.hostname === '') throw invalid('地址中缺少服务器地址，应为 postgres://账户@主机:端口/数据库');
  if (parsed.pathname.replace(/^\//, '') === '') throw invalid('地址中缺少数据库名，应为 postgres://账户@主机:端口/数据库');
  return text;
}

/** The address to connect with: the password put back in, where one was given. */
export function connectionUrl(setting: CentralSetting): string {
  if (setting.password === null) return setting.url;
  const parsed = new URL(setting.url);
  parsed.password = setting.password;
  return parsed.toString();
}

/** The folder's setting, or null where none is set. A damaged file is an error, not "no setting". */
export function readCentralSetting(dataDir: string): CentralSetting | null {
  let text: string;
  try {
    text = fs.readFileSync(fileOf(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const value = JSON.parse(text) as Partial<CentralSetting>;
    if (typeof value.url !== 'string' || !(value.password === null || typeof value.password === 'string')) throw new Error('shape');
    return { url: checkCentralAddress(value.url), password: value.password };
  } catch {
    throw new AppError('CONFLICT', `中心数据库设置文件已损坏：${fileOf(dataDir)}。请删除该文件后重新启动，再在"系统管理 → 中心数据库"中重新设置。`);
  }
}

/**
 * Saves the setting (null: removes it), whole or not at all: written beside and renamed over the old
 * one, so a host starting meanwhile reads the old setting or the new one, never half of one.
 */
export function writeCentralSetting(dataDir: string, setting: CentralSetting | null): void {
  const file = fileOf(dataDir);
  if (setting === null) {
    fs.rmSync(file, { force: true });
    return;
  }
  const checked: CentralSetting = { url: checkCentralAddress(setting.url), password: setting.password === '' ? null : setting.password };
  const partial = `${file}.${process.pid}.partial`;
  const fd = fs.openSync(partial, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(checked, null, 2));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
}
