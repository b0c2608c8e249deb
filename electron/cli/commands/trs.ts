import type { Port } from '../../../shared/contract/ports';
import type { TrsReport } from '../../../shared/contract/trs';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { DIRECTION_LABELS } from '../../../shared/domain/trs/declarationRow';
import { minutesToHoursText } from '../../../shared/domain/trs/percentiles';
import { TRS_STAGES, TRS_STAGE_LABELS } from '../../../shared/domain/trs/stages';
import { resolveDataDir } from '../../core/store/dataDir';
import { createPortLookup } from '../../core/services/importExport/import/portLookup';
import { parseCommandArgs, UsageError } from '../args';
import { withExistingCore } from '../existingStore';
import type { CliCommand } from '../io';
import { callCore } from '../callCore';

const hours = (minutes: number | null) => (minutes === null ? null : Math.round(minutes / 0.6) / 100);

/** One row per direction and stage, over all declarations (inspected or not), hours with two decimals. */
export function trsRows(report: TrsReport) {
  return report.groups
    .filter((g) => g.inspection === 'all')
    .flatMap((g) => TRS_STAGES.map((stage) => ({ direction: g.direction, stage, ...g.stages[stage] })));
}

export const trsCommand: CliCommand = {
  name: 'trs',
  summary: '通关时间测算（TRS）：按进出口和环节列出报关单数、中位数和 P90（小时）',
  usage: 'trs --from <日期> --to <日期> [--port <口岸名称或代码>] [--json] [--data <目录>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { from: { type: 'string' }, to: { type: 'string' }, port: { type: 'string' }, json: { type: 'boolean' } });
    for (const key of ['from', 'to'] as const) {
      if (!values[key] || !isValidIsoDate(values[key]!)) throw new UsageError(`--${key} 应为 YYYY-MM-DD 格式的日期`);
    }
    return withExistingCore(resolveDataDir(values.data), io, async (core) => {
      let port: Port | null = null;
      if (values.port !== undefined) {
        const ports = await callCore(core, 'listPorts', undefined);
        port = createPortLookup(ports)(values.port);
        if (!port) throw new UsageError(`口岸“${values.port}”不存在（现有：${ports.map((p) => p.name).join('、')}）`);
      }
      const report = await callCore(core, 'getTrsReport', { from: values.from!, to: values.to!, portId: port?.id ?? null });
      const rows = trsRows(report);
      if (values.json) {
        const json = rows.map((r) => ({ direction: r.direction, stage: r.stage, n: r.n, medianHours: hours(r.median), p90Hours: hours(r.p90), meanHours: hours(r.mean) }));
        io.out(JSON.stringify({ from: report.from, to: report.to, port: port?.name ?? null, declarations: report.total, rows: json }, null, 2));
        return 0;
      }
      // The note goes to stderr so that stdout holds only the table.
      if (report.total === 0) io.err(`${report.from} 至 ${report.to} 没有报关单记录。`);
      io.out(['方向', '环节', '报关单数', '中位数(小时)', 'P90(小时)'].join('\t'));
      for (const r of rows) io.out([DIRECTION_LABELS[r.direction], TRS_STAGE_LABELS[r.stage], r.n, minutesToHoursText(r.median), minutesToHoursText(r.p90)].join('\t'));
      return 0;
    });
  },
};
