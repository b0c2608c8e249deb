import ExcelJS from 'exceljs';
import type { MeasureSummary, ProgressEntry } from '../../../../shared/contract/measures';
import { todayInShanghai } from '../../../../shared/domain/dates';
import { formatTimestamp } from '../../../../shared/domain/format';
import {
  MEASURE_CATEGORY_LABELS,
  MEASURE_STATUS_LABELS,
  MEASURE_METRICS,
  describeTarget,
} from '../../../../shared/domain/measures/measureTypes';
import type { CoreDeps, Handlers } from '../../types';
import { filterAndSort } from './listing';
import { loadMeasures, progressText, statusChangeText, toSummary, type LoadedMeasure } from './measureRows';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
const STALLED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF1F0' } };
const OVERDUE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7E6' } };

/** The "提示" column: why a row is highlighted. */
export function attentionText(s: MeasureSummary): string {
  if (s.stalled) return s.daysSinceProgress === null ? '推进中但无任何推进记录' : `已 ${s.daysSinceProgress} 天无推进记录`;
  if (s.overdue) return `计划启动日期 ${s.startDate} 已过，仍未启动`;
  return '';
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle' };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
}

function entryKind(p: ProgressEntry): string {
  return p.kind === 'status' ? '状态变更' : '推进情况';
}

/**
 * The register as a workbook: one sheet of measures (the list as filtered, stalled and overdue rows
 * shaded as on screen), one of their progress log. Dates stay text 'YYYY-MM-DD', as typed, so a
 * spreadsheet in any locale shows them the same.
 */
export async function buildMeasuresWorkbook(
  items: readonly { summary: MeasureSummary; loaded: LoadedMeasure }[],
  portNames: ReadonlyMap<number, string>,
  today: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '樟木口岸通关效率跟踪';
  wb.created = new Date(`${today}T00:00:00Z`);

  const sheet = wb.addWorksheet('措施登记册');
  sheet.columns = [
    { header: '编号', key: 'code', width: 10 },
    { header: '措施名称', key: 'title', width: 34 },
    { header: '类别', key: 'category', width: 10 },
    { header: '状态', key: 'status', width: 8 },
    { header: '牵头单位', key: 'lead', width: 14 },
    { header: '配合单位', key: 'partners', width: 30 },
    { header: '适用口岸', key: 'ports', width: 12 },
    { header: '启动日期', key: 'start', width: 12 },
    { header: '结束日期', key: 'end', width: 12 },
    { header: '影响的指标', key: 'metrics', width: 30 },
    { header: '目标', key: 'targets', width: 30 },
    { header: '最近推进日期', key: 'lastDate', width: 13 },
    { header: '最近推进情况', key: 'lastNote', width: 40 },
    { header: '提示', key: 'attention', width: 24 },
    { header: '措施说明', key: 'description', width: 50 },
  ];
  for (const { summary: s } of items) {
    const row = sheet.addRow({
      code: s.code,
      title: s.title,
      category: MEASURE_CATEGORY_LABELS[s.category],
      status: MEASURE_STATUS_LABELS[s.status],
      lead: s.leadUnit,
      partners: s.partnerUnits.join('、'),
      ports: s.portIds.map((id) => portNames.get(id) ?? `#${id}`).join('、'),
      start: s.startDate ?? '',
      end: s.endDate ?? '',
      metrics: s.metrics.map((m) => MEASURE_METRICS[m].label).join('、'),
      targets: s.targets.map(describeTarget).join('；'),
      lastDate: s.lastProgress?.date ?? '',
      lastNote: s.lastProgress?.note ?? '',
      attention: attentionText(s),
      description: s.description,
    });
    if (s.stalled) row.fill = STALLED_FILL;
    else if (s.overdue) row.fill = OVERDUE_FILL;
    row.alignment = { vertical: 'top', wrapText: true };
  }
  styleHeader(sheet);

  const log = wb.addWorksheet('推进记录');
  log.columns = [
    { header: '编号', key: 'code', width: 10 },
    { header: '措施名称', key: 'title', width: 34 },
    { header: '日期', key: 'date', width: 12 },
    { header: '类型', key: 'kind', width: 10 },
    { header: '状态变化', key: 'change', width: 26 },
    { header: '内容', key: 'note', width: 50 },
    { header: '记录人', key: 'by', width: 12 },
    { header: '记录时间', key: 'at', width: 20 },
  ];
  for (const { summary: s, loaded } of items) {
    // Oldest first within a measure: a log reads forwards on paper.
    for (const p of [...loaded.progress].reverse()) {
      const row = log.addRow({
        code: s.code,
        title: s.title,
        date: p.date,
        kind: entryKind(p),
        change: p.kind === 'status' && p.toStatus ? statusChangeText(p.fromStatus, p.toStatus) : '',
        note: p.note || progressText(p),
        by: p.recordedBy,
        at: formatTimestamp(p.recordedAt),
      });
      row.alignment = { vertical: 'top', wrapText: true };
    }
  }
  styleHeader(log);

  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function createExportHandler({ store, now }: CoreDeps): Pick<Handlers, 'exportMeasuresXlsx'> {
  const { db } = store;
  return {
    async exportMeasuresXlsx(filter) {
      const today = todayInShanghai(now());
      const all = (await loadMeasures(db)).map((loaded) => ({ loaded, summary: toSummary(loaded, today) }));
      const byId = new Map(all.map((m) => [m.summary.id, m]));
      const items = filterAndSort(all, filter).map((s) => byId.get(s.id)!);
      const ports = await db.selectFrom('ports').select(['id', 'name']).execute();
      const buffer = await buildMeasuresWorkbook(items, new Map(ports.map((p) => [p.id, p.name])), today);
      return { fileName: `通关措施登记册_${today}.xlsx`, base64: buffer.toString('base64'), count: items.length };
    },
  };
}
