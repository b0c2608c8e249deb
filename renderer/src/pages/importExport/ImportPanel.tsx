import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Progress, Result, Space, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../../shared/contract/importExport';
import type { ColumnMapping } from '../../../../shared/domain/import/headerMatch';
import { formatBytes } from '../../../../shared/domain/format';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from '../../../../shared/domain/import/limits';
import { useSession } from '../../app/session';
import { navigateTo } from '../../app/useHashRoute';
import { ImportPreview } from './ImportPreview';
import { MappingDialog } from './MappingDialog';
import { useImportJob } from './useImportJob';
import { ProposedClosures, type ClosureEdit } from './ProposedClosures';

function progressText(job: ImportJob, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (job.phase === 'converting') return t('phase.converting', { done: job.rowsDone.toLocaleString('zh-CN'), total: job.rowsTotal.toLocaleString('zh-CN') });
  return t(`phase.${job.phase}`);
}

/** Import: choose a file, watch it being read (and cancel), correct the mapping, check the preview, apply or discard. */
export function ImportPanel() {
  const { t } = useTranslation(['importExport', 'common']);
  const { portId, ports, can } = useSession();
  const { state, start, begin, cancel, apply, reset } = useImportJob({ portId });
  const portName = ports.find((p) => p.id === portId)?.name ?? '';
  // The job whose range warnings the clerk has ticked as checked: a new preview asks again.
  const [checkedJob, setCheckedJob] = useState<string | null>(null);
  // The clerk's changes to proposed closures, per job (a new preview starts from the proposals).
  const [closureEdits, setClosureEdits] = useState<{ jobId: string | null; edits: Record<string, ClosureEdit> }>({ jobId: null, edits: {} });

  const chooser = (
    <div data-testid="import-file">
      <Upload.Dragger
        accept={IMPORT_EXTENSIONS.join(',')}
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void start(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">
          <Button type="primary">{t('chooseFile')}</Button>
        </p>
        <p className="ant-upload-hint">{t('dropHint')}</p>
      </Upload.Dragger>
    </div>
  );

  let body: React.ReactNode;
  if (!can('startImport')) {
    return (
      <Card title={t('importTitle')}>
        <Typography.Paragraph type="secondary">{t('importNotAllowed')}</Typography.Paragraph>
      </Card>
    );
  }
  switch (state.kind) {
    case 'idle':
    case 'cancelled':
      body = (
        <>
          {state.kind === 'cancelled' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('cancelled')} />}
          {chooser}
        </>
      );
      break;
    case 'uploading':
    case 'running':
    case 'needsMapping': {
      const job = state.kind === 'uploading' ? null : state.job;
      body = (
        <div data-testid="import-progress">
          <Typography.Text>{job ? progressText(job, t) : t('phase.uploading')}</Typography.Text>
          <Progress percent={job ? Math.floor(job.percent) : 0} status="active" />
          <Button onClick={() => void cancel()}>{t('cancel')}</Button>
          {state.kind === 'needsMapping' && (
            <MappingDialog open sheets={state.job.sheets} onSubmit={(m) => void begin(m)} onCancel={() => void cancel({ kind: 'idle' })} />
          )}
        </div>
      );
      break;
    }
    case 'failed':
      body = (
        <>
          <Alert
            type="error"
            showIcon
            data-testid="import-error"
            style={{ marginBottom: 12 }}
            title={t('refused', { file: state.fileName })}
            description={
              <>
                <div>{state.message}</div>
                {state.details.length > 0 && (
                  <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
                    {state.details.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                )}
                <div>{t('nothingWritten')}</div>
              </>
            }
          />
          {chooser}
        </>
      );
      break;
    case 'done': {
      const c = state.job.preview!.counts;
      const toWrite = c.newDays + c.changedDays;
      const checked = checkedJob === state.job.jobId;
      const mustConfirm = c.rangeWarnings > 0 && !checked;
      const edits = closureEdits.jobId === state.job.jobId ? closureEdits.edits : {};
      const closures = Object.entries(edits).map(([key, e]) => {
        const [portId, date] = key.split('|');
        return { portId: Number(portId), date: date!, closed: e.closed, reason: e.closed ? e.reason.trim() : null };
      });
      const reasonMissing = closures.some((x) => x.closed && !x.reason);
      body = (
        <>
          <Typography.Title level={5}>{t('previewTitle', { file: state.job.fileName })}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('previewHelp')}</Typography.Paragraph>
          <ImportPreview job={state.job} />
          {state.job.preview!.proposedClosures.length > 0 && (
            <ProposedClosures
              proposals={state.job.preview!.proposedClosures}
              edits={edits}
              disabled={state.applying}
              onChange={(key, edit) => setClosureEdits({ jobId: state.job.jobId, edits: { ...edits, [key]: edit } })}
            />
          )}
          {state.applyError && <Alert type="error" showIcon style={{ margin: '12px 0' }} title={state.applyError} />}
          {c.rangeWarnings > 0 && toWrite > 0 && (
            <div style={{ marginTop: 12 }}>
              <Checkbox
                data-testid="confirm-range-warnings"
                checked={checked}
                disabled={state.applying}
                onChange={(e) => setCheckedJob(e.target.checked ? state.job.jobId : null)}
              >
                {t('confirmWarnings', { n: c.rangeWarnings })}
              </Checkbox>
            </div>
          )}
          <Space style={{ marginTop: 12 }}>
            <Button
              type="primary"
              disabled={toWrite === 0 || mustConfirm || reasonMissing}
              loading={state.applying}
              onClick={() => void apply(checked, closures)}
            >
              {toWrite === 0 ? t('applyNothing') : t('apply', { n: toWrite })}
            </Button>
            <Button disabled={state.applying} onClick={() => void cancel({ kind: 'idle' })}>
              {t('discard')}
            </Button>
            <EditMapping job={state.job} onSubmit={(m) => void begin(m)} disabled={state.applying} />
            {mustConfirm && <Typography.Text type="warning">{t('confirmWarningsFirst')}</Typography.Text>}
            {reasonMissing && <Typography.Text type="danger">{t('closureReasonMissing')}</Typography.Text>}
          </Space>
        </>
      );
      break;
    }
    case 'applied': {
      const result = state.job.result!;
      const from = state.job.preview?.newDays[0]?.date ?? state.job.preview?.changedDays[0]?.date ?? state.job.preview?.from;
      body = (
        <Result
          status="success"
          title={t('appliedTitle')}
          subTitle={t('applied', { saved: result.saved, unchanged: result.unchanged, invalid: result.skippedInvalid })}
          extra={[
            from && (
              <Button key="grid" type="primary" onClick={() => navigateTo('/grid', { month: from.slice(0, 7) })}>
                {t('viewInGrid')}
              </Button>
            ),
            <Button key="again" onClick={reset}>
              {t('importAnother')}
            </Button>,
          ]}
        />
      );
      break;
    }
  }

  return (
    <Card title={t('importTitle')}>
      <Typography.Paragraph>{t('importHelp')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('importRules', { max: formatBytes(MAX_IMPORT_BYTES), port: portName })}</Typography.Paragraph>
      {body}
    </Card>
  );
}

/** The mapping dialog on demand, from a finished preview: columns left out may have been meant. */
function EditMapping({ job, onSubmit, disabled }: { job: ImportJob; onSubmit(m: Record<string, ColumnMapping>): void; disabled: boolean }) {
  const { t } = useTranslation('importExport');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button disabled={disabled} onClick={() => setOpen(true)}>
        {t('editMapping')}
      </Button>
      <MappingDialog
        open={open}
        sheets={job.sheets}
        onCancel={() => setOpen(false)}
        onSubmit={(m) => {
          setOpen(false);
          onSubmit(m);
        }}
      />
    </>
  );
}
