import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrsImportPreview } from '../../../../shared/contract/trs';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { entryPortOptions } from '../../app/portOptions';
import { readFileAsBase64 } from '../importExport/fileTransfer';

interface Chosen {
  fileName: string;
  contentBase64: string;
}

/**
 * A declarations file, previewed (what would be added, replaced, refused and why) before anything
 * is written, then imported in one step. Refused rows are listed at their sheet, row and column.
 */
export function TrsImportPanel() {
  const { t } = useTranslation('trs');
  const { ports, portId: sessionPort, can } = useSession();
  const [defaultPortId, setDefaultPortId] = useState<number | null>(sessionPort ?? ports[0]?.id ?? null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<TrsImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!can('applyTrsImport')) return null;

  const choose = async (file: File) => {
    setBusy(true);
    setError(null);
    setDone(null);
    setPreview(null);
    const c = { fileName: file.name, contentBase64: await readFileAsBase64(file) };
    setChosen(c);
    const r = await api.previewTrsImport({ ...c, defaultPortId });
    setBusy(false);
    if (r.ok) setPreview(r.value);
    else setError(r.error.message);
  };

  const apply = async () => {
    if (!chosen) return;
    setBusy(true);
    const r = await api.applyTrsImport({ ...chosen, defaultPortId });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setDone(t('applied', r.value));
    setPreview(null);
    setChosen(null);
  };

  const ignored = preview?.columns.filter((c) => c.target === null) ?? [];
  return (
    <Card size="small" title={t('importTitle')} data-testid="trs-import">
      <Typography.Paragraph type="secondary">{t('importHint')}</Typography.Paragraph>
      <Space wrap>
        <span>{t('portForFile')}</span>
        <Select aria-label={t('portForFile')} style={{ minWidth: 140 }} value={defaultPortId ?? undefined} onChange={(v: number) => setDefaultPortId(v)} options={entryPortOptions(ports, defaultPortId)} />
        <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => (void choose(file), false)}>
          <Button loading={busy}>{t('chooseFile')}</Button>
        </Upload>
      </Space>
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} data-testid="trs-import-error" />}
      {done && <Alert style={{ marginTop: 12 }} type="success" showIcon message={done} data-testid="trs-import-done" />}
      {preview && (
        <div style={{ marginTop: 12 }} data-testid="trs-preview">
          <Typography.Paragraph>{t('previewCounts', preview)}</Typography.Paragraph>
          {preview.from && <Typography.Paragraph>{t('previewRange', preview)}</Typography.Paragraph>}
          {ignored.length > 0 && (
            <Typography.Paragraph type="secondary">{t('ignoredColumns', { list: ignored.map((c) => `${c.header}（${c.hint ?? ''}）`).join('、') })}</Typography.Paragraph>
          )}
          {preview.invalidRows.length > 0 && (
            <Table
              data-testid="trs-invalid-rows"
              size="small"
              title={() => t('invalidRows')}
              pagination={{ pageSize: 10 }}
              rowKey={(r) => `${r.sheet}|${r.row}|${r.column}`}
              dataSource={preview.invalidRows}
              columns={[
                { title: t('sheet'), dataIndex: 'sheet' },
                { title: t('row'), dataIndex: 'row' },
                { title: t('column'), dataIndex: 'column' },
                { title: t('reason'), dataIndex: 'reason' },
              ]}
            />
          )}
          <Space style={{ marginTop: 8 }}>
            <Button type="primary" onClick={() => void apply()} loading={busy} disabled={preview.newCount + preview.replacedCount === 0}>
              {t('apply')}
            </Button>
            <Button onClick={() => (setPreview(null), setChosen(null))}>{t('cancel')}</Button>
          </Space>
        </div>
      )}
    </Card>
  );
}
