import { useMemo, type KeyboardEvent } from 'react';
import { Button, Segmented, Space, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../../shared/contract/calendar';
import { formatDutyHours } from '../../../../shared/domain/calendar/duty';
import { addDays, todayInShanghai } from '../../../../shared/domain/dates';
import { DAY_TYPES, isRestDay, type DayTypeInfo } from '../../../../shared/domain/dayType';
import { formatMonthLabel, formatQuantity } from '../../../../shared/domain/format';
import { FIGURE_INFO, type FivePlusTwoFigure } from '../../../../shared/domain/kpi';
import { navigateTo } from '../../app/useHashRoute';
import { calendarWeeks, heatLevels, heatStep } from './monthLayout';
import { LoadError, Loading, UncoveredNotice } from './Notices';
import { useApiQuery } from '../../api/queries';
import { FIGURE_OPTIONS } from './figures';
import { MonthStepper } from '../../components/period/MonthStepper';

/** "国庆节" for a named holiday, else the type: what fits in a calendar cell. */
export function shortDayTypeLabel(d: DayTypeInfo, typeLabel: (t: DayTypeInfo['type']) => string): string {
  return (d.type === 'holiday' || d.type === 'regionalHoliday') && d.name ? d.name : typeLabel(d.type);
}

interface Props {
  portId: number;
  month: string;
  onMonth(month: string): void;
  figure: FivePlusTwoFigure;
  onFigure(figure: FivePlusTwoFigure): void;
}

/** The month coloured by day type, with open/closed, the day's throughput as heat, and duty. */
export function MonthCalendar({ portId, month, onMonth, figure, onFigure }: Props) {
  const { t } = useTranslation(['calendar', 'domain']);
  const today = todayInShanghai();
  const { data, error, loading, reload } = useApiQuery('getCalendarMonth', { portId, month });
  const days = data?.month === month ? data.days : null;

  const byDate = useMemo(() => new Map((days ?? []).map((d) => [d.date, d])), [days]);
  const levels = useMemo(() => {
    const values = (days ?? []).map((d) => d.figures[figure]);
    const l = heatLevels(values);
    return new Map((days ?? []).map((d, i) => [d.date, l[i] ?? null]));
  }, [days, figure]);

  const typeLabel = (type: DayTypeInfo['type']) => t(`domain:dayTypes.${type}`);
  const kind = FIGURE_INFO[figure].kind;

  const summary = useMemo(() => {
    const rest = (days ?? []).filter((d) => isRestDay(d.dayType.type));
    return {
      rest: rest.length,
      open: rest.filter((d) => d.portOpen === true).length,
      closed: rest.filter((d) => d.portOpen === false).length,
      unknown: (days ?? []).filter((d) => d.dayType.type === 'unknown').length,
      mismatches: (days ?? []).filter((d) => d.mismatch).length,
    };
  }, [days]);

  const focusDate = (date: string) => document.querySelector<HTMLButtonElement>(`.cal-grid button[data-date="${date}"]`)?.focus();

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    focusDate(addDays(date, step));
  };

  const stateText = (d: CalendarDay) => (d.portOpen === true ? t('open') : d.portOpen === false ? t('closed') : d.recorded ? t('openUnknown') : t('notRecorded'));

  const cell = (date: string | null, i: number) => {
    if (!date) return <td key={`pad-${i}`} className="cal-pad" />;
    const d = byDate.get(date);
    if (!d) return <td key={date} className="cal-cell" />;
    const level = levels.get(date) ?? null;
    const value = d.figures[figure];
    const hours = d.plan ? formatDutyHours(d.plan) : null;
    const future = date > today;
    const label = [
      date,
      typeLabel(d.dayType.type),
      d.dayType.name,
      stateText(d),
      value !== null ? `${FIGURE_INFO[figure].label} ${formatQuantity(kind, value)}` : null,
      d.mismatch ? t(`mismatch.${d.mismatch}`) : null,
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <td key={date} className={`cal-cell type-${d.dayType.type}`}>
        <button
          type="button"
          data-date={date}
          data-testid={`cal-day-${date}`}
          aria-label={label}
          title={future ? t('futureDay') : t('openDay')}
          disabled={future}
          onClick={() => navigateTo('/days', { date })}
          onKeyDown={(e) => onKeyDown(e, date)}
        >
          <span className="cal-head">
            <span className="cal-date">{Number(date.slice(8))}</span>
            <span className="cal-type">{shortDayTypeLabel(d.dayType, typeLabel)}</span>
          </span>
          <span className={`cal-state ${d.portOpen === true ? 'is-open' : d.portOpen === false ? 'is-closed' : 'is-none'}`}>
            {stateText(d)}
            {d.portOpen === false && d.closureReason ? `：${d.closureReason}` : ''}
          </span>
          <span className="cal-figure">{value !== null ? formatQuantity(kind, value) : ''}</span>
          {d.plan && (
            <span className="cal-duty">{d.plan.open ? t('dutyOpen', { hours: hours ?? t('hoursUnset') }) : t('dutyClosed')}</span>
          )}
          {d.mismatch && (
            <span className="cal-flag">
              <WarningOutlined /> {t(`mismatch.${d.mismatch}`)}
            </span>
          )}
          <span className={`cal-heat heat-${heatStep(level)}`} style={{ width: `${Math.round((level ?? 0) * 100)}%` }} />
        </button>
      </td>
    );
  };

  return (
    <div>
      <Space wrap className="no-print" style={{ marginBottom: 12 }}>
        <MonthStepper month={month} onChange={onMonth} />
        <Button onClick={() => onMonth(today.slice(0, 7))}>{t('thisMonth')}</Button>
        <span>{t('heatOf')}</span>
        <Segmented<FivePlusTwoFigure> value={figure} onChange={onFigure} options={FIGURE_OPTIONS.map((f) => ({ value: f, label: t(`figure.${f}`) }))} />
        <Loading loading={loading} />
      </Space>
      <LoadError error={error} onRetry={reload} />
      <UncoveredNotice notice={data?.notice} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {formatMonthLabel(month)}
      </Typography.Title>
      {days && (
        <Typography.Paragraph data-testid="month-summary">
          {t('monthSummary', { rest: summary.rest, open: summary.open, closed: summary.closed })}
          {summary.unknown > 0 && t('unknownInMonth', { n: summary.unknown })}
          {summary.mismatches > 0 && (
            <Typography.Text type="danger" style={{ marginLeft: 12 }}>
              <WarningOutlined /> {t('mismatchCount', { n: summary.mismatches })}
            </Typography.Text>
          )}
        </Typography.Paragraph>
      )}
      <table className="cal-grid" aria-label={t('monthCalendar')}>
        <thead>
          <tr>
            {[1, 2, 3, 4, 5, 6, 7].map((w) => (
              <th key={w} scope="col">
                {t(`weekday.${w}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendarWeeks(month).map((week, wi) => (
            <tr key={wi}>{week.map((date, i) => cell(date, wi * 7 + i))}</tr>
          ))}
        </tbody>
      </table>
      <Space wrap className="cal-legend" style={{ marginTop: 8 }}>
        {DAY_TYPES.map((type) => (
          <Tag key={type} className={`legend-chip type-${type}`}>
            {typeLabel(type)}
          </Tag>
        ))}
        <span>
          {t('heatLegend', { figure: t(`figure.${figure}`) })}
          {[1, 2, 3, 4, 5].map((s) => (
            <span key={s} className={`legend-heat heat-${s}`} />
          ))}
        </span>
      </Space>
    </div>
  );
}
