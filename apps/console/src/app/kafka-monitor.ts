import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Admin, CompressionTypes, Consumer, Kafka, Producer, logLevel } from 'kafkajs';
import { DEAD_LETTER_TOPIC, PIPELINE_GROUP_PREFIX, TOPIC_SPECS } from '@newsflow/contracts';
import {
  DeadLetterLog,
  GroupTopicLag,
  KafkaStatus,
  PartitionOffsets,
  SampleHistory,
  StallWatch,
  consumerLag,
  endOffsetSum,
  rateSeries,
  replayRecord,
  topicThroughput,
} from '@newsflow/console-status';
import { ConsoleEnv } from './console.env';

const HISTORY_MS = 16 * 60_000;

/**
 * Watches Kafka for the dashboard: samples every topic's end offsets and every pipeline group's
 * committed offsets on a timer (throughput and lag), reads the dead-letter topics from the start
 * with a group of its own, and replays dead letters to their source topics.
 */
@Injectable()
export class KafkaMonitor implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(KafkaMonitor.name);
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private readonly producer: Producer;
  private readonly deadLetterReader: Consumer;
  private readonly readerGroup = `newsflow-console-${randomUUID()}`;
  private readonly endOffsets = new SampleHistory(HISTORY_MS);
  private readonly lagTotals = new SampleHistory(HISTORY_MS);
  private readonly stallWatch: StallWatch;
  private lag: GroupTopicLag[] = [];
  private error?: string;
  private sampled = false;
  private connected = false;
  private reader?: Promise<void>;
  private readerStarted = false;
  private sampling = false;
  private timer?: NodeJS.Timeout;
  readonly deadLetters = new DeadLetterLog(50);

  constructor(private readonly config: ConfigService<ConsoleEnv, true>) {
    this.kafka = new Kafka({ clientId: 'newsflow-console', brokers: config.get('KAFKA_BROKERS', { infer: true }), logLevel: logLevel.NOTHING });
    this.admin = this.kafka.admin();
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false });
    this.deadLetterReader = this.kafka.consumer({ groupId: this.readerGroup, allowAutoTopicCreation: false });
    this.stallWatch = new StallWatch(config.get('CONSOLE_STALL_AFTER_MS', { infer: true }));
  }

  onModuleInit(): void {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), this.config.get('CONSOLE_SAMPLE_INTERVAL_MS', { infer: true }));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.deadLetterReader.disconnect().catch(() => undefined);
    // The reader's group is this process's alone: leave no stale group behind.
    if (this.readerStarted) await this.admin.deleteGroups([this.readerGroup]).catch(() => undefined);
    await Promise.all([this.producer.disconnect(), this.admin.disconnect()]).catch(() => undefined);
  }

  /** One round of sampling; a broker outage is recorded and shown, and the next round tries again. */
  async sample(now = Date.now()): Promise<void> {
    if (this.sampling) return;
    this.sampling = true;
    try {
      await this.connect();
      const ends = new Map(
        await Promise.all(TOPIC_SPECS.map(async ({ name }) => [name, await this.admin.fetchTopicOffsets(name)] as [string, PartitionOffsets[]])),
      );
      this.endOffsets.record(now, Object.fromEntries([...ends].map(([topic, partitions]) => [topic, endOffsetSum(partitions)])));
      const { groups } = await this.admin.listGroups();
      const pipelineGroups = groups.map(({ groupId }) => groupId).filter((groupId) => groupId.startsWith(PIPELINE_GROUP_PREFIX));
      this.lag = (
        await Promise.all(pipelineGroups.map(async (groupId) => consumerLag(groupId, await this.admin.fetchOffsets({ groupId }), ends)))
      ).flat();
      this.lagTotals.record(now, totalsByGroup(this.lag));
      this.stallWatch.observe(this.lag, now);
      this.error = undefined;
    } catch (error) {
      this.error = (error as Error).message;
      this.logger.warn({ error: this.error }, 'sampling Kafka failed');
    } finally {
      this.sampled = true;
      this.sampling = false;
    }
  }

  /** Stalls are judged on fresh samples only: while Kafka cannot be sampled, none is claimed. */
  status(now = Date.now()): KafkaStatus {
    const reachable = this.sampled && this.error === undefined;
    return {
      reachable,
      error: this.sampled ? this.error : 'waiting for the first sample',
      throughput: topicThroughput(this.endOffsets, now),
      rates: rateSeries(this.endOffsets),
      lag: this.lag,
      stalls: reachable ? this.stallWatch.stalls(now) : [],
      lagHistory: [...this.lagTotals.all()],
    };
  }

  /** Re-publishes a dead letter's original payload, with its key, to the topic it was rejected from. */
  async replay(id: string): Promise<{ topic: string; partition: number; offset: string }> {
    const found = this.deadLetters.find(id);
    if (!found) throw new DeadLetterNotFound(id);
    const record = replayRecord(found.letter, found.position);
    const [written] = await this.producer.send({
      topic: record.topic,
      acks: -1,
      compression: CompressionTypes.GZIP,
      messages: [{ key: record.key, value: record.value, headers: record.headers }],
    });
    this.deadLetters.markReplayed(id, new Date());
    this.logger.log({ deadLetter: id, topic: record.topic }, 'replayed a dead letter');
    return { topic: record.topic, partition: written.partition, offset: written.baseOffset ?? '' };
  }

  private async connect(): Promise<void> {
    if (!this.connected) {
      await Promise.all([this.admin.connect(), this.producer.connect()]);
      this.connected = true;
    }
    // Joining the reader's group takes seconds: sampling goes on meanwhile, and a failed start is retried next round.
    this.reader ??= this.startReader().catch((error: Error) => {
      this.reader = undefined;
      this.logger.warn({ error: error.message }, 'starting the dead-letter reader failed');
    });
  }

  private async startReader(): Promise<void> {
    await this.deadLetterReader.connect();
    await this.deadLetterReader.subscribe({ topics: Object.values(DEAD_LETTER_TOPIC), fromBeginning: true });
    await this.deadLetterReader.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.deadLetters.add({ topic, partition, offset: message.offset }, message.value);
      },
    });
    this.readerStarted = true;
  }
}

export class DeadLetterNotFound extends Error {
  constructor(id: string) {
    super(`no recent dead letter ${id}`);
  }
}

function totalsByGroup(lag: readonly GroupTopicLag[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const entry of lag) totals[entry.group] = (totals[entry.group] ?? 0) + entry.lag;
  return totals;
}
