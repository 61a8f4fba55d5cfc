import { z } from 'zod';
import { Topics, TopicName } from './topics';
import { CRAWL_REQUEST_VERSION, crawlRequestSchema } from './events/crawl-request';
import { RAW_PAGE_VERSION, rawPageSchema } from './events/raw-page';
import { CLEAN_ARTICLE_VERSION, cleanArticleSchema } from './events/clean-article';
import { ENRICHED_ARTICLE_VERSION, enrichedArticleSchema } from './events/enriched-article';
import { DEAD_LETTER_VERSION, deadLetterSchema } from './events/dead-letter';

/** The value schema and current version of each topic. */
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

export type EventOf<T extends TopicName> = z.infer<(typeof TOPIC_SCHEMAS)[T]['schema']>;

export type ParseResult<T> = { ok: true; event: T } | { ok: false; reason: string };

/**
 * Validates a received record value against its topic's schema.
 * Accepts the raw bytes/string or an already JSON-parsed value; never throws.
 */
export function parseEvent<T extends TopicName>(topic: T, value: unknown): ParseResult<EventOf<T>> {
  const json = decodeJson(value);
  if (!json.ok) return json;
  const result = TOPIC_SCHEMAS[topic].schema.safeParse(json.event);
  if (!result.success) return { ok: false, reason: `invalid ${topic} event: ${z.prettifyError(result.error)}` };
  return { ok: true, event: result.data as EventOf<T> };
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
