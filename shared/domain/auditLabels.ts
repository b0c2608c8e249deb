import type { AuditChanges } from '../contract/trust';

/**
 * Names people read in the audit log. A method or table added later without a name here is shown
 * by its identifier, so the log never hides an entry for want of a label.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  saveDay: '保存一天的数据',
  saveDays: '保存多天的数据',
  createPort: '添加口岸',
  createFirstAdmin: '创建首个管理员',
  login: '登录',
  loginFailed: '登录失败',
  logout: '退出登录',
  changeOwnPassword: '修改自己的密码',
  createUser: '新建账户',
  updateUser: '修改账户',
  resetPassword: '重置密码',
  updateTrustSettings: '修改安全与备份设置',
  createBackup: '手动备份',
  restoreBackup: '从备份恢复',
};

export const AUDIT_TABLE_LABELS: Record<string, string> = {
  ports: '口岸',
  daily_records: '每日数据',
  daily_record_revisions: '每日数据修改记录',
  users: '账户',
  trust_settings: '安全与备份设置',
};

export const AUDIT_OP_LABELS = { insert: '新增', update: '修改', delete: '删除' } as const;

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function auditTableLabel(table: string): string {
  return AUDIT_TABLE_LABELS[table] ?? table;
}

/** "每日数据：新增 1，修改 2" per table, then the notes; "无数据变化" when there is neither. */
export function summarizeAuditChanges(changes: AuditChanges): string {
  const parts = Object.entries(changes.counts).map(([table, c]) => {
    const ops = (['insert', 'update', 'delete'] as const).filter((op) => c[op] > 0).map((op) => `${AUDIT_OP_LABELS[op]} ${c[op]}`);
    return `${auditTableLabel(table)}：${ops.join('，')}`;
  });
  const all = [...parts, ...changes.notes];
  return all.length ? all.join('；') : '无数据变化';
}
