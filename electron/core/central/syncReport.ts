/** What one sync did: counts of rows sent, received and compared, and every write refused. */
export interface SyncConflict {
  kind: 'port' | 'day' | 'document' | 'audit';
  /** for people: which port, day, entry, and why nothing was written */
  message: string;
}

export interface SyncReport {
  office: string;
  sent: { days: number; revisions: number; documents: number; auditEntries: number };
  pulled: { ports: number; days: number; revisions: number };
  /** other offices' measures brought home (new or changed) or removed because their office deleted them */
  pulledMeasures: number;
  /** other offices' ports whose calendar entries (regional days, duty, "5+2") were brought home anew */
  pulledCalendars: number;
  /** days read to compare the two sides: own days hashed against the server's, other ports' days fetched (0 and 0 when nothing changed anywhere) */
  compared: { ownDays: number; otherDays: number };
  conflicts: SyncConflict[];
}

export function emptyReport(office: string): SyncReport {
  return { office, sent: { days: 0, revisions: 0, documents: 0, auditEntries: 0 }, pulled: { ports: 0, days: 0, revisions: 0 }, pulledMeasures: 0, pulledCalendars: 0, compared: { ownDays: 0, otherDays: 0 }, conflicts: [] };
}

/** Rows per transaction: a run killed mid-sync loses at most the batch it was writing, which the next run sends again. */
export const SYNC_BATCH_DAYS = 500;

