import type BetterSqlite3 from 'better-sqlite3';
import type { SignedInUser } from '../../../shared/contract/trust';
import { formatTimestamp } from '../../../shared/domain/format';
import { appendAuditEntry, auditWho, notesOnly } from './auditLog';

/**
 * Failed sign-ins are recorded as bursts: one audit entry for a run of failures on one account from
 * one client, with how many, when and why, instead of one entry per guess (200 guesses made 200
 * entries and buried the log). A burst ends after a quiet minute, at the account's next success
 * from that client, or when the program closes; then it is written.
 */
export const BURST_QUIET_MS = 60_000;

export type FailureReason = '密码错误' | '用户名不存在' | '账户已停用' | '等待期间再次尝试';

interface Burst {
  username: string;
  client: string;
  host: string;
  user: SignedInUser | null;
  first: number;
  last: number;
  count: number;
  reasons: Map<FailureReason, number>;
}

export class FailedLoginBursts {
  readonly #open = new Map<string, Burst>();

  constructor(private readonly now: () => Date) {}

  static #key(username: string, client: string): string {
    return `${username.trim().toLowerCase()}\u0000${client}`;
  }

  add(username: string, client: string, host: string, user: SignedInUser | null, reason: FailureReason): void {
    const at = this.now().getTime();
    const key = FailedLoginBursts.#key(username, client);
    const b = this.#open.get(key) ?? { username, client, host, user, first: at, last: at, count: 0, reasons: new Map() };
    b.count += 1;
    b.last = at;
    b.user = user ?? b.user;
    b.reasons.set(reason, (b.reasons.get(reason) ?? 0) + 1);
    this.#open.set(key, b);
  }

  /** Bursts that are over: quiet for a minute, or (`all`) every one, as the program closes. */
  #take(done: (b: Burst, key: string) => boolean): Burst[] {
    const out: Burst[] = [];
    for (const [key, b] of this.#open) {
      if (!done(b, key)) continue;
      this.#open.delete(key);
      out.push(b);
    }
    return out;
  }

  /** Writes the bursts that have ended (or, at a success, that account's burst from that client). */
  flush(sqlite: BetterSqlite3.Database, options: { all?: boolean; endedBy?: { username: string; client: string } } = {}): number {
    const now = this.now().getTime();
    const ending = options.endedBy ? FailedLoginBursts.#key(options.endedBy.username, options.endedBy.client) : null;
    const ended = this.#take((b, key) => options.all === true || key === ending || now - b.last >= BURST_QUIET_MS);
    for (const b of ended) writeBurst(sqlite, b);
    return ended.length;
  }

  get pending(): number {
    return this.#open.size;
  }
}

function writeBurst(sqlite: BetterSqlite3.Database, b: Burst): void {
  const from = new Date(b.first).toISOString();
  const to = new Date(b.last).toISOString();
  const why = [...b.reasons].map(([reason, n]) => `${reason} ${n} 次`).join('，');
  const span = b.count === 1 ? formatTimestamp(from) : `${formatTimestamp(from)} 至 ${formatTimestamp(to)}`;
  appendAuditEntry(sqlite, {
    at: to,
    ...auditWho(b.user ?? null, b.username),
    host: b.host,
    action: 'loginFailed',
    input: { username: b.username, failures: b.count, from, to, client: b.client },
    changes: notesOnly([`${span}登录失败 ${b.count} 次（${why}）`]),
  });
}
