import { z } from 'zod';
import { envelopeShape } from '../envelope';

export const CRAWL_REQUEST_VERSION = '1.0';

const httpUrl = z.url({ protocol: /^https?$/ });

export const crawlRequestSchema = z.object({
  ...envelopeShape,
  url: httpUrl,
  /** Follow the page's "Source link" to the original publisher's article. */
  followSource: z.boolean(),
  origin: z.enum(['feed', 'adhoc']),
  feedUrl: httpUrl.optional(),
});

export type CrawlRequest = z.infer<typeof crawlRequestSchema>;

/** Keyed by host, so one host's requests go to one crawler instance (politeness across instances). */
export function crawlRequestKey(request: Pick<CrawlRequest, 'url'>): string {
  return new URL(request.url).host;
}
