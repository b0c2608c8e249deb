import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  bucketsBetween,
  chooseGranularity,
  isDateInPeriod,
  isoWeekOf,
  isoWeekPeriod,
  isoWeeksInYear,
  lastCompletePeriod,
  lastCompleteYtd,
  mondayOfIsoWeek,
  monthContaining,
  monthPeriod,
  periodDays,
  periodLabel,
  previousPeriod,
  quarterContaining,
  quarterOf,
  quarterPeriod,
  rangePeriod,
  samePeriodLastYear,
  weekContaining,
  yearContaining,
  yearPeriod,
  ytdPeriod,
  type Period,
} from '../../shared/domain/periods';

const range = (from: string, to: string): Period => ({ kind: 'range', from, to });

describe('ISO weeks', () => {
  it('numbers weeks across year boundaries', () => {
    // 2025-01-01 is a Wednesday, so week 1 of 2025 starts on Monday 2024-12-30.
    expect(isoWeekOf('2024-12-30')).toEqual({ isoYear: 2025, week: 1 });
    expect(isoWeekOf('2025-01-05')).toEqual({ isoYear: 2025, week: 1 });
    expect(isoWeekOf('2024-12-29')).toEqual({ isoYear: 2024, week: 52 });
    // 2021-01-01 is a Friday: the first days of 2021 belong to 2020's week 53.
    expect(isoWeekOf('2021-01-03')).toEqual({ isoYear: 2020, week: 53 });
    expect(isoWeekOf('2021-01-04')).toEqual({ isoYear: 2021, week: 1 });
    // 2027-01-01 is a Friday after a year that began on a Thursday.
    expect(isoWeekOf('2027-01-01')).toEqual({ isoYear: 2026, week: 53 });
    // 2025-06-09 is 161 days (23 weeks) after 2024-12-30.
    expect(isoWeekOf('2025-06-09')).toEqual({ isoYear: 2025, week: 24 });
    expect(isoWeekOf('2025-06-13')).toEqual({ isoYear: 2025, week: 24 });
  });

  it('knows which years have 53 weeks and where a week starts', () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2024)).toBe(52);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(mondayOfIsoWeek(2025, 1)).toBe('2024-12-30');
    expect(mondayOfIsoWeek(2025, 24)).toBe('2025-06-09');
    expect(mondayOfIsoWeek(2020, 53)).toBe('2020-12-28');
    expect(() => mondayOfIsoWeek(2025, 53)).toThrow(RangeError);
  });

  it('puts dates in quarters', () => {
    expect(quarterOf('2025-01-01')).toBe(1);
    expect(quarterOf('2025-03-31')).toBe(1);
    expect(quarterOf('2025-04-01')).toBe(2);
    expect(quarterOf('2025-12-31')).toBe(4);
  });
});

