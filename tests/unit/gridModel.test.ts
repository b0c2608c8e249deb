import { describe, expect, it } from 'vitest';
import { checkRow, GRID_COLUMNS, parseClipboardBlock, pasteBlock, valuesToGridRow } from '../../renderer/src/pages/days/gridModel';
import { emptyDayValues } from '../../shared/domain/dailyFields';

const blank = () => valuesToGridRow(emptyDayValues());

describe('month grid model', () => {
  it('parses a block copied from Excel (tabs, CRLF, trailing newline)', () => {
    expect(parseClipboardBlock('是\t12.5\t3\r\n否\t\t\r\n')).toEqual([
      ['是', '12.5', '3'],
      ['否', '', ''],
    ]);
  });

  it('pastes a block from the chosen cell and drops what falls outside the grid', () => {
    const rows = [blank(), blank()];
    const start = GRID_COLUMNS.indexOf('personsIn');
    const { rows: next, overflow, touched } = pasteBlock(rows, 1, start, [['100', '120'], ['5', '6']]);
    expect(next[1]!.personsIn).toBe('100');
    expect(next[1]!.personsOut).toBe('120');
    expect(next[0]!.personsIn).toBe('');
    expect(overflow).toBe(true);
    expect(touched).toEqual([1]);
  });

  it('turns a row into stored integers with the shared rules', () => {
    const row = { ...blank(), portOpen: '是', importFreightKg: '12.345', importValueYuan: '1.5', personsIn: '1,400' };
    const r = checkRow(row);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.values.portOpen).toBe(true);
      expect(r.values.importFreightKg).toBe(12_345);
      expect(r.values.importValueYuan).toBe(15_000);
      expect(r.values.personsIn).toBe(1400);
    }
  });

  it('reports every bad cell of a row at once, in Chinese, per column', () => {
    const r = checkRow({ ...blank(), portOpen: '也许', personsIn: '-3', importFreightKg: '1.2345' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['importFreightKg', 'personsIn', 'portOpen']);
      expect(r.errors.portOpen).toBe('口岸开放请填“是”或“否”');
      expect(r.errors.personsIn).toMatch(/负数/);
      expect(r.errors.importFreightKg).toMatch(/3 位小数/);
    }
    const r2 = checkRow({ ...blank(), personsIn: '-3', importFreightKg: '1.2345' });
    expect(r2.ok).toBe(false);
    if (!r2.ok) {
      expect(r2.errors.personsIn).toMatch(/负数/);
      expect(r2.errors.importFreightKg).toMatch(/3 位小数/);
    }
  });

  it('checks the day’s rules on the cells that read, beside the cells that do not', () => {
    // a typo in one figure, and an open day with 0 hours: both at once
    const r = checkRow({ ...blank(), portOpen: '是', openCentihours: '0', personsIn: '12a' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['openCentihours', 'personsIn']);
      expect(r.errors.openCentihours).toBe('口岸开放时，开放时长应大于 0');
    }
  });
});
