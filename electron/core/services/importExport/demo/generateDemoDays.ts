import { addDays, daysBetween } from '../../../../../shared/domain/dates';
import { emptyDayValues, type DayValues } from '../../../../../shared/domain/dailyFields';
import { weekdayDayType, type DayType, type DayTypeInfo } from '../../../../../shared/domain/dayType';
import { jitter, seededRandom } from './random';
import { ADDITIVE_FIELD_KEYS } from '../../../../../shared/domain/kpi';

/**
 * A synthetic, plausible history of 樟木口岸, for people to see the program working before they type
 * a figure. It follows the public figures in the domain notes (docs/DOMAIN.md), not real daily data:
 *
 * - two-way cargo from 2023-05-01: about 9.6 万吨 and ¥24.4 亿 in the first year, growing ~12 % a year,
 *   mostly exports to Nepal (Chinese goods out, farm produce and handicrafts in);
 * - passengers from 2023-09-01 (752 people the first day): about 39 万人次 and 1.9 万辆次 the first
 *   year, about 1,400 persons a day in July 2025 with peaks above 1,800;
 * - seasons (a slow winter, trade before the Nepali festivals in October), weekends and holidays
 *   lighter for cargo, the port open on all of them ("5+2");
 * - a few closed days: snow on the road in winter, landslides in the monsoon;
 * - overall clearance times shortening as the measures take hold, longer hours in the busy season
 *   from ZM-08 (2024-06-03) on;
 * - person crossings blank, not zero, before passenger clearance reopened (not applicable then).
 *
 * Each day is drawn from a generator seeded by its date, so the history is the same on every load.
 */

export const DEMO_FROM = '2023-05-01';
export const PASSENGERS_FROM = '2023-09-01';
const FIRST_PASSENGER_DAY_PERSONS = 752;

function normalised(factors: number[]): number[] {
  const mean = factors.reduce((a, b) => a + b, 0) / factors.length;
  return factors.map((f) => f / mean);
}

// January … December.
const CARGO_SEASON = normalised([0.78, 0.72, 0.88, 0.97, 1.05, 1.05, 0.95, 0.95, 1.06, 1.18, 1.16, 0.92]);
const PERSON_SEASON = normalised([0.72, 0.82, 0.9, 1.0, 1.05, 1.1, 1.14, 1.14, 1.06, 1.1, 0.98, 0.8]);

const CARGO_BY_DAY_TYPE: Record<Exclude<DayType, 'unknown'>, number> = {
  workday: 1,
  makeupWorkday: 1,
  weekend: 0.82,
  holiday: 0.65,
  regionalHoliday: 0.7,
};
const PERSONS_BY_DAY_TYPE: Record<Exclude<DayType, 'unknown'>, number> = {
  workday: 1,
  makeupWorkday: 1,
  weekend: 1.04,
  holiday: 1.12,
  regionalHoliday: 1,
};

/** Tonnes a day in the first year (export + import ≈ 270 t; 9.6 万吨 a year after weekends and closures). */
const EXPORT_TONNES = 194;
const IMPORT_TONNES = 76;
/** 元 per tonne: exports are manufactured goods, imports mostly farm produce. */
const EXPORT_YUAN_PER_TONNE = 30_500;
const IMPORT_YUAN_PER_TONNE = 12_200;
const CARGO_GROWTH = 1.12;
const PERSONS_PER_DAY = 1000;
const PERSONS_GROWTH = 1.1;

/**
 * Hours the port is open: 9 in winter, 10 otherwise; from ZM-08 "延长作业时间" (2024-06-03) to 20:00,
 * 12 hours, in each busy season (June to October), as its progress notes say.
 */
export const LONGER_HOURS_FROM = '2024-06-03';
const BUSY_SEASON = new Set([6, 7, 8, 9, 10]);
export function demoOpenCentihours(date: string): number {
  const month = Number(date.slice(5, 7));
  if (date >= LONGER_HOURS_FROM && BUSY_SEASON.has(month)) return 1200;
  return month >= 11 || month <= 2 ? 900 : 1000;
}

const SNOW_MONTHS = new Set([12, 1, 2, 3]);
const MONSOON_MONTHS = new Set([6, 7, 8, 9]);
/** chance that a closure starts on a given day of its season */
const SNOW_CHANCE = 0.025;
const LANDSLIDE_CHANCE = 0.015;

/** Why the port is closed on a date, or null: a closure starts on a day and lasts 1–3 days. */
export function demoClosure(date: string): string | null {
  if (date === DEMO_FROM) return null;
  for (let back = 0; back < 3; back++) {
    const start = addDays(date, -back);
    const month = Number(start.slice(5, 7));
    const random = seededRandom(`closure:${start}`);
    const draw = random();
    if (SNOW_MONTHS.has(month) && draw < SNOW_CHANCE && back < 1 + Math.floor(random() * 3)) return '降雪封路';
    if (MONSOON_MONTHS.has(month) && draw < LANDSLIDE_CHANCE && back < 1 + Math.floor(random() * 2)) return '道路塌方';
  }
  return null;
}

