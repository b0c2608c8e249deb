import { describe, expect, it } from 'vitest';
import { tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { saveAll, syntheticPersonDays, type SyntheticOptions } from './helpers/syntheticDays';
import type { MethodInput } from '../../shared/contract';
import { addDays } from '../../shared/domain/dates';

const START = '2024-06-01';
const NOW = new Date('2025-01-01T04:00:00Z');

async function storeWith(series: Partial<SyntheticOptions> = {}, now = NOW): Promise<TestCore> {
  const core = await tempCore({ now: () => now });
  await saveAll(core, syntheticPersonDays({ from: '2023-03-01', to: '2024-12-31', stepDate: START, step: 1, ...series }));
  return core;
}

function measure(partial: Partial<MethodInput<'createMeasure'>> = {}): MethodInput<'createMeasure'> {
  return {
    code: 'ZM-18',
    title: '旅检自助通道',
    category: 'passenger',
    leadUnit: '樟木边检站',
    portIds: [1],
    metrics: ['persons'],
    targets: [{ metric: 'persons', comparator: '>=', value: 1500 }],
    status: 'inForce',
    startDate: START,
    ...partial,
  };
}

async function effectOf(core: TestCore, input: Partial<MethodInput<'createMeasure'>> = {}, options: Partial<MethodInput<'measureEffect'>> = {}) {
  const m = await core.ok('createMeasure', measure(input));
  return core.ok('measureEffect', { id: m.id, ...options });
}

describe('effect of a measure, from a series in a real store', () => {
  it('finds a +20% step near +20%, with an interval that contains it', async () => {
    const core = await storeWith({ step: 1.2 });
    const r = await effectOf(core);
    expect(r.unavailable).toBeNull();
    expect(r.metrics).toHaveLength(1);
    const [persons] = r.metrics;
    const e = persons!.effect;
    expect(e.verdict).toBe('increase');
    expect(e.reasons).toEqual([]);
    expect(Math.abs(e.effect! - 20)).toBeLessThan(5);
    expect(e.interval!.low).toBeLessThan(20);
    expect(e.interval!.high).toBeGreaterThan(20);
    expect(e.interval!.low).toBeGreaterThan(5);
    expect(e.before).toMatchObject({ from: addDays(START, -90), to: addDays(START, -1), dataDays: 90 });
    expect(e.after).toMatchObject({ from: START, to: addDays(START, 89), dataDays: 90 });
    expect(e.yearEarlierStart).toBe('2023-06-01');
    expect(e.yearEarlierBefore).toMatchObject({ from: '2023-03-03', to: '2023-05-31', dataDays: 90 });
    expect(e.yearEarlierAfter).toMatchObject({ from: '2023-06-01', to: '2023-08-29', dataDays: 90 });
    expect(persons!.favourable).toBe(true);
    expect(persons!.summary).toMatch(
      /^启动后 90 天出入境人员日均 .* 人次，较启动前 90 天（.* 人次）上升 \d+\.\d%；上年同期同样两段(上升|下降) \d+\.\d%；扣除后净变化 \+\d+\.\d%（95% 区间 \+\d+\.\d% 至 \+\d+\.\d%），向预期方向变化。$/,
    );
    expect(persons!.explanation).toContain('今年启动前 90 天（2024-03-03 至 2024-05-31）到启动后 90 天（2024-06-01 至 2024-08-29）');
    expect(persons!.explanation).toContain('上年同期同样两段（2023-03-03 至 2023-05-31、2023-06-01 至 2023-08-29）');
    expect(persons!.target).toEqual({ metric: 'persons', comparator: '>=', value: 1500 });
    // the chart covers both windows day by day, this year and a year earlier, aligned on the start
    const stored = new Map(syntheticPersonDays({ from: '2023-03-01', to: '2024-12-31', stepDate: START, step: 1.2 }).map((d) => [d.date, d.values.personsIn! + d.values.personsOut!]));
    expect(persons!.chart).toHaveLength(180);
    expect(persons!.chart[0]).toMatchObject({ offset: -90, date: addDays(START, -90), yearEarlierDate: '2023-03-03' });
    expect(persons!.chart.at(-1)).toMatchObject({ offset: 89, date: addDays(START, 89), yearEarlierDate: '2023-08-29' });
    for (const p of persons!.chart) {
      expect(p.value).toBe(stored.get(p.date));
      expect(p.yearEarlierValue).toBe(stored.get(p.yearEarlierDate));
    }
    // the net change, recomputed naively from plain means of the four windows of the chart (the
    // method's correction for holidays and weekdays, which these figures do not follow, moves it a little)
    const mean = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + x!, 0) / xs.length;
    const half = (after: boolean, key: 'value' | 'yearEarlierValue') => mean(persons!.chart.filter((p) => (p.offset >= 0) === after).map((p) => p[key]));
    const naive = ((half(true, 'value') / half(false, 'value')) / (half(true, 'yearEarlierValue') / half(false, 'yearEarlierValue')) - 1) * 100;
    expect(Math.abs(e.effect! - naive)).toBeLessThan(3);
  });

  it('finds no change in a flat series: the interval contains 0', async () => {
    const core = await storeWith({ step: 1 });
    const [persons] = (await effectOf(core)).metrics;
    const e = persons!.effect;
    expect(e.verdict).toBe('noClearChange');
    expect(e.interval!.low).toBeLessThan(0);
    expect(e.interval!.high).toBeGreaterThan(0);
    expect(Math.abs(e.effect!)).toBeLessThan(4);
    expect(persons!.favourable).toBeNull();
    expect(persons!.summary).toMatch(/区间包含零，看不出措施带来的明显变化。$/);
  });

  it('takes the window length asked for and gives the same interval for the same inputs', async () => {
    const core = await storeWith({ step: 1.2 });
    const m = await core.ok('createMeasure', measure());
    const a = await core.ok('measureEffect', { id: m.id, windowDays: 60 });
    const b = await core.ok('measureEffect', { id: m.id, windowDays: 60 });
    expect(a.windowDays).toBe(60);
    expect(a.metrics[0]!.effect.before.from).toBe(addDays(START, -60));
    expect(a.metrics[0]!.effect.after.to).toBe(addDays(START, 59));
    expect(a.metrics[0]!.chart).toHaveLength(120);
    expect(a.metrics[0]!.effect.interval).toEqual(b.metrics[0]!.effect.interval);
    const bad = await core.call('measureEffect', { id: m.id, windowDays: 5 }, TEST_CTX);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fieldErrors?.windowDays).toMatch(/至少 14 天/);
  });
});

