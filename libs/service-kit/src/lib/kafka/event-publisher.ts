import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import type { Message, TopicMessages } from 'kafkajs';
import { BatchedCalls } from '@newsflow/batched-calls';
import { EventOf, TOPIC_SCHEMAS, TopicName, eventHeaders, parseOutgoingEvent } from '@newsflow/contracts';
import { StageMetrics } from '../metrics/stage-metrics';
import { BadRecordError, classifyFailure } from './failure-class';
import { PRODUCER_SEND_OPTIONS } from './kafka-options';
import { KAFKA_PRODUCER } from './tokens';

interface Outgoing {
  topic: string;
  message: Message;
}

/**
 * Publishes contract events: validated before they leave, keyed, with tracing headers. Records
 * published together (a consumed batch's handlers) or while a request is in flight go out in one
 * request; each caller's promise settles when its record is acknowledged, or fails with its own error.
 */
@Injectable()
export class EventPublisher implements OnModuleInit, OnApplicationShutdown {
  /** Each record's send error, undefined when acknowledged. */
  private readonly sends = new BatchedCalls<Outgoing, unknown>((records) => this.sendBatch(records));

  constructor(
    @Inject(KAFKA_PRODUCER) private readonly client: ClientKafka,
    private readonly metrics: StageMetrics,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.client.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }

  async publish<T extends TopicName>(topic: T, key: string, event: EventOf<T>): Promise<void> {
    const checked = parseOutgoingEvent(topic, event);
    // A producer bug must not poison the topic for every consumer downstream; the record that caused it is dead-lettered.
    if (!checked.ok) throw new BadRecordError(`refusing to publish to ${topic}: ${checked.reason}`);
    const headers = eventHeaders(event, TOPIC_SCHEMAS[topic].title);
    const error = await this.sends.call({ topic, message: { key, value: JSON.stringify(event), headers } });
    if (error) throw error;
    this.metrics.produced.inc({ topic });
  }

  /**
   * Sends the records in one request. After a failed send the producer is dropped, so the next send
   * gets a new producer id: kafkajs rolls its sequence numbers back after a failure, and a request
   * the broker wrote without our seeing the answer would make it drop the next, different records
   * as duplicates. When the records themselves may be at fault (not an unavailable broker), each is
   * sent alone, so one refused record fails only its own caller.
   */
  private async sendBatch(records: Outgoing[]): Promise<unknown[]> {
    const error = await this.trySend(records);
    if (!error || records.length === 1 || classifyFailure(error) === 'infrastructure') return records.map(() => error);
    const errors: unknown[] = [];
    for (const record of records) errors.push(await this.trySend([record]));
    return errors;
  }

  /** Sends the records; resolves their error, if any, with the producer already dropped. */
  private async trySend(records: Outgoing[]): Promise<unknown> {
    try {
      // connect() answers the producer, connecting a new one (new producer id) after a failure dropped the last.
      const producer = await this.client.connect();
      await producer.sendBatch({ topicMessages: byTopic(records), ...PRODUCER_SEND_OPTIONS });
      return undefined;
    } catch (error) {
      await this.client.close().catch(() => undefined);
      return error;
    }
  }
}

function byTopic(records: Outgoing[]): TopicMessages[] {
  const grouped = new Map<string, Message[]>();
  for (const { topic, message } of records) {
    const messages = grouped.get(topic) ?? [];
    messages.push(message);
    grouped.set(topic, messages);
  }
  return [...grouped].map(([topic, messages]) => ({ topic, messages }));
}
