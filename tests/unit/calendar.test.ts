import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days';
import { datesBetween, isValidIsoDate } from '../../shared/domain/dates';
import { isRestDay } from '../../shared/domain/dayType';
import { coveredYears, isYearCovered, nationalDay } from '../../shared/domain/calendar/nationalCalendar';
import {
  REGIONAL_DAY_TYPES,
  TIBET_REGIONAL_DEFAULTS,
  type RegionalDayEntry,
} from '../../shared/domain/calendar/regionalDays';
import {
  resolveDayType,
  resolveRange,
  uncoveredNotice,
  uncoveredYears,
} from '../../shared/domain/calendar/resolveDayType';

const ZHANGMU = 1;
const OTHER_PORT = 2;
const lastCovered = Math.max(...coveredYears());
const beyond = lastCovered + 1;

function entry(partial: Partial<RegionalDayEntry> & Pick<RegionalDayEntry, 'date' | 'type'>): RegionalDayEntry {
  return { portId: null, name: '', source: '测试', ...partial };
}

describe('national calendar (chinese-days adapter)', () => {
  it('knows the 2025 arrangement: make-up workday, National Day, weekend, plain workday', () => {
    expect(nationalDay('2025-01-26')).toEqual({ type: 'makeupWorkday', name: '春节' });
    expect(nationalDay('2025-10-01')).toEqual({ type: 'holiday', name: '国庆节' });
    expect(nationalDay('2025-06-07')).toEqual({ type: 'weekend', name: null });
    expect(nationalDay('2025-06-03')).toEqual({ type: 'workday', name: null });
  });

  it('follows the 2026 State Council notice: 2-14 (Sat) worked, 2-15 … 2-23 off, 2-28 (Sat) worked', () => {
    expect(nationalDay('2026-02-14')).toEqual({ type: 'makeupWorkday', name: '春节' });
    expect(nationalDay('2026-02-15')).toEqual({ type: 'holiday', name: '春节' });
    expect(nationalDay('2026-02-23')).toEqual({ type: 'holiday', name: '春节' });
    expect(nationalDay('2026-02-24')).toEqual({ type: 'workday', name: null });
    expect(nationalDay('2026-02-28')).toEqual({ type: 'makeupWorkday', name: '春节' });
  });

  it('gives the full Chinese names, not the package short forms', () => {
    expect(nationalDay('2025-01-01')?.name).toBe('元旦');
    expect(nationalDay('2025-04-04')?.name).toBe('清明节');
    expect(nationalDay('2025-05-01')?.name).toBe('劳动节');
    expect(nationalDay('2025-05-31')?.name).toBe('端午节');
    expect(nationalDay('2025-10-06')?.name).toBe('中秋节');
  });

  it('derives a contiguous list of covered years that includes 2025 and 2026', () => {
    const years = coveredYears();
    expect(years).toContain(2025);
    expect(years).toContain(2026);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => (years[0] as number) + i));
    for (const y of years) expect(isYearCovered(y)).toBe(true);
    expect(isYearCovered((years[0] as number) - 1)).toBe(false);
    expect(isYearCovered(beyond)).toBe(false);
    expect(isYearCovered(2030)).toBe(false);
  });

  it('answers null for a year the package does not cover, where the package itself guesses a weekday', () => {
    // A Tuesday beyond the package's data: the package still calls it a workday.
    const date = `${beyond}-06-01`;
    expect(chineseDays.getDayDetail(date).work).toBe(new Date(date + 'T00:00:00Z').getUTCDay() % 6 !== 0);
    expect(nationalDay(date)).toBeNull();
    expect(nationalDay('2030-10-01')).toBeNull();
  });

  it('agrees with the package on every date of every covered year', () => {
    for (const year of coveredYears()) {
      for (const date of datesBetween(`${year}-01-01`, `${year}-12-31`)) {
        const day = nationalDay(date);
        expect(day, date).not.toBeNull();
        const works = day?.type === 'workday' || day?.type === 'makeupWorkday';
        if (works !== chineseDays.isWorkday(date)) expect.fail(`${date}: ${day?.type}`);
      }
    }
  });

  it('rejects a malformed date', () => {
    expect(() => nationalDay('2025-02-30')).toThrow(RangeError);
    expect(() => nationalDay('2025/10/01')).toThrow(RangeError);
  });
});

