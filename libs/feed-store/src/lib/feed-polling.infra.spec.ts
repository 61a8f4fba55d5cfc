import { randomUUID } from 'node:crypto';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { InMemoryCrawlState, crawlSettings, createPoliteFetcher, fetchEnvSchema, fetchFeedIfModified } from '@newsflow/crawling';
import { FeedItem } from '@newsflow/feed';
import { FeedPollingLoop, PollReport } from '@newsflow/feed-registry';
import { FeedRepository } from './feed-repository';
import { FEED_COLLECTION, FEED_LEASE_COLLECTION, FeedDocument, FeedLeaseDocument, feedLeaseSchema, feedSchema } from './feed-schema';

/** Talks to the real MongoDB-compatible server of the local stack (`newsflow stack up`). */
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';
const INTERVAL_MS = 60_000;

/** A feed server that answers 304 when the client's ETag is the current one (and has no robots.txt). */
class FeedServer {
  readonly requests: IncomingHttpHeaders[] = [];
  private readonly guids: string[] = [];
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      this.requests.push(request.headers);
      const etag = `"v${this.guids.length}"`;
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(this.rss());
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/feed/`;
  }

  publish(...guids: string[]): void {
    this.guids.push(...guids);
  }

  close(): void {
    this.server?.closeAllConnections();
    this.server?.close();
  }

  private rss(): string {
    const items = this.guids.map((guid) => `<item><guid>${guid}</guid><link>${this.url}${guid}?utm_source=rss</link></item>`);
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items.join('')}</channel></rss>`;
  }
}

/** One crawler instance's feed polling: its own MongoDB connection, repository, loop and the crawler's real fetch path. */
async function startInstance(database: string, clock: () => Date, feedHost: string) {
  const env = fetchEnvSchema.parse({ CRAWLER_ALLOWED_PRIVATE_HOSTS: feedHost, CRAWL_MIN_HOST_DELAY_MS: '0' });
  const fetcher = createPoliteFetcher(crawlSettings(env, 'test'), new InMemoryCrawlState());
  const connection = await mongoose.createConnection(MONGO_URI, { dbName: database, serverSelectionTimeoutMS: 5000 }).asPromise();
  const feeds = connection.model<FeedDocument>(FEED_COLLECTION, feedSchema);
  const leases = connection.model<FeedLeaseDocument>(FEED_LEASE_COLLECTION, feedLeaseSchema);
  await Promise.all([feeds.createIndexes(), leases.createIndexes()]);
  const repository = new FeedRepository(feeds, leases, clock);
  const emitted: FeedItem[] = [];
  const reports: PollReport[] = [];
  const loop = new FeedPollingLoop(
    {
      claims: repository,
      fetchFeed: (url, validators) => fetchFeedIfModified(fetcher, url, validators),
      emit: async (_feed, items) => void emitted.push(...items),
      onPolled: (report, stored) => stored && reports.push(report),
      clock,
      random: () => 0.5,
    },
    { defaultIntervalMs: INTERVAL_MS, schedule: { jitter: 0.1, maxBackoffMs: 10 * INTERVAL_MS }, maxSeenKeys: 100, concurrency: 2, leaseMs: 30_000, sitemap: { recentWindowMs: 0, maxDepth: 2, maxFiles: 10, maxEntries: 1000 } },
  );
  const pollDue = async () => {
    await loop.fill();
    await loop.settled();
  };
  const stop = async () => {
    await loop.stop();
    await Promise.all([connection.close(), fetcher.client.close()]);
  };
  return { repository, emitted, reports, pollDue, stop };
}

describe('feed polling across polls, restarts and instances (real FerretDB, local feed server)', () => {
  const database = `test_feed_polling_${randomUUID().slice(0, 8)}`;
  const server = new FeedServer();
  let now = new Date('2026-01-01T00:00:00Z');
  const clock = () => now;
  const advance = (ms: number) => (now = new Date(now.getTime() + ms));

  beforeAll(() => server.start());

  afterAll(async () => {
    server.close();
    const connection = await mongoose.createConnection(MONGO_URI, { dbName: database }).asPromise();
    await connection.dropDatabase();
    await connection.close();
  });

  it('emits each item once across polls and a restart, and does no work on 304', async () => {
    server.publish('a', 'b');
    const first = await startInstance(database, clock, new URL(server.url).host);
    await first.repository.save({ url: server.url, followSource: true }, 'config');
    await first.pollDue();
    expect(first.emitted.map((item) => item.guid)).toEqual(['a', 'b']);
    await first.pollDue();
    expect(first.emitted).toHaveLength(2);
    await first.stop();

    // A restart: a new instance with nothing in memory, one interval later, and one new item.
    server.publish('c');
    advance(INTERVAL_MS * 2);
    const restarted = await startInstance(database, clock, new URL(server.url).host);
    await restarted.pollDue();
    expect(restarted.emitted.map((item) => item.guid)).toEqual(['c']);
    expect(server.requests.at(-1)?.['if-none-match']).toBe('"v2"');

    advance(INTERVAL_MS * 2);
    await restarted.pollDue();
    expect(restarted.emitted).toHaveLength(1);
    expect(restarted.reports.at(-1)).toMatchObject({ outcome: 'not_modified', newItems: 0 });
    expect(server.requests.at(-1)?.['if-none-match']).toBe('"v3"');
    expect(await restarted.repository.find(restarted.reports[0].feedId)).toMatchObject({ lastStatus: 304, etag: '"v3"', consecutiveFailures: 0 });
    await restarted.stop();
  });

  it('lets only one of two instances poll a due feed', async () => {
    advance(INTERVAL_MS * 2);
    const instances = await Promise.all([1, 2].map(() => startInstance(database, clock, new URL(server.url).host)));
    server.publish('d');
    const before = server.requests.length;
    await Promise.all(instances.map((instance) => instance.pollDue()));
    expect(server.requests.length - before).toBe(1);
    expect(instances.flatMap((instance) => instance.emitted.map((item) => item.guid))).toEqual(['d']);
    await Promise.all(instances.map((instance) => instance.stop()));
  });
});

