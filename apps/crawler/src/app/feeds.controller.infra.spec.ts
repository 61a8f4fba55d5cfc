import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { MongooseModule, getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { Connection } from 'mongoose';
import { ADMIN_FEEDS_PATH, FeedView, feedIdFor } from '@newsflow/feed-registry';
import { AuthFailureThrottle } from '@newsflow/service-kit';
import { AdminTokenGuard } from './admin-token.guard';
import { crawlerEnvSchema } from './crawler.env';
import { FeedStoreModule } from './feed-store.module';
import { FeedsController } from './feeds.controller';

/** Talks to the real MongoDB-compatible server of the local stack (`newsflow stack up`). */
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';
const TOKEN = `test-token-${randomUUID()}`;

describe('feeds admin API (HTTP, real MongoDB wire protocol)', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    const env = crawlerEnvSchema.parse({ NODE_ENV: 'test', HTTP_PORT: '0', MONGO_URI, CRAWLER_ADMIN_TOKEN: TOKEN });
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: () => env }),
        MongooseModule.forRoot(MONGO_URI, { dbName: `test_feeds_api_${randomUUID().slice(0, 8)}`, autoIndex: true }),
        FeedStoreModule,
      ],
      controllers: [FeedsController],
      providers: [AuthFailureThrottle, AdminTokenGuard],
    }).compile();
    app = module.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}${ADMIN_FEEDS_PATH}`;
  });

  afterAll(async () => {
    await app.get<Connection>(getConnectionToken()).dropDatabase();
    await app.close();
  });

  const call = (method: string, path = '', body?: unknown, token = TOKEN) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('refuses requests without the admin token', async () => {
    expect((await fetch(base)).status).toBe(401);
    expect((await call('GET', '', undefined, 'wrong-token')).status).toBe(401);
  });

  it('adds, lists, shows, updates and removes a feed', async () => {
    const url = 'https://news.example.org/feed/';
    const added = await call('POST', '', { url, pollIntervalMs: 600_000 });
    expect(added.status).toBe(201);
    const feed = (await added.json()) as FeedView;
    expect(feed).toMatchObject({ feedId: feedIdFor(url), url, origin: 'api', pollIntervalMs: 600_000, followSource: true, seenItemKeys: 0 });

    const listed = (await (await call('GET')).json()) as { feeds: FeedView[] };
    expect(listed.feeds.map((listedFeed) => listedFeed.url)).toEqual([url]);
    expect(await (await call('GET', `/${feed.feedId}`)).json()).toEqual(feed);

    const changed = await call('POST', '', { url, followSource: false });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ feedId: feed.feedId, followSource: false, nextPollAt: feed.nextPollAt });

    expect((await call('DELETE', `/${feed.feedId}`)).status).toBe(204);
    expect((await call('DELETE', `/${feed.feedId}`)).status).toBe(404);
    expect((await call('GET', `/${feed.feedId}`)).status).toBe(404);
  });

  it('rejects a bad feed with 400, naming the field', async () => {
    const response = await call('POST', '', { url: 'ftp://example.org/feed', pollIntervalMs: 10 });
    expect(response.status).toBe(400);
    const { message } = (await response.json()) as { message: string };
    expect(message).toMatch(/url must be an http\(s\) URL/);
    expect(message).toMatch(/pollIntervalMs/);
  });
});
