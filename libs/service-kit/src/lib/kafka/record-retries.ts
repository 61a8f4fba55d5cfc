import type { DeadLetter } from '@newsflow/contracts';
import { retryDelayMs } from '@newsflow/crawling';
import { HandBackError, isHandBack } from '../lifecycle/consumer-lifecycle';
import { FailureClass, classifyFailure, describeError } from './failure-class';

/** How long a stage keeps trying a record that fails for no known reason before dead-lettering it. */
export interface RecordRetrySettings {
  /** Attempts in all (the first included) at a record failing for an unknown reason. */
  attempts: number;
  /** Time after the first such failure past which the record is given up. */
  maxMs: number;
  /** Ceiling of the first backoff delay (the delay is random below it); doubles per attempt. */
  baseDelayMs: number;
  /** Cap on the backoff delay, waits for an unavailable broker or store included. */
  maxDelayMs: number;
}

/** Why a record goes to the dead-letter topic instead of on. */
export interface GiveUp {
  errorClass: DeadLetter['errorClass'];
  reason: string;
  attempts: number;
  /** Set when the record was tried more than once. */
  firstError?: string;
  lastError?: string;
}

export interface RetryHooks {
  /** Sleeps between attempts; the receiver keeps the consumer in its group meanwhile. */
  wait: (ms: number) => Promise<void>;
  classify?: (error: unknown) => FailureClass;
  now?: () => number;
  /** When true, a failure is not waited on: the record is handed back to Kafka (HandBackError). */
  stopping?: () => boolean;
  onRetry?: (retry: { attempt: number; delayMs: number; failure: FailureClass; error: unknown }) => void;
}

/**
 * Runs `attempt` until it succeeds or the record has to be given up:
 * a refused record (bad_data, policy, or a stage's own transient verdict) at once; one failing for an
 * unknown reason after `attempts` tries or `maxMs`, as transient. An unavailable broker or store never
 * gives a record up: it is waited for with backoff, as long as it takes, so an outage costs no dead letter.
 * Resolves undefined on success, the verdict when the record must be dead-lettered.
 */
export async function attemptWithRetries(
  attempt: () => Promise<void>,
  settings: RecordRetrySettings,
  { wait, classify = classifyFailure, now = Date.now, stopping = () => false, onRetry }: RetryHooks,
): Promise<GiveUp | undefined> {
  let attempts = 0;
  let unknownFailures = 0;
  let firstError: string | undefined;
  let firstUnknownAt: number | undefined;
  for (;;) {
    attempts += 1;
    try {
      await attempt();
      return undefined;
    } catch (error) {
      // A handler giving its record back (the stage stopping, the group rebalancing) is neither a failure to retry nor a dead letter.
      if (isHandBack(error)) throw error;
      const failure = classify(error);
      const lastError = describeError(error);
      const retried = attempts > 1 ? { firstError, lastError } : {};
      const reason = error instanceof Error ? error.message : lastError;
      if (failure !== 'unknown' && failure !== 'infrastructure') return { errorClass: failure, reason, attempts, ...retried };
      firstError ??= lastError;
      if (failure === 'unknown') {
        unknownFailures += 1;
        firstUnknownAt ??= now();
        if (unknownFailures >= settings.attempts || now() - firstUnknownAt >= settings.maxMs) {
          return { errorClass: 'transient', reason, attempts, firstError, lastError };
        }
      }
      if (stopping()) throw new HandBackError('stopping');
      const delayMs = retryDelayMs(attempts, settings);
      onRetry?.({ attempt: attempts, delayMs, failure, error });
      await wait(delayMs);
    }
  }
}
