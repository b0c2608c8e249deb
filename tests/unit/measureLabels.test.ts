import { describe, expect, it } from 'vitest';
import { labelWidth, layoutMeasureLabels, MIN_LABEL_ROOM } from '../../renderer/src/components/charts/measureLabels';

describe('layoutMeasureLabels', () => {
  it('keeps a lone title whole when it has room', () => {
    expect(layoutMeasureLabels([{ x: 100, label: 'M01 "5+2" 全年无休通关' }], 800)).toEqual([
      { x: 100, text: 'M01 "5+2" 全年无休通关', title: 'M01 "5+2" 全年无休通关', count: 1 },
    ]);
  });

  it('collapses markers too close together into a count, every title in the tooltip', () => {
    const labels = layoutMeasureLabels(
      [
        { x: 300, label: 'M03 提前申报' },
        { x: 100, label: 'M01 两步申报' },
        { x: 120, label: 'M02 单一窗口' },
      ],
      800,
    );
    expect(labels.map((l) => [l.x, l.text, l.count])).toEqual([
      [100, '2 项措施', 2],
      [300, 'M03 提前申报', 1],
    ]);
    expect(labels[0]!.title).toBe('M01 两步申报\nM02 单一窗口');
  });

  it('never lets a title run into the next one (property over random markers)', () => {
    for (let run = 0; run < 200; run++) {
      const markers = Array.from({ length: 1 + (run % 25) }, (_, i) => ({ x: ((run * 37 + i * 53) % 700) + 10, label: `M${i} 农副产品绿色通道优先查验` }));
      const labels = layoutMeasureLabels(markers, 720);
      for (let i = 1; i < labels.length; i++) {
        const prev = labels[i - 1]!;
        expect(labels[i]!.x - prev.x).toBeGreaterThanOrEqual(MIN_LABEL_ROOM);
        expect(prev.x + 3 + labelWidth(prev.text)).toBeLessThanOrEqual(labels[i]!.x + 3);
      }
      expect(labels.reduce((n, l) => n + l.count, 0)).toBe(markers.length);
    }
  });
});
