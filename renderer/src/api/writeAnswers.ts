import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';

/** A read's answer that a write handed back: the read (method and input) and its new answer. */
export interface PlacedAnswer {
  method: MethodName;
  input: unknown;
  value: unknown;
}

/**
 * The reads whose answer a write already returns. Putting them in the cache as they come means the
 * page that wrote shows the saved thing at once and does not ask the core for what it just sent.
 */
export function answersOfWrite(method: MethodName, input: unknown, value: unknown): PlacedAnswer[] {
  if (method === 'saveDay') {
    const sent = input as MethodInput<'saveDay'>;
    const answer = value as MethodOutput<'saveDay'>;
    // A save that waits for the clerk to confirm its warnings stored nothing and returns no record.
    if (!('record' in answer)) return [];
    const key: MethodInput<'getDay'> = { portId: sent.portId, date: sent.date };
    return [{ method: 'getDay', input: key, value: answer.record }];
  }
  // Every write of one measure returns the whole measure as it now is.
  if (method === 'createMeasure' || method === 'updateMeasure' || method === 'changeMeasureStatus' || method === 'addMeasureProgress') {
    const measure = value as MethodOutput<'getMeasure'>;
    const key: MethodInput<'getMeasure'> = { id: measure.id };
    return [{ method: 'getMeasure', input: key, value: measure }];
  }
  // A settings save returns the settings as stored.
  if (method === 'updateTrustSettings') return [{ method: 'getTrustSettings', input: undefined, value }];
  if (method === 'updateBriefingLetterhead') return [{ method: 'getBriefingLetterhead', input: undefined, value }];
  return [];
}
