import { describe, expect, it } from 'vitest';
import { briefingQueryParams, periodForMonth, presetPeriod, readBriefingQuery } from '../../renderer/src/pages/briefing/briefingUrlState';
import { briefingFileName, briefingTitle } from '../../shared/domain/briefing/naming';
import { briefingFooterTemplate, briefingPrintAddress, briefingPrintHash, decodeBriefingFromUrl, encodeBriefingForUrl } from '../../shared/domain/briefing/printLayout';

const TODAY = '2025-07-10';

describe('briefing presets', () => {
  it('pick the last complete week, month, quarter, year and 1–N月累计', () => {
    expect(presetPeriod('lastWeek', TODAY)).toEqual({ kind: 'week', from: '2025-06-30', to: '2025-07-06' });
    expect(presetPeriod('lastMonth', TODAY)).toEqual({ kind: 'month', from: '2025-06-01', to: '2025-06-30' });
    expect(presetPeriod('lastQuarter', TODAY)).toEqual({ kind: 'quarter', from: '2025-04-01', to: '2025-06-30' });
    expect(presetPeriod('lastYear', TODAY)).toEqual({ kind: 'year', from: '2024-01-01', to: '2024-12-31' });
    expect(presetPeriod('ytd', TODAY)).toEqual({ kind: 'ytd', from: '2025-01-01', to: '2025-06-30' });
    expect(periodForMonth('ytd', '2025-03')).toEqual({ kind: 'ytd', from: '2025-01-01', to: '2025-03-31' });
    expect(periodForMonth('month', '2024-02')).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
  });

  it('round-trip through the URL, and fall back to last month for a period that does not fit its kind', () => {
    const q = { portId: null, preset: 'ytd' as const, period: presetPeriod('ytd', TODAY) };
    expect(readBriefingQuery(new URLSearchParams(briefingQueryParams(q)), TODAY, 1)).toEqual(q);
    const broken = readBriefingQuery(new URLSearchParams({ port: '2', kind: 'month', from: '2025-06-02', to: '2025-06-30' }), TODAY, 1);
    expect(broken).toEqual({ portId: 2, preset: 'lastMonth', period: presetPeriod('lastMonth', TODAY) });
    expect(readBriefingQuery(new URLSearchParams({ kind: 'month', from: '2025-06-01', to: '2025-06-30' }), TODAY, 3)).toMatchObject({ portId: 3, preset: 'lastMonth' });
  });
});

describe('briefing names and print layout', () => {
  it('titles and file names read as officials write them, with no character Windows refuses', () => {
    expect(briefingTitle('樟木口岸', '2025年6月')).toBe('樟木口岸通关情况简报（2025年6月）');
    expect(briefingFileName('樟木口岸', '2025年6月')).toBe('樟木口岸通关简报_2025年6月.pdf');
    expect(briefingFileName('全部口岸', '2025年1–6月累计')).toBe('全部口岸通关简报_2025年1–6月累计.pdf');
    expect(briefingFileName('A/B:口岸?', '2025年')).toBe('A_B_口岸_通关简报_2025年.pdf');
  });

  it('the footer carries page numbers, the date produced and the font it is given', () => {
    const html = briefingFooterTemplate({ producedLabel: '2025年7月1日<', fontFaceCss: '@font-face{x}' });
    expect(html).toContain('第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页');
    expect(html).toContain('生成日期：2025年7月1日&lt;');
    expect(html.startsWith('<style>@font-face{x}')).toBe(true);
    expect(html).not.toContain('演示');
    expect(briefingFooterTemplate({ producedLabel: '2025年7月1日', includesDemo: true })).toContain('<span>含演示数据（虚构）</span>');
    const ytd = { portId: null, period: { kind: 'ytd', from: '2025-01-01', to: '2025-06-30' } };
    expect(briefingPrintHash(ytd)).toBe('port=all&kind=ytd&from=2025-01-01&to=2025-06-30');
    expect(briefingPrintAddress(ytd, 'abc')).toBe('print.html#port=all&kind=ytd&from=2025-01-01&to=2025-06-30&data=abc');
  });

  it('carries a briefing in a URL and back, Chinese and all, in URL-safe characters', () => {
    const value = { title: '樟木口岸通关情况简报（2025年1–6月累计）', summary: '同比增长12.3%'.repeat(2000), n: [1, null, -2.5] };
    const text = encodeBriefingForUrl(value);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeBriefingFromUrl(text)).toEqual(value);
    expect(() => decodeBriefingFromUrl('not json!')).toThrow();
  });
});
