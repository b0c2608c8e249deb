import crypto from 'node:crypto';

interface SessionRecord {
  userId: number;
  lastSeen: number;
}

export type SessionLookup = { status: 'active'; userId: number } | { status: 'expired'; userId: number } | { status: 'none' };

/**
 * Signed-in sessions, in memory: a restart signs everyone out, and nothing secret is written to disk.
 * A session ends after `lockMinutes` without a call (the renderer shows the lock screen then, and
 * signing in again continues where the user was).
 */
export class SessionRegistry {
  readonly #sessions = new Map<string, SessionRecord>();

  constructor(private readonly now: () => Date) {}

  create(userId: number): string {
    const id = crypto.randomBytes(32).toString('base64url');
    this.#sessions.set(id, { userId, lastSeen: this.now().getTime() });
    return id;
  }

  /** Looks a session up and, when it is still active, counts this call as activity. */
  touch(id: string | null | undefined, lockMinutes: number): SessionLookup {
    if (!id) return { status: 'none' };
    const s = this.#sessions.get(id);
    if (!s) return { status: 'none' };
    const now = this.now().getTime();
    if (now - s.lastSeen > lockMinutes * 60_000) {
      this.#sessions.delete(id);
      return { status: 'expired', userId: s.userId };
    }
    s.lastSeen = now;
    return { status: 'active', userId: s.userId };
  }

  drop(id: string | null | undefined): void {
    if (id) this.#sessions.delete(id);
  }

  /** Ends a user's sessions (password reset, account disabled), except the one given. */
  dropUser(userId: number, except?: string | null): void {
    for (const [id, s] of this.#sessions) if (s.userId === userId && id !== except) this.#sessions.delete(id);
  }

  clear(): void {
    this.#sessions.clear();
  }
}

/**
 * Slows down guessing: after five wrong passwords in a row for a user name, that name is refused
 * for a minute. Kept in memory; a restart forgets it, which is fine for a program on one PC.
 */
export class LoginThrottle {
  readonly #failures = new Map<string, { count: number; blockedUntil: number }>();
  static readonly MAX_FAILURES = 5;
  static readonly BLOCK_MS = 60_000;

  constructor(private readonly now: () => Date) {}

  blockedSeconds(username: string): number {
    const f = this.#failures.get(username.toLowerCase());
    if (!f) return 0;
    const left = f.blockedUntil - this.now().getTime();
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  fail(username: string): void {
    const key = username.toLowerCase();
    const f = this.#failures.get(key) ?? { count: 0, blockedUntil: 0 };
    f.count += 1;
    if (f.count >= LoginThrottle.MAX_FAILURES) {
      f.blockedUntil = this.now().getTime() + LoginThrottle.BLOCK_MS;
      f.count = 0;
    }
    this.#failures.set(key, f);
  }

  succeed(username: string): void {
    this.#failures.delete(username.toLowerCase());
  }
}
