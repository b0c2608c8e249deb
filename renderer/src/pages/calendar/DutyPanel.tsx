import { useState } from 'react';
import { App as AntApp, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, PrinterOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, DutyRuleDto } from '../../../../shared/contract/calendar';
import { formatDutyHours } from '../../../../shared/domain/calendar/duty';
import { todayInShanghai, weekdayOf } from '../../../../shared/domain/dates';
import { isRestDay } from '../../../../shared/domain/dayType';
import { formatDateLabel, formatMonthLabel, formatShortDateLabel } from '../../../../shared/domain/format';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { DAY_TYPE_COLORS } from '../days/dayTypeColors';
import { ExceptionDialog, RuleDialog } from './DutyDialogs';
import { LoadError, Loading, UncoveredNotice } from './Notices';
import { useApiQuery } from '../../api/queries';
import { MonthStepper } from '../../components/period/MonthStepper';

/** The month's duty roster (printable) and the port's duty rules; editing only for roles that may change them. */
export function DutyPanel({ portId, month, onMonth }: { portId: number; month: string; onMonth(m: string): void }) {
  const { t } = useTranslation(['calendar', 'domain', 'common']);
  const { message } = AntApp.useApp();
  const { ports, can } = useSession();
  const mayAdjustDay = can('saveDutyException');
  const mayEditRules = can('saveDutyRule');
  const mayDeleteRules = can('deleteDutyRule');
  const portName = ports.find((p) => p.id === portId)?.name ?? '';
  const monthData = useApiQuery('getCalendarMonth', { portId, month });
  const rules = useApiQuery('listDutyRules', { portId });
  const [editingRule, setEditingRule] = useState<DutyRuleDto | 'new' | null>(null);
  const [editingDay, setEditingDay] = useState<CalendarDay | null>(null);

  const rosterDays = (monthData.data?.month === month ? monthData.data.days : []).filter(
    (d) => isRestDay(d.dayType.type) || d.plan?.source === 'exception',
  );

  const planText = (d: CalendarDay) => {
    if (!d.plan) return <Typography.Text type="warning">{t('duty.noPlan')}</Typography.Text>;
    if (!d.plan.open) return t('duty.planClosed');
    return `${t('duty.planOpen')} ${formatDutyHours(d.plan) ?? ''}`.trim();
  };
  const recordText = (d: CalendarDay) => (d.portOpen === true ? t('open') : d.portOpen === false ? t('closed') : t('notRecorded'));

  const deleteRule = async (id: number) => {
    const r = await api.deleteDutyRule({ id });
    if (!r.ok) return void message.error(r.error.message);
    // (a write: the rules and the month on screen are asked again by themselves)
    void message.success(t('duty.ruleDeleted'));
  };

  return (
    <div>
      <Space wrap className="no-print" style={{ marginBottom: 12 }}>
        <MonthStepper month={month} onChange={onMonth} />
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('duty.print')}
        </Button>
        <Loading loading={monthData.loading} />
      </Space>
      <LoadError error={monthData.error} onRetry={monthData.reload} />

      <section className="duty-roster" data-testid="duty-roster">
        <Typography.Title level={4} className="roster-title">
          {t('duty.rosterTitle', { port: portName, month: formatMonthLabel(month) })}
        </Typography.Title>
        <UncoveredNotice notice={monthData.data?.notice} />
        {monthData.data && !monthData.data.hasDutyRules && (
          <Typography.Paragraph type="warning" className="no-print">
            {t(mayEditRules ? 'duty.noRulesHint' : 'duty.noRulesHintReadOnly')}
          </Typography.Paragraph>
        )}
        <Table<CalendarDay>
          size="small"
          pagination={false}
          rowKey="date"
          dataSource={rosterDays}
          locale={{ emptyText: <Empty description={t('duty.noRestDays')} /> }}
          rowClassName={(d) => (d.mismatch ? 'roster-mismatch' : '')}
          columns={[
            {
              title: t('duty.colDate'),
              render: (_, d) => `${formatShortDateLabel(d.date)} ${t(`weekdayLong.${weekdayOf(d.date) || 7}`)}`,
            },
            {
              title: t('duty.colType'),
              render: (_, d) => (
                <Tag color={DAY_TYPE_COLORS[d.dayType.type]}>
                  {t(`domain:dayTypes.${d.dayType.type}`)}
                  {d.dayType.name ? ` · ${d.dayType.name}` : ''}
                </Tag>
              ),
            },
            { title: t('duty.colPlan'), render: (_, d) => planText(d) },
            { title: t('duty.colUnits'), render: (_, d) => d.plan?.units.join('、') || '—' },
            { title: t('duty.colPerson'), render: (_, d) => d.plan?.personInCharge ?? '—' },
            {
              title: t('duty.colNote'),
              render: (_, d) => [d.plan?.source === 'exception' ? t('duty.adjusted') : null, d.plan?.note].filter(Boolean).join('：') || '',
            },
            {
              title: t('duty.colRecord'),
              render: (_, d) => (
                <span>
                  {recordText(d)}
                  {d.mismatch && (
                    <Typography.Text type="danger" style={{ marginLeft: 6 }} data-testid={`mismatch-${d.date}`}>
                      <WarningOutlined /> {t(`mismatch.${d.mismatch}`)}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
            ...(mayAdjustDay
              ? [
                  {
                    title: t('duty.colAction'),
                    className: 'no-print',
                    render: (_: unknown, d: CalendarDay) => (
                      <Button size="small" icon={<EditOutlined />} onClick={() => setEditingDay(d)} aria-label={t('duty.adjustDay', { date: d.date })}>
                        {t('duty.adjust')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Typography.Paragraph type="secondary" className="roster-footer">
          {t('duty.printedAt', { date: formatDateLabel(todayInShanghai()) })}
        </Typography.Paragraph>
      </section>

      <Card
        size="small"
        className="no-print"
        style={{ marginTop: 16 }}
        title={t('duty.rules')}
        extra={
          mayEditRules && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditingRule('new')}>
              {t('duty.addRule')}
            </Button>
          )
        }
      >
        <LoadError error={rules.error} onRetry={rules.reload} />
        <Table<DutyRuleDto>
          size="small"
          pagination={false}
          rowKey="id"
          loading={rules.loading}
          dataSource={rules.data ?? []}
          locale={{ emptyText: <Empty description={t('duty.noRules')} /> }}
          columns={[
            { title: t('duty.scope'), render: (_, r) => t(`duty.scopes.${r.scope}`) },
            { title: t('duty.validity'), render: (_, r) => `${r.validFrom} – ${r.validTo ?? t('duty.openEnded')}` },
            { title: t('duty.colPlan'), render: (_, r) => (r.open ? `${t('duty.planOpen')} ${formatDutyHours(r) ?? ''}` : t('duty.planClosed')) },
            { title: t('duty.colUnits'), render: (_, r) => r.units.join('、') || '—' },
            { title: t('duty.colPerson'), render: (_, r) => r.personInCharge ?? '—' },
            { title: t('duty.colNote'), dataIndex: 'note' },
            ...(mayEditRules || mayDeleteRules
              ? [
                  {
                    title: t('duty.colAction'),
                    render: (_: unknown, r: DutyRuleDto) => (
                      <Space>
                        {mayEditRules && (
                          <Button size="small" icon={<EditOutlined />} onClick={() => setEditingRule(r)}>
                            {t('edit')}
                          </Button>
                        )}
                        {mayDeleteRules && (
                          <Popconfirm title={t('duty.deleteRuleConfirm')} okText={t('delete')} cancelText={t('common:cancel')} onConfirm={() => void deleteRule(r.id)}>
                            <Button size="small" danger icon={<DeleteOutlined />}>
                              {t('delete')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      {/* Keyed so that each rule or day gets a fresh form store (a reused one keeps the last values). */}
      {mayEditRules && (
        <RuleDialog
          key={editingRule === 'new' ? 'new' : (editingRule?.id ?? 'closed')}
          portId={portId}
          open={editingRule !== null}
          rule={editingRule === 'new' ? null : editingRule}
          onClose={() => setEditingRule(null)}
        />
      )}
      {mayAdjustDay && (
        <ExceptionDialog
          key={editingDay?.date ?? 'closed'}
          portId={portId}
          date={editingDay?.date ?? null}
          plan={editingDay?.plan ?? null}
          onClose={() => setEditingDay(null)}
        />
      )}
    </div>
  );
}
