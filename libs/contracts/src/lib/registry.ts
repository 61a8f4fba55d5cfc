import { z } from 'zod';
import { Topics, TopicName } from './topics';
import { CRAWL_REQUEST_VERSION, crawlRequestSchema } from './events/crawl-request';
import { RAW_PAGE_VERSION, rawPageSchema } from './events/raw-page';
import { CLEAN_ARTICLE_VERSION, cleanArticleSchema } from './events/clean-article';
import { ENRICHED_ARTICLE_VERSION, enrichedArticleSchema } from './events/enriched-article';
import { DEAD_LETTER_VERSION, deadLetterSchema } from './events/dead-letter';
import { Received, receivingSchema } from './received';

/** The value schema (as published: strict) and current version of each topic. */
export const TOPIC_SCHEMAS = {
  [Topics.crawlRequests]: { schema: crawlRequestSchema, version: CRAWL_REQUEST_VERSION, title: 'CrawlRequest' },
  [Topics.rawPages]: { schema: rawPageSchema, version: RAW_PAGE_VERSION, title: 'RawPage' },
  [Topics.cleanArticles]: { schema: cleanArticleSchema, version: CLEAN_ARTICLE_VERSION, title: 'CleanArticle' },
  [Topics.enrichedArticles]: {
    schema: enrichedArticleSchema,
    version: ENRICHED_ARTICLE_VERSION,
    title: 'EnrichedArticle',
  },
  [Topics.crawlerDeadLetters]: { schema: deadLetterSchema, version: DEAD_LETTER_VERSION, title: 'DeadLetter' },
  [Topics.cleanerDeadLetters]: { schema: deadLetterSchema, version: DEAD_LETTER_VERSION, title: 'DeadLetter' },
  [Topics.enricherDeadLetters]: { schema: deadLetterSchema, version: DEAD_LETTER_VERSION, title: 'DeadLetter' },
  [Topics.archiverDeadLetters]: { schema: deadLetterSchema, version: DEAD_LETTER_VERSION, title: 'DeadLetter' },
} as const satisfies Record<TopicName, { schema: z.ZodType; version: string; title: string }>;

/** An event as this version publishes it: every enum field holds a value the contract knows. */
export type EventOf<T extends TopicName> = z.infer<(typeof TOPIC_SCHEMAS)[T]['schema']>;

/** An event as a consumer receives it: enum fields may hold values a newer minor version added. */
export type ReceivedEventOf<T extends TopicName> = Received<EventOf<T>>;

export type ParseResult<T> = { ok: true; event: T } | { ok: false; reason: string };

const receiving = new Map<TopicName, z.ZodType>();

/** Each topic's receiving schema, derived from its publishing one on first use. */
function receivingSchemaOf(topic: TopicName): z.ZodType {
  let schema = receiving.get(topic);
  if (!schema) receiving.set(topic, (schema = receivingSchema(TOPIC_SCHEMAS[topic].schema)));
  return schema;
}

/**
 * Validates a received record value against its topic's schema, tolerantly: an enum value this version
 * does not know (added by a newer minor version) is kept as it is, never a reason to reject the record.
 * Accepts the raw bytes/string or an already JSON-parsed value; never throws.
 */
export function parseEvent<T extends TopicName>(topic: T, value: unknown): ParseResult<ReceivedEventOf<T>> {
  return validate(topic, receivingSchemaOf(topic), value) as ParseResult<ReceivedEventOf<T>>;
}

/**
 * Validates an event about to be published, strictly: a producer only emits values its contract
 * version knows, so consumers of this version understand everything it writes.
 */
export function parseOutgoingEvent<T extends TopicName>(topic: T, value: unknown): ParseResult<EventOf<T>> {
  return validate(topic, TOPIC_SCHEMAS[topic].schema, value) as ParseResult<EventOf<T>>;
}

function validate(topic: TopicName, schema: z.ZodType, value: unknown): ParseResult<unknown> {
  const json = decodeJson(value);
  if (!json.ok) return json;
  const result = schema.safeParse(json.event);
  if (!result.success) return { ok: false, reason: `invalid ${topic} event: ${z.prettifyError(result.error)}` };
  return { ok: true, event: result.data };
}

function decodeJson(value: unknown): ParseResult<unknown> {
  if (value === null || value === undefined) return { ok: false, reason: 'empty record value' };
  if (!Buffer.isBuffer(value) && typeof value !== 'string') return { ok: true, event: value };
  try {
    return { ok: true, event: JSON.parse(value.toString()) };
  } catch (error) {
    return { ok: false, reason: `value is not JSON: ${(error as Error).message}` };
  }
}
