import { describe, expect, it } from 'vitest';
import {
  ADDITIVE_FIELD_KEYS,
  AVERAGED_FIELD_KEYS,
  emptyDayValues,
  NUMERIC_FIELD_KEYS,
  type DayValues,
} from '../../shared/domain/dailyFields';
import { TRAFFIC_KEYS } from '../../shared/domain/dayRules';
import { FIGURE_INFO } from '../../shared/domain/kpi';
import { CLEARANCE_TIME_KEYS, figureWithParts, HEADLINE_TOTALS, METRIC_KEYS } from '../../shared/domain/metrics';
import { MEASURE_METRIC_KEYS, MEASURE_METRICS, measureMetricValue } from '../../shared/domain/measures/measureTypes';
import { TREND_PANELS } from '../../renderer/src/pages/dashboard/panelChoices';
import { BRIEFING_KPI_ROWS } from '../../electron/core/services/briefing/sections/kpis';

/**
 * The catalogues that used to be written out by hand are now read from the field registry
 * (dailyFields.ts) and the figures built on it (kpi.ts, metrics.ts). These are the lists as they
 * were written, so a change to the registry that moves any of them is seen here.
 */
describe('one figure registry, every catalogue derived from it', () => {
  it('lists the fields, the additive and the averaged ones, in registry order', () => {
    expect(NUMERIC_FIELD_KEYS).toEqual([
      'importFreightKg',
      'exportFreightKg',
      'importValueYuan',
      'exportValueYuan',
      'borderTradeYuan',
      'importDeclarations',
      'exportDeclarations',
      'vehiclesIn',
      'vehiclesOut',
      'personsIn',
      'personsOut',
      'importClearanceCentihours',
      'exportClearanceCentihours',
      'openCentihours',
    ]);
    expect(ADDITIVE_FIELD_KEYS).toEqual(NUMERIC_FIELD_KEYS.slice(0, 11));
    expect(AVERAGED_FIELD_KEYS).toEqual(['importClearanceCentihours', 'exportClearanceCentihours', 'openCentihours']);
    expect(CLEARANCE_TIME_KEYS).toEqual(['importClearanceCentihours', 'exportClearanceCentihours']);
  });

  it('names the totals and their kinds as before', () => {
    expect(FIGURE_INFO.tradeValueYuan).toEqual({ label: '进出口货值', kind: 'yuan' });
    expect(FIGURE_INFO.freightKg).toEqual({ label: '进出口货运量', kind: 'kg' });
    expect(FIGURE_INFO.persons).toEqual({ label: '出入境人员', kind: 'persons' });
    expect(FIGURE_INFO.vehicles).toEqual({ label: '出入境车辆', kind: 'vehicles' });
    expect(FIGURE_INFO.declarations).toEqual({ label: '进出口报关单', kind: 'declarations' });
    expect(figureWithParts('persons')).toEqual(['persons', 'personsIn', 'personsOut']);
    expect(METRIC_KEYS).toContain('openDays');
    expect(HEADLINE_TOTALS).toEqual(['tradeValueYuan', 'freightKg', 'persons', 'vehicles']);
  });

  it('keeps the traffic a closed day may not have: freight, vehicles and persons, both ways', () => {
    expect([...TRAFFIC_KEYS].sort()).toEqual(['exportFreightKg', 'importFreightKg', 'personsIn', 'personsOut', 'vehiclesIn', 'vehiclesOut']);
  });

  it('gives the dashboard charts their totals with their parts, and the clearance times', () => {
    expect(TREND_PANELS.map((p) => [p.id, [...p.options]])).toEqual([
      ['freight', ['freightKg', 'importFreightKg', 'exportFreightKg']],
      ['value', ['tradeValueYuan', 'importValueYuan', 'exportValueYuan']],
      ['persons', ['persons', 'personsIn', 'personsOut']],
      ['vehicles', ['vehicles', 'vehiclesIn', 'vehiclesOut']],
      ['clearance', ['importClearanceCentihours', 'exportClearanceCentihours']],
    ]);
  });

  it("gives the briefing's KPI table its rows in a bulletin's order, parts under their totals", () => {
    // the rows exactly as written: a headline row carries `headline`, no other row has the key at all
    const headline = (key: string) => ({ key, part: false, headline: true });
    const part = (key: string) => ({ key, part: true });
    const plain = (key: string) => ({ key, part: false });
    expect(BRIEFING_KPI_ROWS).toEqual([
      headline('tradeValueYuan'), part('importValueYuan'), part('exportValueYuan'),
      headline('freightKg'), part('importFreightKg'), part('exportFreightKg'),
      headline('persons'), part('personsIn'), part('personsOut'),
      headline('vehicles'),
      plain('borderTradeYuan'), plain('declarations'), plain('importClearanceCentihours'), plain('exportClearanceCentihours'),
      headline('openDays'),
    ]);
  });

  it('reads the measure metrics (stored keys) from the registry with the labels, units and directions they had', () => {
    const asWritten: Record<string, [string, string, 'lower' | 'higher']> = {
      importClearanceHours: ['进口整体通关时间', '小时', 'lower'],
      exportClearanceHours: ['出口整体通关时间', '小时', 'lower'],
      freightTonnes: ['进出口货运量', '吨', 'higher'],
      importFreightTonnes: ['进口货运量', '吨', 'higher'],
      exportFreightTonnes: ['出口货运量', '吨', 'higher'],
      tradeValueWanYuan: ['进出口货值', '万元', 'higher'],
      borderTradeWanYuan: ['边民互市贸易额', '万元', 'higher'],
      persons: ['出入境人员', '人次', 'higher'],
      vehicles: ['出入境车辆', '辆次', 'higher'],
      declarations: ['进出口报关单', '份', 'higher'],
      openHours: ['开放时长', '小时', 'higher'],
      restDayCoverage: ['休息日开放率', '%', 'higher'],
    };
    expect(Object.keys(MEASURE_METRICS)).toEqual([...MEASURE_METRIC_KEYS]);
    for (const k of MEASURE_METRIC_KEYS) {
      const m = MEASURE_METRICS[k];
      expect([m.label, m.unit, m.better], k).toEqual(asWritten[k]);
      expect(m.restDaysOnly && m.countsClosedDays, k).toBe(k === 'restDayCoverage');
    }
  });

  it('computes each measure metric of a day the naive way: entered parts added, then into the display unit', () => {
    const day: DayValues = {
      ...emptyDayValues(),
      importFreightKg: 120_500,
      exportFreightKg: null,
      importValueYuan: 3_000_000,
      exportValueYuan: 234_000,
      borderTradeYuan: 56_789,
      personsIn: 700,
      personsOut: 650,
      vehiclesIn: null,
      vehiclesOut: 78,
      importDeclarations: 40,
      exportDeclarations: 2,
      importClearanceCentihours: 1050,
      exportClearanceCentihours: 75,
      openCentihours: 1000,
      portOpen: true,
    };
    const naive: Record<string, number | null> = {
      importClearanceHours: 10.5,
      exportClearanceHours: 0.75,
      freightTonnes: 120.5,
      importFreightTonnes: 120.5,
      exportFreightTonnes: null,
      tradeValueWanYuan: 323.4,
      borderTradeWanYuan: 5.6789,
      persons: 1350,
      vehicles: 78,
      declarations: 42,
      openHours: 10,
      restDayCoverage: null,
    };
    for (const k of MEASURE_METRIC_KEYS) {
      const v = measureMetricValue(k, day, 'workday');
      if (naive[k] === null) expect(v, k).toBeNull();
      else expect(v, k).toBeCloseTo(naive[k]!, 9);
    }
    expect(measureMetricValue('restDayCoverage', day, 'weekend')).toBe(100);
  });
});
