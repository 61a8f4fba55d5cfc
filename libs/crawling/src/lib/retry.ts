export interface RetrySettings {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Milliseconds a Retry-After header asks for (delta-seconds or an HTTP date), undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Delay before retry number `retry` (1 for the first): exponential backoff with full jitter, so
 * many crawlers failing together do not come back in step; a server's Retry-After, when longer, wins.
 */
export function retryDelayMs(retry: number, settings: RetrySettings, retryAfterMs?: number, random = Math.random): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (retry - 1));
  return Math.max(Math.round(ceiling * random()), retryAfterMs ?? 0);
}
