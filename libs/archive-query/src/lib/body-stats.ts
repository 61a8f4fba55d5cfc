import { z } from 'zod';
import { TaggedBody } from '@newsflow/contracts';
import { ArticleFilter, dateRangeFilter, dateRangeShape } from './article-query';

/** One body's mentions in one article, with the article's periods: what mentions-over-time groups. */
export interface BodyMentions {
  name: string;
  day: string;
  month: string;
  mentions: number;
}

/**
 * Stored per article because FerretDB 1.24 has no date or string operators in aggregation and its
 * $unwind keeps only the unwound field: the periods must travel inside the unwound element.
 */
export function bodyMentionsOf(bodies: Pick<TaggedBody, 'name' | 'mentions'>[], articleDate: Date): BodyMentions[] {
  const day = articleDate.toISOString().slice(0, 10);
  return bodies.map((body) => ({ name: body.name, day, month: day.slice(0, 7), mentions: body.mentions.length }));
}

export const bodyStatsQuerySchema = z.object({
  ...dateRangeShape,
  granularity: z.enum(['day', 'month']).default('day').describe('period of the mentions-over-time series'),
});

export type BodyStatsQuery = z.output<typeof bodyStatsQuerySchema>;

/**
 * Aggregation pipelines use only $match, $unwind, $group ($sum) and $sort: the stages FerretDB 1.24
 * implements the same way as MongoDB. Each $group has one accumulator: FerretDB 1.24 computes only
 * the first of several (the others come back 0), so articles and mentions are two pipelines.
 */
export function periodCountsPipeline(body: string, query: BodyStatsQuery, count: 'articles' | 'mentions'): ArticleFilter[] {
  return [
    { $match: { bodyNames: body, ...dateRangeFilter(query) } },
    { $unwind: '$bodyMentions' },
    { $match: { 'bodyMentions.name': body } },
    {
      $group: {
        _id: `$bodyMentions.${query.granularity}`,
        count: { $sum: count === 'articles' ? 1 : '$bodyMentions.mentions' },
      },
    },
    { $sort: { _id: 1 } },
  ];
}

/** Stances the body took, by polarity. */
export function stanceCountsPipeline(body: string, query: BodyStatsQuery): ArticleFilter[] {
  return [
    { $match: { 'stances.actor': body, ...dateRangeFilter(query) } },
    { $unwind: '$stances' },
    { $match: { 'stances.actor': body } },
    { $group: { _id: '$stances.polarity', count: { $sum: 1 } } },
    { $sort: { _id: 1 } },
  ];
}