describe('presets', () => {
  it('finds the Monday–Sunday week of a date, across a year end', () => {
    expect(weekContaining('2025-01-01')).toEqual({ kind: 'week', from: '2024-12-30', to: '2025-01-05' });
    expect(weekContaining('2025-01-05')).toEqual({ kind: 'week', from: '2024-12-30', to: '2025-01-05' });
    expect(weekContaining('2024-12-30')).toEqual({ kind: 'week', from: '2024-12-30', to: '2025-01-05' });
    expect(isoWeekPeriod(2025, 24)).toEqual({ kind: 'week', from: '2025-06-09', to: '2025-06-15' });
  });

  it('finds months, quarters and years, leap February included', () => {
    expect(monthContaining('2024-02-10')).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod('2025-02')).toEqual({ kind: 'month', from: '2025-02-01', to: '2025-02-28' });
    expect(quarterContaining('2025-05-20')).toEqual({ kind: 'quarter', from: '2025-04-01', to: '2025-06-30' });
    expect(quarterPeriod(2024, 4)).toEqual({ kind: 'quarter', from: '2024-10-01', to: '2024-12-31' });
    expect(yearContaining('2025-07-01')).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
    expect(() => monthPeriod('2025-13')).toThrow(RangeError);
  });

  it('builds 1–N月累计', () => {
    expect(ytdPeriod(2025, 6)).toEqual({ kind: 'ytd', from: '2025-01-01', to: '2025-06-30' });
    expect(ytdPeriod(2024, 2)).toEqual({ kind: 'ytd', from: '2024-01-01', to: '2024-02-29' });
    expect(ytdPeriod(2025, 12)).toEqual({ kind: 'ytd', from: '2025-01-01', to: '2025-12-31' });
    expect(() => ytdPeriod(2025, 13)).toThrow(RangeError);
  });

  it('orders the two dates of a range', () => {
    expect(rangePeriod('2025-07-02', '2025-06-03')).toEqual({ kind: 'range', from: '2025-06-03', to: '2025-07-02' });
    expect(() => rangePeriod('2025-02-30', '2025-03-01')).toThrow(RangeError);
  });

  it('finds the last complete period, never the one holding today', () => {
    expect(lastCompletePeriod('month', '2025-07-01')).toEqual(monthPeriod('2025-06'));
    expect(lastCompletePeriod('month', '2025-06-30')).toEqual(monthPeriod('2025-05'));
    expect(lastCompletePeriod('month', '2025-01-15')).toEqual(monthPeriod('2024-12'));
    // 2025-01-02 is in the week 2024-12-30 – 2025-01-05.
    expect(lastCompletePeriod('week', '2025-01-02')).toEqual({ kind: 'week', from: '2024-12-23', to: '2024-12-29' });
    expect(lastCompletePeriod('quarter', '2025-01-15')).toEqual(quarterPeriod(2024, 4));
    expect(lastCompletePeriod('year', '2025-01-01')).toEqual(yearPeriod(2024));
  });

  it('finds the ytd a bulletin is due for', () => {
    expect(lastCompleteYtd('2025-07-10')).toEqual(ytdPeriod(2025, 6));
    expect(lastCompleteYtd('2025-01-10')).toEqual(ytdPeriod(2024, 12));
  });

  it('counts days and membership', () => {
    expect(periodDays(monthPeriod('2024-02'))).toBe(29);
    expect(periodDays(range('2024-12-30', '2025-01-05'))).toBe(7);
    expect(periodDays(yearPeriod(2024))).toBe(366);
    expect(isDateInPeriod('2025-01-05', range('2024-12-30', '2025-01-05'))).toBe(true);
    expect(isDateInPeriod('2025-01-06', range('2024-12-30', '2025-01-05'))).toBe(false);
  });
});

describe('previous period (环比 base)', () => {
  it('steps back one of the same kind', () => {
    expect(previousPeriod(monthPeriod('2025-01'))).toEqual(monthPeriod('2024-12'));
    expect(previousPeriod(monthPeriod('2024-03'))).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(previousPeriod(quarterPeriod(2025, 1))).toEqual(quarterPeriod(2024, 4));
    expect(previousPeriod(yearPeriod(2025))).toEqual(yearPeriod(2024));
    expect(previousPeriod(weekContaining('2025-01-01'))).toEqual({ kind: 'week', from: '2024-12-23', to: '2024-12-29' });
  });

  it('takes the same number of months before a ytd', () => {
    expect(previousPeriod(ytdPeriod(2025, 6))).toEqual(range('2024-07-01', '2024-12-31'));
    expect(previousPeriod(ytdPeriod(2025, 2))).toEqual(range('2024-11-01', '2024-12-31'));
    expect(previousPeriod(ytdPeriod(2025, 12))).toEqual(range('2024-01-01', '2024-12-31'));
  });

  it('takes the same number of whole months before a range of whole months', () => {
    // the case: 2025年1–2月 against 2024年11–12月, not 2024-11-03 – 12-31
    expect(previousPeriod(range('2025-01-01', '2025-02-28'))).toEqual(range('2024-11-01', '2024-12-31'));
    expect(previousPeriod(range('2024-03-01', '2024-03-31'))).toEqual(range('2024-02-01', '2024-02-29'));
  });

  it('takes the same number of days before a range', () => {
    expect(previousPeriod(range('2024-12-30', '2025-01-05'))).toEqual(range('2024-12-23', '2024-12-29'));
    // 10 days ending the day before 2024-03-01, through the leap day
    expect(previousPeriod(range('2024-03-01', '2024-03-10'))).toEqual(range('2024-02-20', '2024-02-29'));
  });
});

