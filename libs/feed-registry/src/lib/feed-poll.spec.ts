import { FetchError, Validators } from '@newsflow/crawling';
import { FeedItem } from '@newsflow/feed';
import { ClaimedFeed, FeedRecord } from './feed-record';
import { FeedPollSettings, FeedResponse, pollFeed } from './feed-poll';

const NOW = new Date('2026-01-01T00:00:00Z');
const MINUTE = 60_000;
const settings: FeedPollSettings = {
  defaultIntervalMs: 5 * MINUTE,
  schedule: { jitter: 0, maxBackoffMs: 60 * MINUTE },
  maxSeenKeys: 100,
  sitemap: { recentWindowMs: 0, maxDepth: 2, maxFiles: 10, maxEntries: 1000 },
};

const rss = (...guids: string[]) =>
  `<rss version="2.0"><channel><title>t</title>${guids
    .map((guid) => `<item><guid>${guid}</guid><link>https://e.test/${guid}</link></item>`)
    .join('')}</channel></rss>`;

const claimOf = (overrides: Partial<FeedRecord> = {}): ClaimedFeed => ({
  leaseToken: 'lease',
  feed: {
    feedId: 'f1',
    url: 'https://e.test/feed',
    followSource: true,
    origin: 'api',
    createdAt: NOW,
    seenItemKeys: [],
    consecutiveFailures: 0,
    nextPollAt: NOW,
    ...overrides,
  },
});

/** Runs a poll against a scripted feed server, recording what it was asked and what was emitted. */
async function poll(claim: ClaimedFeed, answer: (validators: Validators) => FeedResponse, emitError?: Error) {
  const asked: Validators[] = [];
  const emitted: FeedItem[] = [];
  const report = await pollFeed(
    claim,
    {
      fetchFeed: async (_url, validators) => {
        asked.push(validators);
        return answer(validators);
      },
      emit: async (_feed, items) => {
        if (emitError) throw emitError;
        emitted.push(...items);
      },
      clock: () => NOW,
      random: () => 0.5,
    },
    settings,
  );
  return { report, asked, emitted };
}

const FEED_URL = 'https://e.test/feed';
const page = (body: string, etag?: string): FeedResponse => ({
  url: FEED_URL,
  finalUrl: FEED_URL,
  status: 200,
  contentType: 'application/rss+xml',
  body,
  bytes: body.length,
  charset: 'UTF-8',
  elapsedMs: 1,
  etag,
});
const notModified: FeedResponse = { notModified: true, url: FEED_URL, finalUrl: FEED_URL, status: 304, elapsedMs: 1 };

describe('pollFeed', () => {
  it('emits the new items, remembers them and the validators, and schedules the next poll', async () => {
    const { report, emitted } = await poll(claimOf(), () => page(rss('a', 'b'), '"v1"'));
    expect(emitted.map((item) => item.guid)).toEqual(['a', 'b']);
    expect(report).toMatchObject({ outcome: 'fetched', newItems: 2 });
    expect(report.state).toMatchObject({ etag: '"v1"', lastStatus: 200, lastSuccessAt: NOW, consecutiveFailures: 0, lastNewItems: 2 });
    expect(report.state.nextPollAt.getTime() - NOW.getTime()).toBe(5 * MINUTE);

    const again = await poll(claimOf({ ...report.state }), () => page(rss('a', 'b', 'c'), '"v2"'));
    expect(again.emitted.map((item) => item.guid)).toEqual(['c']);
    expect(again.asked).toEqual([{ etag: '"v1"', lastModified: undefined }]);
  });

  it('does no work on 304 and keeps what it knew', async () => {
    const seen = await poll(claimOf(), () => page(rss('a'), '"v1"'));
    const { report, emitted } = await poll(claimOf({ ...seen.report.state, pollIntervalMs: 10 * MINUTE }), () => notModified);
    expect(emitted).toEqual([]);
    expect(report).toMatchObject({ outcome: 'not_modified', newItems: 0 });
    expect(report.state).toMatchObject({ etag: '"v1"', lastStatus: 304, seenItemKeys: seen.report.state.seenItemKeys });
    expect(report.state.nextPollAt.getTime() - NOW.getTime()).toBe(10 * MINUTE);
  });

  it('backs off after a failure and clears the error after the next success', async () => {
    const claim = claimOf({ consecutiveFailures: 2 });
    const failed = await poll(claim, () => {
      throw new FetchError('http_status', 'HTTP 503 from https://e.test/feed', 503);
    });
    expect(failed.report).toMatchObject({ outcome: 'failed', error: 'HTTP 503 from https://e.test/feed' });
    expect(failed.report.state).toMatchObject({ consecutiveFailures: 3, lastStatus: 503, lastError: 'HTTP 503 from https://e.test/feed' });
    expect(failed.report.state.nextPollAt.getTime() - NOW.getTime()).toBe(40 * MINUTE);

    const recovered = await poll(claimOf(failed.report.state), () => page(rss('a')));
    expect(recovered.report.state).toMatchObject({ consecutiveFailures: 0, lastError: undefined });
  });

  it("waits at least the server's Retry-After after a refusal", async () => {
    const { report } = await poll(claimOf(), () => {
      throw new FetchError('http_status', 'HTTP 429 from https://e.test/feed', 429, 3 * 60 * MINUTE);
    });
    expect(report.state).toMatchObject({ consecutiveFailures: 1, lastStatus: 429 });
    expect(report.state.nextPollAt.getTime() - NOW.getTime()).toBe(3 * 60 * MINUTE);
  });

  it('fails on a document that is no feed', async () => {
    const { report } = await poll(claimOf(), () => page('<html><body>moved</body></html>'));
    expect(report).toMatchObject({ outcome: 'failed', newItems: 0, state: { consecutiveFailures: 1 } });
  });

  it('leaves the items unseen when they could not be emitted, so the next poll brings them again', async () => {
    const { report } = await poll(claimOf(), () => page(rss('a'), '"v1"'), new Error('broker down'));
    expect(report).toMatchObject({ outcome: 'deferred', error: 'could not publish the new items: broker down' });
    expect(report.state).toMatchObject({ seenItemKeys: [], etag: undefined });
    const retried = await poll(claimOf(report.state), () => page(rss('a'), '"v1"'));
    expect(retried.emitted.map((item) => item.guid)).toEqual(['a']);
  });

  it('does not blame the feed for a broker outage: no failure counted, no backoff, its failure record kept', async () => {
    const claim = claimOf({ consecutiveFailures: 2, lastError: 'HTTP 503 from https://e.test/feed', etag: '"v0"' });
    const { report } = await poll(claim, () => page(rss('a'), '"v1"'), new Error('KafkaJSNumberOfRetriesExceeded'));
    expect(report.outcome).toBe('deferred');
    expect(report.state).toMatchObject({ consecutiveFailures: 2, lastError: 'HTTP 503 from https://e.test/feed', etag: '"v0"', lastPolledAt: NOW });
    // The plain interval, where a third feed failure would have waited 5 min × 2³.
    expect(report.state.nextPollAt.getTime() - NOW.getTime()).toBe(5 * MINUTE);
  });
});
