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
import { loadedPage, PAGE_CHUNKS, type PagePath } from './pageChunks';

/**
 * A page read from a chunk of its own when first opened (pageChunks.ts): the app's start reads only
 * the shell and the page it opens on, whose chunk earlyStart.ts asks for beside the early answers.
 * A page whose chunk is already in is drawn at once, not after a loading state; each page instance
 * keeps the component it started with, so a page is never mounted afresh when its chunk lands.
 */
function lazyPage<P extends object>(path: PagePath) {
  const load = PAGE_CHUNKS[path] as () => Promise<ComponentType<P>>;
  const Lazy = lazy(() => load().then((Page) => ({ default: Page })));
  function Page(props: P) {
    const [Shown] = useState<ComponentType<P>>(() => loadedPage<P>(path) ?? Lazy);
    return (
      <Suspense fallback={<PageLoading />}>
        <Shown {...props} />
      </Suspense>
    );
  }
  return { Page };
}

type Params = { params: URLSearchParams };
const dayEntry = lazyPage<Params>('/days');
const monthGrid = lazyPage<Params>('/grid');
const dashboard = lazyPage<Params>('/dashboard');
const calendar = lazyPage<Params>('/calendar');
const measures = lazyPage<Params>('/measures');
const trs = lazyPage<Params>('/trs');
const briefing = lazyPage<Params>('/briefing');
const importExport = lazyPage<object>('/import');
const admin = lazyPage<object>('/admin');

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
  { path: '/days', navKey: 'dayEntry', icon: <EditOutlined />, render: (p) => <dayEntry.Page params={p} />, entersFigures: true },
  { path: '/grid', navKey: 'monthGrid', icon: <TableOutlined />, render: (p) => <monthGrid.Page params={p} />, entersFigures: true },
  { path: '/dashboard', navKey: 'dashboard', icon: <BarChartOutlined />, render: (p) => <dashboard.Page params={p} /> },
  { path: '/calendar', navKey: 'calendar', icon: <CalendarOutlined />, render: (p) => <calendar.Page params={p} /> },
  { path: '/measures', navKey: 'measures', icon: <AppstoreOutlined />, render: (p) => <measures.Page params={p} /> },
  { path: '/trs', navKey: 'trs', icon: <FieldTimeOutlined />, render: (p) => <trs.Page params={p} /> },
  { path: '/briefing', navKey: 'briefing', icon: <FileTextOutlined />, render: (p) => <briefing.Page params={p} /> },
  { path: '/import', navKey: 'importExport', icon: <SwapOutlined />, render: () => <importExport.Page />, entersFigures: true },
  { path: '/admin', navKey: 'admin', icon: <SafetyOutlined />, render: () => <admin.Page />, adminOnly: true },
];

/**
 * The page the app opens on when the address names none: a clerk's or an administrator's day's
 * entry; a viewer, who cannot enter figures, reads the dashboard.
 */
export function startPathFor(role: Role): string {
  return role === 'viewer' ? '/dashboard' : '/days';
}
