import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { EventOf, TOPIC_SCHEMAS, TopicName, eventHeaders, parseEvent } from '@newsflow/contracts';
import { StageMetrics } from '../metrics/stage-metrics';
import { KAFKA_PRODUCER } from './tokens';

/** Publishes contract events: validated before they leave, keyed, with tracing headers. */
@Injectable()
export class EventPublisher implements OnModuleInit, OnApplicationShutdown {
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
    const checked = parseEvent(topic, event);
    // A producer bug must not poison the topic for every consumer downstream.
    if (!checked.ok) throw new Error(`refusing to publish: ${checked.reason}`);
    const headers = eventHeaders(event, TOPIC_SCHEMAS[topic].title);
    await lastValueFrom(this.client.emit(topic, { key, value: JSON.stringify(event), headers }));
    this.metrics.produced.inc({ topic });
  }
}
