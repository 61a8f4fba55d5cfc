import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Admin, Consumer } from 'kafkajs';
import { DEAD_LETTER_TOPIC } from '@newsflow/contracts';
import { DeadLetterLog } from '@newsflow/console-status';
import { ConsoleEnv } from '../console.env';
import { ConsoleKafka } from './console-kafka';

/**
 * Reads every dead-letter topic from the start into the log of recent dead letters, with a
 * consumer group of this process's own (so each replica sees them all), deleted at shutdown.
 */
@Injectable()
export class DeadLetterReader implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DeadLetterReader.name);
  private readonly group = `newsflow-console-${randomUUID()}`;
  private readonly consumer: Consumer;
  private readonly admin: Admin;
  private starting?: Promise<void>;
  private started = false;
  private timer?: NodeJS.Timeout;
  readonly log = new DeadLetterLog(50);

  constructor(
    kafka: ConsoleKafka,
    private readonly config: ConfigService<ConsoleEnv, true>,
  ) {
    this.consumer = kafka.client.consumer({ groupId: this.group, allowAutoTopicCreation: false });
    this.admin = kafka.client.admin();
  }

  /** Joining the group takes seconds and the broker may be down: a failed start is tried again on the sampling interval. */
  onModuleInit(): void {
    this.start();
    this.timer = setInterval(() => this.start(), this.config.get('CONSOLE_SAMPLE_INTERVAL_MS', { infer: true }));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.consumer.disconnect().catch(() => undefined);
    if (this.started) await this.deleteGroup();
  }

  private start(): void {
    if (this.started) return clearInterval(this.timer);
    this.starting ??= this.run().catch((error: Error) => {
      this.starting = undefined;
      this.logger.warn({ error: error.message }, 'starting the dead-letter reader failed');
    });
  }

  private async run(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: Object.values(DEAD_LETTER_TOPIC), fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.log.add({ topic, partition, offset: message.offset }, message.value);
      },
    });
    this.started = true;
  }

  /** The group is this process's alone: leave no stale group behind. */
  private async deleteGroup(): Promise<void> {
    try {
      await this.admin.connect();
      await this.admin.deleteGroups([this.group]);
    } catch {
      // The broker may be gone at shutdown; Kafka expires an empty group's offsets in the end.
    } finally {
      await this.admin.disconnect().catch(() => undefined);
    }
  }
}
