import { Alert, App as AntApp, Button, Card, DatePicker, Form, Progress, Radio, Select, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportLayout } from '../../../../shared/contract/importExport';
import { todayInShanghai } from '../../../../shared/domain/dates';
import { useSession } from '../../app/session';
import { readingPortOptions } from '../../app/portOptions';
import { useExportJob } from './useExportJob';

/** Exports of more rows than this show their progress: smaller ones are done before a bar could move. */
export const PROGRESS_FROM_ROWS = 3000;

interface ExportForm {
  portIds: number[];
  period: [Dayjs, Dayjs];
  format: ExportFormat;
  layout: ExportLayout;
}

/** Export: ports, period, format and layout, then a download. */
export function ExportPanel() {
  const { t } = useTranslation(['importExport', 'common']);
  const { message } = AntApp.useApp();
  const { ports, portId } = useSession();
  const [form] = Form.useForm<ExportForm>();
  const format = Form.useWatch('format', form);
  const today = dayjs(todayInShanghai());
  const { state, start } = useExportJob((job) => void message.success(t('exported', { rows: job.rowsTotal, file: job.fileName })));
  const busy = state.kind === 'starting' || state.kind === 'running';
  const job = state.kind === 'running' || state.kind === 'done' ? state.job : null;

  const run = (v: ExportForm) =>
    start({
      portIds: v.portIds,
      from: v.period[0].format('YYYY-MM-DD'),
      to: v.period[1].format('YYYY-MM-DD'),
      format: v.format,
      layout: v.layout,
    });

  return (
    <Card title={t('exportTitle')}>
      <Typography.Paragraph type="secondary">{t('exportHelp')}</Typography.Paragraph>
      <Form<ExportForm>
        form={form}
        layout="vertical"
        initialValues={{ portIds: portId === null ? [] : [portId], period: [today.startOf('year'), today], format: 'xlsx', layout: 'sheetPerPort' }}
        onFinish={(v) => void run(v)}
      >
        <Form.Item name="portIds" label={t('exportPorts')} rules={[{ required: true, message: t('exportPortsRequired') }]}>
          <Select mode="multiple" options={readingPortOptions(ports)} aria-label={t('exportPorts')} />
        </Form.Item>
        <Form.Item name="period" label={t('exportPeriod')} rules={[{ required: true, message: t('exportPeriodRequired') }]}>
          <DatePicker.RangePicker disabledDate={(d) => d.isAfter(today, 'day')} allowClear={false} />
        </Form.Item>
        <Form.Item name="format" label={t('exportFormat')}>
          <Radio.Group
            options={[
              { value: 'xlsx', label: t('formatXlsx') },
              { value: 'csv', label: t('formatCsv') },
            ]}
          />
        </Form.Item>
        <Form.Item name="layout" label={t('exportLayout')}>
          <Radio.Group
            disabled={format === 'csv'}
            options={[
              { value: 'sheetPerPort', label: t('layoutSheetPerPort') },
              { value: 'singleSheet', label: t('layoutSingleSheet') },
            ]}
          />
        </Form.Item>
        {state.kind === 'failed' && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={state.message} data-testid="export-error" />}
        {job && job.rowsTotal > PROGRESS_FROM_ROWS && (
          <div data-testid="export-progress" style={{ marginBottom: 12 }}>
            <Progress percent={Math.floor((100 * job.rowsWritten) / job.rowsTotal)} status={state.kind === 'done' ? 'success' : 'active'} />
            <Typography.Text type="secondary">
              {t(state.kind === 'done' ? 'exportWritten' : 'exportWriting', { done: job.rowsWritten.toLocaleString('zh-CN'), total: job.rowsTotal.toLocaleString('zh-CN') })}
            </Typography.Text>
          </div>
        )}
        <Button type="primary" htmlType="submit" icon={<DownloadOutlined />} loading={busy}>
          {busy ? t('exporting') : t('exportButton')}
        </Button>
      </Form>
    </Card>
  );
}
