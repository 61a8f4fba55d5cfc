import { ampCanonicalUrl, findSourceLink, sameSite } from '@newsflow/feed';
import { FetchedPage } from './fetch-page';

export interface ArticlePage {
  page: FetchedPage;
  /** The article's own URL: the original publisher's when a source link was followed. */
  sourceUrl: string;
  /** The aggregator item page the source link was found on. */
  aggregatorUrl?: string;
}

/**
 * Fetches an item page and, when asked, follows its source link to the original article (and an
 * AMP original on to its canonical page). Without a source link, or when the "original" turns out
 * to live on the aggregator's own site (directly or after redirects), the item page is the article.
 */
export async function crawlArticle(
  url: string,
  followSource: boolean,
  fetchHtml: (url: string) => Promise<FetchedPage>,
): Promise<ArticlePage> {
  const item = await fetchHtml(url);
  const source = followSource ? findSourceLink(item.body, item.finalUrl) : undefined;
  if (!source) return { page: item, sourceUrl: item.finalUrl };
  const original = await fetchNonAmp(await fetchHtml(source), item.finalUrl, fetchHtml);
  if (sameSite(original.finalUrl, item.finalUrl)) return { page: item, sourceUrl: item.finalUrl };
  return { page: original, sourceUrl: original.finalUrl, aggregatorUrl: item.finalUrl };
}

async function fetchNonAmp(page: FetchedPage, aggregatorUrl: string, fetchHtml: (url: string) => Promise<FetchedPage>): Promise<FetchedPage> {
  const canonical = ampCanonicalUrl(page.body, page.finalUrl);
  if (!canonical || sameSite(canonical, aggregatorUrl)) return page;
  return fetchHtml(canonical);
}
