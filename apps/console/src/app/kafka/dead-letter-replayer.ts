import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { CompressionTypes, Producer } from 'kafkajs';
import { replayRecord } from '@newsflow/console-status';
import { ConsoleKafka } from './console-kafka';
import { DeadLetterReader } from './dead-letter-reader';

export class DeadLetterNotFound extends Error {
  constructor(id: string) {
    super(`no recent dead letter ${id}`);
  }
}

/** Re-publishes a recent dead letter's original payload, with its key, to the topic it was rejected from. */
@Injectable()
export class DeadLetterReplayer implements OnApplicationShutdown {
  private readonly logger = new Logger(DeadLetterReplayer.name);
  private readonly producer: Producer;
  private connecting?: Promise<void>;

  constructor(
    kafka: ConsoleKafka,
    private readonly reader: DeadLetterReader,
  ) {
    this.producer = kafka.client.producer({ allowAutoTopicCreation: false });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect().catch(() => undefined);
  }

  async replay(id: string): Promise<{ topic: string; partition: number; offset: string }> {
    const found = this.reader.log.find(id);
    if (!found) throw new DeadLetterNotFound(id);
    const record = replayRecord(found.letter, found.position);
    await this.connect();
    const [written] = await this.producer.send({
      topic: record.topic,
      acks: -1,
      compression: CompressionTypes.GZIP,
      messages: [{ key: record.key, value: record.value, headers: record.headers }],
    });
    this.reader.log.markReplayed(id, new Date());
    this.logger.log({ deadLetter: id, topic: record.topic }, 'replayed a dead letter');
    return { topic: record.topic, partition: written.partition, offset: written.baseOffset ?? '' };
  }

  /** Connected on the first replay; a failed connection is tried again on the next. */
  private connect(): Promise<void> {
    this.connecting ??= this.producer.connect().catch((error: Error) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }
}
