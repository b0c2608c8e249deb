import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  mappingProblems,
  mappingSignature,
  matchHeaders,
  unitChoices,
  type ColumnMatch,
} from '../../shared/domain/import/headerMatch';
import { findDuplicateDays, isBlankRow, rowToDay } from '../../shared/domain/import/rowToDay';
import { checkDayValues } from '../../shared/contract/dayValues';
import { emptyDayValues } from '../../shared/domain/dailyFields';

function one(header: string): ColumnMatch {
  const [m] = matchHeaders([header]);
  if (!m) throw new Error('no match returned');
  return m;
}

describe('recognising a header', () => {
  it.each([
    ['日期', 'date'],
    ['Date', 'date'],
    ['日期*', 'date'],
    ['日期（年-月-日）', 'date'],
    ['口岸', 'port'],
    ['Port', 'port'],
    ['口岸名称', 'port'],
    ['口岸开放', 'portOpen'],
    ['是否开放', 'portOpen'],
    ['口岸开放（是/否）', 'portOpen'],
    ['口岸开放/是否开放', 'portOpen'],
    ['Open', 'portOpen'],
    ['闭关原因', 'closureReason'],
    ['Closure reason', 'closureReason'],
    ['备注', 'note'],
    ['Note', 'note'],
    ['Remarks', 'note'],
  ] as const)('%s → %s', (header, target) => {
    const m = one(header);
    expect(m.target).toBe(target);
    expect(m.unitFactor).toBeNull();
    expect(m.hint).toBeNull();
  });

  it.each([
    ['进口货运量(吨)', 'importFreightKg', '吨', 0],
    ['进口货运量（吨）', 'importFreightKg', '吨', 0],
    ['进口货运量 ( t )', 'importFreightKg', '吨', 0],
    ['进口货运量（万吨）', 'importFreightKg', '万吨', 4],
    ['出口货运量(tonnes)', 'exportFreightKg', '吨', 0],
    ['出口货运量(kg)', 'exportFreightKg', '千克', -3],
    ['Import freight (t)', 'importFreightKg', '吨', 0],
    ['IMPORT FREIGHT (10kt)', 'importFreightKg', '万吨', 4],
    ['出口货值(万元)', 'exportValueYuan', '万元', 0],
    ['出口货值(元)', 'exportValueYuan', '元', -4],
    ['出口货值（亿元）', 'exportValueYuan', '亿元', 4],
    ['出口货值（单位：万元）', 'exportValueYuan', '万元', 0],
    ['出口货值/万元', 'exportValueYuan', '万元', 0],
    ['出口货值万元', 'exportValueYuan', '万元', 0],
    ['【出口货值】（万元）', 'exportValueYuan', '万元', 0],
    ['【出口货值】', 'exportValueYuan', '万元', 0],
    ['Export value (CNY 10k)', 'exportValueYuan', '万元', 0],
    ['Export value (CNY)', 'exportValueYuan', '元', -4],
    ['Import value (yuan)', 'importValueYuan', '元', -4],
    ['Import value (CNY 100m)', 'importValueYuan', '亿元', 4],
    ['边民互市贸易额(万元)', 'borderTradeYuan', '万元', 0],
    ['入境人员', 'personsIn', '人次', 0],
    ['入境人员(人次)', 'personsIn', '人次', 0],
    ['入境人员（万人次）', 'personsIn', '万人次', 4],
    ['入境人次', 'personsIn', '人次', 0],
    ['Persons in', 'personsIn', '人次', 0],
    ['出境车辆(辆次)', 'vehiclesOut', '辆次', 0],
    ['Vehicles out', 'vehiclesOut', '辆次', 0],
    ['进口报关单(份)', 'importDeclarations', '份', 0],
    ['进口整体通关时间(小时)', 'importClearanceCentihours', '小时', 0],
    ['Clearance time import (h)', 'importClearanceCentihours', '小时', 0],
    ['开放时长(小时)', 'openCentihours', '小时', 0],
    ['Open hours (h)', 'openCentihours', '小时', 0],
    ['importFreightKg', 'importFreightKg', '千克', -3],
    ['export_value_yuan', 'exportValueYuan', '元', -4],
  ] as const)('%s → %s in %s (10^%s)', (header, target, unit, exp10) => {
    const m = one(header);
    expect(m.target).toBe(target);
    expect(m.unitFactor).toEqual(unit === null ? null : { unit, exp10 });
  });

  it('says which unit it assumed when money or freight has none', () => {
    expect(one('出口货值')).toEqual({ index: 0, header: '出口货值', target: 'exportValueYuan', unitFactor: { unit: '万元', exp10: 0 }, hint: '表头未注明单位，按万元计' });
    expect(one('进口货运量').hint).toBe('表头未注明单位，按吨计');
    expect(one('入境人员').hint).toBeNull();
  });

  it('leaves a column unmapped, with the reason, when its unit does not fit', () => {
    expect(one('进口货运量(万元)')).toMatchObject({ target: null, hint: '表头单位“万元”不适用于进口货运量，请确认这一列的内容' });
    expect(one('出口货值(美元)')).toMatchObject({ target: null, hint: '无法识别表头中的单位“美元”，请在列对应中选择单位' });
    expect(one('进口整体通关时间(分钟)')).toMatchObject({
      target: null,
      hint: '进口整体通关时间须以小时为单位，请先在表格中把分钟换算为小时',
    });
    expect(one('天气')).toMatchObject({ target: null, unitFactor: null, hint: '未识别的列，导入时忽略' });
    expect(one('  ')).toMatchObject({ target: null, hint: null });
  });

  it('takes a field from its first column only', () => {
    const ms = matchHeaders(['日期', '进口货运量(吨)', '进口货运量(万吨)']);
    expect(ms.map((m) => m.target)).toEqual(['date', 'importFreightKg', null]);
    expect(ms[2]?.hint).toBe('与进口货运量(吨)（进口货运量）重复，已忽略');
  });

  it('keeps index and header of every column, empty ones included', () => {
    const ms = matchHeaders(['日期', null, 45662, '备注']);
    expect(ms.map((m) => [m.index, m.header, m.target])).toEqual([
      [0, '日期', 'date'],
      [1, '', null],
      [2, '45662', null],
      [3, '备注', 'note'],
    ]);
  });

  it('offers the units of a field, its display unit first', () => {
    expect(unitChoices('exportValueYuan').map((u) => u.unit)).toEqual(['万元', '元', '千元', '百万元', '亿元']);
    expect(unitChoices('importFreightKg')[0]).toEqual({ unit: '吨', exp10: 0 });
  });

  it('names columns the spreadsheet way', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('mapping problems', () => {
  it('is empty for a usable mapping', () => {
    expect(mappingProblems(matchHeaders(['日期', '入境人员']))).toEqual([]);
  });

  it('asks for a date column', () => {
    expect(mappingProblems(matchHeaders(['入境人员']))).toEqual(['没有找到日期列，请指定哪一列是日期']);
  });

  it('catches what the user set wrong', () => {
    const mapping = matchHeaders(['日期', '入境人员', '出境人员', '出口货值(万元)']);
    mapping[2] = { ...mapping[2]!, target: 'personsIn' };
    mapping[3] = { ...mapping[3]!, unitFactor: { unit: '吨', exp10: 0 } };
    expect(mappingProblems(mapping)).toEqual([
      '出口货值(万元)的单位“吨”不适用于出口货值',
      '“入境人员”对应了多列：入境人员、出境人员，请只保留一列',
    ]);
  });
});

describe('mapping signature', () => {
  const headers = ['日期', '口岸', '进口货运量(吨)', '入境人员'];

  it('is the same for the same headers written with other widths, spaces or case', () => {
    const sig = mappingSignature(headers);
    expect(sig).toMatch(/^h1-4-[0-9a-f]{16}$/);
    expect(mappingSignature(['日期 ', ' 口岸', '进口货运量（吨）', '入境 人员'])).toBe(sig);
    expect(mappingSignature(['Date', 'Port'])).toBe(mappingSignature(['DATE', 'port']));
    expect(mappingSignature(headers)).toBe(sig);
  });

  it('ignores empty columns at the end only', () => {
    const sig = mappingSignature(headers);
    expect(mappingSignature([...headers, null, '', '  '])).toBe(sig);
    expect(mappingSignature(['日期', null, '口岸', '进口货运量(吨)', '入境人员'])).not.toBe(sig);
  });

  it('changes with the order, since a mapping points at column positions', () => {
    expect(mappingSignature(['口岸', '日期', '进口货运量(吨)', '入境人员'])).not.toBe(mappingSignature(headers));
  });

  it('changes with a unit or a header', () => {
    const sig = mappingSignature(headers);
    expect(mappingSignature(['日期', '口岸', '进口货运量(万吨)', '入境人员'])).not.toBe(sig);
    expect(mappingSignature(['日期', '口岸', '进口货运量(吨)', '出境人员'])).not.toBe(sig);
  });
});

describe('a row into a day', () => {
  const TODAY = '2025-07-01';
  const mapping = matchHeaders([
    '日期',
    '口岸',
    '进口货运量（万吨）',
    '出口货值(元)',
    '入境人员(人次)',
    '口岸开放',
    '开放时长(小时)',
    '闭关原因',
    '备注',
    '天气',
  ]);

  it('assembles the stored values', () => {
    const r = rowToDay(['2025/6/3', ' 樟木口岸 ', '0.0012', '1,250,000', 1400, '是', 10, null, ' 5+2 ', '晴'], mapping, { today: TODAY, check: checkDayValues });
    expect(r).toEqual({
      ok: true,
      date: '2025-06-03',
      portName: '樟木口岸',
      values: { ...emptyDayValues(), importFreightKg: 12_000, exportValueYuan: 1_250_000, personsIn: 1400, portOpen: true, openCentihours: 1000, note: '5+2' },
    });
  });

  it('reports each refused cell under its header', () => {
    const r = rowToDay([45811, null, '1.2.3', '12.5', '-3', '半天', null, null, null, null], mapping, { today: TODAY, check: checkDayValues });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { column: '进口货运量（万吨）', reason: '进口货运量应为数字，无法识别“1.2.3”' },
      { column: '出口货值(元)', reason: '出口货值最多精确到 1 元，“12.5”超出了这一精度' },
      { column: '入境人员(人次)', reason: '入境人员不能为负数（-3）' },
      { column: '口岸开放', reason: '口岸开放应填“是”或“否”（也可写 开放/关闭、Y/N、1/0、√/×），“半天”无法识别' },
    ]);
  });

  it('maps the day rules back to the columns', () => {
    const r = rowToDay(['2025-06-03', null, '0.5', null, 12, '否', 8, null, null, null], mapping, { today: TODAY, check: checkDayValues });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { column: '进口货运量（万吨）', reason: '口岸当天未开放，进口货运量应为空或 0' },
      { column: '入境人员(人次)', reason: '口岸当天未开放，入境人员应为空或 0' },
      { column: '开放时长(小时)', reason: '口岸当天未开放，开放时长应为空或 0' },
      { column: '闭关原因', reason: '口岸未开放时请填写闭关原因' },
    ]);
  });

  it('names a field by its label when the file has no column for it', () => {
    const small = matchHeaders(['日期', '口岸开放']);
    const r = rowToDay(['2025-06-03', '闭关'], small, { today: TODAY, check: checkDayValues });
    expect(r).toEqual({ ok: false, errors: [{ column: '闭关原因', reason: '口岸未开放时请填写闭关原因' }] });
  });

  it('checks values against the store’s limits', () => {
    const r = rowToDay(['2025-06-03', null, null, null, null, null, 25, null, null, null], mapping, { today: TODAY, check: checkDayValues });
    expect(r).toEqual({ ok: false, errors: [{ column: '开放时长(小时)', reason: '开放时长不能超过 24 小时' }] });
  });

  it('refuses a future, impossible or missing date', () => {
    expect(rowToDay(['2025-07-02', null], mapping, { today: TODAY, check: checkDayValues })).toEqual({
      ok: false,
      errors: [{ column: '日期', reason: '2025-07-02 是未来的日期，不能导入' }],
    });
    expect(rowToDay(['2025-07-01'], mapping, { today: TODAY, check: checkDayValues }).ok).toBe(true);
    expect(rowToDay(['2025-02-30'], mapping, { today: TODAY, check: checkDayValues })).toEqual({
      ok: false,
      errors: [{ column: '日期', reason: '日期不存在：2025年2月30日' }],
    });
    expect(rowToDay([null, null, '1'], mapping, { today: TODAY, check: checkDayValues })).toEqual({ ok: false, errors: [{ column: '日期', reason: '日期为空' }] });
    expect(rowToDay(['2025-06-03'], matchHeaders(['Date?']), { today: TODAY, check: checkDayValues })).toEqual({
      ok: false,
      errors: [{ column: '日期', reason: '没有日期列' }],
    });
  });

  it('uses the port’s own today by default', () => {
    const r = rowToDay(['2999-01-01'], mapping, { check: checkDayValues });
    expect(r.ok).toBe(false);
  });

  it('refuses a field mapped to two columns by hand', () => {
    const edited = matchHeaders(['日期', '入境人员', '出境人员']);
    edited[2] = { ...edited[2]!, target: 'personsIn' };
    const r = rowToDay(['2025-06-03', 1, 2], edited, { today: TODAY, check: checkDayValues });
    expect(r).toEqual({ ok: false, errors: [{ column: '出境人员', reason: '与入境人员都对应“入境人员”，请只保留一列' }] });
  });

  it('names a column without header by its letter', () => {
    const edited = matchHeaders(['日期', '']);
    edited[1] = { ...edited[1]!, target: 'personsIn', unitFactor: { unit: '人次', exp10: 0 } };
    const r = rowToDay(['2025-06-03', 'abc'], edited, { today: TODAY, check: checkDayValues });
    expect(r).toEqual({ ok: false, errors: [{ column: '第 B 列', reason: '入境人员应为数字，无法识别“abc”' }] });
  });

  it('knows a blank row', () => {
    expect(isBlankRow([null, '', '  '])).toBe(true);
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });
});

