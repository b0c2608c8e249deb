/**
 * Slows down password guessing with growing delays, per account and per client, without letting
 * someone else's guesses lock the real user out.
 *
 * A client is a browser (its long-lived client cookie) or the desktop window. A client that has
 * signed in to an account before is trusted for it (OWASP's "device cookie"): its failures count in
 * a bucket of its own, so guesses from elsewhere never delay it. Every other client shares one
 * bucket per account, since a guesser can always show up as a new client. Across accounts, a
 * client's failures count too (one client trying many names).
 *
 * After a few free failures each one doubles the wait (1 s, 2 s, 4 s … up to 15 minutes); a
 * success clears the bucket. In memory: a restart forgets it, as it forgets sessions.
 */
const ACCOUNT_FREE_FAILURES = 3;
const CLIENT_FREE_FAILURES = 10;
const MAX_DELAY_MS = 15 * 60_000;

interface Bucket {
  failures: number;
  lastAt: number;
}

export function delayAfter(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(1000 * 2 ** (failures - free), MAX_DELAY_MS);
}

export class LoginThrottle {
  readonly #buckets = new Map<string, Bucket>();
  /** client id → the accounts it has signed in to */
  readonly #trusted = new Map<string, Set<string>>();

  constructor(private readonly now: () => Date) {}

  #keys(username: string, client: string | null): { account: string; client: string } {
    const name = username.trim().toLowerCase();
    const trusted = client !== null && this.#trusted.get(client)?.has(name) === true;
    return { account: `a:${name}:${trusted ? client : '*'}`, client: `c:${trusted ? client : '*'}` };
  }

  #wait(key: string, free: number): number {
    const b = this.#buckets.get(key);
    if (!b) return 0;
    return Math.max(0, b.lastAt + delayAfter(b.failures, free) - this.now().getTime());
  }

  /** Seconds this client must wait before it may try this account again (0: it may try now). */
  waitSeconds(username: string, client: string | null): number {
    const keys = this.#keys(username, client);
    return Math.ceil(Math.max(this.#wait(keys.account, ACCOUNT_FREE_FAILURES), this.#wait(keys.client, CLIENT_FREE_FAILURES)) / 1000);
  }

  fail(username: string, client: string | null): void {
    const at = this.now().getTime();
    for (const key of Object.values(this.#keys(username, client))) {
      const b = this.#buckets.get(key) ?? { failures: 0, lastAt: at };
      b.failures += 1;
      b.lastAt = at;
      this.#buckets.set(key, b);
    }
  }

  /** A success clears this client's buckets and trusts it for the account from now on. */
  succeed(username: string, client: string | null): void {
    for (const key of Object.values(this.#keys(username, client))) this.#buckets.delete(key);
    if (client === null) return;
    const name = username.trim().toLowerCase();
    const accounts = this.#trusted.get(client) ?? new Set<string>();
    accounts.add(name);
    this.#trusted.set(client, accounts);
    for (const key of Object.values(this.#keys(username, client))) this.#buckets.delete(key);
  }
}
