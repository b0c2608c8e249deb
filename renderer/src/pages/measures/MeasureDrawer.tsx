import { useState } from 'react';
import { Alert, App as AntApp, Button, Descriptions, Drawer, Dropdown, Space, Spin, Tabs, Tag } from 'antd';
import { DeleteOutlined, DownOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeTarget, MEASURE_METRICS, type MeasureStatus } from '../../../../shared/domain/measures/measureTypes';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useSession } from '../../app/session';
import { MeasureFormDialog } from './MeasureFormDialog';
import { ProgressLog } from './ProgressLog';
import { StatusDialog } from './StatusDialog';
import { EffectView } from './EffectView';
import { formatTimestamp } from '../../../../shared/domain/format';
import { STATUS_COLORS } from './measureUi';

/** One measure: what it is, its progress log, and what it changed. */
export function MeasureDrawer({ id, onClose, onDeleted }: { id: number; onClose(): void; onDeleted(): void }) {
  const { t } = useTranslation(['measures', 'domain', 'common']);
  const { message, modal } = AntApp.useApp();
  const { ports, can } = useSession();
  const mayEdit = can('updateMeasure');
  const mayChangeStatus = can('changeMeasureStatus');
  const mayDelete = can('deleteMeasure');
  const { run: deleteMeasure } = useApiMutation('deleteMeasure');
  // A write of this measure puts what it returns in this query (api/writeAnswers.ts), so the drawer
  // shows the edit, the new status or the added progress at once.
  const query = useApiQuery('getMeasure', { id });
  const measure = query.answered ? query.data : null;
  const error = query.error;
  const [tab, setTab] = useState('info');
  const [editing, setEditing] = useState(false);
  const [statusTo, setStatusTo] = useState<MeasureStatus | null>(null);

  // Another measure opens on its first tab.
  const [tabOf, setTabOf] = useState(id);
  if (tabOf !== id) {
    setTabOf(id);
    setTab('info');
  }

  const confirmDelete = () => {
    if (!measure) return;
    modal.confirm({
      title: t('deleteTitle', { code: measure.code }),
      content: t('deleteContent', { n: measure.progressCount }),
      okText: t('delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:cancel'),
      onOk: async () => {
        const r = await deleteMeasure({ id: measure.id });
        if (!r.ok) return void message.error(r.error.message);
        void message.success(t('deleted', { code: r.value.code }));
        onDeleted();
      },
    });
  };

  const portName = (pid: number) => ports.find((p) => p.id === pid)?.name ?? `#${pid}`;

  return (
    <Drawer
      open
      onClose={onClose}
      size={880}
      rootClassName="measure-drawer"
      destroyOnHidden
      title={
        measure ? (
          <Space wrap>
            <span data-testid="drawer-title">
              {measure.code} {measure.title}
            </span>
            <Tag color={STATUS_COLORS[measure.status]} data-testid="drawer-status">
              {t(`domain:measureStatuses.${measure.status}`)}
            </Tag>
            {measure.stalled && <Tag color="red">{measure.daysSinceProgress === null ? t('stalledNever') : t('stalledDays', { n: measure.daysSinceProgress })}</Tag>}
            {measure.overdue && <Tag color="orange">{t('overdue')}</Tag>}
            {measure.isDemo && <Tag color="purple">{t('demo')}</Tag>}
          </Space>
        ) : (
          t('loadingMeasure')
        )
      }
      extra={
        measure &&
        (mayEdit || mayChangeStatus || mayDelete) && (
          <Space>
            {mayEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('edit')}
              </Button>
            )}
            {mayChangeStatus && (
              // Opens on click, not hover: reachable from the keyboard, and it stays open while the pointer moves to it.
              <Dropdown
                trigger={['click']}
                disabled={measure.nextStatuses.length === 0}
                menu={{
                  items: measure.nextStatuses.map((s) => ({ key: s, label: t('changeTo', { status: t(`domain:measureStatuses.${s}`) }) })),
                  onClick: ({ key }) => setStatusTo(key as MeasureStatus),
                }}
              >
                <Button>
                  {t('changeStatus')} <DownOutlined />
                </Button>
              </Dropdown>
            )}
            {mayDelete && <Button danger icon={<DeleteOutlined />} aria-label={t('delete')} title={t('delete')} onClick={confirmDelete} />}
          </Space>
        )
      }
    >
      {error && <Alert type="error" title={error} />}
      {!measure && !error && <Spin />}
      {measure && (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'info',
              label: t('tabInfo'),
              children: (
                <Descriptions
                  column={2}
                  size="small"
                  bordered
                  items={[
                    { key: 'category', label: t('category'), children: t(`domain:measureCategories.${measure.category}`) },
                    { key: 'lead', label: t('leadUnit'), children: measure.leadUnit },
                    { key: 'partners', label: t('partnerUnits'), span: 2, children: measure.partnerUnits.join('、') || '—' },
                    { key: 'ports', label: t('ports'), children: measure.portIds.map(portName).join('、') },
                    { key: 'status', label: t('status'), children: t(`domain:measureStatuses.${measure.status}`) },
                    { key: 'start', label: t('startDate'), children: measure.startDate ?? '—' },
                    { key: 'end', label: t('endDate'), children: measure.endDate ?? '—' },
                    {
                      key: 'figures',
                      label: t('figures'),
                      span: 2,
                      children:
                        measure.metrics.length === 0
                          ? t('noFigures')
                          : measure.metrics.map((m) => {
                              const target = measure.targets.find((x) => x.metric === m);
                              return (
                                <div key={m}>
                                  {target ? describeTarget(target) : `${MEASURE_METRICS[m].label}（${t('noTarget')}）`}
                                </div>
                              );
                            }),
                    },
                    { key: 'description', label: t('description'), span: 2, children: measure.description || '—' },
                    { key: 'created', label: t('registered'), children: `${measure.createdBy} · ${formatTimestamp(measure.createdAt)}` },
                    { key: 'updated', label: t('lastEdited'), children: `${measure.updatedBy} · ${formatTimestamp(measure.updatedAt)}` },
                  ]}
                />
              ),
            },
            {
              key: 'progress',
              label: t('tabProgress', { n: measure.progress.length }),
              children: <ProgressLog measure={measure} />,
            },
            {
              key: 'effect',
              label: t('tabEffect'),
              children: <EffectView measure={measure} />,
            },
          ]}
        />
      )}
      {measure && mayEdit && (
        <MeasureFormDialog
          open={editing}
          measure={measure}
          units={[]}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
      {measure && mayChangeStatus && (
        <StatusDialog
          measure={measure}
          to={statusTo}
          onClose={() => setStatusTo(null)}
          onChanged={() => setStatusTo(null)}
        />
      )}
    </Drawer>
  );
}
