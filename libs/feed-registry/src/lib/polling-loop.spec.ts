import { setTimeout as sleep } from 'node:timers/promises';
import { ClaimedFeed, FeedClaims } from './feed-record';
import { FeedResponse } from './feed-poll';
import { FeedPollingLoop } from './polling-loop';

const NOW = new Date('2026-01-01T00:00:00Z');
const FEED_URL = 'https://e.test/feed';
const LEASE_MS = 60;

const claim: ClaimedFeed = {
  leaseToken: 'lease-1',
  feed: { feedId: 'f1', url: FEED_URL, followSource: true, origin: 'api', createdAt: NOW, seenItemKeys: [], consecutiveFailures: 0, nextPollAt: NOW },
};

/** One due feed, handed out once; every renewal and the release are recorded in order. */
function claimsOfOneFeed(): FeedClaims & { calls: string[] } {
  let taken = false;
  const calls: string[] = [];
  return {
    calls,
    claimDue: async () => (taken ? undefined : ((taken = true), claim)),
    renew: async (held, _now, leaseMs) => (calls.push(`renew ${held.leaseToken} ${leaseMs}`), true),
    release: async () => (calls.push('release'), true),
  };
}

/** A poll whose feed answers after `delayMs`. */
async function pollTaking(delayMs: number, claims: FeedClaims): Promise<void> {
  const body = '<rss version="2.0"><channel><title>t</title></channel></rss>';
  const answer: FeedResponse = { url: FEED_URL, finalUrl: FEED_URL, status: 200, contentType: 'application/rss+xml', body, bytes: body.length, charset: 'UTF-8', elapsedMs: delayMs };
  const loop = new FeedPollingLoop(
    {
      claims,
      fetchFeed: async () => (await sleep(delayMs), answer),
      emit: async () => undefined,
      onPolled: () => undefined,
      clock: () => NOW,
      random: () => 0.5,
    },
    { defaultIntervalMs: 60_000, schedule: { jitter: 0, maxBackoffMs: 600_000 }, maxSeenKeys: 10, concurrency: 1, leaseMs: LEASE_MS, sitemap: { recentWindowMs: 0, maxDepth: 1, maxFiles: 1, maxEntries: 10 } },
  );
  await loop.fill();
  await loop.settled();
}

describe('FeedPollingLoop leases', () => {
  it('renews the lease every third of it while a poll outlasts it, and never after the release', async () => {
    const claims = claimsOfOneFeed();
    await pollTaking(LEASE_MS * 3, claims);
    const renewals = claims.calls.filter((call) => call === `renew lease-1 ${LEASE_MS}`);
    expect(renewals.length).toBeGreaterThanOrEqual(2);
    expect(claims.calls.at(-1)).toBe('release');
    await sleep(LEASE_MS);
    expect(claims.calls.at(-1)).toBe('release');
  });

  it('renews nothing for a poll shorter than a third of the lease', async () => {
    const claims = claimsOfOneFeed();
    await pollTaking(0, claims);
    expect(claims.calls).toEqual(['release']);
  });
});
