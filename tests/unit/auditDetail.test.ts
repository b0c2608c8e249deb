import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../renderer/src/pages/admin/AuditEntryDetail';
import { auditFieldLabel } from '../../shared/domain/auditLabels';

describe('the audit log detail', () => {
  it('names stored columns in Chinese, figures with the unit they are stored in', () => {
    expect(auditFieldLabel('persons_in')).toBe('入境人员（人次）');
    expect(auditFieldLabel('import_freight_kg')).toBe('进口货运量（kg）');
    expect(auditFieldLabel('import_value_yuan')).toBe('进口货值（元）');
    expect(auditFieldLabel('updated_at')).toBe('修改时间');
    expect(auditFieldLabel('issuing_body')).toBe('编发单位');
    expect(auditFieldLabel('some_new_column')).toBe('some_new_column');
  });

  it('shows an update as the changed fields only, before → after, with times in Beijing time', () => {
    const rows = fieldChanges(
      {
        table: 'daily_records',
        op: 'update',
        before: { persons_in: 1200, note: null, updated_at: '2025-06-03T16:30:00.000Z', date: '2025-06-03' },
        after: { persons_in: 1400, note: '补录', updated_at: '2025-06-04T01:05:09.000Z', date: '2025-06-03' },
      },
      '空',
    );
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ['入境人员（人次）', '1200', '1400'],
      ['备注', '空', '补录'],
      // 16:30 UTC is 00:30 the next day in Beijing
      ['修改时间', '2025-06-04 00:30:00', '2025-06-04 09:05:09'],
    ]);
  });

  it('shows an inserted row’s values and a deleted row’s, one side only', () => {
    expect(fieldChanges({ table: 'ports', op: 'insert', before: null, after: { name: '吉隆口岸' } }, '空')).toEqual([{ key: 'name', label: '名称', before: null, after: '吉隆口岸' }]);
    expect(fieldChanges({ table: 'ports', op: 'delete', before: { name: '吉隆口岸' }, after: null }, '空')).toEqual([{ key: 'name', label: '名称', before: '吉隆口岸', after: null }]);
  });
});
