import type { AuditChanges } from '../contract/trust';

/**
 * Names people read in the audit log. A method or table added later without a name here is shown
 * by its identifier, so the log never hides an entry for want of a label.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  saveDay: '保存一天的数据',
  saveDays: '保存多天的数据',
  createPort: '添加口岸',
  addRegionalDays: '添加地方节假日',
  updateRegionalDay: '修改地方节假日',
  deleteRegionalDay: '删除地方节假日',
  saveDutyRule: '保存值班安排',
  deleteDutyRule: '删除值班安排',
  saveDutyException: '保存值班调整',
  deleteDutyException: '删除值班调整',
  setFivePlusTwoSettings: '修改“5+2”设置',
  createMeasure: '新建通关措施',
  updateMeasure: '修改通关措施',
  deleteMeasure: '删除通关措施',
  changeMeasureStatus: '变更措施状态',
  addMeasureProgress: '记录措施进展',
  applyMeasureTemplate: '导入措施模板',
  createFirstAdmin: '创建首个管理员',
  login: '登录',
  loginFailed: '登录失败',
  logout: '退出登录',
  changeOwnPassword: '修改自己的密码',
  createUser: '新建账户',
  updateUser: '修改账户',
  resetPassword: '重置密码',
  updateTrustSettings: '修改安全与备份设置',
  saveBriefingRemarks: '保存简报备注',
  issueBriefing: '编发简报',
  updateBriefingLetterhead: '修改简报设置',
  createBackup: '手动备份',
  restoreBackup: '从备份恢复',
};

export const AUDIT_TABLE_LABELS: Record<string, string> = {
  ports: '口岸',
  daily_records: '每日数据',
  daily_record_revisions: '每日数据修改记录',
  regional_days: '地方节假日',
  calendar_revision: '日历版本',
  duty_rules: '值班安排',
  duty_exceptions: '值班调整',
  port_calendar_settings: '口岸日历设置',
  measures: '通关措施',
  measure_ports: '措施所涉口岸',
  measure_metrics: '措施指标',
  measure_progress: '措施进展',
  users: '账户',
  trust_settings: '安全与备份设置',
  briefing_remarks: '简报备注',
  briefing_letterhead: '简报设置',
  briefing_issues: '已编发简报',
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
