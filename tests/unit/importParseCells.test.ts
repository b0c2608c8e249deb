import { describe, expect, it } from 'vitest';
import {
  excelSerialToIsoDate,
  numberToDecimalString,
  parseDateCell,
  parseNumberCell,
  parseOpenCell,
  parseTextCell,
  type CellResult,
  type RawCell,
} from '../../shared/domain/import/cellParse';
import type { UnitFactor } from '../../shared/domain/import/headerMatch';

const 吨: UnitFactor = { unit: '吨', exp10: 0 };
const 万吨: UnitFactor = { unit: '万吨', exp10: 4 };
const 千克: UnitFactor = { unit: '千克', exp10: -3 };
const 元: UnitFactor = { unit: '元', exp10: -4 };
const 万元: UnitFactor = { unit: '万元', exp10: 0 };
const 亿元: UnitFactor = { unit: '亿元', exp10: 4 };

function value<T>(r: CellResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r.value;
}

function reason<T>(r: CellResult<T>): string {
  if (r.ok) throw new Error(`expected a refusal, got: ${String(r.value)}`);
  return r.reason;
}

describe('numbers as people type them', () => {
  it.each<[RawCell, number]>([
    ['1,234.5', 1_234_500],
    ['１２３４', 1_234_000],
    ['１２３４．５', 1_234_500],
    ['１，２３４', 1_234_000],
    [' 12.345 ', 12_345],
    ['12\u00a0345', 12_345_000],
    ["'1200", 1_200_000],
    ['.5', 500],
    ['+7', 7_000],
    ['12。5', 12_500],
    ['1.2万', 12_000_000],
    ['12.5吨', 12_500],
    ['12.5t', 12_500],
    ['1.2万吨', 12_000_000],
    ['500kg', 500],
    ['500公斤', 500],
    [0, 0],
    [1234.5, 1_234_500],
  ])('import freight %j in a 吨 column → %d kg', (cell, kg) => {
    expect(value(parseNumberCell(cell, 'importFreightKg', 吨))).toBe(kg);
  });

  it('treats blank, dashes and N/A as unknown', () => {
    for (const cell of [null, '', '   ', '-', '—', '——', '–', '－', '--', '/', 'N/A', '\u3000']) {
      expect(value(parseNumberCell(cell, 'personsIn'))).toBeNull();
    }
  });

  it('reads an Excel float artefact as the figure Excel shows', () => {
    expect(value(parseNumberCell(0.1 + 0.2, 'importFreightKg', 吨))).toBe(300);
    expect(value(parseNumberCell(0.30000000000000004, 'importFreightKg', 吨))).toBe(300);
    expect(value(parseNumberCell(1.1 * 3, 'exportValueYuan', 万元))).toBe(33_000);
    expect(value(parseNumberCell(10.45 * 100, 'personsIn'))).toBe(1045);
  });

  it('writes JS numbers as plain decimals with at most 15 significant digits', () => {
    expect(numberToDecimalString(0.1 + 0.2)).toBe('0.3');
    expect(numberToDecimalString(1e21)).toBe('1000000000000000000000');
    expect(numberToDecimalString(1.5e-7)).toBe('0.00000015');
    expect(numberToDecimalString(-2.5)).toBe('-2.5');
    expect(numberToDecimalString(-0)).toBe('0');
    expect(numberToDecimalString(9_007_199_254_740_991)).toBe('9007199254740991');
  });

  it('converts through the column unit exactly', () => {
    expect(value(parseNumberCell('12.5', 'exportValueYuan', 万元))).toBe(125_000);
    expect(value(parseNumberCell('125000', 'exportValueYuan', 元))).toBe(125_000);
    expect(value(parseNumberCell('2.44', 'exportValueYuan', 亿元))).toBe(244_000_000);
    expect(value(parseNumberCell('9.6', 'exportFreightKg', 万吨))).toBe(96_000_000);
    expect(value(parseNumberCell('0.0000001', 'exportFreightKg', 万吨))).toBe(1);
    expect(value(parseNumberCell('12345', 'exportFreightKg', 千克))).toBe(12_345);
    // Through a float, 1.1 × 10000 would be 11000.000000000002.
    expect(value(parseNumberCell('1.1', 'importValueYuan', 万元))).toBe(11_000);
    expect(value(parseNumberCell('97.39', 'importClearanceCentihours'))).toBe(9_739);
    expect(value(parseNumberCell('12.29小时', 'exportClearanceCentihours'))).toBe(1_229);
    expect(value(parseNumberCell('1,400人次', 'personsIn'))).toBe(1_400);
    expect(value(parseNumberCell('1.95万辆次', 'vehiclesOut'))).toBe(19_500);
    expect(value(parseNumberCell('39.47万', 'personsIn'))).toBe(394_700);
  });

  it('reads 万 and 亿 on the column unit, and a cell’s own unit as written', () => {
    expect(value(parseNumberCell('3亿', 'exportValueYuan', 元))).toBe(300_000_000);
    expect(value(parseNumberCell('1.2万', 'exportValueYuan', 元))).toBe(12_000);
    expect(value(parseNumberCell('3亿元', 'exportValueYuan', 万元))).toBe(300_000_000);
    expect(value(parseNumberCell('24.4亿元', 'exportValueYuan', 万元))).toBe(2_440_000_000);
    expect(value(parseNumberCell('8万元', 'exportValueYuan', 亿元))).toBe(80_000);
    expect(value(parseNumberCell('5000元', 'exportValueYuan', 万元))).toBe(5_000);
    expect(value(parseNumberCell('12.5万元', 'borderTradeYuan'))).toBe(125_000);
  });

  it('uses the field’s display unit when no column unit is given', () => {
    expect(value(parseNumberCell('12.5', 'exportValueYuan'))).toBe(125_000);
    expect(value(parseNumberCell('12.345', 'importFreightKg'))).toBe(12_345);
  });
});

