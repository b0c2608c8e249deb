import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Space, Tag, Tooltip, Typography } from 'antd';
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/contract';
import { DAY_VALUE_LABELS, FIELD_BY_KEY, emptyDayValues, isBlankDay, type DayValues, type NumericFieldKey } from '../../../../shared/domain/dailyFields';
import { todayInShanghai, ISO_MONTH } from '../../../../shared/domain/dates';
import { holidayNameOf } from '../../../../shared/domain/dayType';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useSession } from '../../app/session';
import { isPortDisabled } from '../../app/portOptions';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { navigateTo } from '../../app/useHashRoute';
import { useLeaveGuard } from '../../app/leaveGuard';
import { saveConfirmed } from './confirmWarnings';
import { DAY_TYPE_COLORS } from './dayTypeColors';
import { checkRow, GRID_COLUMNS, isBlock, parseClipboardBlock, pasteBlock, sameRow, valuesToGridRow, type GridColumn, type GridRowText } from './gridModel';
import './monthGrid.css';
import { MonthStepper } from '../../components/period/MonthStepper';

type GetMonthAnswer = MethodOutput<'getMonth'>;
type CellErrors = Record<string, string>; // `${date}:${column}` → message
const cellKey = (date: string, col: GridColumn) => `${date}:${col}`;

function columnTitle(col: GridColumn): string {
  const def = FIELD_BY_KEY[col as NumericFieldKey];
  return def ? `${def.label}(${def.unit})` : DAY_VALUE_LABELS[col];
}