describe('duplicate days in one file', () => {
  it('reports every row of a port and date seen twice', () => {
    const dups = findDuplicateDays([
      { rowNumber: 2, date: '2025-06-01', portName: '樟木口岸' },
      { rowNumber: 3, date: '2025-06-02', portName: '樟木口岸' },
      { rowNumber: 4, date: '2025-06-01', portName: '吉隆口岸' },
      { rowNumber: 5, date: '2025-06-02', portName: '樟木口岸 ' },
      { rowNumber: 6, date: '2025-06-01', portName: '樟木口岸' },
      { rowNumber: 7, date: '2025-06-01', portName: '樟木口岸' },
    ]);
    expect(dups).toEqual([
      { date: '2025-06-01', portName: '樟木口岸', rowNumbers: [2, 6, 7] },
      { date: '2025-06-02', portName: '樟木口岸', rowNumbers: [3, 5] },
    ]);
  });

  it('treats rows without a port as one port', () => {
    expect(
      findDuplicateDays([
        { rowNumber: 9, date: '2025-06-01', portName: null },
        { rowNumber: 4, date: '2025-06-01', portName: null },
      ]),
    ).toEqual([{ date: '2025-06-01', portName: null, rowNumbers: [4, 9] }]);
  });

  it('is empty when every day is there once', () => {
    expect(
      findDuplicateDays([
        { rowNumber: 2, date: '2025-06-01', portName: '樟木口岸' },
        { rowNumber: 3, date: '2025-06-02', portName: '樟木口岸' },
      ]),
    ).toEqual([]);
  });
});
