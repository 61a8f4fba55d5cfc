import { createHash } from 'node:crypto';
import { ArticleView, BodyMentions, bodyMentionsOf, keywordsOf, stanceKey } from '@newsflow/archive-query';
import { EnrichedArticle, Received } from '@newsflow/contracts';

/** One stored article: what readers get, plus the fields that exist only to be queried. */
export interface ArticleDocument extends ArticleView {
  stanceKeys: string[];
  bodyMentions: BodyMentions[];
  /** Distinct words of title and text, for full-text search (see keywordsOf). */
  keywords: string[];
}

export type ArticleFields = Omit<ArticleDocument, 'version' | 'storedAt'>;

/** Stores what was received: enum values a newer enricher added are kept as they came. */
export function toArticleFields(event: Received<EnrichedArticle>): ArticleFields {
  const { article, provenance, enrichment, storyId } = event;
  const articleDate = new Date(article.publishedAt ?? event.fetchedAt);
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
    ...queryFieldsOf({ title: article.title, text: article.text, articleDate, bodies: enrichment.bodies, stances: enrichment.stances }),
    correlationId: event.correlationId,
    eventId: event.eventId,
    eventOccurredAt: new Date(event.occurredAt),
    fetchedAt: new Date(event.fetchedAt),
  };
}

type QueryFields = Pick<ArticleDocument, 'bodyNames' | 'countries' | 'bodyKinds' | 'stanceKeys' | 'bodyMentions' | 'keywords'>;

/** The fields that exist to be queried, derived from what the article says. */
export function queryFieldsOf(
  article: Pick<ArticleDocument, 'title' | 'text' | 'articleDate' | 'bodies' | 'stances'>,
): QueryFields {
  const { bodies, stances } = article;
  return {
    bodyNames: distinct(bodies.map((body) => body.name)),
    countries: distinct(bodies.map((body) => body.country)),
    bodyKinds: distinct(bodies.map((body) => body.kind)),
    stanceKeys: distinct(stances.map((stance) => stanceKey(stance.polarity, stance.actor))),
    bodyMentions: bodyMentionsOf(bodies, article.articleDate),
    keywords: keywordsOf(article.title, article.text),
  };
}

/**
 * Hashes the validated event's content parts. zod builds parsed objects in schema order, so equal
 * content gives equal JSON; envelope fields, fetch and enrichment times are left out on purpose.
 */
function contentHashOf(event: Received<EnrichedArticle>, storyId: string | undefined): string {
  const { bodies, stances, gazetteerVersion } = event.enrichment;
  const content = { article: event.article, provenance: event.provenance, storyId, bodies, stances, gazetteerVersion };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
