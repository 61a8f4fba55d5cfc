export interface PollSchedule {
  /** Spread of each delay, as a fraction: 0.1 puts the next poll within ±10% of the delay. */
  jitter: number;
  /** Longest wait after failures; a feed's own interval is never shortened by it. */
  maxBackoffMs: number;
}

/**
 * When to poll a feed next. After a success, its interval; after `failures` consecutive failures,
 * the interval doubled per failure up to the cap. A server's Retry-After is a floor. Jitter spreads
 * feeds that were added together so they do not stay in lockstep.
 */
export function nextPollAt(
  now: Date,
  intervalMs: number,
  failures: number,
  schedule: PollSchedule,
  random: () => number = Math.random,
  retryAfterMs = 0,
): Date {
  const backoff = failures === 0 ? intervalMs : Math.max(intervalMs, Math.min(schedule.maxBackoffMs, intervalMs * 2 ** failures));
  const jittered = backoff * (1 + schedule.jitter * (2 * random() - 1));
  return new Date(now.getTime() + Math.max(jittered, retryAfterMs));
}
