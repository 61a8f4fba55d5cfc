import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import type { Message, TopicMessages } from 'kafkajs';
import { BatchedCalls } from '@newsflow/batched-calls';
import { EventOf, TOPIC_SCHEMAS, TopicName, eventHeaders, parseOutgoingEvent } from '@newsflow/contracts';
import { StageMetrics } from '../metrics/stage-metrics';
import { PRODUCER_SEND_OPTIONS } from './kafka-options';
import { KAFKA_PRODUCER } from './tokens';

interface Outgoing {
  topic: string;
  message: Message;
}

/**
 * Publishes contract events: validated before they leave, keyed, with tracing headers. Records
 * published together (a consumed batch's handlers) or while a request is in flight go out in one
 * request; each caller's promise settles when its record is acknowledged.
 */
@Injectable()
export class EventPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly sends = new BatchedCalls<Outgoing, void>((records) => this.sendBatch(records));

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
    // A producer bug must not poison the topic for every consumer downstream.
    if (!checked.ok) throw new Error(`refusing to publish: ${checked.reason}`);
    const headers = eventHeaders(event, TOPIC_SCHEMAS[topic].title);
    await this.sends.call({ topic, message: { key, value: JSON.stringify(event), headers } });
    this.metrics.produced.inc({ topic });
  }

  private async sendBatch(records: Outgoing[]): Promise<void[]> {
    const byTopic = new Map<string, Message[]>();
    for (const { topic, message } of records) {
      const messages = byTopic.get(topic) ?? [];
      messages.push(message);
      byTopic.set(topic, messages);
    }
    const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    await this.client.producer.sendBatch({ topicMessages, ...PRODUCER_SEND_OPTIONS });
    return records.map(() => undefined);
  }
}
