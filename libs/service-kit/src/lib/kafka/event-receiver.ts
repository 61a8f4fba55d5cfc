import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import {
  CORRELATION_ID_LIMIT,
  ConsumingStage,
  DEAD_LETTER_PAYLOAD_LIMIT,
  DEAD_LETTER_TEXT_LIMIT,
  DEAD_LETTER_TOPIC,
  DEAD_LETTER_VERSION,
  DeadLetter,
  EventHeaders,
  ReceivedEventOf,
  TopicName,
  newEnvelope,
  parseEvent,
  withCorrelation,
} from '@newsflow/contracts';
import { ConsumerLifecycle } from '../lifecycle/consumer-lifecycle';
import { StageMetrics } from '../metrics/stage-metrics';
import { EventPublisher } from './event-publisher';
import { BadRecordError, describeError } from './failure-class';
import { GiveUp, RecordRetrySettings, attemptWithRetries } from './record-retries';
import { RECORD_RETRIES, SERVICE_NAME } from './tokens';

/** Longest sleep between two heartbeats while a record waits for its next attempt (the session timeout is 30 s). */
const HEARTBEAT_EVERY_MS = 3_000;
/** Heartbeat answers meaning the group is rebalancing: the record is handed back, not retried here. */
const REBALANCING = new Set(['REBALANCE_IN_PROGRESS', 'UNKNOWN_MEMBER_ID', 'ILLEGAL_GENERATION', 'FENCED_INSTANCE_ID']);

/**
 * The receiving side of every stage: validates each record against its topic's contract, runs the
 * stage's handler with classified, bounded retries (see attemptWithRetries), and dead-letters what is
 * refused or keeps failing, so the partition goes on. While Kafka or MongoDB is unavailable a record
 * waits, in its group, as long as it takes; when the service begins to stop or the group takes the
 * partition away (the consumer's lifecycle), it is handed back to Kafka (not committed) at once.
 */
@Injectable()
export class EventReceiver {
  private readonly logger = new Logger(EventReceiver.name);

  constructor(
    private readonly publisher: EventPublisher,
    private readonly metrics: StageMetrics,
    private readonly lifecycle: ConsumerLifecycle,
    @Inject(SERVICE_NAME) private readonly stage: ConsumingStage,
    @Inject(RECORD_RETRIES) private readonly retries: RecordRetrySettings,
  ) {}

  async handle<T extends TopicName>(topic: T, context: KafkaContext, handler: (event: ReceivedEventOf<T>) => Promise<void>) {
    this.metrics.consumed.inc({ topic });
    const stopTimer = this.metrics.processing.startTimer({ topic });
    try {
      const parsed = parseEvent(topic, context.getMessage().value);
      const verdict = await this.withRetries(context, async () => {
        if (!parsed.ok) throw new BadRecordError(parsed.reason);
        await withCorrelation(parsed.event.correlationId, () => handler(parsed.event));
      });
      if (verdict) await this.deadLetter(context, verdict);
    } finally {
      stopTimer();
    }
  }

  private withRetries(context: KafkaContext, attempt: () => Promise<void>): Promise<GiveUp | undefined> {
    const topic = context.getTopic();
    return attemptWithRetries(attempt, this.retries, {
      wait: (ms) => waitInGroup(ms, context.getHeartbeat(), this.lifecycle.yieldSignal),
      stopping: () => this.lifecycle.isStopping,
      onRetry: ({ attempt: attempts, delayMs, failure, error }) => {
        this.metrics.errors.inc({ topic });
        const source = { topic, partition: context.getPartition(), offset: context.getMessage().offset };
        this.logger.warn({ source, attempts, delayMs, failure, error: describeError(error) }, 'retrying a record');
      },
    });
  }

  private async deadLetter(context: KafkaContext, verdict: GiveUp): Promise<void> {
    const letter = this.letterFor(context, verdict);
    this.logger.warn({ errorClass: letter.errorClass, reason: letter.reason, attempts: letter.attempts, source: letter.source }, 'dead-lettered a record');
    const failed = await this.withRetries(context, () => this.publisher.publish(DEAD_LETTER_TOPIC[this.stage], letter.source.key ?? letter.eventId, letter));
    // Only a bug can make a cut letter unpublishable: let Kafka redeliver rather than lose the record.
    if (failed) throw new Error(`could not dead-letter ${letter.source.topic}/${letter.source.partition}@${letter.source.offset}: ${failed.reason}`);
    this.metrics.deadLetters.inc({ topic: letter.source.topic, error_class: letter.errorClass });
  }

  /** The dead letter of a record, every field cut to what the dead-letter contract and topic take. */
  private letterFor(context: KafkaContext, verdict: GiveUp): DeadLetter {
    const message = context.getMessage();
    const payload = Buffer.isBuffer(message.value) ? message.value.toString('utf8') : String(message.value ?? '');
    const correlation = message.headers?.[EventHeaders.correlationId]?.toString().slice(0, CORRELATION_ID_LIMIT);
    const cut = (text: string | undefined) => text?.slice(0, DEAD_LETTER_TEXT_LIMIT);
    return {
      ...newEnvelope(this.stage, DEAD_LETTER_VERSION, correlation ? { correlationId: correlation } : undefined),
      stage: this.stage,
      errorClass: verdict.errorClass,
      reason: cut(verdict.reason) || 'no reason given',
      source: {
        topic: context.getTopic(),
        partition: context.getPartition(),
        offset: message.offset,
        key: message.key === null || message.key === undefined ? null : (cut(message.key.toString()) ?? null),
      },
      payload: payload.slice(0, DEAD_LETTER_PAYLOAD_LIMIT),
      payloadTruncated: payload.length > DEAD_LETTER_PAYLOAD_LIMIT,
      attempts: verdict.attempts,
      firstError: cut(verdict.firstError),
      lastError: cut(verdict.lastError),
    };
  }
}

/**
 * Sleeps `ms` while heartbeating, so a record waiting out an outage keeps its partition. A heartbeat
 * refused because the group rebalances hands the record back, and so does `yieldSignal` aborting
 * (the service stopping, the group rebalancing); a heartbeat that fails because the broker is down
 * changes nothing (the record waits for the broker anyway).
 */
async function waitInGroup(ms: number, heartbeat: () => Promise<void>, yieldSignal: AbortSignal): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (yieldSignal.aborted) throw yieldSignal.reason;
    await heartbeat().catch((error: { type?: string }) => {
      if (error?.type && REBALANCING.has(error.type)) throw error;
    });
    const left = until - Date.now();
    if (left <= 0) return;
    await sleep(Math.min(left, HEARTBEAT_EVERY_MS), undefined, { signal: yieldSignal }).catch(() => undefined);
  }
}
