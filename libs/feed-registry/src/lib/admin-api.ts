import { FeedRecord } from './feed-record';

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
