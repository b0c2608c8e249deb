import { describe, expect, it } from 'vitest';
import {
  MEASURE_CATEGORIES,
  MEASURE_CATEGORY_LABELS,
  MEASURE_STATUSES,
  MEASURE_STATUS_LABELS,
  MEASURE_METRIC_KEYS,
  MEASURE_METRICS,
  STALL_DAYS,
  canTransition,
  describeTarget,
  isOverdue,
  isStalled,
  measureMetricValue,
  targetMet,
} from '../../shared/domain/measures/measureTypes';
import { MEASURE_TEMPLATE, PORT_UNITS, templateMeasures } from '../../shared/domain/measures/template';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { addDays } from '../../shared/domain/dates';

function day(partial: Partial<DayValues>): DayValues {
  return { ...emptyDayValues(), ...partial };
}

describe('measure statuses', () => {
  it('has the five Chinese labels', () => {
    expect(MEASURE_STATUSES.map((s) => MEASURE_STATUS_LABELS[s])).toEqual(['计划中', '推进中', '已实施', '暂停', '已结束']);
  });

  it('allows the normal life of a measure', () => {
    expect(canTransition('planned', 'inProgress')).toBe(true);
    expect(canTransition('inProgress', 'inForce')).toBe(true);
    expect(canTransition('inForce', 'suspended')).toBe(true);
    expect(canTransition('suspended', 'inForce')).toBe(true);
    expect(canTransition('suspended', 'inProgress')).toBe(true);
    expect(canTransition('inForce', 'ended')).toBe(true);
    expect(canTransition('planned', 'inForce')).toBe(true);
    expect(canTransition('planned', 'ended')).toBe(true);
  });

  it('treats 已结束 as final and never goes back to 计划中', () => {
    for (const to of MEASURE_STATUSES) {
      expect(canTransition('ended', to)).toBe(false);
      if (to !== 'planned') expect(canTransition(to, 'planned')).toBe(false);
    }
    expect(canTransition('planned', 'suspended')).toBe(false);
    expect(canTransition('inForce', 'inProgress')).toBe(false);
  });

  it('does not count staying put as a transition', () => {
    for (const s of MEASURE_STATUSES) expect(canTransition(s, s)).toBe(false);
  });
});

describe('stalled and overdue', () => {
  const today = '2025-07-31';

  it('flags 推进中 with no progress for 30 days, not 29', () => {
    expect(STALL_DAYS).toBe(30);
    expect(isStalled('inProgress', addDays(today, -29), today)).toBe(false);
    expect(isStalled('inProgress', addDays(today, -30), today)).toBe(true);
    expect(isStalled('inProgress', addDays(today, -200), today)).toBe(true);
  });

  it('flags 推进中 with nothing ever recorded', () => {
    expect(isStalled('inProgress', null, today)).toBe(true);
  });

  it('never calls a measure in another status stalled', () => {
    for (const s of ['planned', 'inForce', 'suspended', 'ended'] as const) {
      expect(isStalled(s, addDays(today, -400), today)).toBe(false);
    }
  });

  it('calls 计划中 overdue once its start date has passed', () => {
    expect(isOverdue('planned', '2025-07-30', today)).toBe(true);
    expect(isOverdue('planned', today, today)).toBe(false);
    expect(isOverdue('planned', '2025-08-01', today)).toBe(false);
    expect(isOverdue('planned', null, today)).toBe(false);
    expect(isOverdue('inProgress', '2025-01-01', today)).toBe(false);
  });
});

