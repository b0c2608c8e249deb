import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Form, Modal, Select, Spin, Table, Tag, Typography } from 'antd';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useSession } from '../../app/session';
import { readingPortOptions } from '../../app/portOptions';

type Template = MethodOutput<'getMeasureTemplate'>;
type Entry = Template['entries'][number];

/**
 * The starting template of typical land-port measures, offered and never forced: the user sees
 * each entry, unticks what does not apply, and the chosen ones are copied in as 计划中 to edit.
 */
export function TemplateDialog({ open, onClose, onApplied }: { open: boolean; onClose(): void; onApplied(): void }) {
  const { t } = useTranslation(['measures', 'domain', 'common']);
  const { message } = AntApp.useApp();
  const { ports, portId } = useSession();
  const query = useApiQuery('getMeasureTemplate', open ? undefined : null);
  const template = query.answered ? query.data : null;
  const [selected, setSelected] = useState<Key[]>([]);
  const [portIds, setPortIds] = useState<number[]>([]);
  const [applyError, setApplyError] = useState<string | null>(null);
  const error = applyError ?? query.error;
  const { run: applyMeasureTemplate, pending: saving } = useApiMutation('applyMeasureTemplate');

  useEffect(() => {
    if (!open) return;
    setApplyError(null);
    setPortIds(portId !== null ? [portId] : []);
  }, [open, portId]);

  // What is not in the register yet starts ticked, each time the template arrives.
  const [tickedFrom, setTickedFrom] = useState<Template | null>(null);
  if (template && tickedFrom !== template) {
    setTickedFrom(template);
    setSelected(template.entries.filter((e) => !e.inRegister).map((e) => e.code));
  }

  const apply = async () => {
    const r = await applyMeasureTemplate({ codes: selected.map(String), portIds });
    if (!r.ok) return setApplyError(r.error.fieldErrors?.portIds ?? r.error.fieldErrors?.codes ?? r.error.message);
    void message.success(t('templateApplied', { n: r.value.added.length }));
    onApplied();
  };

  const missing = template?.entries.filter((e) => !e.inRegister).length ?? 0;

  return (
    <Modal
      title={t('templateTitle')}
      open={open}
      onCancel={onClose}
      onOk={() => void apply()}
      okText={t('templateApply', { n: selected.length })}
      okButtonProps={{ disabled: selected.length === 0 || portIds.length === 0, loading: saving }}
      cancelText={t('common:cancel')}
      width={860}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('templateIntro')}</Typography.Paragraph>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('ports')} required>
          <Select
            aria-label={t('ports')}
            mode="multiple"
            style={{ minWidth: 220 }}
            value={portIds}
            onChange={setPortIds}
            options={readingPortOptions(ports)}
          />
        </Form.Item>
      </Form>
      {!template && !error && <Spin />}
      {template && missing === 0 && <Alert type="info" title={t('templateAllIn')} />}
      {template && (
        <Table<Entry>
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ y: 420 }}
          dataSource={template.entries}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: setSelected,
            getCheckboxProps: (e) => ({ disabled: e.inRegister, 'aria-label': e.title }),
          }}
          columns={[
            { key: 'code', title: t('code'), dataIndex: 'code', width: 80 },
            {
              key: 'title',
              title: t('titleField'),
              render: (_, e) => (
                <>
                  {e.title} {e.inRegister && <Tag>{t('inRegister')}</Tag>}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.description}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            { key: 'category', title: t('category'), width: 90, render: (_, e) => t(`domain:measureCategories.${e.category}`) },
            { key: 'lead', title: t('leadUnit'), dataIndex: 'leadUnit', width: 110 },
          ]}
        />
      )}
    </Modal>
  );
}
