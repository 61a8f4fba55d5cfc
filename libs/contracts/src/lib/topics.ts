/**
 * Every Kafka topic newsflow owns. Names follow `newsflow.<what>.<stage>.v<major>`
 * so operators can grant ACLs and alert by prefix (`newsflow.dlq.` = all dead letters).
 */
export const Topics = {
  crawlRequests: 'newsflow.crawl.requests.v1',
  rawPages: 'newsflow.pages.raw.v1',
  cleanArticles: 'newsflow.articles.clean.v1',
  enrichedArticles: 'newsflow.articles.enriched.v1',
  crawlerDeadLetters: 'newsflow.dlq.crawler.v1',
  cleanerDeadLetters: 'newsflow.dlq.cleaner.v1',
  enricherDeadLetters: 'newsflow.dlq.enricher.v1',
  archiverDeadLetters: 'newsflow.dlq.archiver.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** The stages that consume a topic; each has its own dead-letter topic. */
export type ConsumingStage = 'crawler' | 'cleaner' | 'enricher' | 'archiver';

export const DEAD_LETTER_TOPIC: Record<ConsumingStage, TopicName> = {
  crawler: Topics.crawlerDeadLetters,
  cleaner: Topics.cleanerDeadLetters,
  enricher: Topics.enricherDeadLetters,
  archiver: Topics.archiverDeadLetters,
};

/** The topic each stage consumes (each literal kept, so a stage's handler is typed by it). */
export const INPUT_TOPIC = {
  crawler: Topics.crawlRequests,
  cleaner: Topics.rawPages,
  enricher: Topics.cleanArticles,
  archiver: Topics.enrichedArticles,
} as const satisfies Record<ConsumingStage, TopicName>;

/** Every consumer group of the pipeline starts so: operators watch lag and grant ACLs by it. */
export const PIPELINE_GROUP_PREFIX = 'newsflow.';

/** The consumer group of a service (a stage, or a test's own consumer). */
export function consumerGroupOf(service: string): string {
  return `${PIPELINE_GROUP_PREFIX}${service}`;
}

export interface TopicSpec {
  name: TopicName;
  partitions: number;
  retentionMs: number;
  /** Largest record the topic accepts (bytes); raw pages carry whole HTML documents. */
  maxMessageBytes: number;
  /** What the record key is, and so what stays ordered. */
  key: string;
  description: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MIB = 1024 * 1024;

/** Partitions and retention are explicit: topics are created by `newsflow stack up`, never auto-created. */
export const TOPIC_SPECS: readonly TopicSpec[] = [
  {
    name: Topics.crawlRequests,
    partitions: 6,
    retentionMs: 7 * DAY_MS,
    maxMessageBytes: MIB,
    key: 'host of the URL to fetch (one host is fetched by one crawler instance at a time)',
    description: 'URLs to fetch: items found in feeds and ad-hoc requests.',
  },
  {
    name: Topics.rawPages,
    partitions: 6,
    retentionMs: 3 * DAY_MS,
    maxMessageBytes: 8 * MIB,
    key: 'articleId',
    description: 'Fetched article HTML with its provenance (feed, aggregator item page, original).',
  },
  {
    name: Topics.cleanArticles,
    partitions: 6,
    retentionMs: 30 * DAY_MS,
    maxMessageBytes: 2 * MIB,
    key: 'articleId',
    description: 'Main text and metadata extracted from a raw page.',
  },
  {
    name: Topics.enrichedArticles,
    partitions: 6,
    retentionMs: 30 * DAY_MS,
    maxMessageBytes: 4 * MIB,
    key: 'articleId',
    description: 'Clean articles with the government bodies and stances found in them.',
  },
  ...(['crawler', 'cleaner', 'enricher', 'archiver'] as const).map(
    (stage): TopicSpec => ({
      name: DEAD_LETTER_TOPIC[stage],
      partitions: 1,
      retentionMs: 30 * DAY_MS,
      maxMessageBytes: 8 * MIB,
      key: 'the key of the rejected record',
      description: `Records the ${stage} could not process, with the reason.`,
    }),
  ),
];
