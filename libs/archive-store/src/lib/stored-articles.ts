import type { mongo } from 'mongoose';
import { CLEAN_ARTICLE_VERSION, CleanArticle, newEnvelope } from '@newsflow/contracts';
import { ArticleDocument } from './article-document';

// Read side for re-processing the archive (e.g. re-enrichment after a gazetteer change): stored
// articles in articleId order, page by page, and the clean article each one was made from.

export interface StoredArticleQuery {
  /** Continue after this articleId (a checkpoint); from the start when absent. */
  after?: string;
  /** Skip articles already enriched with this gazetteer version. */
  notGazetteerVersion?: string;
}

const filterOf = ({ after, notGazetteerVersion }: StoredArticleQuery) => ({
  ...(after ? { articleId: { $gt: after } } : {}),
  ...(notGazetteerVersion ? { gazetteerVersion: { $ne: notGazetteerVersion } } : {}),
});

export function countStoredArticles(articles: mongo.Collection<ArticleDocument>, query: StoredArticleQuery): Promise<number> {
  return articles.countDocuments(filterOf(query));
}

/** Pages of stored articles in ascending articleId order; each page starts after the last one's end. */
export async function* storedArticlePages(
  articles: mongo.Collection<ArticleDocument>,
  query: StoredArticleQuery,
  pageSize: number,
): AsyncGenerator<ArticleDocument[]> {
  let after = query.after;
  for (;;) {
    const page = await articles
      .find(filterOf({ ...query, after }), { projection: { _id: 0 } })
      .sort({ articleId: 1 })
      .limit(pageSize)
      .toArray();
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1].articleId;
  }
}

/** The clean article a stored document holds, as a new event in the document's correlation. */
export function cleanArticleOf(doc: ArticleDocument, producer: string, now = new Date()): CleanArticle {
  return {
    ...newEnvelope(producer, CLEAN_ARTICLE_VERSION, doc, now),
    articleId: doc.articleId,
    provenance: definedOnly({ sourceUrl: doc.sourceUrl, aggregatorUrl: doc.aggregatorUrl, feedUrl: doc.feedUrl }),
    fetchedAt: new Date(doc.fetchedAt).toISOString(),
    article: definedOnly({
      title: doc.title,
      text: doc.text,
      authors: doc.authors,
      publishedAt: doc.publishedAt ? new Date(doc.publishedAt).toISOString() : undefined,
      language: doc.language,
      canonicalUrl: doc.canonicalUrl,
      siteName: doc.siteName,
    }),
  };
}

/** MongoDB stores absent optional fields as null; the contract wants them left out. */
function definedOnly<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null)) as T;
}
