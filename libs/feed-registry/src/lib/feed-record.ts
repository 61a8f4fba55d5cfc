import { FeedSettings } from './feed-settings';

/** Where a feed was declared: the feeds file (or FEED_URLS) at start-up, or the admin API. */
export type FeedOrigin = 'config' | 'api';

/** What a source turned out to be when last read: an RSS/Atom/RDF feed, or a sitemap (or sitemap index). */
export type SourceKind = 'feed' | 'sitemap';

/** What the crawler remembers about a feed between polls, across restarts and instances. */
export interface FeedState {
  kind?: SourceKind;
  /** Validators of the last full response, sent back for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** Hashed guid and link keys of recent items, newest first, bounded. */
  seenItemKeys: string[];
  lastPolledAt?: Date;
  lastSuccessAt?: Date;
  /** HTTP status of the last answer (304 when nothing changed). */
  lastStatus?: number;
  lastNewItems?: number;
  consecutiveFailures: number;
  lastError?: string;
  /** Limits a sitemap poll ran into and child sitemaps that failed, from the last poll that read one. */
  lastNotes?: string[];
  nextPollAt: Date;
}

export interface FeedRecord extends FeedSettings, FeedState {
  feedId: string;
  origin: FeedOrigin;
  createdAt: Date;
}

/** A due feed one instance holds the lease on, so no other instance polls it meanwhile. */
export interface ClaimedFeed {
  feed: FeedRecord;
  leaseToken: string;
}

/** The storage the poller needs; the crawler implements it on MongoDB. */
export interface FeedClaims {
  /** Atomically takes the most overdue feed whose lease has expired, or none. */
  claimDue(now: Date, leaseMs: number): Promise<ClaimedFeed | undefined>;
  /** Extends a lease still held to `leaseMs` from `now`; false when it was lost (or the feed removed). */
  renew(claim: ClaimedFeed, now: Date, leaseMs: number): Promise<boolean>;
  /** Stores the state a poll left behind (undefined fields are cleared) and ends the lease; false when the lease was lost (or the feed removed). */
  release(claim: ClaimedFeed, state: FeedState): Promise<boolean>;
}
