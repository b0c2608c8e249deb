import { describe, expect, it } from 'vitest';
import { actingAs, tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import type { MethodInput } from '../../shared/contract';
import { MEASURE_TEMPLATE } from '../../shared/domain/measures/template';
import { STALL_DAYS, type MeasureStatus } from '../../shared/domain/measures/measureTypes';
import { addDays } from '../../shared/domain/dates';

/** 2025-06-15 at noon in Shanghai. */
const NOW = new Date('2025-06-15T04:00:00Z');
const TODAY = '2025-06-15';

function fields(partial: Partial<MethodInput<'createMeasure'>> = {}): MethodInput<'createMeasure'> {
  return {
    code: 'T-01',
    title: '提前申报',
    category: 'declaration',
    description: '货物运抵前申报',
    leadUnit: '聂拉木海关',
    partnerUnits: ['樟木边检站'],
    portIds: [1],
    metrics: ['importClearanceHours', 'declarations'],
    targets: [{ metric: 'importClearanceHours', comparator: '<=', value: 10 }],
    ...partial,
  };
}

async function expectError(core: TestCore, method: Parameters<TestCore['call']>[0], input: unknown, code: string, field?: string, message?: RegExp) {
  const r = await core.call(method, input, TEST_CTX);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  if (field) expect(r.error.fieldErrors?.[field], JSON.stringify(r.error)).toMatch(message ?? /./);
  else if (message) expect(r.error.message).toMatch(message);
}

describe('measure register: create, read, update, delete', () => {
  it('creates a measure with its ports, figures, targets and a registration entry', async () => {
    const core = await tempCore({ now: () => NOW });
    const m = await core.ok('createMeasure', fields(), actingAs('张三'));
    expect(m).toMatchObject({
      code: 'T-01',
      status: 'planned',
      portIds: [1],
      metrics: ['importClearanceHours', 'declarations'],
      targets: [{ metric: 'importClearanceHours', comparator: '<=', value: 10 }],
      revision: 1,
      createdBy: '张三',
      nextStatuses: ['inProgress', 'inForce', 'ended'],
    });
    expect(m.progress).toHaveLength(1);
    expect(m.progress[0]).toMatchObject({ date: TODAY, kind: 'status', fromStatus: null, toStatus: 'planned', recordedBy: '张三' });
    expect(await core.ok('getMeasure', { id: m.id })).toEqual(m);
  });

  it('enters a measure already in force with its start date', async () => {
    const core = await tempCore({ now: () => NOW });
    const m = await core.ok('createMeasure', fields({ status: 'inForce', startDate: '2024-03-01' }));
    expect(m.status).toBe('inForce');
    expect(m.progress[0]).toMatchObject({ date: '2024-03-01', toStatus: 'inForce' });
  });

  it('refuses bad input with a Chinese message at the field, and writes nothing', async () => {
    const core = await tempCore({ now: () => NOW });
    await expectError(core, 'createMeasure', fields({ title: '  ' }), 'INVALID_INPUT', 'title', /请填写措施名称/);
    await expectError(core, 'createMeasure', fields({ portIds: [] }), 'INVALID_INPUT', 'portIds', /至少选择一个口岸/);
    await expectError(core, 'createMeasure', fields({ category: 'nonsense' as never }), 'INVALID_INPUT', 'category', /类别/);
    await expectError(core, 'createMeasure', fields({ startDate: '2025-03-01', endDate: '2025-02-01' }), 'INVALID_INPUT', 'endDate', /不能早于启动日期/);
    await expectError(
      core,
      'createMeasure',
      fields({ metrics: ['declarations'], targets: [{ metric: 'importClearanceHours', comparator: '<=', value: 10 }] }),
      'INVALID_INPUT',
      'targets.0.metric',
      /须先列入/,
    );
    await expectError(core, 'createMeasure', fields({ status: 'inProgress' }), 'INVALID_INPUT', 'startDate', /请填写启动日期/);
    await expectError(core, 'createMeasure', fields({ status: 'inForce', startDate: '2025-07-01' }), 'INVALID_INPUT', 'startDate', /不能晚于今天/);
    await expectError(core, 'createMeasure', fields({ portIds: [99] }), 'NOT_FOUND', 'portIds', /不存在/);
    const list = await core.ok('listMeasures', undefined);
    expect(list.total).toBe(0);
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM measure_progress').get()).toEqual({ n: 0 });
  });

  it('keeps codes unique', async () => {
    const core = await tempCore({ now: () => NOW });
    await core.ok('createMeasure', fields());
    await expectError(core, 'createMeasure', fields({ title: '另一项' }), 'CONFLICT', 'code', /已被使用/);
  });

  it('updates the fields, replaces ports and figures, and refuses a stale edit', async () => {
    const core = await tempCore({ now: () => NOW });
    await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    const m = await core.ok('createMeasure', fields());
    const updated = await core.ok('updateMeasure', {
      ...fields({ title: '提前申报（扩大范围）', portIds: [1, 2], metrics: ['exportClearanceHours'], targets: [] }),
      id: m.id,
      expectedRevision: 1,
    }, actingAs('李四'));
    expect(updated).toMatchObject({ title: '提前申报（扩大范围）', portIds: [1, 2], metrics: ['exportClearanceHours'], targets: [], revision: 2, updatedBy: '李四' });
    expect(updated.status).toBe('planned');
    await expectError(core, 'updateMeasure', { ...fields(), id: m.id, expectedRevision: 1 }, 'CONFLICT', undefined, /已被 李四 修改/);
    await expectError(core, 'updateMeasure', { ...fields(), id: 999, expectedRevision: 1 }, 'NOT_FOUND');
  });

  it('does not let a started measure lose its start date', async () => {
    const core = await tempCore({ now: () => NOW });
    const m = await core.ok('createMeasure', fields({ status: 'inForce', startDate: '2024-03-01' }));
    await expectError(core, 'updateMeasure', { ...fields({ startDate: null }), id: m.id, expectedRevision: 1 }, 'INVALID_INPUT', 'startDate', /启动日期/);
  });

  it('deletes a measure with its log', async () => {
    const core = await tempCore({ now: () => NOW });
    const m = await core.ok('createMeasure', fields());
    await core.ok('addMeasureProgress', { id: m.id, date: TODAY, note: '已培训' });
    expect(await core.ok('deleteMeasure', { id: m.id })).toEqual({ id: m.id, code: 'T-01' });
    expect(core.store.sqlite.prepare('SELECT (SELECT count(*) FROM measures) + (SELECT count(*) FROM measure_progress) + (SELECT count(*) FROM measure_metrics) + (SELECT count(*) FROM measure_ports) AS n').get()).toEqual({ n: 0 });
    await expectError(core, 'getMeasure', { id: m.id }, 'NOT_FOUND');
  });
});

describe('measure status rules', () => {
  it('follows a measure from plan to force, and sets the start and end dates from the changes', async () => {
    const core = await tempCore({ now: () => NOW });
    let m = await core.ok('createMeasure', fields({ startDate: '2025-07-01' }), actingAs('张三'));
    m = await core.ok('changeMeasureStatus', { id: m.id, expectedRevision: m.revision, to: 'inProgress', date: '2025-05-20', note: '开始培训' }, actingAs('张三'));
    expect(m).toMatchObject({ status: 'inProgress', startDate: '2025-05-20', nextStatuses: ['inForce', 'suspended', 'ended'] });
    m = await core.ok('changeMeasureStatus', { id: m.id, expectedRevision: m.revision, to: 'inForce', date: '2025-06-01' }, actingAs('李四'));
    expect(m.startDate).toBe('2025-05-20');
    m = await core.ok('changeMeasureStatus', { id: m.id, expectedRevision: m.revision, to: 'suspended', date: '2025-06-05' }, actingAs('李四'));
    m = await core.ok('changeMeasureStatus', { id: m.id, expectedRevision: m.revision, to: 'inForce', date: '2025-06-10' }, actingAs('李四'));
    m = await core.ok('changeMeasureStatus', { id: m.id, expectedRevision: m.revision, to: 'ended', date: TODAY }, actingAs('李四'));
    expect(m).toMatchObject({ status: 'ended', startDate: '2025-05-20', endDate: TODAY, nextStatuses: [] });
    expect(m.progress.map((p) => [p.date, p.fromStatus, p.toStatus, p.recordedBy])).toEqual([
      [TODAY, 'inForce', 'ended', '李四'],
      ['2025-06-10', 'suspended', 'inForce', '李四'],
      ['2025-06-05', 'inForce', 'suspended', '李四'],
      ['2025-06-01', 'inProgress', 'inForce', '李四'],
      ['2025-05-20', 'planned', 'inProgress', '张三'],
      // registered today as a plan, but work had begun on 05-20: the registration moves back
      ['2025-05-20', null, 'planned', '张三'],
    ]);
    expect(m.progress[4]!.note).toBe('开始培训');
  });

  it('refuses the changes the rules forbid, with the reason in Chinese', async () => {
    const core = await tempCore({ now: () => NOW });
    const m = await core.ok('createMeasure', fields({ status: 'inForce', startDate: '2024-03-01' }));
    const change = (to: MeasureStatus, date = TODAY, rev = m.revision) => ({ id: m.id, expectedRevision: rev, to, date });
    await expectError(core, 'changeMeasureStatus', change('planned'), 'INVALID_INPUT', 'to', /不能退回“计划中”/);
    await expectError(core, 'changeMeasureStatus', change('inProgress'), 'INVALID_INPUT', 'to', /不退回“推进中”/);
    await expectError(core, 'changeMeasureStatus', change('inForce'), 'INVALID_INPUT', 'to', /已是“已实施”/);
    await expectError(core, 'changeMeasureStatus', change('suspended', '2025-06-16'), 'INVALID_INPUT', 'date', /不能晚于今天/);
    await expectError(core, 'changeMeasureStatus', change('suspended', '2024-01-01'), 'INVALID_INPUT', 'date', /不能早于上一次状态变更（2024-03-01）/);
    await expectError(core, 'changeMeasureStatus', change('suspended', TODAY, 7), 'CONFLICT');

    const ended = await core.ok('changeMeasureStatus', change('ended'));
    await expectError(core, 'changeMeasureStatus', change('inForce', TODAY, ended.revision), 'INVALID_INPUT', 'to', /已结束的措施不再变更状态/);
    const raw = core.store.sqlite.prepare('SELECT status FROM measures WHERE id = ?').get(m.id);
    expect(raw).toEqual({ status: 'ended' });
  });

  it('drops a plan without giving it a start date', async () => {
    const core = await tempCore({ now: () => NOW });
    const m = await core.ok('createMeasure', fields({ startDate: '2025-09-01' }));
    const ended = await core.ok('changeMeasureStatus', { id: m.id, expectedRevision: 1, to: 'ended', date: TODAY });
    expect(ended).toMatchObject({ status: 'ended', startDate: null, endDate: TODAY });
  });
});

describe('progress log and highlighting', () => {
  it('logs progress (who, when, what) and flags a measure stalled after 30 days without any', async () => {
    let now = NOW;
    const core = await tempCore({ now: () => now });
    const m = await core.ok('createMeasure', fields({ status: 'inProgress', startDate: '2025-05-01' }));
    const logged = await core.ok('addMeasureProgress', { id: m.id, date: '2025-06-10', note: '完成企业培训 12 家' }, actingAs('王五'));
    expect(logged.progress[0]).toMatchObject({ date: '2025-06-10', kind: 'note', note: '完成企业培训 12 家', recordedBy: '王五', recordedAt: NOW.toISOString() });
    expect(logged.revision).toBe(m.revision);
    expect(logged.lastProgress).toEqual({ date: '2025-06-10', note: '完成企业培训 12 家' });
    expect(logged.stalled).toBe(false);

    now = new Date(`${addDays('2025-06-10', STALL_DAYS)}T04:00:00Z`);
    const later = await core.ok('getMeasure', { id: m.id });
    expect(later).toMatchObject({ stalled: true, daysSinceProgress: 30 });
    await expectError(core, 'addMeasureProgress', { id: m.id, date: '2025-06-10', note: ' ' }, 'INVALID_INPUT', 'note', /请填写推进情况/);
    await expectError(core, 'addMeasureProgress', { id: m.id, date: '2099-01-01', note: '未来' }, 'INVALID_INPUT', 'date', /不能晚于今天/);
  });

  it('flags a plan whose start date has passed as overdue', async () => {
    const core = await tempCore({ now: () => NOW });
    const m = await core.ok('createMeasure', fields({ startDate: '2025-06-01' }));
    expect(m.overdue).toBe(true);
    const onTime = await core.ok('createMeasure', fields({ code: 'T-02', startDate: TODAY }));
    expect(onTime.overdue).toBe(false);
  });
});

describe('listing: filters, search, sort', () => {
  async function registerOf3() {
    const core = await tempCore({ now: () => NOW });
    await core.ok('createMeasure', fields({ code: 'ZM-10', title: '非侵入式机检', category: 'inspection', startDate: '2024-05-01', status: 'inForce' }));
    await core.ok('createMeasure', fields({ code: 'ZM-2', title: '节假日预约通关', category: 'schedule', leadUnit: '口岸管委会', partnerUnits: ['口岸公安'] }));
    const stalled = await core.ok('createMeasure', fields({ code: 'ZM-1', title: '“5+2”无休通关', category: 'schedule', status: 'inProgress', startDate: '2025-01-02', partnerUnits: [] }));
    await core.ok('addMeasureProgress', { id: stalled.id, date: '2025-02-01', note: '周末开放试运行 H986 配合' });
    return core;
  }

  it('sorts codes the way people count (ZM-2 before ZM-10), either way', async () => {
    const core = await registerOf3();
    const asc = await core.ok('listMeasures', { sort: { by: 'code', order: 'asc' } });
    expect(asc.items.map((m) => m.code)).toEqual(['ZM-1', 'ZM-2', 'ZM-10']);
    const desc = await core.ok('listMeasures', { sort: { by: 'code', order: 'desc' } });
    expect(desc.items.map((m) => m.code)).toEqual(['ZM-10', 'ZM-2', 'ZM-1']);
    const byStart = await core.ok('listMeasures', { sort: { by: 'startDate', order: 'desc' } });
    expect(byStart.items.map((m) => m.code)).toEqual(['ZM-1', 'ZM-10', 'ZM-2']);
  });

  it('filters by status, category, unit and attention, and searches titles, units and notes', async () => {
    const core = await registerOf3();
    const codes = async (filter: MethodInput<'listMeasures'>) => (await core.ok('listMeasures', filter)).items.map((m) => m.code);
    expect(await codes({ statuses: ['planned', 'inProgress'] })).toEqual(['ZM-1', 'ZM-2']);
    expect(await codes({ categories: ['schedule'] })).toEqual(['ZM-1', 'ZM-2']);
    expect(await codes({ unit: '口岸公安' })).toEqual(['ZM-2']);
    expect(await codes({ unit: '聂拉木海关' })).toEqual(['ZM-1', 'ZM-10']);
    expect(await codes({ flag: 'stalled' })).toEqual(['ZM-1']);
    expect(await codes({ search: '预约' })).toEqual(['ZM-2']);
    expect(await codes({ search: 'h986' })).toEqual(['ZM-1']);
    expect(await codes({ search: '机检', statuses: ['planned'] })).toEqual([]);
    const all = await core.ok('listMeasures', { search: '预约' });
    expect(all.total).toBe(3);
    expect(all.units).toEqual(expect.arrayContaining(['聂拉木海关', '口岸管委会', '口岸公安', '樟木边检站']));
  });
});

describe('the starting template', () => {
  it('is offered on a new store, copied in only when asked, and never twice', async () => {
    const core = await tempCore({ now: () => NOW });
    const offer = await core.ok('getMeasureTemplate', undefined);
    expect(offer.registerEmpty).toBe(true);
    expect(offer.entries).toHaveLength(MEASURE_TEMPLATE.length);
    expect(offer.entries.every((e) => !e.inRegister)).toBe(true);
    expect((await core.ok('listMeasures', undefined)).total).toBe(0);

    const first = await core.ok('applyMeasureTemplate', { codes: ['ZM-01', 'ZM-03'], portIds: [1] });
    expect(first).toEqual({ added: ['ZM-01', 'ZM-03'], skipped: [] });
    const rest = await core.ok('applyMeasureTemplate', { portIds: [1] });
    expect(rest.added).toHaveLength(MEASURE_TEMPLATE.length - 2);
    expect(rest.skipped).toEqual(['ZM-01', 'ZM-03']);

    const list = await core.ok('listMeasures', undefined);
    expect(list.total).toBe(MEASURE_TEMPLATE.length);
    expect(list.items.every((m) => m.status === 'planned' && m.startDate === null)).toBe(true);
    const zm15 = list.items.find((m) => m.code === 'ZM-15')!;
    expect(zm15.targets).toEqual([
      { metric: 'importClearanceHours', comparator: '<=', value: 10 },
      { metric: 'exportClearanceHours', comparator: '<=', value: 1 },
    ]);
    expect(zm15.lastProgress?.note).toBe('由常见措施模板导入');
    expect((await core.ok('getMeasureTemplate', undefined)).entries.every((e) => e.inRegister)).toBe(true);
    await expectError(core, 'applyMeasureTemplate', { codes: ['XX-99'], portIds: [1] }, 'INVALID_INPUT', 'codes', /不在模板中/);
  });

  it('stays editable once copied in', async () => {
    const core = await tempCore({ now: () => NOW });
    await core.ok('applyMeasureTemplate', { codes: ['ZM-01'], portIds: [1] });
    const [m] = (await core.ok('listMeasures', undefined)).items;
    const edited = await core.ok('updateMeasure', {
      ...fields({ code: 'ZM-01', title: '“5+2”全年无休通关（含节假日）', category: 'schedule', metrics: ['restDayCoverage'], targets: [{ metric: 'restDayCoverage', comparator: '>=', value: 98 }] }),
      id: m!.id,
      expectedRevision: m!.revision,
    });
    expect(edited.targets).toEqual([{ metric: 'restDayCoverage', comparator: '>=', value: 98 }]);
  });
});
