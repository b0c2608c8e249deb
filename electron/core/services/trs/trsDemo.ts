import { sql } from 'kysely';
import { addDays } from '../../../../shared/domain/dates';
import { stampOfDate } from '../../../../shared/domain/trs/stampCell';
import type { DeclarationStamps } from '../../../../shared/domain/trs/stages';
import type { Direction } from '../../../../shared/domain/trs/declarationRow';
import type { DemoContributor } from '../importExport/demo/demoContributor';
import { seededRandom } from '../importExport/demo/random';
import { writeDeclarations, type StoredDeclaration } from './declarationStore';

/** Share of declarations inspected (查验), and declared before the goods arrived (提前申报). */
const INSPECTED_SHARE = { import: 0.25, export: 0.08 } as const;
const ADVANCE_SHARE = 0.3;

interface DemoDay {
  date: string;
  importDeclarations: number | null;
  exportDeclarations: number | null;
  importClearanceCentihours: number | null;
  exportClearanceCentihours: number | null;
}

/**
 * One day's declarations of one direction, consistent with the day's figures: as many as its
 * 报关单 count, their wholes drawn skewed (most quick, a few slow) and scaled so that their mean is
 * the day's typed 整体通关时间; each whole split into 到达→申报, 申报→放行 (查验 inside) and 放行→提离.
 */
export function demoDeclarationsOfDay(day: DemoDay, direction: Direction, portId: number): StoredDeclaration[] {
  const count = direction === 'import' ? day.importDeclarations : day.exportDeclarations;
  const centihours = direction === 'import' ? day.importClearanceCentihours : day.exportClearanceCentihours;
  if (!count || centihours === null) return [];
  const random = seededRandom(`trs|${day.date}|${direction}`);
  const raw = Array.from({ length: count }, () => Math.exp(random() * 1.6 - 0.8) * (random() < 0.06 ? 3 : 1));
  const scale = (centihours * 0.6 * count) / raw.reduce((a, b) => a + b, 0);
  const dayStart = stampOfDate(day.date);
  const prefix = `${direction === 'import' ? 'I' : 'E'}DEMO${day.date.replace(/-/g, '')}`;
  return raw.map((r, i) => {
    const whole = Math.max(3, Math.round(r * scale));
    const inspected = random() < INSPECTED_SHARE[direction];
    // The office works 09:00–19:00: declarations are lodged then, and may wait overnight.
    const declared = dayStart + 9 * 60 + Math.floor(random() * 10 * 60);
    const advance = random() < ADVANCE_SHARE;
    const wait = advance ? 0 : Math.round(whole * (0.1 + 0.15 * random()));
    const arrival = advance ? declared + Math.round(random() * 30) : declared - wait;
    const afterRelease = Math.round((whole - wait) * (0.15 + 0.25 * random()));
    // The whole runs from arrival to exit; release comes afterRelease before the exit.
    const exit = arrival + whole;
    const released = exit - afterRelease;
    let inspectionStart: number | null = null;
    let inspectionEnd: number | null = null;
    if (inspected && released - declared >= 4) {
      inspectionStart = declared + Math.round((released - declared) * 0.2);
      inspectionEnd = declared + Math.round((released - declared) * 0.8);
    }
    const stamps: DeclarationStamps = { arrival, declared, inspectionStart, inspectionEnd, released, exit };
    return { portId, declarationNo: `${prefix}${String(i + 1).padStart(3, '0')}`, direction, inspected: inspectionStart !== null, stamps };
  });
}

/** The demo has declarations for its last year only: the days before keep their typed figures, as a port that began its study a year ago. */
const DEMO_STUDY_DAYS = 365;

/**
 * The demo's declarations (报关单时效明细): for every demo day of its last year, its import and export
 * declarations, consistent with that day's counts and typed clearance times (seeded after the daily
 * figures). The earlier days show the dashboard's typed figures beside the derived ones.
 */
export const trsDemo: DemoContributor = {
  key: 'trsDeclarations',
  label: '报关单时效明细',

  async count({ db }) {
    const row = await db.selectFrom('trs_declarations').select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo', '=', 1).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async seed({ deps, db, port, from: demoFrom, to, actor, now }) {
    const yearBefore = addDays(to, 1 - DEMO_STUDY_DAYS);
    const from = demoFrom > yearBefore ? demoFrom : yearBefore;
    const days = (await sql<DemoDay>`
      SELECT date, import_declarations AS importDeclarations, export_declarations AS exportDeclarations,
             import_clearance_centihours AS importClearanceCentihours, export_clearance_centihours AS exportClearanceCentihours
      FROM daily_records WHERE port_id = ${port.id} AND is_demo = 1 AND date BETWEEN ${from} AND ${to}
        AND NOT EXISTS (SELECT 1 FROM trs_declarations t WHERE t.port_id = daily_records.port_id AND t.declared_date = daily_records.date)
      ORDER BY date`.execute(db)).rows;
    function* declarations() {
      for (const day of days) {
        yield* demoDeclarationsOfDay(day, 'import', port.id);
        yield* demoDeclarationsOfDay(day, 'export', port.id);
      }
    }
    return writeDeclarations(deps.store.sqlite, declarations(), { actor, now, isDemo: true });
  },

  async remove({ db }) {
    const r = await db.deleteFrom('trs_declarations').where('is_demo', '=', 1).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
