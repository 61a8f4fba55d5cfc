import { ConsumerEventName, ConsumerStateTracker } from './consumer-state';

export type HandBackReason = 'stopping' | 'rebalancing';

/**
 * Thrown by a handler that gives its record back uncommitted, because the service is stopping or the
 * group is taking its partitions away: Kafka redelivers the record, here or to another member. It is
 * never a failure of the record: never retried in place, never dead-lettered.
 */
export class HandBackError extends Error {
  readonly handBack = true;

  constructor(readonly reason: HandBackReason) {
    super(reason === 'stopping' ? 'the service is stopping: record handed back' : 'the group is rebalancing: record handed back');
  }
}

/** Whether an error means "handed back", whatever copy of this module threw it. */
export function isHandBack(error: unknown): boolean {
  return error instanceof HandBackError || (typeof error === 'object' && error !== null && (error as { handBack?: unknown }).handBack === true);
}

/** The instrumentation events a kafkajs consumer emits, as `consumer.on` and `consumer.events` expose them. */
export interface InstrumentedConsumer {
  events: Record<string, string>;
  on(event: string, listener: (event: { payload?: Record<string, unknown> }) => void): unknown;
}

const TRACKED_EVENTS: ConsumerEventName[] = ['GROUP_JOIN', 'REBALANCING', 'CRASH', 'STOP', 'DISCONNECT', 'CONNECT'];

/**
 * A stage's consumer seen from the rest of the service: its state (for readiness) and the signal its
 * handlers watch while they wait (host turns, backoffs). The signal aborts, with a HandBackError as
 * its reason, when the service begins to stop (for good) or when a heartbeat finds the group
 * rebalancing (until the consumer has rejoined), so no handler holds a partition the group wants back.
 */
export class ConsumerLifecycle {
  readonly state: ConsumerStateTracker;
  private controller = new AbortController();
  private stopping = false;
  private attached = false;
  private readonly stopListeners: (() => void)[] = [];

  /** `stallMs`: see ConsumerStateTracker (CONSUMER_STALL_MS); none by default. */
  constructor(readinessGraceMs: number, { clock, stallMs }: { clock?: () => Date; stallMs?: number } = {}) {
    this.state = new ConsumerStateTracker(readinessGraceMs, clock, stallMs);
  }

  /** Runs a record's (or a batch's) handling, counted for stall detection. */
  async tracking<T>(handle: () => Promise<T>): Promise<T> {
    this.state.handlerStarted();
    try {
      return await handle();
    } finally {
      this.state.handlerEnded();
    }
  }

  /** Whether a consumer reports to this lifecycle (services that consume nothing have none). */
  get consuming(): boolean {
    return this.attached;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** What in-flight handlers watch: aborted while they should hand their records back. */
  get yieldSignal(): AbortSignal {
    return this.controller.signal;
  }

  /** Follows a kafkajs consumer's instrumentation events. */
  attach(consumer: InstrumentedConsumer): void {
    this.attached = true;
    for (const name of TRACKED_EVENTS) {
      consumer.on(consumer.events[name], (event) => this.observe(name, event.payload));
    }
  }

  observe(name: ConsumerEventName, payload?: Record<string, unknown>): void {
    this.state.observe(name, payload);
    if (name === 'GROUP_JOIN') this.rejoined();
    if (name === 'REBALANCING') this.rebalancing();
  }

  /** The group is rebalancing (a heartbeat said so): in-flight waits give their records back. */
  rebalancing(): void {
    if (!this.controller.signal.aborted) this.controller.abort(new HandBackError('rebalancing'));
  }

  /** Calls `listener` when shutdown begins (e.g. to flush a write buffer that in-flight records wait on). */
  onStop(listener: () => void): void {
    this.stopListeners.push(listener);
  }

  /** Shutdown began: no handler starts waiting any more, every wait in flight hands its record back. */
  beginStop(): void {
    if (this.stopping) return;
    this.stopping = true;
    for (const listener of this.stopListeners) listener();
    this.state.markStopping();
    // Already aborted for a rebalance: it stays aborted, as no rejoin renews it any more.
    if (!this.controller.signal.aborted) this.controller.abort(new HandBackError('stopping'));
  }

  private rejoined(): void {
    if (!this.stopping && this.controller.signal.aborted) this.controller = new AbortController();
  }
}

