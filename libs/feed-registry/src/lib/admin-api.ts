import { z } from 'zod';
import { Discovery } from '@newsflow/feed';
import { FeedRecord } from './feed-record';
import { feedSettingsSchema } from './feed-settings';

/** The crawler's feed admin API, under its HTTP port; the `newsflow feeds` command speaks it. */
export const ADMIN_FEEDS_PATH = '/admin/feeds';

/** Accepted only when NODE_ENV is development and CRAWLER_ADMIN_TOKEN is unset; never elsewhere. */
export const DEVELOPMENT_ADMIN_TOKEN = 'newsflow-development-admin-token';

/** A feed as the admin API shows it: settings and state, seen items counted rather than listed. */
export type FeedView = Omit<FeedRecord, 'seenItemKeys' | 'createdAt' | 'nextPollAt' | 'lastPolledAt' | 'lastSuccessAt'> & {
  seenItemKeys: number;
  createdAt: string;
  nextPollAt: string;
  lastPolledAt?: string;
  lastSuccessAt?: string;
};

export function toFeedView(feed: FeedRecord): FeedView {
  return {
    ...feed,
    seenItemKeys: feed.seenItemKeys.length,
    createdAt: feed.createdAt.toISOString(),
    nextPollAt: feed.nextPollAt.toISOString(),
    lastPolledAt: feed.lastPolledAt?.toISOString(),
    lastSuccessAt: feed.lastSuccessAt?.toISOString(),
  };
}

/** Under ADMIN_FEEDS_PATH: finds a site's feeds and sitemaps, and registers them when asked. */
export const DISCOVER_PATH = '/discover';

export const discoverRequestSchema = z
  .object({
    url: feedSettingsSchema.shape.url,
    /** Register every source found (existing ones keep their state). */
    add: z.boolean().default(false),
    followSource: feedSettingsSchema.shape.followSource,
  })
  .strict();

export type DiscoverRequest = z.infer<typeof discoverRequestSchema>;
export type DiscoverRequestInput = z.input<typeof discoverRequestSchema>;

/** What discovery found, and the feeds it registered when asked to. */
export type DiscoveryView = Discovery & { added?: FeedView[] };
