/** Where per-host "not before" times (politeness delay, backoff, Retry-After) outlive the process. */
export interface HostStateStore {
  nextAllowedAt(host: string): Promise<Date | undefined>;
  /** Keeps the later of the stored time and `until`: a hold is never shortened. */
  hold(host: string, until: Date, reason: string): Promise<void>;
}

export interface HostGateSettings {
  /** Fetches running at once on this instance, all hosts together. */
  globalConcurrency: number;
  /** Longest this instance waits for a host to become fetchable; beyond it the request fails as transient. */
  maxWaitMs: number;
}

/** A host asked us to stay away (Retry-After, backoff) for longer than we wait. */
export class HostBackingOffError extends Error {
  constructor(
    readonly host: string,
    readonly until: Date,
  ) {
    super(`${host} is backing off until ${until.toISOString()}`);
  }
}

/**
 * Per-host politeness on one instance: one fetch per host at a time, none before the host's
 * persisted "not before" time, and at most `globalConcurrency` fetches in all. After each fetch
 * the host is held for its delay (the larger of the minimum delay and its Crawl-delay).
 */
export class HostGate {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;

  constructor(
    private readonly store: HostStateStore,
    private readonly settings: HostGateSettings,
    private readonly clock = () => Date.now(),
  ) {}

  /**
   * Runs `task` when `host` may be fetched, then holds the host for `delayMs`. When `signal` aborts,
   * a wait for the host or for a free slot ends at once with the signal's reason (a crawl handing
   * its record back); a task already running is not interrupted.
   */
  run<T>(host: string, delayMs: number, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const previous = this.queues.get(host) ?? Promise.resolve();
    const turn = previous.catch(() => undefined).then(() => this.take(host, delayMs, task, signal));
    const tail = turn.catch(() => undefined);
    this.queues.set(host, tail);
    void tail.then(() => {
      if (this.queues.get(host) === tail) this.queues.delete(host);
    });
    return turn;
  }

  /** Keeps everyone off `host` until `until` (persisted: a restarted or other instance honours it). */
  hold(host: string, until: Date, reason: string): Promise<void> {
    return this.store.hold(host, until, reason);
  }

  private async take<T>(host: string, delayMs: number, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.waitUntilAllowed(host, signal);
    await this.acquire(signal);
    try {
      return await task();
    } finally {
      this.release();
      await this.hold(host, new Date(this.clock() + delayMs), 'politeness delay');
    }
  }

  private async waitUntilAllowed(host: string, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const until = await this.store.nextAllowedAt(host);
    if (!until) return;
    const waitMs = until.getTime() - this.clock();
    if (waitMs > this.settings.maxWaitMs) throw new HostBackingOffError(host, until);
    if (waitMs > 0) await abortable(signal, (resolve) => setTimeout(resolve, waitMs), clearTimeout);
  }

  private async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.running < this.settings.globalConcurrency) {
      this.running += 1;
      return;
    }
    const leaveQueue = (resolve: () => void) => {
      const place = this.waiting.indexOf(resolve);
      if (place >= 0) this.waiting.splice(place, 1);
    };
    await abortable(signal, (resolve) => {
      this.waiting.push(resolve);
      return resolve;
    }, leaveQueue);
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}

/** A wait (`start` returns its handle, `cancel` undoes it) that ends early, rejected with the signal's reason, when `signal` aborts. */
function abortable<H>(signal: AbortSignal | undefined, start: (resolve: () => void) => H, cancel: (handle: H) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      cancel(handle);
      reject(signal?.reason);
    };
    const handle = start(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