describe('same period last year (同比 base)', () => {
  it('maps 29 February to 28 February and keeps a range of days as many days long', () => {
    expect(samePeriodLastYear(range('2024-02-29', '2024-02-29'))).toEqual(range('2023-02-28', '2023-02-28'));
    // 20 days from 10 February, in a year without a leap day too
    expect(samePeriodLastYear(range('2024-02-10', '2024-02-29'))).toEqual(range('2023-02-10', '2023-03-01'));
    // the case: two days over the end of February against two days, not three of 2024
    expect(samePeriodLastYear(range('2025-02-28', '2025-03-01'))).toEqual(range('2024-02-28', '2024-02-29'));
  });

  it('keeps whole months whole', () => {
    expect(samePeriodLastYear(monthPeriod('2024-02'))).toEqual({ kind: 'month', from: '2023-02-01', to: '2023-02-28' });
    expect(samePeriodLastYear(monthPeriod('2025-02'))).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(samePeriodLastYear(range('2025-01-01', '2025-02-28'))).toEqual(range('2024-01-01', '2024-02-29'));
  });

  it('keeps a ytd a ytd, a quarter a quarter, a year a year', () => {
    expect(samePeriodLastYear(ytdPeriod(2025, 6))).toEqual(ytdPeriod(2024, 6));
    expect(samePeriodLastYear(ytdPeriod(2025, 2))).toEqual({ kind: 'ytd', from: '2024-01-01', to: '2024-02-29' });
    expect(samePeriodLastYear(quarterPeriod(2025, 2))).toEqual(quarterPeriod(2024, 2));
    expect(samePeriodLastYear(yearPeriod(2025))).toEqual(yearPeriod(2024));
  });

  it('shifts a range spanning a year end by one year', () => {
    expect(samePeriodLastYear(range('2024-12-30', '2025-01-05'))).toEqual(range('2023-12-30', '2024-01-05'));
  });

  it('compares a week with the same ISO week a year earlier', () => {
    // 2025 W1 → 2024 W1, which starts on Monday 2024-01-01
    expect(samePeriodLastYear(weekContaining('2025-01-01'))).toEqual({ kind: 'week', from: '2024-01-01', to: '2024-01-07' });
    // 2020 W53 → 2019 has 52 weeks, so its W52 (2020 W1 starts 2019-12-30)
    expect(samePeriodLastYear(isoWeekPeriod(2020, 53))).toEqual({ kind: 'week', from: '2019-12-23', to: '2019-12-29' });
  });
});

describe('period labels', () => {
  it('labels each kind in Chinese', () => {
    expect(periodLabel(monthPeriod('2025-06'))).toBe('2025年6月');
    expect(periodLabel(ytdPeriod(2025, 6))).toBe('2025年1–6月累计');
    expect(periodLabel(quarterPeriod(2025, 2))).toBe('2025年第二季度');
    expect(periodLabel(yearPeriod(2025))).toBe('2025年');
    expect(periodLabel(isoWeekPeriod(2025, 24))).toBe('2025年第24周');
    expect(periodLabel(weekContaining('2024-12-30'))).toBe('2025年第1周');
    expect(periodLabel(weekContaining('2021-01-03'))).toBe('2020年第53周');
  });

  it('labels ranges by their dates, or as months when they are whole months', () => {
    expect(periodLabel(range('2025-06-03', '2025-07-02'))).toBe('2025年6月3日–2025年7月2日');
    expect(periodLabel(range('2024-12-30', '2025-01-05'))).toBe('2024年12月30日–2025年1月5日');
    expect(periodLabel(range('2025-06-03', '2025-06-03'))).toBe('2025年6月3日');
    expect(periodLabel(previousPeriod(ytdPeriod(2025, 6)))).toBe('2024年7–12月');
    expect(periodLabel(range('2024-11-01', '2025-02-28'))).toBe('2024年11月–2025年2月');
    expect(periodLabel(range('2024-02-01', '2024-02-28'))).toBe('2024年2月1日–2024年2月28日');
  });
});

