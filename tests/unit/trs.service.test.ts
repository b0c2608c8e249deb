import { describe, expect, it } from 'vitest';
import { csvFile, xlsxFile } from './helpers/importFiles';
import { tempCore, type TestCore } from './helpers/tempCore';
import { DECLARATION_HEADER, declarationCells, syntheticDeclarations, type SyntheticDeclaration } from './helpers/syntheticDeclarations';

// ---------------------------------------------------------------------------------------------
// The naive recomputation: stamps parsed from the file's own text, stages by the rules of
// docs/trs.md, percentiles by rank 1 + q(n − 1) with linear interpolation, written apart from the code.

const minutesOf = (text: string) => (text === '' ? null : Date.parse(`${text.replace(' ', 'T')}:00Z`) / 60_000);

function naiveStages(d: SyntheticDeclaration) {
  const [a, dec, s, e, r, x] = [d.arrival, d.declared, d.inspectionStart, d.inspectionEnd, d.released, d.exit].map(minutesOf);
  const diff = (p: number | null | undefined, q: number | null | undefined) => (p == null || q == null ? null : q - p);
  const start = a ?? dec!;
  const end = x ?? r ?? null;
  return {
    arrivalToDeclaration: a === null ? null : Math.max(0, dec! - a!),
    declarationToRelease: diff(dec, r),
    inspection: diff(s, e),
    releaseToExit: diff(r, x),
    whole: end === null ? null : end - start,
  };
}

function naivePercentile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((p, r) => p - r);
  const rank = 1 + q * (sorted.length - 1);
  const below = sorted[Math.floor(rank) - 1]!;
  const above = sorted[Math.min(Math.ceil(rank), sorted.length) - 1]!;
  return below + (rank - Math.floor(rank)) * (above - below);
}

function naiveSummary(values: number[]) {
  return {
    n: values.length,
    median: naivePercentile(values, 0.5),
    p90: naivePercentile(values, 0.9),
    mean: values.length === 0 ? null : values.reduce((p, v) => p + v, 0) / values.length,
  };
}

const STAGES = ['arrivalToDeclaration', 'declarationToRelease', 'inspection', 'releaseToExit', 'whole'] as const;

async function importCsv(core: TestCore, rows: string[][], defaultPortId: number | null = 1) {
  const content = Buffer.from(csvFile([DECLARATION_HEADER, ...rows]), 'utf8').toString('base64');
  const input = { fileName: '报关单.csv', contentBase64: content, defaultPortId };
  const preview = await core.ok('previewTrsImport', input);
  return { preview, apply: () => core.ok('applyTrsImport', { ...input }) };
}

