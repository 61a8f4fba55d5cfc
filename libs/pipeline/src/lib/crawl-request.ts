import { z } from 'zod';
import { CRAWL_REQUEST_VERSION, CrawlRequest, crawlRequestSchema, newEnvelope } from '@newsflow/contracts';

/** The crawler's admin endpoint for ad-hoc crawl requests. */
export const ADMIN_CRAWL_PATH = '/admin/crawl';

/** An admin's ad-hoc crawl request: a page URL, its "Source link" followed unless told otherwise. */
export const adhocCrawlSchema = z.object({
  url: crawlRequestSchema.shape.url,
  followSource: z.boolean().default(true),
});

export type AdhocCrawl = z.infer<typeof adhocCrawlSchema>;

/** A crawl request as the crawler emits it, for a feed item or an ad-hoc request; a new correlation starts here. */
export function newCrawlRequest(fields: Pick<CrawlRequest, 'url' | 'followSource' | 'origin' | 'feedUrl'>, now = new Date()): CrawlRequest {
  return { ...newEnvelope('crawler', CRAWL_REQUEST_VERSION, undefined, now), ...fields };
}
