import { z } from 'zod';
import { articleIdSchema, bodyKindSchema, receivingSchema, stanceSchema, taggedBodySchema } from '@newsflow/contracts';

/**
 * A stored article as readers get it: the latest version of the article, flattened for queries.
 * The archive's document type builds on it, and the query API documents its responses with it.
 */
export const articleViewSchema = z.object({
  articleId: articleIdSchema,
  version: z.number().int().min(1).describe('1 when first stored; +1 each time a newer event brought different content'),
  contentHash: z.string().describe('SHA-256 of what the article says (text, metadata, provenance, enrichment)'),
  title: z.string(),
  text: z.string().describe('paragraphs separated by a blank line'),
  authors: z.array(z.string()),
  publishedAt: z.date().optional(),
  articleDate: z.date().describe('publishedAt, or fetchedAt when the page gives no date: the order and date filter of the archive'),
  language: z.string().optional(),
  canonicalUrl: z.string().optional(),
  siteName: z.string().optional(),
  sourceUrl: z.string().describe('the page the text was fetched from (the original publisher when a source link was followed)'),
  sourceSite: z.string().describe('host of sourceUrl'),
  aggregatorUrl: z.string().optional(),
  feedUrl: z.string().optional(),
  storyId: z.string().optional().describe('the story the article belongs to; copies of one story across sites share it'),
  /** As received: a kind, polarity or actor type a newer enricher added is stored and shown verbatim. */
  bodies: z.array(receivingSchema(taggedBodySchema)),
  stances: z.array(receivingSchema(stanceSchema)),
  gazetteerVersion: z.string(),
  bodyNames: z.array(z.string()),
  countries: z.array(z.string()),
  bodyKinds: z.array(receivingSchema(bodyKindSchema)),
  correlationId: z.string().describe('the id that followed this content from its crawl request'),
  eventId: z.string().describe('the enriched-article event this version came from'),
  eventOccurredAt: z.date(),
  fetchedAt: z.date(),
  storedAt: z.date().describe('when this version was written'),
});

export type ArticleView = z.output<typeof articleViewSchema>;
