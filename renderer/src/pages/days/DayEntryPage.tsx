import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App as AntApp, AutoComplete, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { HistoryOutlined, LeftOutlined, RightOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayFormSchema, dayValuesToText, issuesToFieldErrors, type DayFormText } from '../../../../shared/contract/dayValues';
import type { DailyRecord } from '../../../../shared/contract/days';
import { CLOSURE_REASONS, FIELD_GROUPS, NUMERIC_FIELDS, emptyDayValues, type FieldGroup } from '../../../../shared/domain/dailyFields';
import { addDays, todayInShanghai, isValidIsoDate } from '../../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useSession } from '../../app/session';
import { isPortDisabled } from '../../app/portOptions';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { navigateTo } from '../../app/useHashRoute';
import { useLeaveGuard } from '../../app/leaveGuard';
import { saveConfirmed } from './confirmWarnings';
import { formatTimestamp } from '../../../../shared/domain/format';
import { DayHistory } from './DayHistory';
import { DAY_TYPE_COLORS } from './dayTypeColors';

type Errors = Record<string, string>;

/** Field errors from the contract come as 'values.personsIn'; the form's fields are keyed 'personsIn'. */
function formErrorsFrom(fieldErrors: Errors | undefined): Errors {
  const out: Errors = {};
  for (const [path, msg] of Object.entries(fieldErrors ?? {})) out[path.replace(/^values\./, '')] = msg;
  return out;
}

