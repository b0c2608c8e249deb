import { AppError } from '../../../../../shared/contract/result';

/**
 * A file the import will not read, with the reason in Chinese and, where there are several (merged
 * ranges, repeated days), the list of places to fix. Nothing is written when a file is refused.
 */
export function refuse(message: string, details: string[] = []): AppError {
  return new AppError('INVALID_INPUT', message, undefined, details);
}

/** At most this many places are listed; the message says how many there are in all. */
export const MAX_DETAILS = 20;

export function listed(details: string[]): string[] {
  if (details.length <= MAX_DETAILS) return details;
  return [...details.slice(0, MAX_DETAILS), `……另有 ${details.length - MAX_DETAILS} 处`];
}