describe('numbers refused, with the reason in Chinese', () => {
  it('refuses more precision than the store keeps', () => {
    expect(reason(parseNumberCell('12.3456', 'importFreightKg', 吨))).toBe(
      '进口货运量最多精确到 0.001 吨（1 千克），“12.3456”超出了这一精度',
    );
    expect(reason(parseNumberCell('125000.5', 'exportValueYuan', 元))).toBe('出口货值最多精确到 1 元，“125000.5”超出了这一精度');
    expect(reason(parseNumberCell('1.00001', 'exportValueYuan', 万元))).toContain('最多精确到 1 元');
    expect(reason(parseNumberCell('1.234', 'importClearanceCentihours'))).toBe(
      '进口整体通关时间最多精确到 0.01 小时，“1.234”超出了这一精度',
    );
    expect(reason(parseNumberCell('12.5', 'personsIn'))).toBe('入境人员应为整数，“12.5”不是整数');
    expect(reason(parseNumberCell('1.23456万', 'personsIn'))).toBe('入境人员应为整数，“1.23456万”不是整数');
  });

  it('says when a formula result holds more decimals than it shows', () => {
    const r = reason(parseNumberCell(100 / 3, 'importFreightKg', 吨));
    expect(r).toContain('“33.3333333333333”超出了这一精度');
    expect(r).toContain('ROUND');
  });

  it('refuses what is not a figure', () => {
    expect(reason(parseNumberCell('约1200', 'personsIn'))).toBe('入境人员应为数字，无法识别“约1200”');
    expect(reason(parseNumberCell('abc', 'personsIn'))).toBe('入境人员应为数字，无法识别“abc”');
    expect(reason(parseNumberCell('1e5', 'personsIn'))).toBe('入境人员应为数字，无法识别“1e5”');
    expect(reason(parseNumberCell('1.2.3', 'personsIn'))).toBe('入境人员应为数字，无法识别“1.2.3”');
    expect(reason(parseNumberCell(true, 'personsIn'))).toBe('入境人员应为数字，单元格内容是 TRUE');
    expect(reason(parseNumberCell(new Date(Date.UTC(2025, 0, 5)), 'personsIn'))).toBe(
      '入境人员应为数字，单元格却是日期（2025-01-05），请检查这一列的单元格格式',
    );
    expect(reason(parseNumberCell(Number.NaN, 'personsIn'))).toBe('入境人员应为数字');
    expect(reason(parseNumberCell('#DIV/0!', 'personsIn'))).toBe('入境人员单元格是 Excel 错误值“#DIV/0!”，请先修正公式');
  });

  it('refuses negatives and figures too large to hold', () => {
    expect(reason(parseNumberCell('-5', 'personsIn'))).toBe('入境人员不能为负数（-5）');
    expect(reason(parseNumberCell(-2.5, 'importFreightKg'))).toBe('进口货运量不能为负数（-2.5）');
    expect(reason(parseNumberCell('99999999999999999999', 'personsIn'))).toBe('入境人员数值过大（99999999999999999999）');
  });

  it('refuses commas that do not group thousands', () => {
    expect(reason(parseNumberCell('12,5', 'importFreightKg'))).toBe('进口货运量“12,5”中的逗号位置不对，千分位应每三位一个逗号');
    expect(reason(parseNumberCell('1,23,456', 'personsIn'))).toContain('逗号位置不对');
  });

  it('refuses a bare 万/亿 where the column unit already has one', () => {
    expect(reason(parseNumberCell('3亿', 'exportValueYuan', 万元))).toBe(
      '出口货值这一列的单位已是万元，“3亿”中的“亿”含义不明确，请写明单位（如“3亿元”）或直接按万元填写',
    );
    expect(reason(parseNumberCell('1.2万', 'exportFreightKg', 万吨))).toContain('含义不明确');
  });

  it('refuses a unit of another kind', () => {
    expect(reason(parseNumberCell('12吨', 'exportValueYuan', 万元))).toBe('单位“吨”不适用于出口货值（12吨）');
    expect(reason(parseNumberCell('5万元', 'personsIn'))).toBe('单位“万元”不适用于入境人员（5万元）');
  });
});

