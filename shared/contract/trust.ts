import { z } from './zodChinese';
import { method } from './define';
import { emptyInput, isoDate } from './common';
import { ROLES } from './access';

/**
 * Trust: accounts and sign-in, the audit log, backups and their settings. Sign-in, first-run set-up
 * and the sign-in state are public; everything else needs a signed-in user of the right role
 * (shared/contract/access.ts).
 */

export const role = z.enum(ROLES, { error: '角色应为管理员、录入员或查看者' });

export const username = z
  .string({ error: '请填写用户名' })
  .trim()
  .min(2, '用户名至少 2 个字符')
  .max(32, '用户名不超过 32 个字符')
  .regex(/^[\p{L}\p{N}_.-]+$/u, '用户名只能包含汉字、字母、数字、下划线、点或短横线');

export const displayName = z.string({ error: '请填写姓名' }).trim().min(1, '请填写姓名').max(40, '姓名不超过 40 个字');

export const MIN_PASSWORD_LENGTH = 8;
export const newPassword = z
  .string({ error: '请填写密码' })
  .min(MIN_PASSWORD_LENGTH, `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`)
  .max(128, '密码不超过 128 个字符')
  .refine((p) => p.trim() !== '', '密码不能全是空格');

const givenPassword = z.string({ error: '请填写密码' }).min(1, '请填写密码').max(256, '密码不超过 256 个字符');
const userId = z.number({ error: '请选择账户' }).int().positive('请选择账户');

export const signedInUser = z.object({ id: z.number().int(), username: z.string(), displayName: z.string(), role });
export type SignedInUser = z.infer<typeof signedInUser>;

