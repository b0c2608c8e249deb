/**
 * Regional and local calendar entries: days on which a port's calendar differs from the national
 * one. Tibet's 藏历新年 (Losar) and 雪顿节 (Shoton) holidays are announced each year by the local
 * governments and are in no npm calendar, so they live in an editable table; these are the
 * entries shipped as its starting content.
 */
import { datesBetween } from '../dates';

export const REGIONAL_DAY_TYPES = ['regionalHoliday', 'workday', 'makeupWorkday', 'holiday'] as const;
export type RegionalDayType = (typeof REGIONAL_DAY_TYPES)[number];

export interface RegionalDayEntry {
  /** the port the entry applies to; null = every port */
  portId: number | null;
  /** 'YYYY-MM-DD' */
  date: string;
  type: RegionalDayType;
  name: string;
  /** the notice the date comes from, so that a user can check it and correct the table */
  source: string;
}

const LOSAR = '藏历新年';

function span(from: string, to: string, type: RegionalDayType, source: string): RegionalDayEntry[] {
  return datesBetween(from, to).map((date) => Object.freeze({ portId: null, date, type, name: LOSAR, source }));
}

const SOURCE_2023 =
  '拉萨市人民政府办公室关于2023年藏历新年放假安排的通知（2023-02-14），中国西藏网转载 ' +
  'http://tibet.cn/cn/news/zx/202302/t20230215_7360466.html ；为拉萨市通知，日喀则市通知未查到，请核对';

const SOURCE_2025 =
  '中新网 2025-02-24《2025年西藏各市地藏历新年放假安排出炉 共休6天》：各市地统一2月27日至3月4日放假，不调休；' +
  '转载 https://www.cnenergynews.cn/article/4OAHsP4lTLi';

const SOURCE_2026 =
  '中新社拉萨 2026-01-28 电《西藏公布2026年春节、藏历新年放假12天》，据拉萨市人民政府办公室通知：' +
  '2月15日至26日放假调休，2月14日、28日上班；日喀则市通知未查到，请核对';

/**
 * The shipped defaults, for all ports.
 *
 * A holiday span includes the weekend days inside it, as the national calendar does, so that the
 * whole span shows the holiday's name. Where 藏历新年 overlaps the national 春节 holiday, only the
 * days beyond the national span are listed: the overlapping days stay statutory holidays (春节),
 * and make-up workdays the national calendar already has are not repeated.
 *
 * Not shipped, for want of a published notice found:
 * - 2024: 藏历新年 fell on 2024-02-10, the same day as 春节; no notice of extra regional days found.
 * - 2022 and earlier: only unofficial reposts found (and the port was closed to cargo 2020–2022).
 * - 雪顿节, every year: reports give the festival's dates, but no announced holiday dates were found.
 */
export const TIBET_REGIONAL_DEFAULTS: readonly Readonly<RegionalDayEntry>[] = Object.freeze([
  // 2023: Losar a month after 春节; 7 days off, with the weekend before worked.
  ...span('2023-02-18', '2023-02-19', 'makeupWorkday', SOURCE_2023),
  ...span('2023-02-20', '2023-02-26', 'regionalHoliday', SOURCE_2023),
  // 2025: Losar a month after 春节; 6 days off including a weekend, no make-up days.
  ...span('2025-02-27', '2025-03-04', 'regionalHoliday', SOURCE_2025),
  // 2026: Losar (2-18) one day after 春节; the 12-day holiday runs three days past the national 2-15…2-23.
  ...span('2026-02-24', '2026-02-26', 'regionalHoliday', SOURCE_2026),
]);