describe('chart granularity and buckets', () => {
  it('chooses a bucket size by span', () => {
    expect(chooseGranularity('2025-06-01', '2025-06-01')).toBe('day');
    expect(chooseGranularity('2025-06-01', '2025-08-01')).toBe('day'); // 62 days
    expect(chooseGranularity('2025-06-01', '2025-08-02')).toBe('week'); // 63 days
    expect(chooseGranularity('2024-01-01', '2024-12-31')).toBe('week'); // 366 days
    expect(chooseGranularity('2024-01-01', '2025-01-01')).toBe('month'); // 367 days
    expect(chooseGranularity('2020-01-01', '2024-12-31')).toBe('month'); // 1,827 days
    expect(chooseGranularity('2020-01-01', '2025-01-01')).toBe('quarter'); // 1,828 days
    expect(chooseGranularity('2000-01-01', '2024-12-31')).toBe('quarter'); // 9,132 days
    expect(chooseGranularity('2000-01-01', '2025-01-01')).toBe('year');
    expect(chooseGranularity('2025-08-01', '2025-06-01')).toBe('day');
  });

  it('keeps every chosen series short', () => {
    const spans: [string, string][] = [
      ['2025-06-01', '2025-08-01'],
      ['2024-01-01', '2024-12-31'],
      ['2020-01-01', '2024-12-31'],
      ['2000-01-01', '2024-12-31'],
      ['1900-01-01', '2024-12-31'],
    ];
    const counts = spans.map(([a, b]) => bucketsBetween(a, b, chooseGranularity(a, b)).length);
    expect(counts).toEqual([62, 53, 60, 100, 125]);
  });

  it('keys and labels a date in each granularity', () => {
    expect(bucketOf('2025-06-03', 'day')).toEqual({ key: '2025-06-03', label: '2025年6月3日', shortLabel: '6月3日', from: '2025-06-03', to: '2025-06-03' });
    expect(bucketOf('2024-12-30', 'week')).toEqual({ key: '2025-W01', label: '2025年第1周', shortLabel: '第1周', from: '2024-12-30', to: '2025-01-05' });
    expect(bucketOf('2025-06-03', 'month')).toEqual({ key: '2025-06', label: '2025年6月', shortLabel: '6月', from: '2025-06-01', to: '2025-06-30' });
    expect(bucketOf('2025-06-03', 'quarter')).toEqual({ key: '2025-Q2', label: '2025年第二季度', shortLabel: '二季度', from: '2025-04-01', to: '2025-06-30' });
    expect(bucketOf('2025-06-03', 'year')).toEqual({ key: '2025', label: '2025年', shortLabel: '2025年', from: '2025-01-01', to: '2025-12-31' });
  });

  it('lists buckets across a year end, marking cut ones as partial', () => {
    const weeks = bucketsBetween('2024-12-25', '2025-01-08', 'week');
    expect(weeks.map((b) => [b.key, b.from, b.to, b.partial])).toEqual([
      ['2024-W52', '2024-12-25', '2024-12-29', true],
      ['2025-W01', '2024-12-30', '2025-01-05', false],
      ['2025-W02', '2025-01-06', '2025-01-08', true],
    ]);
    const months = bucketsBetween('2024-11-01', '2025-02-10', 'month');
    expect(months.map((b) => [b.key, b.partial])).toEqual([
      ['2024-11', false],
      ['2024-12', false],
      ['2025-01', false],
      ['2025-02', true],
    ]);
  });
});
