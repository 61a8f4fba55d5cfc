import { Inject, Injectable, Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import {
  ConsumingStage,
  DEAD_LETTER_PAYLOAD_LIMIT,
  DEAD_LETTER_TOPIC,
  DEAD_LETTER_VERSION,
  DeadLetter,
  EventHeaders,
  ReceivedEventOf,
  TopicName,
  newEnvelope,
  parseEvent,
} from '@newsflow/contracts';
import { StageMetrics } from '../metrics/stage-metrics';
import { EventPublisher } from './event-publisher';
import { SERVICE_NAME } from './tokens';

/** Thrown by a stage for a record that can never be processed; it goes to the dead-letter topic. */
export class BadRecordError extends Error {
  constructor(
    message: string,
    readonly errorClass: DeadLetter['errorClass'] = 'bad_data',
  ) {
    super(message);
  }
}

/**
 * The receiving side of every stage: validates each record against its topic's contract, runs the
 * stage's handler, and dead-letters what is malformed or rejected so the stream goes on. Any other
 * error propagates, so Kafka redelivers the record (at-least-once) instead of losing it.
 */
@Injectable()
export class EventReceiver {
  private readonly logger = new Logger(EventReceiver.name);

  constructor(
    private readonly publisher: EventPublisher,
    private readonly metrics: StageMetrics,
    @Inject(SERVICE_NAME) private readonly stage: ConsumingStage,
  ) {}

  async handle<T extends TopicName>(topic: T, context: KafkaContext, handler: (event: ReceivedEventOf<T>) => Promise<void>) {
    this.metrics.consumed.inc({ topic });
    const stopTimer = this.metrics.processing.startTimer({ topic });
    const parsed = parseEvent(topic, context.getMessage().value);
    try {
      if (!parsed.ok) throw new BadRecordError(parsed.reason);
      await handler(parsed.event);
    } catch (error) {
      if (!(error instanceof BadRecordError)) {
        this.metrics.errors.inc({ topic });
        throw error;
      }
      await this.deadLetter(context, error);
    } finally {
      stopTimer();
    }
  }

  private async deadLetter(context: KafkaContext, error: BadRecordError): Promise<void> {
    const message = context.getMessage();
    const payload = Buffer.isBuffer(message.value) ? message.value.toString('utf8') : String(message.value ?? '');
    const correlation = message.headers?.[EventHeaders.correlationId];
    const letter: DeadLetter = {
      ...newEnvelope(this.stage, DEAD_LETTER_VERSION, correlation ? { correlationId: String(correlation) } : undefined),
      stage: this.stage,
      errorClass: error.errorClass,
      reason: error.message.slice(0, 4000),
      source: {
        topic: context.getTopic(),
        partition: context.getPartition(),
        offset: message.offset,
        key: message.key === null || message.key === undefined ? null : String(message.key),
      },
      payload: payload.slice(0, DEAD_LETTER_PAYLOAD_LIMIT),
      payloadTruncated: payload.length > DEAD_LETTER_PAYLOAD_LIMIT,
    };
    this.logger.warn({ reason: letter.reason, source: letter.source }, 'dead-lettered a record');
    await this.publisher.publish(DEAD_LETTER_TOPIC[this.stage], letter.source.key ?? letter.eventId, letter);
    this.metrics.deadLetters.inc({ topic: letter.source.topic, error_class: letter.errorClass });
  }
}
