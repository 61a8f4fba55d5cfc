import { z } from 'zod';
import { envelopeShape } from '../envelope';

export const CRAWL_REQUEST_VERSION = '1.1';

const httpUrl = z.url({ protocol: /^https?$/ });

export const crawlRequestSchema = z.object({
  ...envelopeShape,
  url: httpUrl,
  /** Follow the page's "Source link" to the original publisher's article. */
  followSource: z.boolean(),
  /** What asked for the page: a feed's item, a sitemap's entry (since 1.1) or an admin. */
  origin: z.enum(['feed', 'sitemap', 'adhoc']),
  /** The feed or sitemap the page was listed in (the registered URL, also for a page of a child sitemap). */
  feedUrl: httpUrl.optional(),
});

export type CrawlRequest = z.infer<typeof crawlRequestSchema>;

/** Keyed by host, so one host's requests go to one crawler instance (politeness across instances). */
export function crawlRequestKey(request: Pick<CrawlRequest, 'url'>): string {
  return new URL(request.url).host;
}
