import { mulberry32 } from '../../../shared/domain/seededRandom';

/**
 * Declarations as a customs system exports them (text stamps "YYYY-MM-DD HH:mm", Beijing time), with
 * what a test needs to recompute every figure on its own: the stamps as written.
 */
export interface SyntheticDeclaration {
  no: string;
  direction: '进口' | '出口';
  port: string;
  inspected: '是' | '否';
  arrival: string;
  declared: string;
  inspectionStart: string;
  inspectionEnd: string;
  released: string;
  exit: string;
  company: string;
}

export const DECLARATION_HEADER = ['报关单号', '进出口', '口岸', '收发货人', '是否查验', '到达时间', '申报时间', '查验开始时间', '查验结束时间', '放行时间', '提离时间'];

export function declarationCells(d: SyntheticDeclaration): string[] {
  return [d.no, d.direction, d.port, d.company, d.inspected, d.arrival, d.declared, d.inspectionStart, d.inspectionEnd, d.released, d.exit];
}

function stampText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * `n` declarations declared between `from` and `from + days`, some declared before arrival, some
 * crossing midnight and weekends, some with stamps missing. Times are built at UTC and written as
 * wall-clock text, so the text is the Beijing time the file means.
 */
export function syntheticDeclarations(n: number, opts: { from: string; days: number; seed: number; ports?: string[] }): SyntheticDeclaration[] {
  const rnd = mulberry32(opts.seed);
  const ports = opts.ports ?? ['樟木口岸'];
  const start = Date.parse(`${opts.from}T00:00:00Z`);
  const out: SyntheticDeclaration[] = [];
  for (let i = 0; i < n; i++) {
    const imp = rnd() < 0.55;
    const declared = start + Math.floor(rnd() * opts.days * 1440) * 60_000;
    // A fifth declared before the goods arrived (提前申报).
    const arrival = declared + (rnd() < 0.2 ? Math.round(rnd() * 90) : -Math.round(rnd() * 8 * 60)) * 60_000;
    const inspected = rnd() < 0.3;
    const inspStart = declared + Math.round(rnd() * 5 * 60) * 60_000;
    const inspEnd = inspStart + Math.round((0.5 + rnd() * 6) * 60) * 60_000;
    const released = Math.max(inspected ? inspEnd : declared, arrival) + Math.round(rnd() * (imp ? 20 : 3) * 60) * 60_000;
    const exit = released + Math.round(rnd() * 30 * 60) * 60_000;
    const blank = rnd();
    out.push({
      no: `${imp ? 'I' : 'E'}${String(100000 + i)}`,
      direction: imp ? '进口' : '出口',
      port: ports[i % ports.length]!,
      inspected: inspected ? '是' : '否',
      arrival: blank < 0.08 ? '' : stampText(arrival),
      declared: stampText(declared),
      inspectionStart: inspected ? stampText(inspStart) : '',
      inspectionEnd: inspected && blank > 0.04 ? stampText(inspEnd) : '',
      released: stampText(released),
      exit: blank > 0.9 ? '' : stampText(exit),
      company: `某某贸易有限公司${i}`,
    });
  }
  return out;
}