describe('Time Release Study: declarations imported and summarised', () => {
  it('agrees with an independent computation for every stage, direction and inspection group, for a period and a port', async () => {
    const core = await tempCore();
    await core.ok('createPort', { name: '吉隆口岸', code: 'JL' });
    const decls = syntheticDeclarations(1500, { from: '2025-06-01', days: 45, seed: 7, ports: ['樟木口岸', '吉隆口岸'] });
    const { preview, apply } = await importCsv(core, decls.map(declarationCells), null);
    expect(preview).toMatchObject({ rows: 1500, newCount: 1500, invalidCount: 0, replacedCount: 0 });
    expect(preview.columns.find((c) => c.header === '收发货人')).toMatchObject({ target: null, hint: expect.stringContaining('不保存') });
    expect(await core.call('getTrsReport', { from: '2025-06-01', to: '2025-07-31', portId: null }, { actor: null, host: 'test' })).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await apply()).toEqual({ saved: 1500, replaced: 0, unchanged: 0, skippedInvalid: 0 });

    // June, 樟木口岸 only: the period and port filters as well as the figures.
    const from = '2025-06-01';
    const to = '2025-06-30';
    const report = await core.ok('getTrsReport', { from, to, portId: 1 });
    const chosen = decls.filter((d) => d.port === '樟木口岸' && d.declared.slice(0, 10) >= from && d.declared.slice(0, 10) <= to);
    expect(report.total).toBe(chosen.length);
    for (const group of report.groups) {
      const members = chosen.filter(
        (d) => (d.direction === '进口') === (group.direction === 'import') && (group.inspection === 'all' || (d.inspected === '是') === (group.inspection === 'inspected')),
      );
      for (const stage of STAGES) {
        const expected = naiveSummary(members.map((d) => naiveStages(d)[stage]).filter((v): v is number => v !== null));
        const got = group.stages[stage];
        expect(got.n, `${group.direction}/${group.inspection}/${stage}`).toBe(expected.n);
        for (const k of ['median', 'p90', 'mean'] as const) {
          if (expected[k] === null) expect(got[k]).toBeNull();
          else expect(got[k], `${group.direction}/${group.inspection}/${stage}/${k}`).toBeCloseTo(expected[k]!, 6);
        }
      }
    }
    // Some stamps were blank: those stages have fewer declarations than the period.
    const importAll = report.groups.find((g) => g.direction === 'import' && g.inspection === 'all')!;
    expect(importAll.stages.arrivalToDeclaration.n).toBeLessThan(chosen.filter((d) => d.direction === '进口').length);

    // The slowest declarations, longest whole first, as recomputed.
    const slowest = chosen
      .map((d) => ({ no: d.no, whole: naiveStages(d).whole }))
      .filter((d) => d.whole !== null)
      .sort((p, q) => q.whole! - p.whole! || (p.no < q.no ? -1 : 1))
      .slice(0, 20);
    expect(report.slowest.map((s) => [s.declarationNo, s.stages.whole])).toEqual(slowest.map((s) => [s.no, s.whole]));

    // The distribution counts every whole once, in its bin.
    const edges = report.histogram.edgesHours;
    const importWholes = chosen.filter((d) => d.direction === '进口').map((d) => naiveStages(d).whole).filter((v): v is number => v !== null);
    const expectedBins = edges.map((lo, i) => importWholes.filter((m) => m / 60 >= lo && (i === edges.length - 1 || m / 60 < edges[i + 1]!)).length);
    expect(report.histogram.import).toEqual(expectedBins);

    // The trend (by day for a month): each day's median of the whole, per direction.
    expect(report.trend.by).toBe('day');
    const june10 = report.trend.points.find((p) => p.bucketStart === '2025-06-10')!;
    const june10Exports = chosen.filter((d) => d.declared.startsWith('2025-06-10') && d.direction === '出口').map((d) => naiveStages(d).whole).filter((v): v is number => v !== null);
    expect(june10.export.n).toBe(june10Exports.length);
    expect(june10.export.median).toBeCloseTo(naivePercentile(june10Exports, 0.5)!, 6);
    expect(june10.export.p90).toBeCloseTo(naivePercentile(june10Exports, 0.9)!, 6);
  });

  it('lists bad rows at their place with a Chinese reason and writes only the good ones; no company name is stored', async () => {
    const core = await tempCore();
    const good = syntheticDeclarations(3, { from: '2025-06-01', days: 2, seed: 3 }).map(declarationCells);
    const rows = [
      ...good,
      ['E999001', '出口', '樟木口岸', '某公司', '否', '', '2025-06-02 10:00', '', '', '2025-06-02 09:00', ''],
      ['E999002', '转口', '樟木口岸', '某公司', '否', '', '', '', '', '', ''],
      ['E999003', '出口', '樟木口岸', '某公司', '否', '', '2025-06-02 10:00', '2025-06-02 11:00', '2025-06-02 12:00', '', ''],
      ['E999004', '出口', '樟木口岸', '某公司', '否', '', '2025-06-02', '', '', '', ''],
      [good[0]![0]!, '出口', '樟木口岸', '某公司', '否', '', '2025-06-02 10:00', '', '', '', ''],
      ['E999005', '出口', '拉萨口岸', '某公司', '否', '', '2025-06-02 10:00', '', '', '', ''],
    ];
    const { preview, apply } = await importCsv(core, rows);
    expect(preview.invalidCount).toBe(6);
    expect(preview.invalidRows).toHaveLength(7); // row 6 has two problems
    const reasons = preview.invalidRows.map((r) => `${r.row}|${r.column}|${r.reason}`);
    expect(reasons).toEqual([
      '5|时间顺序|放行时间早于申报时间，请核对这一行的时间',
      expect.stringMatching(/^6\|进出口\|进出口应填“进口”或“出口”/),
      '6|申报时间|缺少申报时间',
      '7|是否查验|填了“否”（未查验），却有查验时间',
      expect.stringMatching(/^8\|申报时间\|“2025-06-02”只有日期，缺少时刻/),
      expect.stringMatching(/^9\|报关单号\|报关单号 .* 在文件中重复（第 2 行已有）/),
      expect.stringMatching(/^10\|口岸\|未找到口岸“拉萨口岸”/),
    ]);
    expect(await apply()).toMatchObject({ saved: 3, skippedInvalid: 6 });
    const stored = core.store.sqlite.prepare('SELECT * FROM trs_declarations').all() as Record<string, unknown>[];
    expect(stored).toHaveLength(3);
    for (const row of stored) expect(Object.values(row).some((v) => String(v).includes('公司'))).toBe(false);

    // The same file again changes nothing; a changed stamp replaces the stored one.
    const again = await importCsv(core, good);
    expect(again.preview).toMatchObject({ newCount: 0, unchangedCount: 3 });
    const changed = good.map((r, i) => (i === 0 ? [...r.slice(0, 9), '2025-06-03 23:59', r[10]!] : r));
    changed[0]![10] = '';
    const third = await importCsv(core, changed);
    expect(third.preview).toMatchObject({ newCount: 0, replacedCount: 1, unchangedCount: 2 });
    expect(await third.apply()).toMatchObject({ saved: 0, replaced: 1 });
  });

  it('refuses a file without the required columns, and a file of only bad rows, writing nothing', async () => {
    const core = await tempCore();
    const noDeclared = Buffer.from(csvFile([['报关单号', '进出口', '放行时间'], ['I1', '进口', '2025-06-01 10:00']])).toString('base64');
    const r = await core.call('previewTrsImport', { fileName: 'a.csv', contentBase64: noDeclared, defaultPortId: 1 }, { actor: null, host: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('缺少“申报时间”列') } });
    const bad = Buffer.from(csvFile([DECLARATION_HEADER, ['I0001', '进口', '樟木口岸', '', '否', '', '', '', '', '', '']])).toString('base64');
    const applied = await core.call('applyTrsImport', { fileName: 'b.csv', contentBase64: bad, defaultPortId: 1 }, { actor: null, host: 'test' });
    expect(applied).toMatchObject({ ok: false, error: { message: expect.stringContaining('没有写入任何数据') } });
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM trs_declarations').get()).toEqual({ n: 0 });
  });

  it('reads an Excel workbook with real date-time cells, a title row above the header, and no port column', async () => {
    const core = await tempCore();
    const at = (text: string) => new Date(`${text}:00Z`); // exceljs: a date-time cell's UTC fields are its wall time
    const bytes = await xlsxFile({
      报关单: [
        ['2025年6月 报关单时效明细'],
        ['报关单号', '进出口', '查验', '运抵时间', '申报时间', '查验开始', '查验结束', '放行时间', '结关时间', '经营单位'],
        ['I2025001', 'I', '是', at('2025-06-06T22:10'), at('2025-06-06T23:40'), at('2025-06-07T09:00'), at('2025-06-07T11:30'), at('2025-06-08T10:00'), at('2025-06-09T08:15'), '某公司'],
      ],
    });
    const input = { fileName: 'd.xlsx', contentBase64: bytes.toString('base64'), defaultPortId: 1 };
    expect(await core.ok('previewTrsImport', input)).toMatchObject({ newCount: 1, invalidCount: 0, from: '2025-06-06', imports: 1 });
    await core.ok('applyTrsImport', input);
    const report = await core.ok('getTrsReport', { from: '2025-06-06', to: '2025-06-06', portId: 1 });
    const inspected = report.groups.find((g) => g.direction === 'import' && g.inspection === 'inspected')!.stages;
    // Across midnight and a weekend (7–8 June 2025): clock time, every hour counted.
    expect(inspected.arrivalToDeclaration.median).toBe(90);
    expect(inspected.inspection.median).toBe(150);
    expect(inspected.declarationToRelease.median).toBe(34 * 60 + 20);
    expect(inspected.releaseToExit.median).toBe(22 * 60 + 15);
    expect(inspected.whole.median).toBe((Date.parse('2025-06-09T08:15Z') - Date.parse('2025-06-06T22:10Z')) / 60_000);
  });
});