describe('when the data cannot support a conclusion, the contract says so in Chinese', () => {
  it('too few days before the start', async () => {
    const core = await storeWith({ step: 1.2, skip: (d) => d < START && d >= addDays(START, -90) && d < addDays(START, -10) });
    const e = (await effectOf(core)).metrics[0]!.effect;
    expect(e.verdict).toBe('insufficient');
    expect(e.reasons).toContain('启动前 90 天（2024-03-03 至 2024-05-31）只有 10 天有数据，至少需要 30 天。');
  });

  it('a closure inside the window', async () => {
    const core = await storeWith({ step: 1.2, closed: (d) => d >= '2024-07-01' && d < '2024-08-10' });
    const [persons] = (await effectOf(core)).metrics;
    expect(persons!.effect.verdict).toBe('insufficient');
    expect(persons!.effect.reasons).toEqual(['启动后 90 天（2024-06-01 至 2024-08-29）闭关 40 天，超过三分之一，口岸未正常运行，无法比较。']);
    expect(persons!.summary).toBe('数据不足以判断措施对出入境人员的效果：启动后 90 天（2024-06-01 至 2024-08-29）闭关 40 天，超过三分之一，口岸未正常运行，无法比较。');
    expect(persons!.favourable).toBeNull();
  });

  it('another measure moving the same figure starting inside the window', async () => {
    const core = await storeWith({ step: 1.2 });
    await core.ok('createMeasure', measure({ code: 'ZM-19', title: '高峰期增开通道', startDate: '2024-07-01', targets: [] }));
    // one naming another figure, or one still planned, does not blur the comparison
    await core.ok('createMeasure', measure({ code: 'ZM-03', title: '提前申报', metrics: ['importClearanceHours'], targets: [], startDate: '2024-06-10' }));
    await core.ok('createMeasure', measure({ code: 'ZM-20', title: '联席会议', status: 'planned', startDate: '2024-06-20', targets: [] }));
    const e = (await effectOf(core)).metrics[0]!.effect;
    expect(e.verdict).toBe('insufficient');
    expect(e.overlaps).toEqual([{ label: 'ZM-19 高峰期增开通道', date: '2024-07-01', where: 'current' }]);
    expect(e.reasons).toEqual(['同一口岸、同一指标的 ZM-19 高峰期增开通道（2024-07-01 启动）与本措施的启动相隔不足 90 天，变化分不清归于哪一项，两项均不单独计算效果。']);
    // and ZM-19 is not credited either
    const list = await core.ok('listMeasures', { search: 'ZM-19' });
    const zm19 = (await core.ok('measureEffect', { id: list.items[0]!.id })).metrics[0]!.effect;
    expect(zm19.verdict).toBe('insufficient');
    expect(zm19.overlaps.map((o) => o.label)).toEqual(['ZM-18 旅检自助通道']);
  });

  it('an after-window that is not over yet', async () => {
    const core = await storeWith({ step: 1.2, to: '2024-06-30' }, new Date('2024-07-01T04:00:00Z'));
    const e = (await effectOf(core)).metrics[0]!.effect;
    expect(e.verdict).toBe('insufficient');
    expect(e.reasons[0]).toBe('措施于 2024-06-01 启动，截至 2024-06-30 仅满 30 天，不足 90 天的观察期，暂不能判断效果。');
  });

  it('a measure not started, or naming no figure, or asked about another port', async () => {
    const core = await storeWith({ step: 1.2 });
    const planned = await effectOf(core, { code: 'P-1', status: 'planned', startDate: null });
    expect(planned.unavailable).toMatch(/尚未启动/);
    expect(planned.metrics).toEqual([]);
    const none = await effectOf(core, { code: 'P-2', metrics: [], targets: [] });
    expect(none.unavailable).toMatch(/没有设定要影响的指标/);

    await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    const m = await core.ok('createMeasure', measure({ code: 'P-3' }));
    const r = await core.call('measureEffect', { id: m.id, portId: 2 }, TEST_CTX);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fieldErrors?.portId).toBe('该措施不适用于所选口岸');
    const missing = await core.call('measureEffect', { id: 999 }, TEST_CTX);
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });

  it('no data at all', async () => {
    const core = await tempCore({ now: () => NOW });
    const [persons] = (await effectOf(core)).metrics;
    expect(persons!.effect.verdict).toBe('insufficient');
    expect(persons!.effect.reasons).toContain('启动前 90 天（2024-03-03 至 2024-05-31）只有 0 天有数据，至少需要 30 天。');
    expect(persons!.chart.every((p) => p.value === null && p.yearEarlierValue === null)).toBe(true);
  });

  it('a figure blank before it was handled (passengers from 2023-09-01): blank, never zero', async () => {
    const core = await tempCore({ now: () => NOW });
    const days = syntheticPersonDays({ from: '2023-05-01', to: '2024-12-31', stepDate: START, step: 1.2 }).map((d) =>
      d.date < '2023-09-01' ? { ...d, values: { ...d.values, personsIn: null, personsOut: null } } : d,
    );
    await saveAll(core, days);
    const r = await effectOf(core, { startDate: '2023-09-01' });
    const [persons] = r.metrics;
    expect(persons!.effect.verdict).toBe('insufficient');
    expect(persons!.effect.before.blankDays).toBe(90);
    expect(persons!.effect.before.mean).toBeNull();
    expect(persons!.summary).toMatch(/^数据不足以判断措施对出入境人员的效果：启动前 90 天（2023-06-03 至 2023-08-31）有 90 天该项为空（当时未办理或未统计，不是零）/);
    expect(persons!.chart.filter((p) => p.date < '2023-09-01').every((p) => p.value === null)).toBe(true);
  });
});
