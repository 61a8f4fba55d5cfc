import { randomUUID } from 'node:crypto';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { Connection } from 'mongoose';
import { CrawlRequest, Topics, parseOutgoingEvent } from '@newsflow/contracts';
import { ADMIN_FEEDS_PATH, DiscoveryView, FeedView } from '@newsflow/feed-registry';

/**
 * The running crawler module (feed poller, admin API, fetch path) on the local stack's real Kafka and
 * FerretDB, polling a news sitemap served here; it reads its crawl requests back from the topic.
 */
const BROKERS = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const RUN = randomUUID().slice(0, 8);
const TOKEN = `test-token-${randomUUID()}`;

describe('discovery, sitemap source and poll-now (running crawler module, real Kafka and FerretDB)', () => {
  let site: Server;
  let sitemapUrl: string;
  const pages: string[] = [];
  let app: INestApplication;
  let admin: string;
  let consumer: Consumer;
  const received: CrawlRequest[] = [];

  beforeAll(async () => {
    site = createServer((request, response) => {
      if (request.url !== '/news-sitemap.xml') return void response.writeHead(404).end();
      const published = new Date().toISOString();
      const entries = pages.map(
        (page) => `<url><loc>${page}</loc><news:news><news:publication_date>${published}</news:publication_date><news:title>t</news:title></news:news></url>`,
      );
      response
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${entries.join('')}</urlset>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    sitemapUrl = `${origin}/news-sitemap.xml`;
    pages.push(`${origin}/first-${RUN}`);

    consumer = new Kafka({ clientId: `poll-now-test-${RUN}`, brokers: BROKERS, logLevel: logLevel.NOTHING }).consumer({ groupId: `test-poll-now-${RUN}` });
    await consumer.connect();
    await consumer.subscribe({ topic: Topics.crawlRequests, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const parsed = parseOutgoingEvent(Topics.crawlRequests, message.value);
        if (parsed.ok && parsed.event.feedUrl === sitemapUrl) received.push(parsed.event);
      },
    });

    Object.assign(process.env, {
      NODE_ENV: 'test',
      HTTP_PORT: '0',
      MONGO_URI: `mongodb://127.0.0.1:27017/test_poll_now_${RUN}`,
      CRAWLER_ADMIN_TOKEN: TOKEN,
      CRAWLER_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
      CRAWL_MIN_HOST_DELAY_MS: '0',
      FEED_POLL_INTERVAL_MS: String(3_600_000),
      FEED_URLS: '',
      FEEDS_FILE: '',
    });
    // Imported once the environment is set: the module reads it as it is declared.
    const { CrawlerModule } = await import('./crawler.module');
    const module = await Test.createTestingModule({ imports: [CrawlerModule] }).compile();
    app = module.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    admin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}${ADMIN_FEEDS_PATH}`;
  }, 180_000);

  afterAll(async () => {
    await consumer?.disconnect();
    await app?.get<Connection>(getConnectionToken()).dropDatabase();
    await app?.close();
    site.closeAllConnections();
    site.close();
  }, 60_000);

  const call = (method: string, path = '', body?: unknown) =>
    fetch(`${admin}${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('discovers and registers a news sitemap, turns it into crawl requests, and polls it again at once when asked', async () => {
    const discovered = await call('POST', '/discover', { url: new URL(sitemapUrl).origin, add: true, followSource: false });
    expect(discovered.status).toBe(200);
    const discovery = (await discovered.json()) as DiscoveryView;
    expect(discovery).toMatchObject({ feeds: [], sitemaps: [{ url: sitemapUrl, kind: 'sitemap', via: 'path', entries: 1, index: false }] });
    expect(discovery.added).toEqual([expect.objectContaining({ url: sitemapUrl, origin: 'api', followSource: false })]);
    const feedId = discovery.added?.[0].feedId ?? '';
    await waitFor(() => received.length === 1);
    expect(received[0]).toMatchObject({ url: pages[0], origin: 'sitemap', feedUrl: sitemapUrl, followSource: false, schemaVersion: '1.1' });
    const polled = await waitForFeed(feedId, (feed) => feed.lastSuccessAt !== undefined);
    expect(polled).toMatchObject({ kind: 'sitemap', lastNewItems: 1 });
    // The next scheduled poll is an hour away: only poll-now brings the new entry within the test.
    expect(Date.parse(polled.nextPollAt) - Date.now()).toBeGreaterThan(30 * 60_000);

    pages.push(pages[0].replace('first', 'second'));
    const asked = await call('POST', `/${feedId}/poll`);
    expect(asked.status).toBe(202);
    expect(Date.parse(((await asked.json()) as FeedView).nextPollAt)).toBeLessThanOrEqual(Date.now());
    await waitFor(() => received.length === 2);
    expect(received[1]).toMatchObject({ url: pages[1], origin: 'sitemap', feedUrl: sitemapUrl });

    expect((await call('POST', '/no-such-feed/poll')).status).toBe(404);
  }, 120_000);

  async function waitForFeed(feedId: string, done: (feed: FeedView) => boolean): Promise<FeedView> {
    let feed = (await (await call('GET', `/${feedId}`)).json()) as FeedView;
    while (!done(feed)) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      feed = (await (await call('GET', `/${feedId}`)).json()) as FeedView;
    }
    return feed;
  }
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 200));
}
