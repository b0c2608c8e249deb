import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Alert, App as AntApp, Button, DatePicker, Modal, Select, Space, Spin, Typography } from 'antd';
import { FilePdfOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/contract/briefing';
import { todayInShanghai } from '../../../../shared/domain/dates';
import { rangePeriod } from '../../../../shared/domain/periods';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { readingPortOptions } from '../../app/portOptions';
import { navigateTo } from '../../app/useHashRoute';
import { useLeaveGuard } from '../../app/leaveGuard';
import { BriefingDocument } from './BriefingDocument';
import { briefingQueryParams, periodForMonth, presetPeriod, PRESETS, readBriefingQuery, type BriefingQuery, type Preset } from './briefingUrlState';
import { BrowserPrintFooter } from './BrowserPrintFooter';
import { RemarksEditor } from './RemarksEditor';

/** The desktop app saves PDFs itself; the browser host prints through the browser instead. */
function canSavePdf(): boolean {
  return typeof window !== 'undefined' && window.clearanceApi !== undefined;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * The briefing (简报) of a port or all ports for a period: chosen by preset, previewed as the A4
 * page it prints as, remarks typed into it, then exported to PDF (desktop) or printed (browser).
 */
export function BriefingPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('briefing');
  const { message } = AntApp.useApp();
  const session = useSession();
  const today = todayInShanghai();
  const query = useMemo(() => readBriefingQuery(params, today, session.portId), [params, today, session.portId]);
  const queryKey = JSON.stringify(briefingQueryParams(query));

  const [briefing, setBriefing] = useState<Briefing | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [remarks, setRemarks] = useState('');
  const [remarksError, setRemarksError] = useState<string | null>(null);
  const [savingRemarks, setSavingRemarks] = useState(false);
  const [exporting, setExporting] = useState(false);

  const go = (next: BriefingQuery) => navigateTo('/briefing', briefingQueryParams(next));

  const load = useCallback(async () => {
    setLoading(true);
    const r = await api.getBriefing({ portId: query.portId, period: query.period });
    setLoading(false);
    if (!r.ok) {
      setLoadError(r.error.message);
      return;
    }
    setLoadError(null);
    setBriefing(r.value);
    setRemarks(r.value.remarks.text);
    setRemarksError(null);
    // The query is read afresh from the URL on every render; its key says when it changed.
  }, [queryKey]);

  useEffect(() => {
    void load();
  }, [load]);

  // A viewer reads and prints the remarks others wrote; only those who may write can change them.
  const canEditRemarks = session.can('saveBriefingRemarks');
  const remarksDirty = canEditRemarks && briefing !== null && remarks !== briefing.remarks.text;
  useLeaveGuard(remarksDirty);

  const saveRemarks = async (): Promise<boolean> => {
    if (!briefing || !remarksDirty) return true;
    setSavingRemarks(true);
    const r = await api.saveBriefingRemarks({
      portId: query.portId,
      period: query.period,
      text: remarks,
      expectedRevision: briefing.remarks.revision,
    });
    setSavingRemarks(false);
    if (!r.ok) {
      setRemarksError(r.error.fieldErrors?.text ?? r.error.message);
      return false;
    }
    setRemarksError(null);
    setBriefing({ ...briefing, remarks: r.value });
    setRemarks(r.value.text);
    message.success(t('remarksSaved'));
    return true;
  };

  /**
   * Printing or exporting issues the briefing: it gets its 第 N 期 (or keeps the one it has) before
   * the page is printed. A viewer cannot issue; their print shows the number as not issued.
   */
  const issue = async (): Promise<boolean> => {
    if (!briefing || briefing.issue.issued || !session.can('issueBriefing')) return true;
    const r = await api.issueBriefing({ portId: query.portId, period: query.period });
    if (!r.ok) {
      Modal.error({ title: t('issueFailed'), content: r.error.message });
      return false;
    }
    // Drawn before the print dialog copies the page.
    flushSync(() => setBriefing(r.value));
    message.success(t('issuedNote', { n: r.value.issue.number }));
    return true;
  };

  const exportPdf = async () => {
    if (!(await saveRemarks()) || !(await issue())) return;
    setExporting(true);
    const r = await api.exportBriefingPdf({ portId: query.portId, period: query.period });
    setExporting(false);
    if (!r.ok) {
      Modal.error({ title: t('exportFailed'), content: r.error.message });
      return;
    }
    if (r.value.status === 'saved') message.success(t('exported', { fileName: r.value.fileName, size: sizeText(r.value.bytes) }));
  };

  const print = async () => {
    if (!(await saveRemarks()) || !(await issue())) return;
    await document.fonts.ready;
    window.print();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void saveRemarks();
    }
  };

  const portOptions = [...readingPortOptions(session.ports).map((o) => ({ value: String(o.value), label: o.label })), { value: 'all', label: t('allPorts') }];
  const pickedMonth = dayjs(query.period.to.slice(0, 7) + '-01');
  const notFuture = (d: Dayjs) => d.isAfter(dayjs(today), 'day');

  return (
    <div onKeyDown={onKeyDown}>
      <div className="no-print" style={{ marginBottom: 12 }}>
        <Space wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('pageTitle')}
          </Typography.Title>
          <span>{t('port')}</span>
          <Select
            aria-label={t('port')}
            style={{ width: 140 }}
            value={query.portId === null ? 'all' : String(query.portId)}
            options={portOptions}
            onChange={(v: string) => go({ ...query, portId: v === 'all' ? null : Number(v) })}
          />
          <span>{t('period')}</span>
          <Select
            aria-label={t('period')}
            style={{ width: 130 }}
            value={query.preset}
            options={PRESETS.map((p) => ({ value: p, label: t(`preset.${p}`) }))}
            onChange={(p: Preset) => go({ ...query, preset: p, period: presetPeriod(p, today) })}
          />
          {(query.preset === 'month' || query.preset === 'ytd') && (
            <DatePicker
              picker="month"
              aria-label={query.preset === 'ytd' ? t('ytdThrough') : t('chooseMonth')}
              prefix={query.preset === 'ytd' ? t('ytdThrough') : undefined}
              allowClear={false}
              value={pickedMonth}
              disabledDate={notFuture}
              onChange={(d: Dayjs | null) => d && go({ ...query, period: periodForMonth(query.preset as 'month' | 'ytd', d.format('YYYY-MM')) })}
            />
          )}
          {query.preset === 'range' && (
            <DatePicker.RangePicker
              aria-label={t('chooseRange')}
              allowClear={false}
              value={[dayjs(query.period.from), dayjs(query.period.to)]}
              disabledDate={notFuture}
              onChange={(r) => {
                const [a, b] = r ?? [];
                if (a && b) go({ ...query, period: rangePeriod(a.format('YYYY-MM-DD'), b.format('YYYY-MM-DD')) });
              }}
            />
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void load()} disabled={loading}>
            {t('refresh')}
          </Button>
          {canSavePdf() ? (
            <Button type="primary" icon={<FilePdfOutlined />} onClick={() => void exportPdf()} disabled={!briefing || loading} loading={exporting}>
              {t('exportPdf')}
            </Button>
          ) : (
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => void print()} disabled={!briefing || loading} title={t('printHint')}>
              {t('print')}
            </Button>
          )}
        </Space>
        {!canSavePdf() && (
          <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
            {t('printHint')}
          </Typography.Paragraph>
        )}
      </div>

      {loadError && (
        <Alert
          className="no-print"
          type="error"
          showIcon
          title={t('loadFailed')}
          description={loadError}
          action={<Button onClick={() => void load()}>{t('retry')}</Button>}
        />
      )}

      {!loadError && !briefing && <Spin description={t('loading')} style={{ display: 'block', margin: 48 }} />}

      {briefing && (
        <>
          <Typography.Paragraph type="secondary" className="no-print" style={{ marginBottom: 8 }}>
            {t('preview')}
          </Typography.Paragraph>
          <Spin spinning={loading} description={t('loading')}>
            <div className="bf-backdrop">
              <div className="bf-paper" data-testid="briefing-paper">
                <BriefingDocument
                  briefing={briefing}
                  remarksText={remarks}
                  remarksEditor={
                    canEditRemarks && (
                      <RemarksEditor
                        value={remarks}
                        onChange={setRemarks}
                        onSave={() => void saveRemarks()}
                        dirty={remarksDirty}
                        saving={savingRemarks}
                        error={remarksError}
                      />
                    )
                  }
                />
              </div>
            </div>
          </Spin>
          <BrowserPrintFooter producedLabel={briefing.producedLabel} includesDemo={briefing.includesDemo} />
        </>
      )}

      <Modal open={exporting} closable={false} maskClosable={false} keyboard={false} footer={null} title={t('exporting')}>
        <Space align="center">
          <Spin />
          <span>{t('exportingSteps')}</span>
        </Space>
      </Modal>
    </div>
  );
}
