import { z } from 'zod';
import { fetchEnvShape } from '@newsflow/crawling';
import { baseEnvSchema, mongoUriSchema, optionalEnv as optional } from '@newsflow/service-kit';

const csv = z.string().transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));
const HOUR_MS = 60 * 60 * 1000;

export const crawlerEnvSchema = baseEnvSchema.extend({
  MONGO_URI: mongoUriSchema,
  /** A YAML or JSON file declaring the feeds; see the README's "Feeds" section. */
  FEEDS_FILE: optional(z.string()),
  FEED_URLS: csv.pipe(z.array(z.url({ protocol: /^https?$/, error: 'FEED_URLS must list http(s) URLs' }))).default([]),
  FEED_POLL_INTERVAL_MS: z.coerce.number().int().min(1000).default(300_000),
  FEED_POLL_JITTER: z.coerce.number().min(0).max(0.5).default(0.1),
  FEED_MAX_BACKOFF_MS: z.coerce.number().int().min(1000).default(6 * HOUR_MS),
  FEED_SEEN_ITEMS_MAX: z.coerce.number().int().min(10).default(1000),
  FEED_POLL_CONCURRENCY: z.coerce.number().int().min(1).default(4),
  FEED_LEASE_MS: z.coerce.number().int().min(10_000).default(300_000),
  /** Sitemap entries published (or modified) longer ago are left out; 0 takes every entry. Google News sitemaps list two days. */
  SITEMAP_RECENT_WINDOW_MS: z.coerce.number().int().min(0).default(48 * HOUR_MS),
  SITEMAP_MAX_DEPTH: z.coerce.number().int().min(0).max(5).default(2),
  SITEMAP_MAX_FILES: z.coerce.number().int().min(1).max(1000).default(50),
  SITEMAP_MAX_URLS: z.coerce.number().int().min(1).max(100_000).default(50_000),
  /** Bearer token of the admin API; development falls back to a well-known one, nothing else does. */
  CRAWLER_ADMIN_TOKEN: optional(z.string().min(16, 'CRAWLER_ADMIN_TOKEN must be at least 16 characters')),
  /** The fetch path's guards, limits and politeness, shared with `newsflow fetch`. */
  ...fetchEnvShape,
});

export type CrawlerEnv = z.infer<typeof crawlerEnvSchema>;
