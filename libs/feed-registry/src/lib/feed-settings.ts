import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normalizeUrl } from '@newsflow/contracts';

/** Polling a feed more often than this is never polite, whatever its settings say. */
export const MIN_POLL_INTERVAL_MS = 1000;

/** What an operator declares about one feed; everything else about it is state the crawler keeps. */
export const feedSettingsSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }),
    /** Absent: the crawler's default interval (FEED_POLL_INTERVAL_MS). */
    pollIntervalMs: z.number().int().min(MIN_POLL_INTERVAL_MS).optional(),
    /** Follow each item page's source link to the original publisher (aggregator feeds). */
    followSource: z.boolean().default(true),
  })
  .strict();

export type FeedSettings = z.infer<typeof feedSettingsSchema>;
export type FeedSettingsInput = z.input<typeof feedSettingsSchema>;

/** A feed's id: the first 16 hex digits of the SHA-256 of its normalised URL, so one feed is one entry. */
export function feedIdFor(url: string): string {
  return createHash('sha256').update(normalizeUrl(url)).digest('hex').slice(0, 16);
}
