import { z } from 'zod';
import { bodyKindSchema, receivingSchema, stanceSchema } from '@newsflow/contracts';
import { PagePosition, decodeCursor, encodeCursor } from './cursor';
import { wordsOf } from './keywords';

export const MAX_PAGE_SIZE = 100;

/** A date (`2026-03-01`, midnight UTC) or a date-time with offset. */
const instant = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((value) => new Date(value));

/** Dates the archive orders and filters by: the publication date, or the fetch date when a page gives none. */
export const dateRangeShape = {
  from: instant.optional().describe('only articles dated at or after this instant (articleDate)'),
  to: instant.optional().describe('only articles dated before this instant (articleDate)'),
};

/** What `GET /articles` accepts; every filter is optional and they combine with AND. */
export const articleQuerySchema = z.object({
  body: z.string().min(1).optional().describe('canonical name of a government body mentioned in the article'),
  country: z
    .string()
    .regex(/^([A-Za-z]{2}|INT|int)$/, 'country must be ISO 3166-1 alpha-2 or INT')
    .transform((code) => code.toUpperCase())
    .optional()
    .describe('country of a mentioned body (ISO 3166-1 alpha-2, or INT)'),
  // Filters take what the archive may hold: known values, and values a newer enricher added.
  kind: receivingSchema(bodyKindSchema).optional().describe('kind of a mentioned body'),
  stanceActor: z.string().min(1).optional().describe('a stance taken by this actor'),
  stancePolarity: receivingSchema(stanceSchema.shape.polarity).optional().describe('a stance of this polarity (with stanceActor: by that actor)'),
  ...dateRangeShape,
  site: z
    .string()
    .min(1)
    .transform((host) => host.toLowerCase())
    .optional()
    .describe('host of the page the article was fetched from (e.g. www.example.com)'),
  storyId: z.string().min(1).optional().describe('the story the article belongs to'),
  q: z
    .string()
    .refine((text) => wordsOf(text).length > 0, 'q needs a word of two or more letters or digits')
    .optional()
    .describe('words that must all occur in the title or text (whole words, case and accents ignored)'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).describe('articles per page'),
  cursor: z
    .string()
    .transform((cursor, context) => {
      try {
        return decodeCursor(cursor);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    })
    .optional()
    .describe('nextCursor of the previous page'),
});

export type ArticleQuery = z.output<typeof articleQuerySchema>;
export type ArticleQueryInput = z.input<typeof articleQuerySchema>;

/** Newest first; articleId breaks ties so that pages never skip or repeat an article. */
export const ARTICLE_ORDER = { articleDate: -1, articleId: -1 } as const;

export type ArticleFilter = Record<string, unknown>;

/** The stored form of a stance for filtering by actor and polarity together (FerretDB 1.x has no $elemMatch). */
export function stanceKey(polarity: string, actor: string): string {
  return `${polarity}:${actor}`;
}

/** The MongoDB filter of a query: every condition is an equality, range or `$all` on an indexed field. */
export function articleFilter(query: ArticleQuery): ArticleFilter {
  const filter: ArticleFilter = {
    ...(query.body && { bodyNames: query.body }),
    ...(query.country && { countries: query.country }),
    ...(query.kind && { bodyKinds: query.kind }),
    ...stanceFilter(query),
    ...dateRangeFilter(query),
    ...(query.site && { sourceSite: query.site }),
    ...(query.storyId && { storyId: query.storyId }),
    ...(query.q && { keywords: { $all: [...new Set(wordsOf(query.q))] } }),
  };
  if (query.cursor) filter['$or'] = after(query.cursor);
  return filter;
}

function stanceFilter({ stanceActor, stancePolarity }: ArticleQuery): ArticleFilter {
  if (stanceActor && stancePolarity) return { stanceKeys: stanceKey(stancePolarity, stanceActor) };
  if (stanceActor) return { 'stances.actor': stanceActor };
  if (stancePolarity) return { 'stances.polarity': stancePolarity };
  return {};
}

export function dateRangeFilter({ from, to }: { from?: Date; to?: Date }): ArticleFilter {
  if (!from && !to) return {};
  return { articleDate: { ...(from && { $gte: from }), ...(to && { $lt: to }) } };
}

/** Articles after `position` in ARTICLE_ORDER. */
function after({ articleDate, articleId }: PagePosition): ArticleFilter[] {
  return [{ articleDate: { $lt: articleDate } }, { articleDate, articleId: { $lt: articleId } }];
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/** Cuts a page from `limit + 1` fetched articles: the extra one only tells that there is a next page. */
export function pageOf<T extends PagePosition>(fetched: T[], limit: number): Page<T> {
  const items = fetched.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: fetched.length > limit && last ? encodeCursor(last) : null };
}
