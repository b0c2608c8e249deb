import { describe, expect, it } from 'vitest';
import { calendarWeeks, heatLevels, heatStep } from '../../renderer/src/pages/calendar/monthLayout';

describe('month calendar layout', () => {
  it('lays a month out Monday to Sunday with padding', () => {
    // June 2025 starts on a Sunday and ends on a Monday.
    const weeks = calendarWeeks('2025-06');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2025-06-01']);
    expect(weeks[5]).toEqual(['2025-06-30', null, null, null, null, null, null]);
    // February 2021 is exactly four weeks from a Monday.
    expect(calendarWeeks('2021-02').map((w) => w[0])).toEqual(['2021-02-01', '2021-02-08', '2021-02-15', '2021-02-22']);
  });

  it('scales heat to the busiest day, with nothing recorded kept apart from zero', () => {
    expect(heatLevels([100, null, 50, 0])).toEqual([1, null, 0.5, 0]);
    expect(heatLevels([0, 0, null])).toEqual([0, 0, null]);
    expect([null, 0, 0.1, 0.5, 0.8, 1].map(heatStep)).toEqual([0, 1, 2, 3, 5, 5]);
  });
});
