import { useState } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ISO_MONTH, todayInShanghai } from '../../../../shared/domain/dates';
import type { FivePlusTwoFigure } from '../../../../shared/domain/kpi';
import { useSession } from '../../app/session';
import { navigateTo } from '../../app/useHashRoute';
import { DutyPanel } from './DutyPanel';
import { FivePlusTwoPanel } from './FivePlusTwoPanel';
import { MonthCalendar } from './MonthCalendar';
import { RegionalDaysAdmin } from './RegionalDaysAdmin';
import './calendar.css';

const TABS = ['month', 'fivePlusTwo', 'duty', 'regional'] as const;
type Tab = (typeof TABS)[number];

/**
 * The "5+2" calendar: the month coloured by day type with open/closed and throughput, the 5+2
 * figures, the duty roster and rules, and the regional-day table. The tab and month live in the
 * URL (#/calendar?tab=duty&month=2025-06), so a reload or a link keeps them.
 */
export function CalendarPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('calendar');
  const { portId } = useSession();
  const [figure, setFigure] = useState<FivePlusTwoFigure>('persons');
  const requestedTab = params.get('tab');
  const tab: Tab = TABS.includes(requestedTab as Tab) ? (requestedTab as Tab) : 'month';
  const requestedMonth = params.get('month');
  const month = requestedMonth && ISO_MONTH.test(requestedMonth) && Number(requestedMonth.slice(5)) >= 1 && Number(requestedMonth.slice(5)) <= 12
    ? requestedMonth
    : todayInShanghai().slice(0, 7);

  const go = (next: { tab?: Tab; month?: string }) => navigateTo('/calendar', { tab: next.tab ?? tab, month: next.month ?? month });

  if (portId === null) return null;
  return (
    <Tabs
      className="calendar-page"
      activeKey={tab}
      onChange={(k) => go({ tab: k as Tab })}
      destroyOnHidden
      items={[
        {
          key: 'month',
          label: t('tabs.month'),
          children: <MonthCalendar portId={portId} month={month} onMonth={(m) => go({ month: m })} figure={figure} onFigure={setFigure} />,
        },
        { key: 'fivePlusTwo', label: t('tabs.fivePlusTwo'), children: <FivePlusTwoPanel portId={portId} figure={figure} onFigure={setFigure} /> },
        { key: 'duty', label: t('tabs.duty'), children: <DutyPanel portId={portId} month={month} onMonth={(m) => go({ month: m })} /> },
        { key: 'regional', label: t('tabs.regional'), children: <RegionalDaysAdmin /> },
      ]}
    />
  );
}
