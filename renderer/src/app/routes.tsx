import type { ReactNode } from 'react';
import type { Role } from '../../../shared/contract/access';
import {
  AppstoreOutlined,
  BarChartOutlined,
  CalendarOutlined,
  EditOutlined,
  FileTextOutlined,
  SafetyOutlined,
  SwapOutlined,
  FieldTimeOutlined,
  TableOutlined,
} from '@ant-design/icons';
import { DayEntryPage } from '../pages/days/DayEntryPage';
import { MonthGridPage } from '../pages/days/MonthGridPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { CalendarPage } from '../pages/calendar/CalendarPage';
import { MeasuresPage } from '../pages/measures/MeasuresPage';
import { BriefingPage } from '../pages/briefing/BriefingPage';
import { ImportExportPage } from '../pages/importExport/ImportExportPage';
import { AdminPage } from '../pages/admin/AdminPage';
import { TrsPage } from '../pages/trs/TrsPage';

export interface AppRoute {
  path: string;
  /** key in the common catalog's `nav` */
  navKey: string;
  icon: ReactNode;
  render: (params: URLSearchParams) => ReactNode;
  /** shown only to administrators (the core refuses its calls to others anyway) */
  adminOnly?: boolean;
  /** a page where figures are entered: its port picker leaves out disabled ports */
  entersFigures?: boolean;
}

/** The pages, in menu order. Each domain owns its page file. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/days', navKey: 'dayEntry', icon: <EditOutlined />, render: (p) => <DayEntryPage params={p} />, entersFigures: true },
  { path: '/grid', navKey: 'monthGrid', icon: <TableOutlined />, render: (p) => <MonthGridPage params={p} />, entersFigures: true },
  { path: '/dashboard', navKey: 'dashboard', icon: <BarChartOutlined />, render: (p) => <DashboardPage params={p} /> },
  { path: '/calendar', navKey: 'calendar', icon: <CalendarOutlined />, render: (p) => <CalendarPage params={p} /> },
  { path: '/measures', navKey: 'measures', icon: <AppstoreOutlined />, render: (p) => <MeasuresPage params={p} /> },
  { path: '/trs', navKey: 'trs', icon: <FieldTimeOutlined />, render: (p) => <TrsPage params={p} /> },
  { path: '/briefing', navKey: 'briefing', icon: <FileTextOutlined />, render: (p) => <BriefingPage params={p} /> },
  { path: '/import', navKey: 'importExport', icon: <SwapOutlined />, render: () => <ImportExportPage />, entersFigures: true },
  { path: '/admin', navKey: 'admin', icon: <SafetyOutlined />, render: () => <AdminPage />, adminOnly: true },
];

/**
 * The page the app opens on when the address names none: a clerk's or an administrator's day's
 * entry; a viewer, who cannot enter figures, reads the dashboard.
 */
export function startPathFor(role: Role): string {
  return role === 'viewer' ? '/dashboard' : '/days';
}
