import { createHash } from 'node:crypto';
import { BodyMentions, bodyMentionsOf, keywordsOf, stanceKey } from '@newsflow/archive-query';
import { BodyKind, EnrichedArticle, Stance, TaggedBody } from '@newsflow/contracts';

/** One stored article: the latest enriched version, flattened for the archive's queries. */
export interface ArticleDocument {
  articleId: string;
  /** 1 when first stored; +1 each time a newer event brings different content. */
  version: number;
  /** SHA-256 of what the article says (text, metadata, provenance, enrichment), not of when it was seen. */
  contentHash: string;
  title: string;
  text: string;
  authors: string[];
  publishedAt?: Date;
  /** publishedAt, or fetchedAt when the page gives no date: what the archive orders and filters by. */
  articleDate: Date;
  language?: string;
  canonicalUrl?: string;
  siteName?: string;
  sourceUrl: string;
  sourceSite: string;
  aggregatorUrl?: string;
  feedUrl?: string;
  /** The story the article belongs to (copies of one story across sites share it), when the cleaner set one. */
  storyId?: string;
  bodies: TaggedBody[];
  stances: Stance[];
  gazetteerVersion: string;
  /** Denormalised for indexed filtering and for aggregations FerretDB can run. */
  bodyNames: string[];
  countries: string[];
  bodyKinds: BodyKind[];
  stanceKeys: string[];
  bodyMentions: BodyMentions[];
  /** Distinct words of title and text, for full-text search (see keywordsOf). */
  keywords: string[];
  /** The id that followed this content from its crawl request; kept for tracing. */
  correlationId: string;
  /** The event this version came from. */
  eventId: string;
  /** When the event this version came from happened; older events never overwrite newer ones. */
  eventOccurredAt: Date;
  fetchedAt: Date;
  storedAt: Date;
}

export type ArticleFields = Omit<ArticleDocument, 'version' | 'storedAt'>;

export function toArticleFields(event: EnrichedArticle): ArticleFields {
  const { article, provenance, enrichment } = event;
  const articleDate = new Date(article.publishedAt ?? event.fetchedAt);
  const storyId = storyIdOf(event);
  return {
    articleId: event.articleId,
    contentHash: contentHashOf(event, storyId),
    title: article.title,
    text: article.text,
    authors: article.authors,
    publishedAt: article.publishedAt ? new Date(article.publishedAt) : undefined,
    articleDate,
    language: article.language,
    canonicalUrl: article.canonicalUrl,
    siteName: article.siteName,
    sourceUrl: provenance.sourceUrl,
    sourceSite: new URL(provenance.sourceUrl).host,
    aggregatorUrl: provenance.aggregatorUrl,
    feedUrl: provenance.feedUrl,
    storyId,
    bodies: enrichment.bodies,
    stances: enrichment.stances,
    gazetteerVersion: enrichment.gazetteerVersion,
    bodyNames: distinct(enrichment.bodies.map((body) => body.name)),
    countries: distinct(enrichment.bodies.map((body) => body.country)),
    bodyKinds: distinct(enrichment.bodies.map((body) => body.kind)),
    stanceKeys: distinct(enrichment.stances.map((stance) => stanceKey(stance.polarity, stance.actor))),
    bodyMentions: bodyMentionsOf(enrichment.bodies, articleDate),
    keywords: keywordsOf(article.title, article.text),
    correlationId: event.correlationId,
    eventId: event.eventId,
    eventOccurredAt: new Date(event.occurredAt),
    fetchedAt: new Date(event.fetchedAt),
  };
}

/** Read without naming the field, so the archive stores story ids whether or not the contract has them yet. */
function storyIdOf(event: EnrichedArticle): string | undefined {
  return 'storyId' in event && typeof event.storyId === 'string' ? event.storyId : undefined;
}

/**
 * Hashes the validated event's content parts. zod builds parsed objects in schema order, so equal
 * content gives equal JSON; envelope fields, fetch and enrichment times are left out on purpose.
 */
function contentHashOf(event: EnrichedArticle, storyId: string | undefined): string {
  const { bodies, stances, gazetteerVersion } = event.enrichment;
  const content = { article: event.article, provenance: event.provenance, storyId, bodies, stances, gazetteerVersion };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