export function DayEntryPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation(['days', 'common', 'domain']);
  const { message, modal } = AntApp.useApp();
  const { portId, can, ports } = useSession();
  // A viewer sees the figures but no way to change them (the core refuses their writes too); so does
  // everyone on a disabled port, whose history stays readable.
  const portOff = isPortDisabled(ports, portId);
  const readOnly = !can('saveDay') || portOff;
  const today = todayInShanghai();
  const requested = params.get('date');
  const date = requested && isValidIsoDate(requested) && requested <= today ? requested : today;

  const portDay = portId === null ? null : { portId, date };
  const day = useApiQuery('getDay', portDay);
  const month = useApiQuery('getMonth', portId === null ? null : { portId, month: date.slice(0, 7) });
  const { run: saveDay } = useApiMutation('saveDay');
  const record = day.answered ? day.data : null;
  const dayType = month.answered ? (month.data?.days.find((d) => d.date === date)?.dayType ?? null) : null;
  const [text, setText] = useState<DayFormText>(() => dayValuesToText(emptyDayValues()));
  const [errors, setErrors] = useState<Errors>({});
  // (set while the save waits for the clerk to confirm its warnings too, not only while it is sent)
  const [saving, setSaving] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);

  // The form holds the figures of the record it was filled from; it is filled again when the day
  // changes or its stored record does (a save puts the saved record in the cache, so the form shows
  // what was saved without asking again). Until the day's record has arrived the form stays
  // disabled: typing into it earlier would be overwritten by it.
  const dayKey = `${portId}:${date}`;
  const [filledFrom, setFilledFrom] = useState<{ key: string; record: DailyRecord | null } | null>(null);
  if (day.answered && (filledFrom?.key !== dayKey || filledFrom.record !== record)) {
    setFilledFrom({ key: dayKey, record });
    setText(dayValuesToText(record?.values ?? emptyDayValues()));
    setErrors({});
  }
  const loading = !day.answered || filledFrom?.key !== dayKey;

  const setField = (key: keyof DayFormText, value: string) => {
    setText((prev) => ({ ...prev, [key]: value }));
    setErrors((prev) => {
      if (!prev[key]) return prev;
      const next = { ...prev };
      delete next[key];
      return next;
    });
  };

  const save = useCallback(async () => {
    if (portId === null || saving || readOnly || loading) return;
    const parsed = dayFormSchema.safeParse(text);
    if (!parsed.success) {
      const fe = issuesToFieldErrors(parsed.error.issues);
      setErrors(fe);
      void message.error(t('formInvalid', { n: Object.keys(fe).length }));
      return;
    }
    setSaving(true);
    try {
      const r = await saveConfirmed(modal, (confirmed) =>
        saveDay({ portId, date, values: parsed.data, expectedRevision: record?.revision ?? null, confirmWarnings: confirmed }),
      );
      if (!r) return;
      if (!r.ok) {
        setErrors(formErrorsFrom(r.error.fieldErrors));
        void message.error(r.error.message);
        return;
      }
      // The cache now holds the record the save returned, so the form is filled from it at once.
      void message.success(r.value.status === 'saved' ? t('savedDay', { date }) : t('common:nothingChanged'));
    } finally {
      setSaving(false);
    }
  }, [portId, saving, readOnly, loading, text, date, record, message, modal, t, saveDay]);

  // Ctrl+S saves from anywhere on the page, as in Excel.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  /** Enter moves to the next field, so a day can be typed in without the mouse. */
  const onEnterNext = (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || (e.target as HTMLElement).tagName === 'TEXTAREA') return;
    const inputs = Array.from(formRef.current?.querySelectorAll<HTMLElement>('input:not([disabled]), textarea') ?? []);
    const i = inputs.indexOf(e.target as HTMLElement);
    if (i >= 0 && inputs[i + 1]) {
      e.preventDefault();
      inputs[i + 1]!.focus();
    }
  };

  const loadedText = useMemo(() => dayValuesToText(record?.values ?? emptyDayValues()), [record]);
  const unsaved = (Object.keys(text) as (keyof DayFormText)[]).some((k) => text[k].trim() !== loadedText[k].trim());
  // Leaving with unsaved figures asks first, however the user leaves: nothing typed is lost silently.
  useLeaveGuard(unsaved && !readOnly);
  const go = (d: string) => navigateTo('/days', { date: d });
  const groups = useMemo(() => FIELD_GROUPS.map((g) => ({ group: g, fields: NUMERIC_FIELDS.filter((f) => f.group === g) })), []);
  const itemStatus = (key: string) => (errors[key] ? { validateStatus: 'error' as const, help: <span data-testid={`error-${key}`}>{errors[key]}</span> } : {});

  const fieldCard = (group: FieldGroup, fields: typeof NUMERIC_FIELDS) => (
    <Card key={group} size="small" title={t(`domain:groups.${group}`)} style={{ height: '100%' }}>
      {group === 'operations' && (
        <Form.Item label={t('portOpen')} {...itemStatus('portOpen')}>
          <Select
            aria-label={t('portOpen')}
            value={text.portOpen}
            onChange={(v) => setField('portOpen', v)}
            options={[
              { value: '', label: t('notRecorded') },
              { value: 'open', label: t('open') },
              { value: 'closed', label: t('closed') },
            ]}
          />
        </Form.Item>
      )}
      {fields.map((f) => (
        <Form.Item key={f.key} label={`${f.label}（${f.unit}）`} htmlFor={`field-${f.key}`} {...itemStatus(f.key)}>
          <Input
            id={`field-${f.key}`}
            aria-label={f.label}
            inputMode="decimal"
            autoComplete="off"
            value={text[f.key]}
            suffix={<span style={{ color: '#999' }}>{f.unit}</span>}
            onChange={(e) => setField(f.key, e.target.value)}
          />
        </Form.Item>
      ))}
      {group === 'operations' && (
        <>
          <Form.Item label={t('closureReason')} {...itemStatus('closureReason')}>
            <AutoComplete
              aria-label={t('closureReason')}
              value={text.closureReason}
              options={CLOSURE_REASONS.map((r) => ({ value: r }))}
              onChange={(v: string) => setField('closureReason', v ?? '')}
              placeholder={t('closureReasonPlaceholder')}
            />
          </Form.Item>
          <Form.Item label={t('note')} {...itemStatus('note')}>
            <Input.TextArea aria-label={t('note')} rows={2} maxLength={500} value={text.note} onChange={(e) => setField('note', e.target.value)} placeholder={t('notePlaceholder')} />
          </Form.Item>
        </>
      )}
    </Card>
  );

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<LeftOutlined />} onClick={() => go(addDays(date, -1))}>
          {t('prevDay')}
        </Button>
        <DatePicker
          aria-label={t('date')}
          allowClear={false}
          value={dayjs(date)}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          onChange={(d) => d && go(d.format('YYYY-MM-DD'))}
        />
        <Button icon={<RightOutlined />} disabled={date >= today} onClick={() => go(addDays(date, 1))}>
          {t('nextDay')}
        </Button>
        {dayType && (
          <Tag color={DAY_TYPE_COLORS[dayType.type]} data-testid="day-type">
            {t(`domain:dayTypes.${dayType.type}`)}
            {dayType.name ? ` · ${dayType.name}` : ''}
          </Tag>
        )}
        {record?.isDemo && <Tag color="purple">{t('demo')}</Tag>}
        <Typography.Text type="secondary" data-testid="record-status">
          {loading ? t('common:loading') : record ? t('lastChanged', { who: record.updatedBy, when: formatTimestamp(record.updatedAt), rev: record.revision }) : t('newDay')}
        </Typography.Text>
        <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)} disabled={!record}>
          {t('history')}
        </Button>
      </Space>
      {readOnly && <ReadOnlyNotice portOff={portOff} />}
      {day.error && <Alert type="error" title={day.error} style={{ marginBottom: 12 }} />}
      {errors.date && <Alert type="error" title={errors.date} style={{ marginBottom: 12 }} />}
      <div ref={formRef} onKeyDown={onEnterNext}>
        <Form layout="vertical" component="div" disabled={readOnly || loading}>
          <Row gutter={[12, 12]}>
            {groups.map(({ group, fields }) => (
              <Col key={group} xs={24} md={12} xl={group === 'cargo' ? 8 : 4}>
                {fieldCard(group, fields)}
              </Col>
            ))}
          </Row>
        </Form>
      </div>
      {!readOnly && (
        // Kept at the bottom of the window: on a 1366×768 screen the form is taller than the window,
        // and the save button must not hide below it.
        <div style={{ position: 'sticky', bottom: 0, zIndex: 2, marginTop: 16, padding: '10px 0', background: '#f5f5f5', borderTop: '1px solid #e8e8e8' }} data-testid="save-bar">
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
            {t('saveShortcut')}
          </Button>
        </div>
      )}
      {portId !== null && <DayHistory portId={portId} date={date} open={historyOpen} onClose={() => setHistoryOpen(false)} />}
    </div>
  );
}
