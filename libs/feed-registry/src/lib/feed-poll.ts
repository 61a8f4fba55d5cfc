import { FetchError, FetchedPage, NotModified, Validators, redactUrlsIn } from '@newsflow/crawling';
import { FeedItem, isSitemap, parseFeed } from '@newsflow/feed';
import { ClaimedFeed, FeedRecord, FeedState, SourceKind } from './feed-record';
import { selectNewItems } from './seen-items';
import { PollSchedule, nextPollAt } from './schedule';
import { SitemapSettings, readSitemap } from './sitemap-source';

/** A feed's answer to a conditional GET through the crawler's fetch path: 304 carries no body. */
export type FeedResponse = FetchedPage | NotModified;

export interface FeedPollSettings {
  /** Interval of feeds that declare none. */
  defaultIntervalMs: number;
  schedule: PollSchedule;
  /** Seen-item keys kept per feed (two per item: guid and link). */
  maxSeenKeys: number;
  sitemap: SitemapSettings;
}

/** Notes kept in a feed's state; the poll report carries them all. */
const MAX_STORED_NOTES = 10;

export interface FeedPollPorts {
  /** Fetches a feed or sitemap (conditionally when validators are given); child sitemaps come through here too. */
  fetchFeed(url: string, validators: Validators): Promise<FeedResponse>;
  /**
   * Publishes the new items. If it throws (the broker is unavailable), the poll is deferred: the
   * items stay unseen and the validators unchanged, to come again at the next poll, and the feed
   * is not blamed (no failure counted, no backoff).
   */
  emit(feed: FeedRecord, items: FeedItem[], kind: SourceKind): Promise<void>;
  clock?: () => Date;
  random?: () => number;
}

/** The time by the ports' clock, else the system's. */
export function nowOf(ports: Pick<FeedPollPorts, 'clock'>): Date {
  return ports.clock?.() ?? new Date();
}

export interface PollReport {
  feedId: string;
  url: string;
  /** `deferred`: fetched, but its new items could not be published; polled again at its interval, no failure counted. */
  outcome: 'not_modified' | 'fetched' | 'failed' | 'deferred';
  newItems: number;
  /** Sitemap entries left out as older than the recent window (or undated). */
  oldEntries?: number;
  /** Limits reached and child sitemaps that failed. */
  notes?: string[];
  error?: string;
  state: FeedState;
}

/**
 * Polls one claimed feed or sitemap: a conditional GET with the stored validators, then only the
 * items never seen before are emitted (of a sitemap, only the recent ones). Items are emitted before the seen keys are stored, so a crash in between
 * re-emits them (at least once; the archive's upsert absorbs the duplicate) rather than losing them.
 */
export async function pollFeed(claim: ClaimedFeed, ports: FeedPollPorts, settings: FeedPollSettings): Promise<PollReport> {
  const { feed } = claim;
  const now = nowOf(ports);
  const random = ports.random ?? Math.random;
  const intervalMs = feed.pollIntervalMs ?? settings.defaultIntervalMs;
  const report = (outcome: PollReport['outcome'], newItems: number, state: Partial<FeedState>, error?: string, read?: SourceRead): PollReport => ({
    feedId: feed.feedId,
    url: feed.url,
    outcome,
    newItems,
    oldEntries: read?.oldEntries,
    notes: read?.notes,
    error,
    state: { ...stateOf(feed), lastPolledAt: now, ...state },
  });
  try {
    const response = await ports.fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    const success = {
      etag: response.etag ?? feed.etag,
      lastModified: response.lastModified ?? feed.lastModified,
      lastSuccessAt: now,
      lastStatus: response.status,
      consecutiveFailures: 0,
      lastError: undefined,
      nextPollAt: nextPollAt(now, intervalMs, 0, settings.schedule, random),
    };
    if ('notModified' in response) return report('not_modified', 0, { ...success, lastNewItems: 0 });
    const read = await readSource(response, ports, settings, now);
    const { fresh, seenKeys } = selectNewItems(read.items, feed.seenItemKeys, settings.maxSeenKeys);
    if (fresh.length > 0) await ports.emit(feed, fresh, read.kind).catch((error: Error) => Promise.reject(new PublishFailure(error)));
    const validators = read.revalidate ? {} : { etag: undefined, lastModified: undefined };
    const notes = read.notes.length > 0 ? read.notes.slice(0, MAX_STORED_NOTES) : undefined;
    return report('fetched', fresh.length, { ...success, ...validators, kind: read.kind, lastNotes: notes, seenItemKeys: seenKeys, lastNewItems: fresh.length }, undefined, read);
  } catch (error) {
    if (error instanceof PublishFailure) return report('deferred', 0, { nextPollAt: nextPollAt(now, intervalMs, 0, settings.schedule, random) }, error.message);
    const failures = feed.consecutiveFailures + 1;
    // Stored in lastError and logged: a feed URL's credentials stay out of both.
    const message = redactUrlsIn((error as Error).message);
    const fetchError = error instanceof FetchError ? error : undefined;
    return report('failed', 0, {
      consecutiveFailures: failures,
      lastError: message,
      lastStatus: fetchError?.status,
      nextPollAt: nextPollAt(now, intervalMs, failures, settings.schedule, random, fetchError?.retryAfterMs),
    }, message);
  }
}

/** Our side failed to publish a poll's items: not the feed's failure. */
class PublishFailure extends Error {
  constructor(cause: Error) {
    super(`could not publish the new items: ${cause.message}`);
  }
}

interface SourceRead {
  kind: SourceKind;
  items: FeedItem[];
  oldEntries?: number;
  notes: string[];
  /** Whether the validators may stand for the whole source: not for a sitemap index, whose children change under it. */
  revalidate: boolean;
}

/** A feed's items, or a sitemap's recent pages (the indexes below it followed), told apart by the document's root element. */
async function readSource(page: FetchedPage, ports: FeedPollPorts, settings: FeedPollSettings, now: Date): Promise<SourceRead> {
  if (!isSitemap(page.body)) return { kind: 'feed', items: await parseFeed(page.body, page.finalUrl), notes: [], revalidate: true };
  const fetchChild = async (url: string) => {
    const child = await ports.fetchFeed(url, {});
    if ('notModified' in child) throw new FetchError('http_status', `HTTP 304 from ${url} to an unconditional GET`, 304);
    return child;
  };
  const read = await readSitemap({ url: page.finalUrl, body: page.body }, fetchChild, settings.sitemap, now);
  return { kind: 'sitemap', items: read.items, oldEntries: read.old, notes: read.notes.map(redactUrlsIn), revalidate: !read.index };
}

function stateOf(feed: FeedRecord): FeedState {
  const { kind, etag, lastModified, seenItemKeys, lastPolledAt, lastSuccessAt, lastStatus, lastNewItems, consecutiveFailures, lastError, lastNotes, nextPollAt } =
    feed;
  return { kind, etag, lastModified, seenItemKeys, lastPolledAt, lastSuccessAt, lastStatus, lastNewItems, consecutiveFailures, lastError, lastNotes, nextPollAt };
}
