import type { mongo } from 'mongoose';
import { ArticleDocument } from './article-document';

// Read side for the dashboard: how big the archive is and what came in last. Over the driver's
// collection (as stored-articles.ts), so a reader that must survive MongoDB outages needs no mongoose connection.

/** What the dashboard shows of a stored article. */
export type ArticleOverview = Pick<
  ArticleDocument,
  'articleId' | 'title' | 'sourceUrl' | 'language' | 'storedAt' | 'bodies' | 'stances'
>;

export interface ArticleCounts {
  total: number;
  storedSince: number;
}

export async function countArticles(articles: mongo.Collection<ArticleDocument>, since: Date): Promise<ArticleCounts> {
  const [total, storedSince] = await Promise.all([
    articles.estimatedDocumentCount(),
    articles.countDocuments({ storedAt: { $gte: since } }),
  ]);
  return { total, storedSince };
}

/** The `limit` articles stored last, newest first. */
export function latestArticles(articles: mongo.Collection<ArticleDocument>, limit: number): Promise<ArticleOverview[]> {
  const projection = { _id: 0, articleId: 1, title: 1, sourceUrl: 1, language: 1, storedAt: 1, bodies: 1, stances: 1 };
  return articles.find<ArticleOverview>({}, { projection }).sort({ storedAt: -1 }).limit(limit).toArray();
}
