import { Model } from 'mongoose';
import {
  ARTICLE_ORDER,
  ArticleView,
  ArticleQuery,
  BodyStatsQuery,
  Page,
  articleFilter,
  pageOf,
  periodCountsPipeline,
  stanceCountsPipeline,
} from '@newsflow/archive-query';
import { Stance } from '@newsflow/contracts';
import { ArticleDocument } from './article-document';

const VIEW_PROJECTION = { _id: 0, keywords: 0, stanceKeys: 0, bodyMentions: 0 } as const;

export interface PeriodMentions {
  /** `YYYY-MM-DD` or `YYYY-MM` (UTC), by the requested granularity. */
  period: string;
  articles: number;
  mentions: number;
}

export interface BodyStats {
  body: string;
  mentionsOverTime: PeriodMentions[];
  stanceCounts: Record<Stance['polarity'], number>;
}

interface GroupCount<T> {
  _id: T;
  count: number;
}

/** The archive's read path: filtered pages of articles and per-body aggregates. */
export class ArticleSearch {
  constructor(private readonly model: Model<ArticleDocument>) {}

  async find(query: ArticleQuery): Promise<Page<ArticleView>> {
    const fetched = await this.model
      .find(articleFilter(query), VIEW_PROJECTION)
      .sort(ARTICLE_ORDER)
      .limit(query.limit + 1)
      .lean<ArticleView[]>()
      .exec();
    return pageOf(fetched, query.limit);
  }

  findOne(articleId: string): Promise<ArticleView | null> {
    return this.model.findOne({ articleId }, VIEW_PROJECTION).lean<ArticleView>().exec();
  }

  async bodyStats(body: string, query: BodyStatsQuery): Promise<BodyStats> {
    const [articles, mentions, stances] = await Promise.all([
      this.aggregate<GroupCount<string>>(periodCountsPipeline(body, query, 'articles')),
      this.aggregate<GroupCount<string>>(periodCountsPipeline(body, query, 'mentions')),
      this.aggregate<GroupCount<Stance['polarity']>>(stanceCountsPipeline(body, query)),
    ]);
    const mentionsIn = new Map(mentions.map(({ _id, count }) => [_id, count]));
    const stanceCounts = { support: 0, oppose: 0, neutral: 0 };
    for (const { _id, count } of stances) stanceCounts[_id] = count;
    return {
      body,
      mentionsOverTime: articles.map(({ _id, count }) => ({ period: _id, articles: count, mentions: mentionsIn.get(_id) ?? 0 })),
      stanceCounts,
    };
  }

  /** Straight to the driver: archive-query builds the pipelines as plain documents with their final values. */
  private aggregate<T extends object>(pipeline: Record<string, unknown>[]): Promise<T[]> {
    return this.model.collection.aggregate<T>(pipeline).toArray();
  }
}