export const userAccount = signedInUser.extend({
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type UserAccount = z.infer<typeof userAccount>;

export const BACKUP_REASONS = ['start', 'quit', 'daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
/** Made by the program on its own; only these are pruned to the last N. */
export const AUTOMATIC_BACKUP_REASONS: readonly BackupReason[] = ['start', 'quit', 'daily'];

export const backupInfo = z.object({
  /** the file's full path: what restoreBackup takes back (only a path from the current list is accepted) */
  path: z.string(),
  name: z.string(),
  folder: z.string(),
  at: z.string(),
  reason: z.enum(BACKUP_REASONS),
  bytes: z.number().int(),
  /** checked only where it matters (recovery): 'unchecked' elsewhere */
  status: z.enum(['good', 'bad', 'unchecked']),
  problem: z.string().nullable(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const authState = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('normal'),
    /** no account exists yet: the first run creates the administrator */
    needsSetup: z.boolean(),
    user: signedInUser.nullable(),
    /** the caller had a session that ran out after inactivity */
    locked: z.boolean(),
    lockMinutes: z.number().int(),
  }),
  z.object({
    /** the store is damaged: only restoring a backup is possible */
    mode: z.literal('recovery'),
    problem: z.string(),
    /** empty until the caller has given the recovery token (the browser host; the desktop window needs none) */
    backups: z.array(backupInfo),
    /** the browser host asks for the one-time token it printed on its console before showing or restoring backups */
    tokenRequired: z.boolean(),
  }),
]);
export type AuthState = z.infer<typeof authState>;

export const LOCK_MINUTES = { min: 1, max: 480, default: 15 } as const;
export const BACKUP_KEEP = { min: 1, max: 365, default: 14 } as const;

export const trustSettings = z.object({
  lockMinutes: z.number().int(),
  backupFolder: z.string(),
  backupKeep: z.number().int(),
  defaultBackupFolder: z.string(),
});
export type TrustSettings = z.infer<typeof trustSettings>;

export const trustSettingsChange = z.object({
  lockMinutes: z
    .number({ error: '自动锁定时间应为数字' })
    .int('自动锁定时间应为整数分钟')
    .min(LOCK_MINUTES.min, `自动锁定时间至少 ${LOCK_MINUTES.min} 分钟`)
    .max(LOCK_MINUTES.max, `自动锁定时间不超过 ${LOCK_MINUTES.max} 分钟`)
    .optional(),
  backupFolder: z
    .string({ error: '请填写备份文件夹' })
    .trim()
    .min(1, '请填写备份文件夹')
    .max(400, '备份文件夹路径过长')
    .refine((p) => !p.includes('\0'), '备份文件夹路径含有非法字符')
    .optional(),
  backupKeep: z
    .number({ error: '保留份数应为数字' })
    .int('保留份数应为整数')
    .min(BACKUP_KEEP.min, `至少保留 ${BACKUP_KEEP.min} 份`)
    .max(BACKUP_KEEP.max, `最多保留 ${BACKUP_KEEP.max} 份`)
    .optional(),
});

export const AUDIT_OPS = ['insert', 'update', 'delete'] as const;
export const auditRowChange = z.object({
  table: z.string(),
  op: z.enum(AUDIT_OPS),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export const auditChanges = z.object({
  rows: z.array(auditRowChange),
  counts: z.record(z.string(), z.object({ insert: z.number().int(), update: z.number().int(), delete: z.number().int() })),
  /** more rows changed than are kept in detail */
  truncated: z.boolean(),
  /** what a change did outside the database (a backup file, a restore) */
  notes: z.array(z.string()),
});
export type AuditChanges = z.infer<typeof auditChanges>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userName: z.string(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  host: z.string(),
  action: z.string(),
  input: z.unknown(),
  changes: auditChanges,
  hash: z.string(),
  prevHash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const AUDIT_PROBLEM_KINDS = ['altered', 'unlinked', 'gap', 'truncated', 'unreadable'] as const;
export const auditChainStatus = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  problems: z.array(
    z.object({
      id: z.number().int().nullable(),
      at: z.string().nullable(),
      action: z.string().nullable(),
      kind: z.enum(AUDIT_PROBLEM_KINDS),
      message: z.string(),
    }),
  ),
});
export type AuditChainStatus = z.infer<typeof auditChainStatus>;

export const auditFilter = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    userName: z.string().trim().max(40, '用户名过长').optional(),
    action: z.string().trim().max(60, '操作名称过长').optional(),
    search: z.string().trim().max(100, '搜索内容不超过 100 个字').optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type AuditFilter = z.infer<typeof auditFilter>;

export const AUDIT_PAGE_SIZE_MAX = 200;

export const trustContract = {
  getAuthState: method({ input: emptyInput, output: authState, write: false, public: true }),
  /** in recovery over HTTP: the one-time token printed on the host's console opens recovery for this browser */
  unlockRecovery: method({
    input: z.object({ token: z.string({ error: '请填写恢复口令' }).trim().min(1, '请填写恢复口令').max(200, '恢复口令不正确') }),
    output: z.null(),
    write: false,
    public: true,
  }),
  createFirstAdmin: method({
    input: z.object({ username, displayName, password: newPassword }),
    output: signedInUser,
    write: true,
    public: true,
  }),
  login: method({
    input: z.object({
      username: z.string({ error: '请填写用户名' }).trim().min(1, '请填写用户名').max(64, '用户名过长'),
      password: givenPassword,
    }),
    output: signedInUser,
    write: false,
    public: true,
  }),
  logout: method({ input: emptyInput, output: z.null(), write: false, public: true }),
  changeOwnPassword: method({
    input: z.object({ currentPassword: givenPassword, newPassword }),
    output: z.null(),
    write: true,
    selfService: true,
  }),

  listUsers: method({ input: emptyInput, output: z.array(userAccount), write: false, adminOnly: true }),
  createUser: method({
    input: z.object({ username, displayName, role, password: newPassword }),
    output: userAccount,
    write: true,
    adminOnly: true,
  }),
  updateUser: method({
    input: z.object({ id: userId, displayName: displayName.optional(), role: role.optional(), disabled: z.boolean().optional() }),
    output: userAccount,
    write: true,
    adminOnly: true,
  }),
  resetPassword: method({ input: z.object({ id: userId, newPassword }), output: z.null(), write: true, adminOnly: true }),

  verifyAuditLog: method({ input: emptyInput, output: auditChainStatus, write: false, adminOnly: true }),
  listAuditLog: method({
    input: z.object({
      filter: auditFilter.optional(),
      page: z.number().int().min(1, '页码应从 1 开始').max(1_000_000).default(1),
      pageSize: z.number().int().min(1).max(AUDIT_PAGE_SIZE_MAX, `每页最多 ${AUDIT_PAGE_SIZE_MAX} 条`).default(50),
    }),
    output: z.object({
      total: z.number().int(),
      entries: z.array(auditEntry),
      /** the distinct users and actions in the whole log, for the filter lists */
      userNames: z.array(z.string()),
      actions: z.array(z.string()),
    }),
    write: false,
    adminOnly: true,
  }),
  exportAuditLog: method({
    input: z.object({ filter: auditFilter.optional() }),
    output: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }),
    write: false,
    adminOnly: true,
  }),

  getTrustSettings: method({ input: emptyInput, output: trustSettings, write: false, adminOnly: true }),
  updateTrustSettings: method({ input: trustSettingsChange, output: trustSettings, write: true, adminOnly: true }),

  /** the system's folder dialog, in the desktop app only (`supported: false` in the browser) */
  pickBackupFolder: method({
    input: emptyInput,
    output: z.object({ supported: z.boolean(), folder: z.string().nullable() }),
    write: false,
    adminOnly: true,
  }),
  listBackups: method({
    input: emptyInput,
    output: z.object({
      folder: z.string(),
      defaultFolder: z.string(),
      keep: z.number().int(),
      backups: z.array(backupInfo),
      /** the last automatic backup's outcome in this run, if any */
      lastAutomatic: z.object({ at: z.string(), ok: z.boolean(), message: z.string() }).nullable(),
    }),
    write: false,
    adminOnly: true,
  }),
  /** A backup into the backup folder; `folder` (the CLI's `backup --to`) puts it in another one, from the CLI only. */
  createBackup: method({
    input: z
      .object({ folder: z.string().trim().min(1, '请指定备份文件夹').max(1000, '文件夹路径过长').optional() })
      .strict()
      .optional(),
    output: backupInfo,
    write: true,
    adminOnly: true,
  }),
  /**
   * `clearance check`: the store's integrity, the audit log's hash chain, its tail against the heads
   * kept in the backups, and the audited tables against the log. A write only in that the check and
   * its outcome are recorded in the audit log.
   */
  checkStore: method({
    input: emptyInput,
    output: z.object({
      ok: z.boolean(),
      auditEntries: z.number().int(),
      integrityProblems: z.array(z.string()),
      auditChainProblems: z.array(z.string()),
      mismatches: z.array(z.string()),
    }),
    write: true,
    adminOnly: true,
  }),
  restoreBackup: method({
    input: z.object({ path: z.string({ error: '请选择备份' }).min(1, '请选择备份').max(1000, '备份路径过长') }),
    output: z.object({ restoredFrom: backupInfo, safetyBackup: backupInfo.nullable() }),
    write: true,
    adminOnly: true,
  }),
};
