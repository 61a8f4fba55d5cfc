import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Admin } from 'kafkajs';
import { PIPELINE_GROUP_PREFIX, TOPIC_SPECS } from '@newsflow/contracts';
import {
  GroupTopicLag,
  KafkaStatus,
  PartitionOffsets,
  SampleHistory,
  StallWatch,
  consumerLag,
  endOffsetSum,
  rateSeries,
  topicThroughput,
} from '@newsflow/console-status';
import { ConsoleEnv } from '../console.env';
import { ConsoleKafka } from './console-kafka';

const HISTORY_MS = 16 * 60_000;

/**
 * Samples every topic's end offsets and every pipeline group's committed offsets on a timer: the
 * dashboard's throughput, lag and stalled partitions.
 */
@Injectable()
export class OffsetSampler implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OffsetSampler.name);
  private readonly admin: Admin;
  private readonly endOffsets = new SampleHistory(HISTORY_MS);
  private readonly lagTotals = new SampleHistory(HISTORY_MS);
  private readonly stallWatch: StallWatch;
  private lag: GroupTopicLag[] = [];
  private error?: string;
  private sampled = false;
  private connected = false;
  private sampling = false;
  private timer?: NodeJS.Timeout;

  constructor(
    kafka: ConsoleKafka,
    private readonly config: ConfigService<ConsoleEnv, true>,
  ) {
    this.admin = kafka.client.admin();
    this.stallWatch = new StallWatch(config.get('CONSOLE_STALL_AFTER_MS', { infer: true }));
  }

  onModuleInit(): void {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), this.config.get('CONSOLE_SAMPLE_INTERVAL_MS', { infer: true }));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.admin.disconnect().catch(() => undefined);
  }

  /** One round of sampling; a broker outage is recorded and shown, and the next round tries again. */
  async sample(now = Date.now()): Promise<void> {
    if (this.sampling) return;
    this.sampling = true;
    try {
      if (!this.connected) await this.admin.connect();
      this.connected = true;
      const ends = await this.endOffsetsByTopic();
      this.endOffsets.record(now, Object.fromEntries([...ends].map(([topic, partitions]) => [topic, endOffsetSum(partitions)])));
      this.lag = await this.pipelineLag(ends);
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

  private async endOffsetsByTopic(): Promise<Map<string, PartitionOffsets[]>> {
    const ends = await Promise.all(TOPIC_SPECS.map(async ({ name }) => [name, await this.admin.fetchTopicOffsets(name)] as const));
    return new Map(ends);
  }

  private async pipelineLag(ends: Map<string, PartitionOffsets[]>): Promise<GroupTopicLag[]> {
    const { groups } = await this.admin.listGroups();
    const pipelineGroups = groups.map(({ groupId }) => groupId).filter((groupId) => groupId.startsWith(PIPELINE_GROUP_PREFIX));
    const lags = await Promise.all(pipelineGroups.map(async (groupId) => consumerLag(groupId, await this.admin.fetchOffsets({ groupId }), ends)));
    return lags.flat();
  }
}

function totalsByGroup(lag: readonly GroupTopicLag[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const entry of lag) totals[entry.group] = (totals[entry.group] ?? 0) + entry.lag;
  return totals;
}
