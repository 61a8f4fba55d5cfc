/** The heartbeat kafkajs hands a handler (`EachMessagePayload.heartbeat`, `EachBatchPayload.heartbeat`). */
export type Heartbeat = () => Promise<void>;

/** Errors kafkajs' heartbeat throws when the group is rebalancing (its `isRebalancing`). */
const REBALANCING = new Set(['REBALANCE_IN_PROGRESS', 'NOT_COORDINATOR_FOR_GROUP', 'ILLEGAL_GENERATION']);

export function isRebalancingError(error: unknown): boolean {
  return REBALANCING.has(String((error as { type?: unknown } | undefined)?.type));
}

export interface HeartbeatOptions {
  /** How often to call the heartbeat; kafkajs itself sends at most one per its `heartbeatInterval`. */
  everyMs: number;
  /** Told when a heartbeat finds the group rebalancing, so handlers can hand their records back. */
  onRebalance: () => void;
  /** Told about any other heartbeat failure (the session may still be alive). */
  onError?: (error: unknown) => void;
}

/**
 * Runs `task` while keeping the consumer's group membership alive: kafkajs 2.x sends no heartbeat
 * while a handler runs, so a handler longer than the session timeout would drop the member out of
 * its group and its partitions would be crawled twice. Heartbeats never overlap.
 */
export async function whileHeartbeating<T>(heartbeat: Heartbeat, options: HeartbeatOptions, task: () => Promise<T>): Promise<T> {
  let beating = false;
  const beat = async () => {
    if (beating) return;
    beating = true;
    try {
      await heartbeat();
    } catch (error) {
      if (isRebalancingError(error)) options.onRebalance();
      else options.onError?.(error);
    } finally {
      beating = false;
    }
  };
  const timer = setInterval(() => void beat(), options.everyMs);
  try {
    return await task();
  } finally {
    clearInterval(timer);
  }
}
