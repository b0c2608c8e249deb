import { NUMERIC_FIELDS } from './dailyFields';

/**
 * Names people read in the audit log. A method or table added later without a name here is shown
 * by its identifier, so the log never hides an entry for want of a label.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  saveDay: '保存一天的数据',
  saveDays: '保存多天的数据',
  createPort: '添加口岸',
  renamePort: '修改口岸名称',
  setPortDisabled: '停用或启用口岸',
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
  saveCentralSetting: '修改中心数据库设置',
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

/** The part of an audit entry's changes (contract/trust.ts AuditChanges) a summary reads. */
export interface AuditCounts {
  counts: Readonly<Record<string, Readonly<Record<keyof typeof AUDIT_OP_LABELS, number>>>>;
  notes: readonly string[];
}

/** "每日数据：新增 1，修改 2" per table, then the notes; "无数据变化" when there is neither. */
export function summarizeAuditChanges(changes: AuditCounts): string {
  const parts = Object.entries(changes.counts).map(([table, c]) => {
    const ops = (['insert', 'update', 'delete'] as const).filter((op) => c[op] > 0).map((op) => `${AUDIT_OP_LABELS[op]} ${c[op]}`);
    return `${auditTableLabel(table)}：${ops.join('，')}`;
  });
  const all = [...parts, ...changes.notes];
  return all.length ? all.join('；') : '无数据变化';
}

/** Columns every table shares, and a few others people meet in the log. */
const COMMON_COLUMN_LABELS: Record<string, string> = {
  id: '编号',
  date: '日期',
  port_id: '口岸',
  name: '名称',
  code: '代码',
  title: '标题',
  status: '状态',
  text: '内容',
  note: '备注',
  revision: '版本',
  source: '来源',
  is_demo: '演示数据',
  role: '角色',
  username: '用户名',
  display_name: '姓名',
  disabled: '已停用',
  disabled_at: '停用时间',
  key: '设置项',
  value: '设置值',
  created_at: '创建时间',
  created_by: '创建人',
  updated_at: '修改时间',
  updated_by: '修改人',
  period_kind: '时段类型',
  period_from: '时段开始',
  period_to: '时段结束',
  publication: '简报名称',
  issuing_body: '编发单位',
  report_to: '报送',
  copy_to: '抄送',
  next_number: '下一期期号',
  next_number_year: '期号年度',
  issue_year: '编发年度',
  issue_number: '期号',
  issued_on: '编发日期',
  issued_at: '编发时间',
  issued_by: '编发人',
  port_open: '口岸开放',
  closure_reason: '闭关原因',
};

/**
 * The label of a stored column in the audit log's detail: "入境人员（人次）", "进口货运量（kg）", "修改时间".
 * A figure is named with the unit it is stored in, since the log shows stored values. A column
 * without a label is shown by its name, so nothing is hidden.
 */
export function auditFieldLabel(column: string): string {
  const common = COMMON_COLUMN_LABELS[column];
  if (common) return common;
  const figure = NUMERIC_FIELDS.find((f) => f.column === column);
  return figure ? `${figure.label}（${figure.storedUnit}）` : column;
}

/** ISO moments as stored by the program ("2025-06-03T06:05:09.000Z"): shown in Beijing time. */
export const STORED_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
