/** How many failed attempts a client may make in a window before it must wait for the window's end. */
export interface FailureLimit {
  maxFailures: number;
  windowMs: number;
  /** Clients remembered at most; beyond it the oldest windows are forgotten (bounded memory under a flood). */
  maxClients?: number;
}

interface Window {
  failures: number;
  endsAt: number;
}

/**
 * Counts failed authentications per client in fixed windows. A client that failed `maxFailures` times
 * is refused until its window ends, whatever it presents, so a token cannot be guessed faster than
 * `maxFailures` tries per window. Successes are not counted: an admin with the right token is never slowed.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: FailureLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the client may try again; 0 when it may try now. */
  retryAfterMs(client: string): number {
    const window = this.current(client);
    return window && window.failures >= this.limit.maxFailures ? window.endsAt - this.now() : 0;
  }

  recordFailure(client: string): void {
    const window = this.current(client) ?? { failures: 0, endsAt: this.now() + this.limit.windowMs };
    window.failures++;
    // Re-inserted last, so the map's first keys are the least recently failing clients.
    this.windows.delete(client);
    this.windows.set(client, window);
    this.evict();
  }

  private current(client: string): Window | undefined {
    const window = this.windows.get(client);
    if (window && window.endsAt <= this.now()) {
      this.windows.delete(client);
      return undefined;
    }
    return window;
  }

  private evict(): void {
    const max = this.limit.maxClients ?? 10_000;
    for (const client of this.windows.keys()) {
      if (this.windows.size <= max) break;
      this.windows.delete(client);
    }
  }
}
