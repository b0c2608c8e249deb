import { addDays, daysBetween } from '../../shared/domain/dates';
import { mulberry32 } from '../../shared/domain/seededRandom';
import { CLOSURE_REASONS, emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';

/**
 * Plausible daily figures for a land port (docs/DOMAIN.md: about 1,400 persons a day, 24.4 亿元 and
 * 9.6 万吨 a year), with seasons, growth, weekly rhythm and closures, from a seeded generator so
 * every run draws the same data.
 */
export function sampleDays(from: string, to: string, portIndex: number): { date: string; values: DayValues }[] {
  const rand = mulberry32(1000 + portIndex);
  const scale = [1, 0.55, 0.3][portIndex] ?? 0.25;
  const out: { date: string; values: DayValues }[] = [];
  const n = daysBetween(from, to) + 1;
  for (let i = 0; i < n; i++) {
    const date = addDays(from, i);
    const year = Number(date.slice(0, 4));
    const dayOfYear = daysBetween(`${year}-01-01`, date);
    const season = 1 + 0.35 * Math.sin(((dayOfYear - 100) / 365) * 2 * Math.PI);
    const growth = 1 + 0.06 * (year - 2016);
    const noise = () => 0.85 + 0.3 * rand();
    const k = scale * season * growth;
    if (rand() < 0.035) {
      out.push({ date, values: { ...emptyDayValues(), portOpen: false, closureReason: CLOSURE_REASONS[Math.floor(rand() * 3)]! } });
      continue;
    }
    const v = emptyDayValues();
    v.portOpen = true;
    v.openCentihours = 1000 + Math.round(rand() * 200);
    v.personsIn = Math.round(720 * k * noise());
    v.personsOut = Math.round(690 * k * noise());
    v.vehiclesIn = Math.round(28 * k * noise());
    v.vehiclesOut = Math.round(26 * k * noise());
    v.exportFreightKg = Math.round(190_000 * k * noise());
    v.importFreightKg = Math.round(75_000 * k * noise());
    v.exportValueYuan = Math.round(4_700_000 * k * noise());
    v.importValueYuan = Math.round(2_000_000 * k * noise());
    v.importDeclarations = Math.round(9 * k * noise());
    v.exportDeclarations = Math.round(21 * k * noise());
    v.importClearanceCentihours = Math.round((1400 - 60 * (year - 2016)) * noise());
    v.exportClearanceCentihours = Math.round((320 - 15 * (year - 2016)) * noise());
    out.push({ date, values: v });
  }
  return out;
}
