import { randomUUID } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';
import { HostGate, RefetchWindow, RobotsPolicy, RobotsRecord } from '@newsflow/crawling';
import { CrawlStateRepository } from './crawl-state-repository';
import { FETCH_HISTORY_COLLECTION, HOST_STATE_COLLECTION, ROBOTS_COLLECTION, fetchHistorySchema, hostStateSchema, robotsSchema } from './crawl-state-schema';

/** Talks to the real MongoDB-compatible server of the local stack (`newsflow stack up`). */
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';
const ROBOTS = { productToken: 'newsflow-test', ttlMs: 3_600_000, unreachableTtlMs: 60_000, maxCrawlDelayMs: 10_000 };

describe('CrawlStateRepository (real MongoDB wire protocol)', () => {
  let connection: Connection;
  let repository: CrawlStateRepository;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(MONGO_URI, { dbName: `test_crawl_state_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    const models = [
      connection.model<RobotsRecord>(ROBOTS_COLLECTION, robotsSchema),
      connection.model(HOST_STATE_COLLECTION, hostStateSchema),
      connection.model(FETCH_HISTORY_COLLECTION, fetchHistorySchema),
    ] as const;
    await Promise.all(models.map((model) => model.createIndexes()));
    repository = new CrawlStateRepository(...models);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('keeps robots.txt across a restart: a new policy on the same store fetches it no more', async () => {
    let fetched = 0;
    const fetchRobots = async () => {
      fetched += 1;
      return { status: 200, body: 'User-agent: *\nDisallow: /private\nCrawl-delay: 4' };
    };
    await new RobotsPolicy(fetchRobots, repository, ROBOTS).permit(new URL('https://news.example.org/a'));
    const restarted = new RobotsPolicy(fetchRobots, repository, ROBOTS);
    await expect(restarted.permit(new URL('https://news.example.org/private/b'))).rejects.toThrow('disallowed by robots.txt');
    expect(await restarted.crawlDelayMs(new URL('https://news.example.org/'))).toBe(4000);
    expect(fetched).toBe(1);
  });

  it('keeps host holds across a restart and never shortens one', async () => {
    const until = new Date(Date.now() + 60_000);
    await new HostGate(repository, { globalConcurrency: 1, maxWaitMs: 1000 }).hold('slow.example.org', until, 'Retry-After');
    await repository.hold('slow.example.org', new Date(Date.now() + 1000), 'politeness delay');
    expect(await repository.nextAllowedAt('slow.example.org')).toEqual(until);
    const restarted = new HostGate(repository, { globalConcurrency: 1, maxWaitMs: 1000 });
    await expect(restarted.run('slow.example.org', 0, async () => 'fetched')).rejects.toThrow(/backing off until/);
  });

  it('refuses a refetch of a normalised URL within the window, across instances', async () => {
    const first = new RefetchWindow(repository, 3_600_000);
    expect(await first.fetchedRecently('https://news.example.org/story?b=2&a=1')).toBeUndefined();
    await first.record(['https://news.example.org/story?b=2&a=1']);
    const other = new RefetchWindow(repository, 3_600_000);
    expect(await other.fetchedRecently('https://NEWS.example.org:443/story?a=1&utm_source=x&b=2&fbclid=y#c')).toBeInstanceOf(Date);
    expect(await new RefetchWindow(repository, 0).fetchedRecently('https://news.example.org/story?a=1&b=2')).toBeUndefined();
  });
});
