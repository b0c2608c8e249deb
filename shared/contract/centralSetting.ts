import { z } from './zodChinese';
import { method } from './define';
import { emptyInput } from './common';

/**
 * The central PostgreSQL database a host serves instead of its own figures (系统管理 → 中心数据库),
 * for the administrator. The address is checked when saved (electron/core/central/centralSetting.ts);
 * the password is sent in its own field, so the audit log masks it, and never sent back.
 */
const address = z.string({ error: '请填写中心数据库地址' }).trim().min(1, '请填写中心数据库地址').max(500, '地址不超过 500 个字符');
const password = z.string().max(256, '密码不超过 256 个字符').nullable();

export const centralSettingView = z.object({
  /** postgres://账户@主机:端口/数据库 (no password), or null: this host serves its own store */
  url: z.string().nullable(),
  hasPassword: z.boolean(),
  /** whether the core running now serves a central database (a saved change shows after a restart) */
  serving: z.boolean(),
});
export type CentralSettingView = z.infer<typeof centralSettingView>;

export const centralSettingContract = {
  getCentralSetting: method({ input: emptyInput, output: centralSettingView, write: false, adminOnly: true }),
  /** Saves the address (null: back to this computer's own data); takes effect when the program restarts. */
  saveCentralSetting: method({
    input: z.object({ url: address.nullable(), password }),
    output: centralSettingView,
    write: true,
    adminOnly: true,
  }),
  /** Connects once with the address given (nothing saved) and says who it signed in as and how many ports it sees. */
  testCentralConnection: method({
    input: z.object({ url: address, password }),
    output: z.object({ role: z.string(), ports: z.number().int() }),
    write: false,
    adminOnly: true,
  }),
};