describe('shipped Tibet regional defaults', () => {
  it('are well-formed, for all ports, each with a source, one per date', () => {
    expect(TIBET_REGIONAL_DEFAULTS.length).toBeGreaterThan(0);
    const dates = TIBET_REGIONAL_DEFAULTS.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const e of TIBET_REGIONAL_DEFAULTS) {
      expect(e.portId).toBeNull();
      expect(isValidIsoDate(e.date)).toBe(true);
      expect(REGIONAL_DAY_TYPES).toContain(e.type);
      expect(e.name).toBe('藏历新年');
      expect(e.source.length).toBeGreaterThan(10);
    }
  });

  it('never override a national statutory holiday (overlap with 春节 keeps 春节)', () => {
    for (const e of TIBET_REGIONAL_DEFAULTS) expect(nationalDay(e.date)?.type, e.date).not.toBe('holiday');
  });
});

describe('resolveDayType', () => {
  it('falls back to the national calendar when no entry applies', () => {
    expect(resolveDayType('2025-01-26', ZHANGMU, [])).toEqual({ date: '2025-01-26', type: 'makeupWorkday', name: '春节' });
    expect(resolveDayType('2025-10-01', ZHANGMU, [])).toEqual({ date: '2025-10-01', type: 'holiday', name: '国庆节' });
    expect(resolveDayType('2025-06-07', ZHANGMU, []).type).toBe('weekend');
    expect(resolveDayType('2025-06-03', ZHANGMU, []).type).toBe('workday');
  });

  it("reports 'unknown' for a year the national calendar does not cover", () => {
    expect(resolveDayType(`${beyond}-03-02`, ZHANGMU, TIBET_REGIONAL_DEFAULTS)).toEqual({
      date: `${beyond}-03-02`,
      type: 'unknown',
      name: null,
    });
    expect(resolveDayType('2030-10-01', ZHANGMU, []).type).toBe('unknown');
  });

  it('lets a local entry explicitly cover a date in an uncovered year', () => {
    const entries = [entry({ portId: ZHANGMU, date: `${beyond}-02-10`, type: 'regionalHoliday', name: '藏历新年' })];
    expect(resolveDayType(`${beyond}-02-10`, ZHANGMU, entries).type).toBe('regionalHoliday');
    expect(resolveDayType(`${beyond}-02-11`, ZHANGMU, entries).type).toBe('unknown');
  });

  it('lets a local entry win over the national calendar, for that port only', () => {
    const entries = [entry({ portId: ZHANGMU, date: '2025-10-01', type: 'workday', name: '' })];
    expect(resolveDayType('2025-10-01', ZHANGMU, entries)).toEqual({ date: '2025-10-01', type: 'workday', name: null });
    expect(resolveDayType('2025-10-01', OTHER_PORT, entries)).toEqual({ date: '2025-10-01', type: 'holiday', name: '国庆节' });
  });

  it('lets a local entry win over an entry for all ports', () => {
    const entries = [
      entry({ portId: ZHANGMU, date: '2025-02-27', type: 'workday', name: '口岸值守' }),
      ...TIBET_REGIONAL_DEFAULTS,
    ];
    expect(resolveDayType('2025-02-27', ZHANGMU, entries)).toEqual({ date: '2025-02-27', type: 'workday', name: '口岸值守' });
    expect(resolveDayType('2025-02-27', OTHER_PORT, entries).type).toBe('regionalHoliday');
  });

  it('applies an entry for all ports to every port', () => {
    for (const port of [ZHANGMU, OTHER_PORT, 99, null]) {
      const day = resolveDayType('2025-02-28', port, TIBET_REGIONAL_DEFAULTS);
      expect(day).toEqual({ date: '2025-02-28', type: 'regionalHoliday', name: '藏历新年' });
      expect(isRestDay(day.type)).toBe(true);
    }
  });

  it('turns a weekend into a regional make-up workday (2023 Losar)', () => {
    expect(nationalDay('2023-02-18')?.type).toBe('weekend');
    expect(resolveDayType('2023-02-18', ZHANGMU, TIBET_REGIONAL_DEFAULTS).type).toBe('makeupWorkday');
  });

  it('rejects a malformed date', () => {
    expect(() => resolveDayType('2025-13-01', ZHANGMU, [])).toThrow(RangeError);
  });
});

