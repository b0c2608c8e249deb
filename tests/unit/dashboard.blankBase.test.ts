import { describe, expect, it } from 'vitest';
import { tempCore } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';
import type { KpiReport } from '../../shared/contract/dashboard';
import type { MetricKey } from '../../shared/domain/metrics';

/**
 * "Not applicable is not zero" on the dashboard: person crossings were not handled before passenger
 * clearance reopened on 2023-09-01, so they are blank (not 0) from May to August 2023. A 同比 against
 * a base that is blank for part of its span would compare a year with four months.
 */
const NOW = () => new Date('2025-03-01T04:00:00Z');
const PERSONS_FROM = '2023-09-01';

async function store() {
  const core = await tempCore({ now: NOW });
  await seedDays(
    core,
    1,
    everyDay('2023-01-01', '2024-12-31', (date) => ({
      portOpen: true,
      exportFreightKg: date < '2024-01-01' ? 10_000 : 12_000,
      personsIn: date < PERSONS_FROM ? null : date < '2024-01-01' ? 500 : 600,
      personsOut: date < PERSONS_FROM ? null : 400,
    })),
  );
  return core;
}

function fig(report: KpiReport, key: MetricKey) {
  return report.figures.find((x) => x.key === key)!;
}

describe('KPIs against a base where a figure was not yet handled', () => {
  it('gives no 同比 for persons in 2024 against 2023, and still one for freight', async () => {
    const core = await store();
    const year = await core.ok('getDashboardKpis', { portIds: [1], period: { kind: 'year', from: '2024-01-01', to: '2024-12-31' } });
    const persons = fig(year, 'persons');
    // the base is what was entered (September to December), shown as such, but not compared
    expect(persons.lastYear).toBe(122 * 900);
    expect(persons.current).toBe(366 * 1000);
    expect(persons.yoyPct).toBeNull();
    // freight was handled all along: 2024 (366 days × 12 t) against 2023 (365 days × 10 t)
    const freight = fig(year, 'freightKg');
    expect(freight.yoyPct).toBeCloseTo(((366 * 12_000 - 365 * 10_000) / (365 * 10_000)) * 100, 9);
  });

  it('compares persons where both spans had them: September 2024 against September 2023', async () => {
    const core = await store();
    const sept = await core.ok('getDashboardKpis', { portIds: [1], period: { kind: 'month', from: '2024-09-01', to: '2024-09-30' } });
    expect(fig(sept, 'persons').yoyPct).toBeCloseTo(((30 * 1000 - 30 * 900) / (30 * 900)) * 100, 9);
  });

  it('gives no 同比 for a period whose base had none at all (August 2024 against August 2023)', async () => {
    const core = await store();
    const aug = await core.ok('getDashboardKpis', { portIds: [1], period: { kind: 'month', from: '2024-08-01', to: '2024-08-31' } });
    expect(fig(aug, 'persons').lastYear).toBeNull();
    expect(fig(aug, 'persons').yoyPct).toBeNull();
  });

  it('keeps the 环比 of a few days left blank by mistake (a gap in entry, said by the missing-days notice)', async () => {
    const core = await store();
    await seedDays(core, 1, everyDay('2024-10-05', '2024-10-07', { portOpen: true, exportFreightKg: 12_000, personsIn: null, personsOut: null }));
    const nov = await core.ok('getDashboardKpis', { portIds: [1], period: { kind: 'month', from: '2024-11-01', to: '2024-11-30' } });
    expect(fig(nov, 'persons').momPct).toBeCloseTo(((30 * 1000 - 28 * 1000) / (28 * 1000)) * 100, 9);
  });
});