export function MonthGridPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation(['days', 'common', 'domain']);
  const { message, modal } = AntApp.useApp();
  const { portId, can, ports } = useSession();
  // A viewer sees the grid but cannot type, paste or save in it (the core refuses their writes too);
  // nor can anyone on a disabled port, whose history stays readable.
  const portOff = isPortDisabled(ports, portId);
  const readOnly = !can('saveDays') || portOff;
  const today = todayInShanghai();
  const thisMonth = today.slice(0, 7);
  const requested = params.get('month');
  const month = requested && ISO_MONTH.test(requested) && requested <= thisMonth ? requested : thisMonth;

  const monthQuery = useApiQuery('getMonth', portId === null ? null : { portId, month });
  const { run: saveDays } = useApiMutation('saveDays');
  const [original, setOriginal] = useState<GridRowText[]>([]);
  const [rows, setRows] = useState<GridRowText[]>([]);
  const [undoStack, setUndoStack] = useState<GridRowText[][]>([]);
  const [pasted, setPasted] = useState(false);
  const [errors, setErrors] = useState<CellErrors>({});
  const [saving, setSaving] = useState(false);
  const [lastSave, setLastSave] = useState<{ date: string; values: DayValues }[] | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  // The grid is filled from the month's stored days when they arrive and again whenever they change
  // (after a save, every answer is asked again); "discard" fills it afresh from them.
  const [filledFrom, setFilledFrom] = useState<GetMonthAnswer | null>(null);
  const answer = monthQuery.answered ? monthQuery.data : null;
  if (answer && filledFrom !== answer) {
    const gridRows = answer.days.map((d) => valuesToGridRow(d.record?.values ?? emptyDayValues()));
    setFilledFrom(answer);
    setOriginal(gridRows);
    setRows(gridRows);
    setUndoStack([]);
    setErrors({});
    setPasted(false);
  }
  const days = filledFrom?.days ?? [];

  const dirty = useMemo(() => rows.map((r, i) => original[i] !== undefined && !sameRow(r, original[i]!)), [rows, original]);
  const dirtyCount = dirty.filter(Boolean).length;
  const missing = days.filter((d) => d.date <= today && (!d.record || isBlankDay(d.record.values))).length;

  const change = (next: GridRowText[]) => {
    setUndoStack((s) => [...s.slice(-99), rows]);
    setRows(next);
  };

  const setCell = (rowIndex: number, col: GridColumn, value: string) => {
    if (readOnly) return;
    const next = rows.map((r, i) => (i === rowIndex ? { ...r, [col]: value } : r));
    change(next);
    const key = cellKey(days[rowIndex]!.date, col);
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };

  const undo = () => {
    const prev = undoStack.at(-1);
    if (!prev) return;
    setUndoStack((s) => s.slice(0, -1));
    setRows(prev);
  };

  const focusCell = (r: number, c: number) => {
    const el = tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`);
    if (el) {
      el.focus();
      el.select();
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    const el = e.currentTarget;
    const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
    const atEnd = el.selectionStart === el.value.length;
    const allSelected = el.selectionStart === 0 && el.selectionEnd === el.value.length;
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) focusCell(r + 1, c);
    else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) focusCell(r - 1, c);
    else if (e.key === 'ArrowLeft' && (atStart || allSelected)) focusCell(r, c - 1);
    else if (e.key === 'ArrowRight' && (atEnd || allSelected)) focusCell(r, c + 1);
    else return;
    e.preventDefault();
  };

  const onPaste = (e: React.ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
    const text = e.clipboardData.getData('text/plain');
    if (readOnly || !isBlock(text)) return;
    e.preventDefault();
    const firstFuture = days.findIndex((d) => d.date > today);
    const result = pasteBlock(rows, r, c, parseClipboardBlock(text), firstFuture < 0 ? days.length : firstFuture);
    change(result.rows);
    setPasted(true);
    if (result.overflow) void message.warning(t('pasteTooWide'));
    if (result.future) void message.warning(t('pasteFuture', { today }));
  };

  const save = useCallback(async () => {
    if (portId === null || saving || readOnly || dirtyCount === 0) return;
    const toSave: { date: string; values: DayValues }[] = [];
    const found: CellErrors = {};
    rows.forEach((row, i) => {
      if (!dirty[i]) return;
      const check = checkRow(row);
      const date = days[i]!.date;
      if (check.ok) toSave.push({ date, values: check.values });
      else for (const [col, msg] of Object.entries(check.errors)) found[cellKey(date, col as GridColumn)] = msg!;
    });
    if (Object.keys(found).length > 0) {
      setErrors(found);
      void message.error(t('formInvalid', { n: Object.keys(found).length }));
      return;
    }
    const previous = toSave.map((d) => ({ date: d.date, values: days.find((x) => x.date === d.date)?.record?.values ?? emptyDayValues() }));
    setSaving(true);
    try {
      const r = await saveConfirmed(modal, (confirmed) =>
        saveDays({ portId, days: toSave, source: pasted ? 'paste' : 'grid', confirmWarnings: confirmed }),
      );
      if (!r) return;
      if (!r.ok) {
        const mapped: CellErrors = {};
        for (const [path, msg] of Object.entries(r.error.fieldErrors ?? {})) {
          const m = /^days\.(\d+)\.values\.(\w+)$/.exec(path);
          if (m) mapped[cellKey(toSave[Number(m[1])]!.date, m[2] as GridColumn)] = msg;
        }
        setErrors(mapped);
        void message.error(r.error.message);
        return;
      }
      // What was saved is what is stored from now on, so the grid is not "unsaved" while the month is
      // read again: leaving right after a save never asks (rows typed since stay unsaved).
      // The month is asked again (every write marks it out of date) and fills the grid when it changed.
      setOriginal(rows);
      setPasted(false);
      void message.success(t('savedRows', { saved: r.value.saved, unchanged: r.value.unchanged }));
      setLastSave(previous);
    } finally {
      setSaving(false);
    }
  }, [portId, saving, readOnly, dirtyCount, rows, dirty, days, pasted, message, modal, t, saveDays]);

  /** Puts back what the last save replaced, as a new revision (history keeps both). */
  const undoLastSave = async () => {
    if (!lastSave || portId === null) return;
    const r = await saveDays({ portId, days: lastSave, source: 'undo', confirmWarnings: true });
    if (!r.ok) return void message.error(r.error.message);
    setLastSave(null);
    void message.success(t('undoDone'));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      if (e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      } else if (e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Another month, another page or closing the window with unsaved rows asks first.
  useLeaveGuard(dirtyCount > 0);
  const goMonth = (m: string) => navigateTo('/grid', { month: m });

  const errorList = Object.entries(errors);

  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <MonthStepper month={month} latest={thisMonth} onChange={goMonth} />
        <Typography.Text type={missing > 0 ? 'warning' : 'success'} data-testid="missing-days">
          {missing > 0 ? t('missingDays', { n: missing }) : t('allEntered')}
        </Typography.Text>
        {dirtyCount > 0 && <Tag color="gold">{t('dirtyRows', { n: dirtyCount })}</Tag>}
        {!readOnly && (
          <>
            <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={dirtyCount === 0} onClick={() => void save()}>
              {t('saveShortcut')}
            </Button>
            <Button disabled={dirtyCount === 0} onClick={() => setFilledFrom(null)}>
              {t('discard')}
            </Button>
          </>
        )}
        {!readOnly && lastSave && (
          <Button icon={<UndoOutlined />} onClick={() => void undoLastSave()}>
            {t('undoLastSave')}
          </Button>
        )}
      </Space>
      {readOnly ? (
        <ReadOnlyNotice portOff={portOff} />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('gridHelp')}
        </Typography.Paragraph>
      )}
      {monthQuery.error && <Alert type="error" title={monthQuery.error} />}
      {errorList.length > 0 && (
        <Alert
          type="error"
          style={{ marginBottom: 8 }}
          title={t('rowErrors')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="grid-errors">
              {errorList.map(([key, msg]) => (
                <li key={key}>
                  {key.split(':')[0]}：{msg}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <div className="month-grid-wrap">
        <table className="month-grid" ref={tableRef} aria-label={t('nav.monthGrid', { ns: 'common' })}>
          <thead>
            <tr>
              <th>{t('date')}</th>
              <th>{t('dayType')}</th>
              {GRID_COLUMNS.map((c) => (
                <th key={c}>{columnTitle(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d, r) => {
              // A day still to come has no figures yet: its cells take no typing (the core refuses them too).
              const future = d.date > today;
              const gap = !future && (!d.record || isBlankDay(d.record.values));
              return (
                <tr key={d.date} data-date={d.date} className={[gap ? 'gap' : '', dirty[r] ? 'dirty' : '', future ? 'future' : ''].join(' ')} title={future ? t('futureDay') : undefined}>
                  <th scope="row">
                    <a href={`#/days?date=${d.date}`} title={t('openDay')}>
                      {d.date.slice(5)}
                    </a>
                    {gap && <span className="gap-mark">{t('notEntered')}</span>}
                  </th>
                  <td>
                    <Tag color={DAY_TYPE_COLORS[d.dayType.type]}>{holidayNameOf(d.dayType) ?? t(`domain:dayTypes.${d.dayType.type}`)}</Tag>
                  </td>
                  {GRID_COLUMNS.map((col, c) => {
                    const err = errors[cellKey(d.date, col)];
                    const input = (
                      <input
                        data-row={r}
                        data-col={c}
                        aria-label={`${d.date} ${DAY_VALUE_LABELS[col]}`}
                        className={err ? 'cell-error' : ''}
                        aria-invalid={Boolean(err)}
                        value={rows[r]?.[col] ?? ''}
                        readOnly={readOnly}
                        disabled={future}
                        onChange={(e) => setCell(r, col, e.target.value)}
                        onKeyDown={(e) => onKeyDown(e, r, c)}
                        onPaste={(e) => onPaste(e, r, c)}
                        onFocus={(e) => e.currentTarget.select()}
                      />
                    );
                    return <td key={col}>{err ? <Tooltip title={err}>{input}</Tooltip> : input}</td>;
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
