import { randomUUID } from 'node:crypto';
import mongoose, { Connection, Model } from 'mongoose';
import { feedIdFor } from '@newsflow/feed-registry';
import { FeedRepository, listFeeds } from './feed-repository';
import { FEED_COLLECTION, FEED_LEASE_COLLECTION, FeedDocument, FeedLeaseDocument, feedLeaseSchema, feedSchema } from './feed-schema';

/** Talks to the real MongoDB-compatible server of the local stack (`newsflow stack up`). */
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';
const T0 = new Date('2026-01-01T00:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const LEASE_MS = 60_000;

describe('FeedRepository (real MongoDB wire protocol)', () => {
  let connection: Connection;
  let model: Model<FeedDocument>;
  let leases: Model<FeedLeaseDocument>;
  let repository: FeedRepository;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(MONGO_URI, { dbName: `test_feeds_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    model = connection.model<FeedDocument>(FEED_COLLECTION, feedSchema);
    leases = connection.model<FeedLeaseDocument>(FEED_LEASE_COLLECTION, feedLeaseSchema);
    await Promise.all([model.createIndexes(), leases.createIndexes()]);
    repository = new FeedRepository(model, leases, () => T0);
  });

  beforeEach(() => Promise.all([model.deleteMany({}), leases.deleteMany({})]));

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('adds a feed due at once, and on a second save replaces its settings but keeps its state', async () => {
    const added = await repository.save({ url: 'https://e.test/feed', pollIntervalMs: 60_000, followSource: true }, 'api');
    expect(added).toMatchObject({ created: true, feed: { feedId: feedIdFor('https://e.test/feed'), origin: 'api', nextPollAt: T0 } });
    expect(added.feed).toMatchObject({ seenItemKeys: [], consecutiveFailures: 0 });
    const claim = await repository.claimDue(T0, LEASE_MS);
    if (!claim) throw new Error('the new feed was not due');
    await repository.release(claim, { ...claim.feed, etag: '"v1"', seenItemKeys: ['k1'], nextPollAt: later(60_000) });

    const saved = await repository.save({ url: 'https://E.test/feed', followSource: false }, 'api');
    expect(saved.created).toBe(false);
    expect(saved.feed).toMatchObject({ followSource: false, etag: '"v1"', seenItemKeys: ['k1'], nextPollAt: later(60_000) });
    expect(saved.feed.pollIntervalMs).toBeUndefined();
    expect(await repository.list()).toHaveLength(1);
  });

  it('makes a feed due now on request, even while it backs off, and keeps its state', async () => {
    await repository.save({ url: 'https://e.test/feed', followSource: true }, 'api');
    const claim = await repository.claimDue(T0, LEASE_MS);
    if (!claim) throw new Error('the new feed was not due');
    await repository.release(claim, { ...claim.feed, seenItemKeys: ['k1'], consecutiveFailures: 3, nextPollAt: later(3_600_000) });
    expect(await repository.claimDue(later(1000), LEASE_MS)).toBeUndefined();

    const asked = new FeedRepository(model, leases, () => later(1000));
    expect(await asked.pollNow(claim.feed.feedId)).toMatchObject({ nextPollAt: later(1000), seenItemKeys: ['k1'], consecutiveFailures: 3 });
    expect((await repository.claimDue(later(1000), LEASE_MS))?.feed.feedId).toBe(claim.feed.feedId);
    expect(await asked.pollNow('no-such-feed')).toBeUndefined();
  });

  it('syncs the feeds file: adds and updates its feeds, drops those no longer declared, leaves API feeds alone', async () => {
    await repository.save({ url: 'https://api.test/feed', followSource: true }, 'api');
    await repository.syncConfig([
      { url: 'https://a.test/feed', followSource: true },
      { url: 'https://b.test/feed', followSource: true },
    ]);
    expect(await repository.syncConfig([{ url: 'https://a.test/feed', followSource: false }])).toEqual({ declared: 1, removed: 1 });
    const feeds = await repository.list();
    expect(feeds.map((feed) => [feed.url, feed.origin, feed.followSource])).toEqual([
      ['https://a.test/feed', 'config', false],
      ['https://api.test/feed', 'api', true],
    ]);
  });

  it('keeps a feed declared in the file as config when the API adds it too', async () => {
    await repository.syncConfig([{ url: 'https://a.test/feed', followSource: true }]);
    expect((await repository.save({ url: 'https://a.test/feed', followSource: true }, 'api')).feed.origin).toBe('config');
  });

  it('adds a feed once when two instances add it at the same time', async () => {
    const saved = await Promise.all([1, 2, 3].map(() => repository.save({ url: 'https://e.test/feed', followSource: true }, 'config')));
    expect(saved.filter((result) => result.created)).toHaveLength(1);
    expect(await repository.list()).toHaveLength(1);
  });

  it('removes a feed by id', async () => {
    const { feed } = await repository.save({ url: 'https://e.test/feed', followSource: true }, 'api');
    expect(await repository.remove(feed.feedId)).toBe(true);
    expect(await repository.remove(feed.feedId)).toBe(false);
    expect(await repository.find(feed.feedId)).toBeUndefined();
  });

  it('gives the most overdue feed first, each due feed to exactly one of racing claims, and none that is not due', async () => {
    for (const [index, url] of ['https://a.test/f', 'https://b.test/f', 'https://c.test/f'].entries()) {
      await repository.save({ url, followSource: true }, 'api');
      await model.updateOne({ feedId: feedIdFor(url) }, { $set: { nextPollAt: later(-index * 1000) } });
    }
    await model.updateOne({ feedId: feedIdFor('https://c.test/f') }, { $set: { nextPollAt: later(1000) } });

    expect((await repository.claimDue(T0, LEASE_MS))?.feed.url).toBe('https://b.test/f');
    const claims = await Promise.all(Array.from({ length: 8 }, () => repository.claimDue(T0, LEASE_MS)));
    expect(claims.flatMap((claim) => (claim ? [claim.feed.url] : []))).toEqual(['https://a.test/f']);
  });

  it('lets another instance take a feed whose lease expired, and then ignores the late release of the first', async () => {
    await repository.save({ url: 'https://e.test/feed', followSource: true }, 'api');
    const first = await repository.claimDue(T0, LEASE_MS);
    expect(await repository.claimDue(later(LEASE_MS - 1), LEASE_MS)).toBeUndefined();
    const second = await repository.claimDue(later(LEASE_MS), LEASE_MS);
    if (!first || !second) throw new Error('expected both claims');

    expect(await repository.release(first, { ...first.feed, lastError: 'late', consecutiveFailures: 1 })).toBe(false);
    expect(await repository.release(second, { ...second.feed, lastStatus: 304, nextPollAt: later(LEASE_MS * 2) })).toBe(true);
    expect(await repository.find(first.feed.feedId)).toMatchObject({ lastStatus: 304, consecutiveFailures: 0 });
    expect((await repository.find(first.feed.feedId))?.lastError).toBeUndefined();
    expect(await repository.claimDue(later(LEASE_MS * 2), LEASE_MS)).toBeDefined();
  });

  it('keeps a renewed lease past its first term, and renews neither a lease taken over nor one released', async () => {
    await repository.save({ url: 'https://e.test/feed', followSource: true }, 'api');
    const first = await repository.claimDue(T0, LEASE_MS);
    if (!first) throw new Error('not due');
    expect(await repository.renew(first, later(LEASE_MS / 2), LEASE_MS)).toBe(true);
    expect(await repository.claimDue(later(LEASE_MS), LEASE_MS)).toBeUndefined();
    const second = await repository.claimDue(later(LEASE_MS * 1.5), LEASE_MS);
    if (!second) throw new Error('the renewed lease never expired');
    expect(await repository.renew(first, later(LEASE_MS * 1.5), LEASE_MS)).toBe(false);
    expect(await repository.release(second, second.feed)).toBe(true);
    expect(await repository.renew(second, later(LEASE_MS * 1.5), LEASE_MS)).toBe(false);
  });

  it('clears state fields a poll left undefined', async () => {
    await repository.save({ url: 'https://e.test/feed', followSource: true }, 'api');
    const failed = await repository.claimDue(T0, LEASE_MS);
    if (!failed) throw new Error('not due');
    await repository.release(failed, { ...failed.feed, lastError: 'HTTP 503', consecutiveFailures: 1, nextPollAt: later(1000) });
    expect(await repository.claimDue(T0, LEASE_MS)).toBeUndefined();
    const recovered = await repository.claimDue(later(1000), LEASE_MS);
    if (!recovered) throw new Error('not due');
    expect(recovered.feed.lastError).toBe('HTTP 503');
    await repository.release(recovered, { ...recovered.feed, lastError: undefined, consecutiveFailures: 0 });
    const stored = await model.findOne({ feedId: recovered.feed.feedId }).lean().exec();
    expect(stored).not.toHaveProperty('lastError');
    expect(stored).not.toHaveProperty('leaseToken');
    expect(stored?.leaseUntil).toEqual(new Date(0));
  });

  it('lists the first feeds by URL through the driver collection, as the repository does', async () => {
    for (const url of ['https://c.test/feed', 'https://a.test/feed', 'https://b.test/feed']) {
      await repository.save({ url, pollIntervalMs: 60_000, followSource: true }, 'api');
    }
    const listed = await listFeeds(connection.db!.collection<FeedDocument>(FEED_COLLECTION), 2);
    expect(listed).toEqual((await repository.list()).slice(0, 2));
    expect(listed.map((feed) => feed.url)).toEqual(['https://a.test/feed', 'https://b.test/feed']);
  });
});
