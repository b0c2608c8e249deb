import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
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
import { PageLoading } from './PageLoading';

/**
 * A page read from a chunk of its own when first opened: the app's start reads only the shell and
 * the page it opens on (earlyStart.ts asks for that page's chunk at once, beside the early answers).
 * A page whose chunk is already in is drawn at once, not after a loading state: each page instance
 * keeps the component it started with, so a page is never mounted afresh when its chunk lands.
 */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const loadOnce = () => load().then((Page) => (loaded = Page));
  const Lazy = lazy(() => loadOnce().then((Page) => ({ default: Page })));
  function Page(props: P) {
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return (
      <Suspense fallback={<PageLoading />}>
        <Shown {...props} />
      </Suspense>
    );
  }
  return { load: loadOnce, Page };
}

type Params = { params: URLSearchParams };
const dayEntry = lazyPage<Params>(() => import('../pages/days/DayEntryPage').then((m) => m.DayEntryPage));
const monthGrid = lazyPage<Params>(() => import('../pages/days/MonthGridPage').then((m) => m.MonthGridPage));
const dashboard = lazyPage<Params>(() => import('../pages/dashboard/DashboardPage').then((m) => m.DashboardPage));
const calendar = lazyPage<Params>(() => import('../pages/calendar/CalendarPage').then((m) => m.CalendarPage));
const measures = lazyPage<Params>(() => import('../pages/measures/MeasuresPage').then((m) => m.MeasuresPage));
const trs = lazyPage<Params>(() => import('../pages/trs/TrsPage').then((m) => m.TrsPage));
const briefing = lazyPage<Params>(() => import('../pages/briefing/BriefingPage').then((m) => m.BriefingPage));
const importExport = lazyPage<object>(() => import('../pages/importExport/ImportExportPage').then((m) => m.ImportExportPage));
const admin = lazyPage<object>(() => import('../pages/admin/AdminPage').then((m) => m.AdminPage));

export interface AppRoute {
  path: string;
  /** key in the common catalog's `nav` */
  navKey: string;
  icon: ReactNode;
  render: (params: URLSearchParams) => ReactNode;
  /** reads the page's chunk (done by the first render too; asked for early at start) */
  load: () => Promise<unknown>;
  /** shown only to administrators (the core refuses its calls to others anyway) */
  adminOnly?: boolean;
}

/** The pages, in menu order. Each domain owns its page file. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/days', navKey: 'dayEntry', icon: <EditOutlined />, render: (p) => <dayEntry.Page params={p} />, load: dayEntry.load },
  { path: '/grid', navKey: 'monthGrid', icon: <TableOutlined />, render: (p) => <monthGrid.Page params={p} />, load: monthGrid.load },
  { path: '/dashboard', navKey: 'dashboard', icon: <BarChartOutlined />, render: (p) => <dashboard.Page params={p} />, load: dashboard.load },
  { path: '/calendar', navKey: 'calendar', icon: <CalendarOutlined />, render: (p) => <calendar.Page params={p} />, load: calendar.load },
  { path: '/measures', navKey: 'measures', icon: <AppstoreOutlined />, render: (p) => <measures.Page params={p} />, load: measures.load },
  { path: '/trs', navKey: 'trs', icon: <FieldTimeOutlined />, render: (p) => <trs.Page params={p} />, load: trs.load },
  { path: '/briefing', navKey: 'briefing', icon: <FileTextOutlined />, render: (p) => <briefing.Page params={p} />, load: briefing.load },
  { path: '/import', navKey: 'importExport', icon: <SwapOutlined />, render: () => <importExport.Page />, load: importExport.load },
  { path: '/admin', navKey: 'admin', icon: <SafetyOutlined />, render: () => <admin.Page />, load: admin.load, adminOnly: true },
];

/**
 * The page the app opens on when the address names none: a clerk's or an administrator's day's
 * entry; a viewer, who cannot enter figures, reads the dashboard.
 */
export function startPathFor(role: Role): string {
  return role === 'viewer' ? '/dashboard' : '/days';
}

/** Starts reading the chunk of the page an address ("#/dashboard?…") names; settles once it is in (or names none). */
export function loadPageOf(hash: string): Promise<unknown> {
  const path = hash.replace(/^#/, '').split('?')[0];
  return ROUTES.find((r) => r.path === path)?.load().catch(() => undefined) ?? Promise.resolve();
}
