import { FetchError, FetchedPage, NotModified, Validators } from '@newsflow/crawling';
import { FeedItem, parseFeed } from '@newsflow/feed';
import { ClaimedFeed, FeedRecord, FeedState } from './feed-record';
import { selectNewItems } from './seen-items';
import { PollSchedule, nextPollAt } from './schedule';

/** A feed's answer to a conditional GET through the crawler's fetch path: 304 carries no body. */
export type FeedResponse = FetchedPage | NotModified;

export interface FeedPollSettings {
  /** Interval of feeds that declare none. */
  defaultIntervalMs: number;
  schedule: PollSchedule;
  /** Seen-item keys kept per feed (two per item: guid and link). */
  maxSeenKeys: number;
}

export interface FeedPollPorts {
  fetchFeed(url: string, validators: Validators): Promise<FeedResponse>;
  /** Publishes the new items. If it throws, the poll fails and the items stay unseen, to come again. */
  emit(feed: FeedRecord, items: FeedItem[]): Promise<void>;
  clock?: () => Date;
  random?: () => number;
}

export interface PollReport {
  feedId: string;
  url: string;
  outcome: 'not_modified' | 'fetched' | 'failed';
  newItems: number;
  error?: string;
  state: FeedState;
}

/**
 * Polls one claimed feed: a conditional GET with the stored validators, then only the items never
 * seen before are emitted. Items are emitted before the seen keys are stored, so a crash in between
 * re-emits them (at least once; the archive's upsert absorbs the duplicate) rather than losing them.
 */
export async function pollFeed(claim: ClaimedFeed, ports: FeedPollPorts, settings: FeedPollSettings): Promise<PollReport> {
  const { feed } = claim;
  const now = (ports.clock ?? (() => new Date()))();
  const random = ports.random ?? Math.random;
  const intervalMs = feed.pollIntervalMs ?? settings.defaultIntervalMs;
  const report = (outcome: PollReport['outcome'], newItems: number, state: Partial<FeedState>, error?: string): PollReport => ({
    feedId: feed.feedId,
    url: feed.url,
    outcome,
    newItems,
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
    const items = await parseFeed(response.body, response.finalUrl);
    const { fresh, seenKeys } = selectNewItems(items, feed.seenItemKeys, settings.maxSeenKeys);
    if (fresh.length > 0) await ports.emit(feed, fresh);
    return report('fetched', fresh.length, { ...success, seenItemKeys: seenKeys, lastNewItems: fresh.length });
  } catch (error) {
    const failures = feed.consecutiveFailures + 1;
    const message = (error as Error).message;
    const fetchError = error instanceof FetchError ? error : undefined;
    return report('failed', 0, {
      consecutiveFailures: failures,
      lastError: message,
      lastStatus: fetchError?.status,
      nextPollAt: nextPollAt(now, intervalMs, failures, settings.schedule, random, fetchError?.retryAfterMs),
    }, message);
  }
}

function stateOf(feed: FeedRecord): FeedState {
  const { etag, lastModified, seenItemKeys, lastPolledAt, lastSuccessAt, lastStatus, lastNewItems, consecutiveFailures, lastError, nextPollAt } =
    feed;
  return { etag, lastModified, seenItemKeys, lastPolledAt, lastSuccessAt, lastStatus, lastNewItems, consecutiveFailures, lastError, nextPollAt };
}
