import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { briefingSummary, comparisonClause, type SummaryFigure, type SummaryInput } from '../../shared/domain/briefing/summary';

const JUNE = { kind: 'month', from: '2025-06-01', to: '2025-06-30' } as const;

function value(current: number | null, yoyPct: number | null, momPct: number | null = null): SummaryFigure {
  return { label: '进出口货值', kind: 'yuan', current, yoyPct, momPct };
}

function summary(figures: SummaryFigure[], extra: Partial<SummaryInput> = {}): string {
  return briefingSummary({ subject: '樟木口岸', period: JUNE, figures, ...extra });
}

describe('briefing summary prose', () => {
  it('words growth as 增长 with the figure in 亿元', () => {
    expect(summary([value(245_000_000, 12.34, 3.06)])).toBe('本月樟木口岸进出口货值 2.45 亿元，同比增长12.3%，环比增长3.1%。');
  });

  it('words a decline as 下降 with the magnitude, never 增长-', () => {
    const text = summary([value(8_000_000, -5, -12.25)]);
    expect(text).toBe('本月樟木口岸进出口货值 800.00 万元，同比下降5.0%，环比下降12.3%。');
    expect(text).not.toMatch(/增长\s*-|-\d/);
  });

  it('says 持平 when nothing changed, also when the change rounds to zero', () => {
    expect(summary([value(100_000_000, 0, 0.04)])).toBe('本月樟木口岸进出口货值 1.00 亿元，同比持平，环比持平。');
    expect(summary([value(100_000_000, -0.04, null)])).toBe('本月樟木口岸进出口货值 1.00 亿元，同比持平。');
  });

  it('gives no percentage without a base: 上年同期无可比数据', () => {
    const text = summary([value(100_000_000, null, 8)]);
    expect(text).toBe('本月樟木口岸进出口货值 1.00 亿元，上年同期无可比数据，环比增长8.0%。');
    expect(text).not.toMatch(/Infinity|NaN|—/);
    expect(summary([value(100_000_000, null, null)])).toBe('本月樟木口岸进出口货值 1.00 亿元，上年同期无可比数据。');
  });

  it('joins several figures with ；, leaves out figures nobody entered, and words clearance times as 缩短/延长', () => {
    const text = summary(
      [
        value(245_000_000, 12.3),
        { label: '进出口货运量', kind: 'kg', current: null, yoyPct: null, momPct: null },
        { label: '出入境人员', kind: 'persons', current: 42_000, yoyPct: -2, momPct: null },
      ],
      { times: [{ label: '进口整体通关时间', kind: 'centihours', current: 1250, yoyPct: -8, momPct: 2 }] },
    );
    expect(text).toBe(
      '本月樟木口岸进出口货值 2.45 亿元，同比增长12.3%；出入境人员 4.20 万人次，同比下降2.0%；进口整体通关时间平均 12.50 小时，同比缩短8.0%，环比延长2.0%。',
    );
  });

  it('says so when there are no figures at all', () => {
    expect(summary([value(null, null)])).toBe('本月樟木口岸暂无通关数据记录。');
  });

  it('opens a cumulative period with its months and 累计', () => {
    const text = briefingSummary({ subject: '樟木口岸', period: { kind: 'ytd', from: '2025-01-01', to: '2025-06-30' }, figures: [value(245_000_000, 5)] });
    expect(text).toBe('2025年1–6月，樟木口岸累计进出口货值 2.45 亿元，同比增长5.0%。');
  });

  it('adds the days open and closed with why, the 5+2 coverage and the missing days', () => {
    const text = summary([value(245_000_000, 12.3)], {
      openDays: 28,
      closedDays: 2,
      closureReasons: [
        { reason: '道路塌方', days: 1 },
        { reason: '降雪封路', days: 1 },
      ],
      restDays: 9,
      restDaysOpen: 8,
      missingDays: 3,
    });
    expect(text).toContain('本月口岸开放 28 天，因道路塌方、降雪封路闭关 2 天。');
    expect(text).toContain('“5+2”无休通关方面，9 个休息日（周末及节假日）中口岸开放 8 天，覆盖率 88.9%。');
    expect(text).toContain('本月尚有 3 天数据未录入');
    expect(summary([value(1, 1)], { openDays: 30, closedDays: 0 })).toContain('本月口岸开放 30 天，未发生闭关。');
  });

  it('never writes NaN, Infinity, — or a signed change, whatever the figures', () => {
    const pct = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: null }), pct, pct, (current, yoy, mom) => {
        const text = summary([value(current, yoy, mom)]);
        expect(text).not.toMatch(/NaN|Infinity|—|增长-|下降-|[+]/);
        expect(text.endsWith('。')).toBe(true);
      }),
    );
  });

  it('comparisonClause words each case', () => {
    expect(comparisonClause(12.3, -5)).toBe('同比增长12.3%，环比下降5.0%');
    expect(comparisonClause(null, null)).toBe('上年同期无可比数据');
    expect(comparisonClause(0, null)).toBe('同比持平');
  });
});

describe('briefing summary without figures to speak of', () => {
  it('starts with the closures when no figures are available, and never claims none were entered', () => {
    const text = briefingSummary({ subject: '樟木口岸', period: JUNE, figures: null, closedDays: 2, closureReasons: [{ reason: '道路塌方', days: 2 }] });
    expect(text).toBe('本月因道路塌方闭关 2 天。');
    expect(briefingSummary({ subject: '樟木口岸', period: JUNE, figures: null })).toBe('本月樟木口岸暂无可汇总的通关数据。');
  });
});
