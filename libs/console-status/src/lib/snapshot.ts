import { Received, Stance } from '@newsflow/contracts';
import { GroupTopicLag } from './consumer-lag';
import { DeadLetterCounts, DeadLetterSummary } from './dead-letters';
import { Sample } from './sample-history';
import { OverallHealth, ServiceHealth } from './service-health';
import { PartitionStall } from './stalls';
import { RatePoint, TopicThroughput } from './throughput';

export interface KafkaStatus {
  reachable: boolean;
  error?: string;
  throughput: TopicThroughput[];
  /** Records per second per topic over the sampled history, for the chart. */
  rates: RatePoint[];
  lag: GroupTopicLag[];
  /** Partitions whose lag has not moved for CONSOLE_STALL_AFTER_MS, with their service's last consumer error. */
  stalls: PartitionStall[];
  /** Total lag per consumer group over the sampled history, for the chart. */
  lagHistory: Sample[];
}

export interface MongoStatus {
  reachable: boolean;
  error?: string;
  version?: string;
  database?: string;
  articleCount?: number;
  articlesLastHour?: number;
}

export interface ArticleSummary {
  articleId: string;
  title: string;
  sourceUrl: string;
  language?: string;
  storedAt?: string;
  bodies: { name: string; country: string; kind: string }[];
  /** As stored: a polarity a newer enricher added is shown by its name. */
  stances: Pick<Received<Stance>, 'actor' | 'polarity' | 'target'>[];
  /** The article in the query API, when its URL is configured. */
  link?: string;
}

export interface FeedSummary {
  feedId: string;
  url: string;
  lastPolledAt?: string;
  lastSuccessAt?: string;
  lastStatus?: number;
  consecutiveFailures: number;
  lastError?: string;
  nextPollAt?: string;
}

/** Everything the dashboard shows, as the console's JSON API serves it. */
export interface ConsoleSnapshot {
  generatedAt: string;
  /** How often the page should fetch a new snapshot. */
  refreshMs: number;
  overall: OverallHealth;
  services: ServiceHealth[];
  kafka: KafkaStatus;
  deadLetters: { counts: DeadLetterCounts; latest: DeadLetterSummary[] };
  mongo: MongoStatus;
  articles: ArticleSummary[];
  feeds: FeedSummary[];
  queryApiUrl?: string;
}