describe('dates', () => {
  it.each<[RawCell, string]>([
    ['2025-01-05', '2025-01-05'],
    ['2025/1/5', '2025-01-05'],
    ['2025.1.5', '2025-01-05'],
    ['2025年1月5日', '2025-01-05'],
    ['2025年1月5号', '2025-01-05'],
    ['2025 年 1 月 5 日', '2025-01-05'],
    ['2025年1月5日 星期日', '2025-01-05'],
    ['2025年1月5日（周日）', '2025-01-05'],
    ['２０２５－０１－０５', '2025-01-05'],
    ['2025-01-05 00:00:00', '2025-01-05'],
    ['2025-01-05T00:00:00', '2025-01-05'],
    ['2025-01-04T16:00:00.000Z', '2025-01-05'],
    ['2025-01-05T08:30:00+08:00', '2025-01-05'],
    ['20250105', '2025-01-05'],
    [20250105, '2025-01-05'],
    [45662, '2025-01-05'],
    [45662.75, '2025-01-05'],
    ['45662', '2025-01-05'],
    [new Date(Date.UTC(2025, 0, 5)), '2025-01-05'],
    [new Date('2024-02-29T00:00:00Z'), '2024-02-29'],
  ])('%j → %s', (cell, iso) => {
    expect(value(parseDateCell(cell))).toBe(iso);
  });

  it('counts Excel serials with the 1900 leap-year bug', () => {
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(60)).toBeNull(); // the 29 February 1900 Excel invents
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(43_614)).toBe('2019-05-29');
    expect(excelSerialToIsoDate(45_047)).toBe('2023-05-01');
    expect(excelSerialToIsoDate(0)).toBeNull();
  });

  it('gives null for a blank date cell', () => {
    expect(value(parseDateCell(null))).toBeNull();
    expect(value(parseDateCell(' '))).toBeNull();
    expect(value(parseDateCell('-'))).toBeNull();
  });

  it('refuses dates that do not exist', () => {
    expect(reason(parseDateCell('2025-02-30'))).toBe('日期不存在：2025年2月30日');
    expect(reason(parseDateCell('2025/13/1'))).toBe('日期不存在：2025年13月1日');
    expect(reason(parseDateCell('2023年2月29日'))).toBe('日期不存在：2023年2月29日');
    expect(reason(parseDateCell(20250230))).toBe('日期不存在：2025年2月30日');
    expect(reason(parseDateCell('2025-02-30T00:00:00Z'))).toBe('日期不存在：2025年2月30日');
    expect(reason(parseDateCell(new Date(Number.NaN)))).toBe('日期无效');
  });

  it('refuses small numbers that only look like serials', () => {
    expect(reason(parseDateCell(2025))).toBe('“2025”不像日期：数字只在为 Excel 日期序号时才能当作日期，请检查这一列');
    expect(reason(parseDateCell('12'))).toContain('不像日期');
    expect(reason(parseDateCell(60))).toContain('不像日期');
  });

  it('refuses dates it cannot read for certain', () => {
    expect(reason(parseDateCell('1月5日'))).toBe('日期“1月5日”缺少年份，请写成 2025-01-05 这样的完整日期');
    expect(reason(parseDateCell('1/5/2025'))).toBe(
      '日期“1/5/2025”无法确定年月日的顺序，请按“年-月-日”填写，年份写四位（如 2025-01-05）',
    );
    expect(reason(parseDateCell('25-1-5'))).toContain('年份写四位');
    expect(reason(parseDateCell('明天'))).toBe('无法识别的日期“明天”，请写成 2025-01-05 这样的日期');
    expect(reason(parseDateCell('2025-01-05 上午'))).toContain('无法识别的日期');
    expect(reason(parseDateCell(true))).toBe('日期无法识别：单元格内容是 TRUE');
  });
});