/** Person crossings were not handled before passenger clearance reopened: blank, which is not zero. */
function passengersHandled(date: string): boolean {
  return date >= PASSENGERS_FROM;
}

function closedDay(date: string, reason: string): DayValues {
  const v = emptyDayValues();
  // A closed day carries zeros, not blanks: every figure that adds up, and the open hours; but
  // only for what the port handled at the time.
  for (const key of [...ADDITIVE_FIELD_KEYS, 'openCentihours'] as const) {
    v[key] = 0;
  }
  if (!passengersHandled(date)) {
    v.personsIn = null;
    v.personsOut = null;
  }
  return { ...v, portOpen: false, closureReason: reason };
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/** The demo figures of one day, given its day type (from the holiday calendar). */
export function demoDay(date: string, dayType: DayTypeInfo): DayValues {
  const reason = demoClosure(date);
  if (reason) return closedDay(date, reason);

  const random = seededRandom(`day:${date}`);
  const type = dayType.type === 'unknown' ? weekdayDayType(date).type : dayType.type;
  const month = Number(date.slice(5, 7));
  const years = daysBetween(DEMO_FROM, date) / 365;
  const cargo = CARGO_GROWTH ** years * CARGO_SEASON[month - 1]! * CARGO_BY_DAY_TYPE[type as Exclude<DayType, 'unknown'>];

  const exportTonnes = EXPORT_TONNES * cargo * jitter(random, 0.25);
  const importTonnes = IMPORT_TONNES * cargo * jitter(random, 0.3);
  const vehiclesOut = Math.max(1, Math.round((exportTonnes / 7.5) * jitter(random, 0.15)));

  let personsIn: number | null = null;
  let personsOut: number | null = null;
  if (date === PASSENGERS_FROM) {
    personsIn = 380;
    personsOut = FIRST_PASSENGER_DAY_PERSONS - personsIn;
  } else if (date > PASSENGERS_FROM) {
    const passengerYears = daysBetween(PASSENGERS_FROM, date) / 365;
    // Now and then a busy day: a festival on the Nepal side, a pilgrims' group, a market day.
    const peak = random() < 0.05 ? 1.25 + 0.15 * random() : 1;
    const persons =
      PERSONS_PER_DAY *
      PERSONS_GROWTH ** passengerYears *
      PERSON_SEASON[month - 1]! *
      PERSONS_BY_DAY_TYPE[type as Exclude<DayType, 'unknown'>] *
      jitter(random, 0.12) *
      peak;
    personsIn = Math.round(persons * (0.5 + 0.03 * (random() * 2 - 1)));
    personsOut = Math.round(persons) - personsIn;
  }

  return {
    ...emptyDayValues(),
    exportFreightKg: Math.round(exportTonnes * 1000),
    importFreightKg: Math.round(importTonnes * 1000),
    exportValueYuan: roundTo(exportTonnes * EXPORT_YUAN_PER_TONNE * jitter(random, 0.12), 10),
    importValueYuan: roundTo(importTonnes * IMPORT_YUAN_PER_TONNE * jitter(random, 0.15), 10),
    borderTradeYuan: roundTo(80_000 * cargo * jitter(random, 0.4), 100),
    exportDeclarations: Math.max(1, Math.round((exportTonnes / 8) * jitter(random, 0.2))),
    importDeclarations: Math.max(1, Math.round((importTonnes / 10) * jitter(random, 0.25))),
    vehiclesOut,
    vehiclesIn: Math.max(1, Math.round(vehiclesOut * jitter(random, 0.08))),
    personsIn,
    personsOut,
    importClearanceCentihours: Math.round(Math.max(1.5, 6.2 * 0.78 ** years * jitter(random, 0.2)) * 100),
    exportClearanceCentihours: Math.round(Math.max(0.3, 1.7 * 0.72 ** years * jitter(random, 0.2)) * 100),
    openCentihours: demoOpenCentihours(date),
    portOpen: true,
  };
}

/** Every day from `from` to `to` (both included, never before DEMO_FROM), with its demo figures. */
export function generateDemoDays(from: string, to: string, dayTypes: readonly DayTypeInfo[]): { date: string; values: DayValues }[] {
  const start = from < DEMO_FROM ? DEMO_FROM : from;
  const byDate = new Map(dayTypes.map((t) => [t.date, t]));
  const out: { date: string; values: DayValues }[] = [];
  for (let date = start; date <= to; date = addDays(date, 1)) {
    out.push({ date, values: demoDay(date, byDate.get(date) ?? weekdayDayType(date)) });
  }
  return out;
}
