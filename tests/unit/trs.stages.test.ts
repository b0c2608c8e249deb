import { describe, expect, it } from 'vitest';
import { stageMinutes, type DeclarationStamps } from '../../shared/domain/trs/stages';
import { formatStamp, parseStampCell } from '../../shared/domain/trs/stampCell';
import { quantileSorted, summariseDurations } from '../../shared/domain/trs/percentiles';
import { matchTrsHeaders } from '../../shared/domain/trs/trsColumns';

const at = (text: string) => {
  const r = parseStampCell(text);
  if (!r.ok || r.value === null) throw new Error(`not a stamp: ${text}`);
  return r.value;
};

const stamps = (s: Partial<Record<keyof DeclarationStamps, string>>): DeclarationStamps => ({
  arrival: s.arrival ? at(s.arrival) : null,
  declared: at(s.declared ?? '2025-06-06 10:00'),
  inspectionStart: s.inspectionStart ? at(s.inspectionStart) : null,
  inspectionEnd: s.inspectionEnd ? at(s.inspectionEnd) : null,
  released: s.released ? at(s.released) : null,
  exit: s.exit ? at(s.exit) : null,
});

describe('stage durations by the written rules', () => {
  it('counts clock time across midnight and over a weekend', () => {
    // Friday 22:00 to Monday 06:30: 56.5 hours, nights and the weekend included.
    const r = stageMinutes(stamps({ arrival: '2025-06-06 22:00', declared: '2025-06-06 23:00', released: '2025-06-08 12:00', exit: '2025-06-09 06:30' }));
    expect(r.minutes).toEqual({ arrivalToDeclaration: 60, declarationToRelease: 37 * 60, inspection: null, releaseToExit: 18.5 * 60, whole: 56.5 * 60 });
  });

  it('leaves a stage out when one of its stamps is missing, and takes 申报/放行 as the whole\'s ends when 到达/提离 are missing', () => {
    const r = stageMinutes(stamps({ declared: '2025-06-06 10:00', released: '2025-06-06 13:30' }));
    expect(r.minutes).toEqual({ arrivalToDeclaration: null, declarationToRelease: 210, inspection: null, releaseToExit: null, whole: 210 });
    expect(stageMinutes(stamps({ declared: '2025-06-06 10:00' })).minutes.whole).toBeNull();
  });

  it('counts a declaration lodged before the goods arrived (提前申报) as no wait, and refuses stamps out of order', () => {
    const early = stageMinutes(stamps({ declared: '2025-06-06 08:00', arrival: '2025-06-06 10:00', released: '2025-06-06 11:00' }));
    expect(early).toEqual({ outOfOrder: null, minutes: expect.objectContaining({ arrivalToDeclaration: 0, whole: 60 }) });
    const backwards = stageMinutes(stamps({ declared: '2025-06-06 10:00', inspectionStart: '2025-06-06 09:00', inspectionEnd: '2025-06-06 09:30', released: '2025-06-06 12:00' }));
    expect(backwards.outOfOrder).toBe('查验开始时间早于申报时间');
    expect(Object.values(backwards.minutes).every((v) => v === null)).toBe(true);
  });
});

describe('stamps in cells', () => {
  it('reads the ways customs exports write a date and time, in Beijing time', () => {
    for (const text of ['2025-06-01 08:30', '2025/6/1 8:30', '2025-06-01 08:30:59', '2025年6月1日 8时30分', '2025-06-01T08:30', '２０２５-06-01 08:30', '2025-06-01T00:30:00Z', '2025-06-01T08:30:00+08:00']) {
      expect(formatStamp(at(text)), text).toBe('2025-06-01 08:30');
    }
    expect(formatStamp((parseStampCell(new Date('2025-06-01T08:30:00Z')) as { value: number }).value)).toBe('2025-06-01 08:30');
    // Excel serial 45809.354166… is 2025-06-01 08:30 (stored a hair under it)
    expect(formatStamp((parseStampCell(45809 + 8.5 / 24 - 1e-9) as { value: number }).value)).toBe('2025-06-01 08:30');
    expect(parseStampCell('')).toEqual({ ok: true, value: null });
    expect(parseStampCell('2025-06-01')).toMatchObject({ ok: false, reason: expect.stringContaining('缺少时刻') });
    expect(parseStampCell('2025-02-30 08:00')).toMatchObject({ ok: false, reason: expect.stringContaining('日期不存在') });
    expect(parseStampCell('2025-06-01 25:00')).toMatchObject({ ok: false, reason: expect.stringContaining('时刻不存在') });
    expect(parseStampCell('上午')).toMatchObject({ ok: false, reason: expect.stringContaining('无法识别') });
  });
});

describe('percentiles', () => {
  it('interpolate between the nearest ranks; the median of an even count is the middle pair\'s mean', () => {
    expect(summariseDurations(Float64Array.from([40, 10, 30, 20]))).toEqual({ n: 4, median: 25, p90: 37, mean: 25 });
    expect(summariseDurations(new Float64Array())).toEqual({ n: 0, median: null, p90: null, mean: null });
    expect(quantileSorted([5], 0.9)).toBe(5);
  });
});

describe('declaration headers', () => {
  it('recognises Chinese and English names and leaves names of people and firms out', () => {
    const m = matchTrsHeaders(['报关单号', 'Direction', '申报时间（北京时间）', '收发货人', '放行', '备注']);
    expect(m.map((c) => c.target)).toEqual(['declarationNo', 'direction', 'declared', null, 'released', null]);
    expect(m[3]!.hint).toContain('不保存');
  });
});
