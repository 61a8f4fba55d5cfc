import { findSourceLink } from '@newsflow/feed';
import { FetchedPage } from './fetch-page';

export interface ArticlePage {
  page: FetchedPage;
  /** The article's own URL: the original publisher's when a source link was followed. */
  sourceUrl: string;
  /** The aggregator item page the source link was found on. */
  aggregatorUrl?: string;
}

/**
 * Fetches an item page and, when asked, follows its "Source link" to the original article.
 * Without a source link the item page is the article.
 */
export async function crawlArticle(
  url: string,
  followSource: boolean,
  fetchHtml: (url: string) => Promise<FetchedPage>,
): Promise<ArticlePage> {
  const item = await fetchHtml(url);
  const source = followSource ? findSourceLink(item.body, item.finalUrl) : undefined;
  if (!source) return { page: item, sourceUrl: item.finalUrl };
  const original = await fetchHtml(source);
  return { page: original, sourceUrl: original.finalUrl, aggregatorUrl: item.finalUrl };
}
