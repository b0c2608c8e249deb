import type { ComponentType } from 'react';

type Params = { params: URLSearchParams };

/** Each page's component once its chunk is in, so that it is drawn at once (routes.tsx). */
const loaded = new Map<string, ComponentType<never>>();

function chunk<P>(path: string, load: () => Promise<ComponentType<P>>): () => Promise<ComponentType<P>> {
  return () => load().then((Page) => (loaded.set(path, Page as ComponentType<never>), Page));
}

/**
 * Where each page's code is read from: a chunk of its own per route (routes.tsx draws them). Kept
 * apart from routes.tsx, which needs antd for its icons and loading state, so that earlyStart.ts can
 * ask for the first page's chunk without waiting for antd to be read.
 */
export const PAGE_CHUNKS = {
  '/days': chunk<Params>('/days', () => import('../pages/days/DayEntryPage').then((m) => m.DayEntryPage)),
  '/grid': chunk<Params>('/grid', () => import('../pages/days/MonthGridPage').then((m) => m.MonthGridPage)),
  '/dashboard': chunk<Params>('/dashboard', () => import('../pages/dashboard/DashboardPage').then((m) => m.DashboardPage)),
  '/calendar': chunk<Params>('/calendar', () => import('../pages/calendar/CalendarPage').then((m) => m.CalendarPage)),
  '/measures': chunk<Params>('/measures', () => import('../pages/measures/MeasuresPage').then((m) => m.MeasuresPage)),
  '/trs': chunk<Params>('/trs', () => import('../pages/trs/TrsPage').then((m) => m.TrsPage)),
  '/briefing': chunk<Params>('/briefing', () => import('../pages/briefing/BriefingPage').then((m) => m.BriefingPage)),
  '/import': chunk<object>('/import', () => import('../pages/importExport/ImportExportPage').then((m) => m.ImportExportPage)),
  '/admin': chunk<object>('/admin', () => import('../pages/admin/AdminPage').then((m) => m.AdminPage)),
} as const;

export type PagePath = keyof typeof PAGE_CHUNKS;

/** The page's component if its chunk is already in; else undefined. */
export function loadedPage<P>(path: PagePath): ComponentType<P> | undefined {
  return loaded.get(path) as ComponentType<P> | undefined;
}

/** Starts reading the chunk of the page an address ("#/dashboard?…") names; settles once it is in (or names none). */
export function loadPageOf(hash: string): Promise<unknown> {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return Object.hasOwn(PAGE_CHUNKS, path) ? PAGE_CHUNKS[path as PagePath]().catch(() => undefined) : Promise.resolve();
}