describe('resolveRange', () => {
  it('resolves 2026 春节 followed by the Lhasa-announced 藏历新年 days', () => {
    const days = resolveRange('2026-02-13', '2026-03-01', ZHANGMU, TIBET_REGIONAL_DEFAULTS);
    expect(days.map((d) => d.date)).toEqual(datesBetween('2026-02-13', '2026-03-01'));
    const typeOf = (date: string) => days.find((d) => d.date === date);
    expect(typeOf('2026-02-13')).toEqual({ date: '2026-02-13', type: 'workday', name: null });
    expect(typeOf('2026-02-14')).toEqual({ date: '2026-02-14', type: 'makeupWorkday', name: '春节' });
    expect(typeOf('2026-02-18')).toEqual({ date: '2026-02-18', type: 'holiday', name: '春节' });
    expect(typeOf('2026-02-24')).toEqual({ date: '2026-02-24', type: 'regionalHoliday', name: '藏历新年' });
    expect(typeOf('2026-02-26')).toEqual({ date: '2026-02-26', type: 'regionalHoliday', name: '藏历新年' });
    expect(typeOf('2026-02-27')).toEqual({ date: '2026-02-27', type: 'workday', name: null });
    expect(typeOf('2026-02-28')).toEqual({ date: '2026-02-28', type: 'makeupWorkday', name: '春节' });
    expect(typeOf('2026-03-01')).toEqual({ date: '2026-03-01', type: 'weekend', name: null });
    expect(days.filter((d) => isRestDay(d.type))).toHaveLength(9 + 3 + 1);
  });

  it('gives the same answer as resolveDayType for each day, across a year boundary into an uncovered year', () => {
    const from = `${lastCovered}-12-30`;
    const to = `${beyond}-01-02`;
    const days = resolveRange(from, to, ZHANGMU, TIBET_REGIONAL_DEFAULTS);
    expect(days).toHaveLength(4);
    for (const d of days) expect(d).toEqual(resolveDayType(d.date, ZHANGMU, TIBET_REGIONAL_DEFAULTS));
    expect(days.slice(2).every((d) => d.type === 'unknown')).toBe(true);
    expect(days.slice(0, 2).some((d) => d.type === 'unknown')).toBe(false);
  });

  it('is empty for a reversed range', () => {
    expect(resolveRange('2025-03-02', '2025-03-01', ZHANGMU, [])).toEqual([]);
  });
});

describe('uncovered years and their notice', () => {
  it('lists the years of a range the national calendar does not cover', () => {
    expect(uncoveredYears('2025-01-01', '2026-12-31')).toEqual([]);
    expect(uncoveredYears(`${lastCovered}-06-01`, `${beyond}-01-31`)).toEqual([beyond]);
    expect(uncoveredYears('2025-06-01', '2030-12-31')).toEqual(
      Array.from({ length: 2030 - lastCovered }, (_, i) => lastCovered + 1 + i),
    );
    expect(uncoveredYears('2030-01-01', '2030-12-31')).toEqual([2030]);
  });

  it('writes the Chinese notice, or nothing when every year is covered', () => {
    expect(uncoveredNotice([])).toBeNull();
    expect(uncoveredNotice([2027])).toBe('未收录 2027 年节假日安排，这些日期按“未知”计，不计入工作日或休息日');
    expect(uncoveredNotice([2028, 2027])).toBe('未收录 2027、2028 年节假日安排，这些日期按“未知”计，不计入工作日或休息日');
    expect(uncoveredNotice([2031, 2027, 2029, 2030, 2029])).toBe(
      '未收录 2027、2029—2031 年节假日安排，这些日期按“未知”计，不计入工作日或休息日',
    );
  });
});
