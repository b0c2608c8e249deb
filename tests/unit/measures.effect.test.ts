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
    operator: '张三',
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
    expect(Math.abs(e.changePct! - 20)).toBeLessThan(3);
    expect(e.interval!.low).toBeLessThan(20);
    expect(e.interval!.high).toBeGreaterThan(20);
    expect(e.interval!.low).toBeGreaterThan(10);
    expect(e.before).toMatchObject({ from: addDays(START, -90), to: addDays(START, -1), dataDays: 90 });
    expect(e.after).toMatchObject({ from: START, to: addDays(START, 89), dataDays: 90 });
    expect(e.seasonal.usable).toBe(true);
    expect(persons!.favourable).toBe(true);
    expect(persons!.summary).toMatch(/^启动前 90 天出入境人员日均 .* 人次，启动后 90 天日均 .* 人次，上升 \+\d+\.\d%（95% 区间 \+\d+\.\d% 至 \+\d+\.\d%），向预期方向变化。$/);
    expect(persons!.target).toEqual({ metric: 'persons', comparator: '>=', value: 1500 });
    // the chart covers both windows day by day
    expect(persons!.chart).toHaveLength(180);
    expect(persons!.chart[0]!.date).toBe(addDays(START, -90));
    expect(persons!.chart.at(-1)!.date).toBe(addDays(START, 89));
  });

  it('finds no change in a flat series: the interval contains 0', async () => {
    const core = await storeWith({ step: 1 });
    const [persons] = (await effectOf(core)).metrics;
    const e = persons!.effect;
    expect(e.verdict).toBe('noClearChange');
    expect(e.interval!.low).toBeLessThan(0);
    expect(e.interval!.high).toBeGreaterThan(0);
    expect(Math.abs(e.changePct!)).toBeLessThan(3);
    expect(persons!.favourable).toBeNull();
    expect(persons!.summary).toMatch(/区间包含零，看不出明显变化/);
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
    expect(e.reasons).toContain('启动前 90 天内只有 10 天有数据，至少需要 30 天。');
  });

  it('a closure inside the window', async () => {
    const core = await storeWith({ step: 1.2, closed: (d) => d >= '2024-07-01' && d < '2024-08-10' });
    const [persons] = (await effectOf(core)).metrics;
    expect(persons!.effect.verdict).toBe('insufficient');
    expect(persons!.effect.reasons).toContain('启动后 90 天内闭关 40 天，超过三分之一，口岸未正常运行，无法比较。');
    expect(persons!.summary).toBe('现有数据还不足以判断措施启动后出入境人员是否有变化。');
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
    expect(e.reasons).toEqual(['前后 90 天内另有措施启动：ZM-19 高峰期增开通道（2024-07-01），变化无法单独归于本措施。']);
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

    await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG', operator: '张三' });
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
    expect(persons!.effect.reasons).toContain('启动前 90 天内只有 0 天有数据，至少需要 30 天。');
    expect(persons!.chart.every((p) => p.value === null)).toBe(true);
  });
});
