import { EnrichedArticle, Stance, TaggedBody } from '@newsflow/contracts';

/** One stored article: the latest enriched version, flattened for the archive's queries. */
export interface ArticleDocument {
  articleId: string;
  version: number;
  title: string;
  text: string;
  authors: string[];
  publishedAt?: Date;
  language?: string;
  canonicalUrl?: string;
  siteName?: string;
  sourceUrl: string;
  sourceSite: string;
  aggregatorUrl?: string;
  feedUrl?: string;
  bodies: TaggedBody[];
  /** Denormalised for indexed filtering by body and country. */
  bodyNames: string[];
  countries: string[];
  stances: Stance[];
  gazetteerVersion: string;
  correlationId: string;
  /** When the event this version came from happened; older events never overwrite newer ones. */
  eventOccurredAt: Date;
  fetchedAt: Date;
  storedAt: Date;
}

export type ArticleFields = Omit<ArticleDocument, 'version' | 'storedAt'>;

export function toArticleFields(event: EnrichedArticle): ArticleFields {
  const { article, provenance, enrichment } = event;
  return {
    articleId: event.articleId,
    title: article.title,
    text: article.text,
    authors: article.authors,
    publishedAt: article.publishedAt ? new Date(article.publishedAt) : undefined,
    language: article.language,
    canonicalUrl: article.canonicalUrl,
    siteName: article.siteName,
    sourceUrl: provenance.sourceUrl,
    sourceSite: new URL(provenance.sourceUrl).host,
    aggregatorUrl: provenance.aggregatorUrl,
    feedUrl: provenance.feedUrl,
    bodies: enrichment.bodies,
    bodyNames: [...new Set(enrichment.bodies.map((body) => body.name))],
    countries: [...new Set(enrichment.bodies.map((body) => body.country))],
    stances: enrichment.stances,
    gazetteerVersion: enrichment.gazetteerVersion,
    correlationId: event.correlationId,
    eventOccurredAt: new Date(event.occurredAt),
    fetchedAt: new Date(event.fetchedAt),
  };
}
