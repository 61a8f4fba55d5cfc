import { FetchError, FetchOptions, FetchedPage, NotModified, WebClient } from './fetch-page';
import { HostGate } from './host-gate';
import { RetrySettings, retryDelayMs } from './retry';
import { RobotsPolicy } from './robots';

/** What a caller of the polite fetch path may add: a signal that, once aborted, ends its waits with the signal's reason. */
export interface PoliteFetchOptions {
  yieldSignal?: AbortSignal;
}

export interface PoliteFetcherSettings {
  /** Least time between two fetches from one host (Crawl-delay, when longer, wins). */
  minHostDelayMs: number;
  retry: RetrySettings;
}

/** Failures a later attempt may not repeat: network trouble, timeouts, 5xx, 408 and 429. */
export function isRetryable(error: FetchError): boolean {
  if (error.failure === 'network' || error.failure === 'timeout') return true;
  const status = error.status ?? 0;
  return error.failure === 'http_status' && (status >= 500 || status === 408 || status === 429);
}

/**
 * The polite fetch of one URL: robots.txt checked for it and every redirect hop, each hop's host's
 * turn and delay awaited (HostGate), retries with exponential backoff and jitter on retryable failures
 * (Retry-After honoured), each backoff persisted as a hold on the host.
 */
export class PoliteFetcher {
  constructor(
    readonly client: WebClient,
    readonly robots: RobotsPolicy,
    private readonly gate: HostGate,
    private readonly settings: PoliteFetcherSettings,
    private readonly random = Math.random,
  ) {}

  async fetch(url: string, options: Omit<FetchOptions, 'permit' | 'turn' | 'validators'> & PoliteFetchOptions): Promise<FetchedPage> {
    const page = await this.fetchIfModified(url, options);
    if ('notModified' in page) throw new FetchError('http_status', `HTTP 304 from ${url} to an unconditional GET`, 304);
    return page;
  }

  /**
   * With `yieldSignal`: once it aborts, waits for a host's turn, a free slot or a retry end at once
   * and the fetch fails with the signal's reason (its record handed back, not failed); a request
   * already sent runs to its end (FETCH_TIMEOUT_MS at most).
   */
  async fetchIfModified(url: string, { yieldSignal, ...options }: Omit<FetchOptions, 'permit' | 'turn'> & PoliteFetchOptions): Promise<FetchedPage | NotModified> {
    const target = new URL(url);
    const permit = (hop: URL) => this.robots.permit(hop);
    // Every hop waits for its own host's turn and delay, so a redirect to another host is as polite as a direct fetch.
    const turn = async <T>(hop: URL, send: () => Promise<T>) => this.gate.run(hop.host, await this.hostDelayMs(hop), send, yieldSignal);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.client.fetchIfModified(url, { ...options, permit, turn });
      } catch (error) {
        // The client reports an abandoned wait as a fetch failure; it is a hand-back.
        if (yieldSignal?.aborted) throw yieldSignal.reason;
        if (!(error instanceof FetchError) || !isRetryable(error)) throw error;
        const waitMs = retryDelayMs(attempt, this.settings.retry, error.retryAfterMs, this.random);
        await this.gate.hold(target.host, new Date(Date.now() + waitMs), `${error.failure} ${error.status ?? ''}`.trim());
        if (attempt >= this.settings.retry.attempts) throw error;
      }
    }
  }

  private async hostDelayMs(url: URL): Promise<number> {
    return Math.max(this.settings.minHostDelayMs, await this.robots.crawlDelayMs(url));
  }
}
