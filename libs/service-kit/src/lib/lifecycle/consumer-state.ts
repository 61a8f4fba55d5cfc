/**
 * Where a stage's Kafka consumer stands, from its instrumentation events (kafkajs `consumer.events`):
 * - `starting`: created, not yet in its group;
 * - `running`: joined its group and consuming;
 * - `rebalancing`: the group is rebalancing; it rejoins on its own;
 * - `restarting`: crashed on a retriable error; kafkajs restarts it;
 * - `crashed`: crashed for good (`restart: false`); nothing will consume until the process restarts;
 * - `stopped`: stopped or disconnected (shutdown, or a crash's disconnect before its restart);
 * - `stalled`: in its group, but records are in its handlers and none has finished for the stall
 *   limit: a handler waits on something that does not answer (or on an outage), the partition is stuck.
 */
export type ConsumerStatus = 'starting' | 'running' | 'rebalancing' | 'restarting' | 'crashed' | 'stopped' | 'stalled';

/** The kafkajs consumer events the tracker reads, by their `consumer.events` keys. */
export type ConsumerEventName = 'GROUP_JOIN' | 'REBALANCING' | 'CRASH' | 'STOP' | 'DISCONNECT' | 'CONNECT';

export interface ConsumerError {
  message: string;
  at: string;
}

export interface ConsumerStateSnapshot {
  state: ConsumerStatus;
  /** When the consumer entered this status (ISO 8601). */
  since: string;
  /** Whether the stage counts as consuming: running, or briefly starting, rebalancing or restarting (within the grace). */
  ready: boolean;
  groupId?: string;
  memberId?: string;
  /** The last error that crashed the consumer, kept after it recovers so the dashboard can show it. */
  lastError?: ConsumerError;
}

/**
 * Tracks a consumer's status from its events. Framework-free: `observe` takes the event name and
 * payload kafkajs emits; `snapshot` says whether the stage is consuming. A consumer that is
 * starting, rebalancing or restarting is given `graceMs` before it counts as not ready; a consumer
 * that crashed for good or stopped is not ready at once.
 */
export class ConsumerStateTracker {
  private status: ConsumerStatus = 'starting';
  private since: Date;
  private groupId?: string;
  private memberId?: string;
  private lastError?: ConsumerError;
  private stopping = false;
  private inFlight = 0;
  /** When a handler last finished, or the first of the records in flight started. */
  private lastProgress: Date;

  /** `stallMs`: how long records may sit in handlers with none finishing before the consumer counts as stalled. */
  constructor(
    private readonly graceMs: number,
    private readonly clock = () => new Date(),
    private readonly stallMs = Number.POSITIVE_INFINITY,
  ) {
    this.since = clock();
    this.lastProgress = this.since;
  }

  /** A record went into its handler. */
  handlerStarted(): void {
    if (this.inFlight === 0) this.lastProgress = this.clock();
    this.inFlight += 1;
  }

  /** A record's handler finished (done, dead-lettered or handed back). */
  handlerEnded(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.lastProgress = this.clock();
  }

  observe(event: ConsumerEventName, payload: Record<string, unknown> = {}): void {
    switch (event) {
      case 'GROUP_JOIN':
        this.groupId = stringOr(payload['groupId'], this.groupId);
        this.memberId = stringOr(payload['memberId'], this.memberId);
        return this.enter('running');
      case 'REBALANCING':
        return this.enter('rebalancing');
      case 'CRASH':
        this.lastError = { message: errorMessage(payload['error']), at: this.clock().toISOString() };
        return this.enter(payload['restart'] === false || this.stopping ? 'crashed' : 'restarting');
      case 'STOP':
      case 'DISCONNECT':
        // A crash disconnects the consumer before it restarts (or not): the crash's verdict stands.
        if (this.status !== 'crashed' && this.status !== 'restarting') this.enter('stopped');
        return;
      case 'CONNECT':
        if (this.status === 'stopped' && !this.stopping) this.enter('starting');
        return;
    }
  }

  /** The service is shutting down: what follows is a stop, not a restart. */
  markStopping(): void {
    this.stopping = true;
  }

  snapshot(): ConsumerStateSnapshot {
    const stalled = this.stall();
    if (stalled) return { state: 'stalled', since: stalled.since, ready: false, groupId: this.groupId, memberId: this.memberId, lastError: stalled.error };
    return {
      state: this.status,
      since: this.since.toISOString(),
      ready: this.isReady(),
      groupId: this.groupId,
      memberId: this.memberId,
      lastError: this.lastError,
    };
  }

  /** Running with records in its handlers, none finished for the stall limit. */
  private stall(): { since: string; error: ConsumerError } | undefined {
    const waitedMs = this.clock().getTime() - this.lastProgress.getTime();
    if (this.status !== 'running' || this.inFlight === 0 || waitedMs < this.stallMs) return undefined;
    const message = `no record has finished for ${Math.round(waitedMs / 1000)} s with ${this.inFlight} in its handlers: a handler is waiting on something that does not answer`;
    return { since: this.lastProgress.toISOString(), error: { message, at: this.clock().toISOString() } };
  }

  private isReady(): boolean {
    if (this.status === 'running') return true;
    if (this.status === 'crashed' || this.status === 'stopped') return false;
    return this.clock().getTime() - this.since.getTime() <= this.graceMs;
  }

  private enter(status: ConsumerStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.since = this.clock();
  }
}

function stringOr(value: unknown, fallback: string | undefined): string | undefined {
  return typeof value === 'string' && value ? value : fallback;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error ?? 'unknown error');
}
