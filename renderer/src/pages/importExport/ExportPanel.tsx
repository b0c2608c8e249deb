import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, DatePicker, Form, Radio, Select, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportLayout } from '../../../../shared/contract/importExport';
import { todayInShanghai } from '../../../../shared/domain/dates';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { readingPortOptions } from '../../app/portOptions';
import { downloadBase64 } from '../../components/downloadFile';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = dayjs(todayInShanghai());

  const run = async (v: ExportForm) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.exportData({
        portIds: v.portIds,
        from: v.period[0].format('YYYY-MM-DD'),
        to: v.period[1].format('YYYY-MM-DD'),
        format: v.format,
        layout: v.layout,
      });
      if (!r.ok) return setError(r.error.message);
      downloadBase64(r.value.fileName, r.value.contentBase64, r.value.mimeType);
      void message.success(t('exported', { rows: r.value.rows, file: r.value.fileName }));
    } finally {
      setBusy(false);
    }
  };

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
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} data-testid="export-error" />}
        <Button type="primary" htmlType="submit" icon={<DownloadOutlined />} loading={busy}>
          {busy ? t('exporting') : t('exportButton')}
        </Button>
      </Form>
    </Card>
  );
}
