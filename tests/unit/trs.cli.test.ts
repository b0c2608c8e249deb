import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { csvFile } from './helpers/importFiles';
import { tempCore } from './helpers/tempCore';
import { DECLARATION_HEADER } from './helpers/syntheticDeclarations';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const row = (no: string, dir: string, declared: string, released: string, exit = '') => [no, dir, '樟木口岸', '', '否', '', declared, '', '', released, exit];

describe('clearance trs', () => {
  it('prints one line per direction and stage with n, median and P90 in hours, or the same as JSON', async () => {
    const core = await tempCore();
    // Exports' 申报→放行: 1 h, 2 h, 4 h → median 2, P90 = 2 + 0.8 × (4 − 2) = 3.6; whole 1, 2, 5.25 h → P90 4.6; one import of 30 min; one export in July, outside the period.
    const rows = [
      row('E0001', '出口', '2025-06-01 08:00', '2025-06-01 09:00'),
      row('E0002', '出口', '2025-06-02 23:00', '2025-06-03 01:00'),
      row('E0003', '出口', '2025-06-03 10:00', '2025-06-03 14:00', '2025-06-03 15:15'),
      row('I0001', '进口', '2025-06-04 10:00', '2025-06-04 10:30'),
      row('E0004', '出口', '2025-07-01 10:00', '2025-07-02 10:00'),
    ];
    const file = Buffer.from(csvFile([DECLARATION_HEADER, ...rows])).toString('base64');
    await core.ok('applyTrsImport', { fileName: 'd.csv', contentBase64: file, defaultPortId: 1 });

    const c = captureIo();
    expect(await runCli(['trs', '--data', core.dataDir, '--from', '2025-06-01', '--to', '2025-06-30', '--port', '樟木口岸'], c.io)).toBe(0);
    expect(c.out[0]).toBe('方向\t环节\t报关单数\t中位数(小时)\tP90(小时)');
    expect(c.out).toHaveLength(1 + 2 * 5);
    expect(c.out).toContain('出口\t申报→放行\t3\t2.00\t3.60');
    expect(c.out).toContain('出口\t放行→提离\t1\t1.25\t1.25');
    expect(c.out).toContain('出口\t到达→申报\t0\t—\t—');
    expect(c.out).toContain('进口\t整体通关\t1\t0.50\t0.50');

    const j = captureIo();
    expect(await runCli(['trs', '--data', core.dataDir, '--from', '2025-06-01', '--to', '2025-06-30', '--json'], j.io)).toBe(0);
    const json = JSON.parse(j.out.join('\n'));
    expect(json).toMatchObject({ from: '2025-06-01', to: '2025-06-30', port: null, declarations: 4 });
    expect(json.rows).toContainEqual({ direction: 'export', stage: 'whole', n: 3, medianHours: 2, p90Hours: 4.6, meanHours: 2.75 });
  });

  it('refuses a bad date or an unknown port with the reason', async () => {
    const core = await tempCore();
    const c = captureIo();
    expect(await runCli(['trs', '--data', core.dataDir, '--from', '2025-06-31', '--to', '2025-06-30'], c.io)).not.toBe(0);
    expect(c.err.join('\n')).toContain('--from 应为 YYYY-MM-DD');
    const p = captureIo();
    expect(await runCli(['trs', '--data', core.dataDir, '--from', '2025-06-01', '--to', '2025-06-30', '--port', '拉萨'], p.io)).not.toBe(0);
    expect(p.err.join('\n')).toContain('口岸“拉萨”不存在');
  });
});
