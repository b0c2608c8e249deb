import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../shared/contract';

/** The object a method's input is, under optional / default / refine / pipe wrappers; null for other inputs. */
function inputShape(schema: z.ZodType): Record<string, unknown> | null {
  let s: unknown = schema;
  for (let depth = 0; depth < 8 && s; depth++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, unknown>;
    const def = (s as { def?: { innerType?: unknown; in?: unknown; schema?: unknown } }).def;
    s = def?.innerType ?? def?.in ?? def?.schema ?? null;
  }
  return null;
}

describe('contract inputs', () => {
  it('every write method has an object input to look into (so the next check sees them all)', () => {
    const unread = METHOD_NAMES.filter((m) => contract[m].write && inputShape(contract[m].input) === null);
    expect(unread).toEqual([]);
  });

  it('no method takes a typed name of who acts: the core records the signed-in user (ctx.actor)', () => {
    const withName = METHOD_NAMES.filter((m) => {
      const shape = inputShape(contract[m].input);
      return shape !== null && ('operator' in shape || 'actor' in shape);
    });
    expect(withName).toEqual([]);
  });
});
