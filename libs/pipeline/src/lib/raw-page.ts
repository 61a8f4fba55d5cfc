import { CrawlRequest, RAW_PAGE_VERSION, RawPage, articleIdFor, newEnvelope } from '@newsflow/contracts';
import { ArticlePage } from '@newsflow/crawling';

/** The raw-page event for a crawled article; its id comes from the article's own (source) URL. */
export function toRawPage(request: Pick<CrawlRequest, 'correlationId' | 'feedUrl'>, crawled: ArticlePage, now = new Date()): RawPage {
  return {
    ...newEnvelope('crawler', RAW_PAGE_VERSION, request, now),
    articleId: articleIdFor(crawled.sourceUrl),
    provenance: {
      sourceUrl: crawled.sourceUrl,
      aggregatorUrl: crawled.aggregatorUrl,
      feedUrl: request.feedUrl,
    },
    fetchedAt: now.toISOString(),
    httpStatus: crawled.page.status,
    contentType: crawled.page.contentType,
    html: crawled.page.body,
  };
}