describe('metric values from a day', () => {
  it('adds both directions and converts to display units', () => {
    const v = day({
      personsIn: 700,
      personsOut: 650,
      vehiclesIn: 40,
      vehiclesOut: 38,
      importFreightKg: 120_500,
      exportFreightKg: 80_250,
      importValueYuan: 1_234_0000,
      exportValueYuan: 5_000_0000,
      importClearanceCentihours: 1050,
      exportClearanceCentihours: 75,
      importDeclarations: 12,
      exportDeclarations: 30,
    });
    expect(measureMetricValue('persons', v, 'workday')).toBe(1350);
    expect(measureMetricValue('vehicles', v, 'workday')).toBe(78);
    expect(measureMetricValue('freightTonnes', v, 'workday')).toBeCloseTo(200.75, 9);
    expect(measureMetricValue('importFreightTonnes', v, 'workday')).toBeCloseTo(120.5, 9);
    expect(measureMetricValue('tradeValueWanYuan', v, 'workday')).toBeCloseTo(6234, 9);
    expect(measureMetricValue('importClearanceHours', v, 'workday')).toBeCloseTo(10.5, 9);
    expect(measureMetricValue('exportClearanceHours', v, 'workday')).toBeCloseTo(0.75, 9);
    expect(measureMetricValue('declarations', v, 'workday')).toBe(42);
  });

  it('sums what was entered and is blank only when everything is', () => {
    expect(measureMetricValue('freightTonnes', day({ exportFreightKg: 5000 }), 'workday')).toBe(5);
    expect(measureMetricValue('persons', day({}), 'workday')).toBeNull();
    expect(measureMetricValue('importClearanceHours', day({}), 'workday')).toBeNull();
  });

  it('gives rest-day coverage only on rest days: 100 open, 0 closed', () => {
    expect(measureMetricValue('restDayCoverage', day({ portOpen: true }), 'weekend')).toBe(100);
    expect(measureMetricValue('restDayCoverage', day({ portOpen: false }), 'holiday')).toBe(0);
    expect(measureMetricValue('restDayCoverage', day({ portOpen: true }), 'regionalHoliday')).toBe(100);
    expect(measureMetricValue('restDayCoverage', day({ portOpen: true }), 'workday')).toBeNull();
    expect(measureMetricValue('restDayCoverage', day({ portOpen: true }), 'makeupWorkday')).toBeNull();
    expect(measureMetricValue('restDayCoverage', day({}), 'weekend')).toBeNull();
  });

  it('labels every metric with a unit', () => {
    for (const k of MEASURE_METRIC_KEYS) {
      expect(MEASURE_METRICS[k].key).toBe(k);
      expect(MEASURE_METRICS[k].label.length).toBeGreaterThan(1);
      expect(MEASURE_METRICS[k].unit.length).toBeGreaterThan(0);
    }
    expect(MEASURE_METRICS.importClearanceHours.better).toBe('lower');
    expect(MEASURE_METRICS.persons.better).toBe('higher');
  });
});

describe('targets', () => {
  const t = { metric: 'importClearanceHours', comparator: '<=', value: 10 } as const;

  it('judges a figure against the target', () => {
    expect(targetMet(t, 9.5)).toBe(true);
    expect(targetMet(t, 10)).toBe(true);
    expect(targetMet(t, 10.01)).toBe(false);
    expect(targetMet({ metric: 'restDayCoverage', comparator: '>=', value: 95 }, 90)).toBe(false);
    expect(targetMet(t, null)).toBeNull();
    expect(targetMet(t, Number.NaN)).toBeNull();
  });

  it('reads as a Chinese goal', () => {
    expect(describeTarget(t)).toBe('进口整体通关时间 ≤ 10 小时');
    expect(describeTarget({ metric: 'restDayCoverage', comparator: '>=', value: 95 })).toBe('休息日开放率 ≥ 95%');
  });
});

describe('starting template', () => {
  it('holds about twenty-two measures with unique codes and known categories', () => {
    expect(MEASURE_TEMPLATE.length).toBeGreaterThanOrEqual(20);
    const codes = MEASURE_TEMPLATE.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const m of MEASURE_TEMPLATE) {
      expect(m.code).toMatch(/^ZM-\d{2}$/);
      expect(MEASURE_CATEGORIES).toContain(m.category);
      expect(MEASURE_CATEGORY_LABELS[m.category]).toBeTruthy();
      expect(m.description).toMatch(/。$/);
      expect(PORT_UNITS as readonly string[]).toContain(m.leadUnit);
      expect(m.partnerUnits).not.toContain(m.leadUnit);
      for (const t of m.targets) expect(m.metrics).toContain(t.metric);
    }
  });

  it('starts with "5+2" and carries the import clearance-time target', () => {
    expect(MEASURE_TEMPLATE[0]?.title).toContain('5+2');
    const targets = MEASURE_TEMPLATE.flatMap((m) => m.targets);
    expect(targets).toContainEqual({ metric: 'importClearanceHours', comparator: '<=', value: 10 });
  });

  it('hands out copies, so editing one leaves the template alone', () => {
    const copy = templateMeasures();
    copy[0]?.partnerUnits.push('测试单位');
    copy[0]!.title = '改过';
    expect(MEASURE_TEMPLATE[0]?.partnerUnits).not.toContain('测试单位');
    expect(MEASURE_TEMPLATE[0]?.title).toContain('5+2');
  });
});