describe('口岸开放', () => {
  it.each<[RawCell, boolean]>([
    ['是', true],
    ['开放', true],
    ['Y', true],
    ['yes', true],
    ['1', true],
    [1, true],
    ['true', true],
    ['TRUE', true],
    [true, true],
    ['√', true],
    ['✓', true],
    ['否', false],
    ['关闭', false],
    ['闭关', false],
    ['N', false],
    ['0', false],
    [0, false],
    ['false', false],
    [false, false],
    ['×', false],
    ['x', false],
    [' 否 ', false],
    ['Ｙ', true],
  ])('%j → %s', (cell, open) => {
    expect(value(parseOpenCell(cell))).toBe(open);
  });

  it('gives null for blank and dash', () => {
    expect(value(parseOpenCell(null))).toBeNull();
    expect(value(parseOpenCell(''))).toBeNull();
    expect(value(parseOpenCell('—'))).toBeNull();
  });

  it('refuses anything else', () => {
    expect(reason(parseOpenCell('半天'))).toBe('口岸开放应填“是”或“否”（也可写 开放/关闭、Y/N、1/0、√/×），“半天”无法识别');
    expect(reason(parseOpenCell(2))).toContain('“2”无法识别');
    expect(reason(parseOpenCell(new Date(Date.UTC(2025, 0, 5))))).toBe('口岸开放应填“是”或“否”，单元格却是日期（2025-01-05）');
  });
});

describe('text', () => {
  it('keeps text as written, trimmed; blank and dash are null', () => {
    expect(value(parseTextCell('  道路塌方，已抢通 '))).toBe('道路塌方，已抢通');
    expect(value(parseTextCell('-'))).toBeNull();
    expect(value(parseTextCell('   '))).toBeNull();
    expect(value(parseTextCell(null))).toBeNull();
    expect(value(parseTextCell(0.1 + 0.2))).toBe('0.3');
    expect(value(parseTextCell(new Date(Date.UTC(2025, 0, 5))))).toBe('2025-01-05');
  });
});
