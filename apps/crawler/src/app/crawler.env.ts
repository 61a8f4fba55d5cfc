import { z } from 'zod';
import { fetchEnvShape } from '@newsflow/crawling';
import { authFailureEnvShape, baseEnvSchema, mongoEnvShape, optionalEnv as optional } from '@newsflow/service-kit';

const csv = z.string().transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));
const HOUR_MS = 60 * 60 * 1000;

export const crawlerEnvSchema = baseEnvSchema.extend({
  ...mongoEnvShape,
  FEEDS_FILE: optional(z.string()).describe(
    'A YAML or JSON file declaring the feeds (see deploy/feeds.yaml); at start-up the registry\'s file-declared feeds become exactly this list.',
  ),
  FEED_URLS: csv
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'FEED_URLS must list http(s) URLs' })))
    .default([])
    .describe('Feeds to poll besides the file\'s, comma-separated http(s) URLs.'),
  FEED_POLL_INTERVAL_MS: z.coerce.number().int().min(1000).default(300_000).describe('How often a feed is polled, unless it sets its own interval.'),
  FEED_POLL_JITTER: z.coerce.number().min(0).max(0.5).default(0.1).describe('Random spread of poll times, as a fraction of the interval, so feeds do not poll in step.'),
  FEED_MAX_BACKOFF_MS: z.coerce.number().int().min(1000).default(6 * HOUR_MS).describe('Longest wait before re-polling a feed that keeps failing.'),
  FEED_SEEN_ITEMS_MAX: z.coerce.number().int().min(10).default(1000).describe('Item keys remembered per feed to recognise items already turned into crawl requests.'),
  FEED_POLL_CONCURRENCY: z.coerce.number().int().min(1).default(4).describe('Feeds one crawler instance polls at once.'),
  FEED_LEASE_MS: z.coerce
    .number()
    .int()
    .min(10_000)
    .default(60_000)
    .describe('How long an instance holds a feed it polls, so that one instance polls a feed at a time; renewed every third of it while the poll runs, so a crashed holder\'s feeds are polled again within it.'),
  SITEMAP_RECENT_WINDOW_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(48 * HOUR_MS)
    .describe('Sitemap entries published (or modified) longer ago are left out, and so are undated ones; 0 takes every entry. Google News sitemaps list two days.'),
  SITEMAP_MAX_DEPTH: z.coerce.number().int().min(0).max(5).default(2).describe('How many levels of sitemap indexes a poll follows below the registered one.'),
  SITEMAP_MAX_FILES: z.coerce.number().int().min(1).max(1000).default(50).describe('Sitemap files one poll of a source reads at most, the registered one included.'),
  SITEMAP_MAX_URLS: z.coerce.number().int().min(1).max(100_000).default(50_000).describe('Sitemap entries one poll of a source reads at most, all files together; reading stops at the cap, which the poll report notes.'),
  CRAWLER_ADMIN_TOKEN: optional(z.string().min(16, 'CRAWLER_ADMIN_TOKEN must be at least 16 characters')).describe(
    'Bearer token of the admin API (16+ characters); development falls back to a well-known one, otherwise unset refuses every admin request.',
  ),
  ...authFailureEnvShape,
  /** The fetch path's guards, limits and politeness, shared with `newsflow fetch`. */
  ...fetchEnvShape,
});

export type CrawlerEnv = z.infer<typeof crawlerEnvSchema>;
