import { z } from 'zod';
import { baseEnvSchema } from '@newsflow/service-kit';

const csv = z.string().transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

export const crawlerEnvSchema = baseEnvSchema.extend({
  FEED_URLS: csv.default([]),
  FEED_POLL_INTERVAL_MS: z.coerce.number().int().min(1000).default(300_000),
  CRAWLER_USER_AGENT: z.string().default('newsflow-crawler/0.1 (+https://github.com/newsflow/newsflow)'),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
});

export type CrawlerEnv = z.infer<typeof crawlerEnvSchema>;
