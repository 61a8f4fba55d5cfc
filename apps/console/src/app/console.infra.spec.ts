import { randomBytes, randomUUID } from 'node:crypto';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { Topics, crawlRequestKey, eventHeaders, exampleCrawlRequest } from '@newsflow/contracts';
import { ConsoleSnapshot, GroupTopicLag, PartitionStall } from '@newsflow/console-status';
import { createServiceApp } from '@newsflow/service-kit';
import { consoleHttp } from './http-setup';

/** The console over HTTP against the real Kafka and FerretDB of the local stack, with a database of its own. */
const MONGO_URI = `mongodb://127.0.0.1:27017/test_console_${randomUUID().slice(0, 8)}`;
const TOKEN = randomBytes(20).toString('hex');
/** A stage the console watches whose consumer group (`newsflow.<name>`) this test stalls. */
const STALLED_STAGE = `stall-${randomUUID().slice(0, 8)}`;
const STAGE_ERROR = 'KafkaJSNumberOfRetriesExceeded: the record is larger than the topic accepts';

/** The stage's health port, answering as a stage whose consumer keeps crashing does (the consumer check of /health/ready). */
function startStalledStage(): Promise<Server> {
  const ready = { status: 'error', details: { kafka: { status: 'up' }, consumer: { status: 'down', state: 'restarting', lastError: { message: STAGE_ERROR, at: new Date().toISOString() } } } };
  const server = createServer((request, response) => {
    const [status, body] = request.url === '/health/ready' ? [503, ready] : request.url === '/health/live' ? [200, { status: 'ok', details: {} }] : [404, {}];
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('console HTTP API (real Kafka and FerretDB)', () => {
  let app: NestExpressApplication;
  let base: string;
  let stage: Server;

  beforeAll(async () => {
    stage = await startStalledStage();
    Object.assign(process.env, {
      NODE_ENV: 'test',
      MONGO_URI,
      HTTP_PORT: '0',
      LOG_LEVEL: 'silent',
      CONSOLE_ADMIN_TOKEN: TOKEN,
      // Nothing listens on port 9: the watched service is down.
      CONSOLE_SERVICES: `ghost=http://127.0.0.1:9,${STALLED_STAGE}=http://127.0.0.1:${(stage.address() as AddressInfo).port}`,
      CONSOLE_SAMPLE_INTERVAL_MS: '500',
      CONSOLE_STALL_AFTER_MS: '1500',
      AUTH_FAILURE_LIMIT: '6',
    });
    const { ConsoleModule } = await import('./console.module');
    app = await createServiceApp(ConsoleModule, consoleHttp);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  }, 60_000);

  // Closing leaves the dead-letter reader's consumer group, which waits for the group to settle.
  afterAll(async () => {
    await app?.close();
    stage?.close();
    const mongo = await new MongoClient(MONGO_URI).connect();
    await mongo.db().dropDatabase();
    await mongo.close();
  }, 60_000);

  const bearer = { authorization: `Bearer ${TOKEN}` };
  const login = (token: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ token }),
    });

  it('answers pages, static files and the API under a strict CSP, without HSTS over plain HTTP', async () => {
    const responses = [
      await fetch(base, { redirect: 'manual', headers: { accept: 'text/html' } }),
      await fetch(`${base}/static/no-such-script.js`),
      await fetch(`${base}/api/status`, { headers: bearer }),
      await fetch(`${base}/api/status`),
    ];
    for (const { headers } of responses) {
      expect(headers.get('content-security-policy')).toBe(
        "default-src 'none';script-src 'self';style-src 'self';img-src 'self';connect-src 'self';form-action 'self';base-uri 'none';frame-ancestors 'none'",
      );
      // CONSOLE_SECURE_COOKIE is not set: plain HTTP, no HSTS. (The headers every port shares are
      // tested in libs/service-kit, and on the running console in console-e2e.)
      expect(headers.get('strict-transport-security')).toBeNull();
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('refuses a login posted from a page of another origin, and an oversized one', async () => {
    const crossOrigin = await login(TOKEN, { origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site' });
    expect(crossOrigin.status).toBe(403);
    expect(crossOrigin.headers.get('set-cookie')).toBeNull();
    expect(crossOrigin.headers.get('access-control-allow-origin')).toBeNull();

    const oversized = await login('x'.repeat(200_000));
    expect(oversized.status).toBe(413);
    expect(oversized.headers.get('set-cookie')).toBeNull();
  });

  it('refuses the API without credentials and sends browsers to the login form', async () => {
    expect((await fetch(`${base}/api/status`)).status).toBe(401);
    const page = await fetch(base, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
  });

  it('serves the snapshot to the bearer token: a down service, a live one not ready, MongoDB up', async () => {
    const response = await fetch(`${base}/api/status`, { headers: bearer });
    expect(response.status).toBe(200);
    const snapshot = (await response.json()) as ConsoleSnapshot;
    expect(snapshot.overall).toBe('degraded');
    expect(snapshot.services).toEqual([
      expect.objectContaining({ name: 'ghost', live: false, ready: false }),
      expect.objectContaining({ name: STALLED_STAGE, live: true, ready: false, consumer: { state: 'restarting', lastError: expect.objectContaining({ message: STAGE_ERROR }) } }),
    ]);
    expect(snapshot.mongo).toMatchObject({ reachable: true, articleCount: 0 });
  });

  it('opens a session on the right token only, and rejects a forged cookie', async () => {
    const wrong = await login('not-the-token');
    expect(wrong.headers.get('location')).toBe('/login?failed=1');
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const right = await login(TOKEN);
    expect(right.headers.get('location')).toBe('/');
    const cookie = (right.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/^newsflow_console_session=[0-9a-f-]{36}\.\d+\.[\w-]{43}$/);
    expect(right.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect((await fetch(`${base}/api/status`, { headers: { cookie } })).status).toBe(200);

    const [id, , signature] = cookie.replace(/^[^=]*=/, '').split('.');
    const forged = `newsflow_console_session=${id}.${Date.now() + 1000 * 3_600_000}.${signature}`;
    expect((await fetch(`${base}/api/status`, { headers: { cookie: forged } })).status).toBe(401);
  });

  it('ends a session on logout, server-side: the old cookie, replayed, opens nothing', async () => {
    const cookie = ((await login(TOKEN)).headers.get('set-cookie') ?? '').split(';')[0];
    expect((await fetch(`${base}/api/status`, { headers: { cookie } })).status).toBe(200);
    const logout = await fetch(`${base}/logout`, { method: 'POST', redirect: 'manual', headers: { cookie } });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('set-cookie')).toMatch(/newsflow_console_session=;/);
    expect((await fetch(`${base}/api/status`, { headers: { cookie } })).status).toBe(401);
  });

  it("reports a pipeline group's lag per partition, as the broker has it", async () => {
    const admin = new Kafka({ clientId: 'newsflow-console-test', brokers: ['127.0.0.1:9092'], logLevel: logLevel.NOTHING }).admin();
    const groupId = `newsflow.console-test-${randomUUID().slice(0, 8)}`;
    await admin.connect();
    try {
      // A group that has read nothing yet: every retained record is ahead of it.
      const ends = await admin.fetchTopicOffsets(Topics.cleanArticles);
      await admin.setOffsets({ groupId, topic: Topics.cleanArticles, partitions: ends.map(({ partition, low }) => ({ partition, offset: low })) });
      const lag = await nextLagOf(groupId);
      expect(lag.topic).toBe(Topics.cleanArticles);
      expect(lag.partitions.map(({ partition, committed, end }) => ({ partition, committed, end })).sort((a, b) => a.partition - b.partition)).toEqual(
        ends.map(({ partition, low, high }) => ({ partition, committed: Number(low), end: Number(high) })).sort((a, b) => a.partition - b.partition),
      );
      expect(lag.lag).toBe(ends.reduce((sum, { low, high }) => sum + Number(high) - Number(low), 0));
    } finally {
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.disconnect();
    }
  }, 60_000);

  it("flags a partition whose records wait while its group's offset stands still, with the stage's last error", async () => {
    const kafka = new Kafka({ clientId: 'newsflow-console-test', brokers: ['127.0.0.1:9092'], logLevel: logLevel.NOTHING });
    const [admin, producer] = [kafka.admin(), kafka.producer()];
    const groupId = `newsflow.${STALLED_STAGE}`;
    await Promise.all([admin.connect(), producer.connect()]);
    try {
      // One record the stage has not got past: its group's committed offset stays on it.
      const request = { ...exampleCrawlRequest, eventId: randomUUID(), correlationId: randomUUID(), url: `https://${STALLED_STAGE}.invalid/page` };
      const [written] = await producer.send({
        topic: Topics.crawlRequests,
        messages: [{ key: crawlRequestKey(request), value: JSON.stringify(request), headers: eventHeaders(request, 'CrawlRequest') }],
      });
      await admin.setOffsets({ groupId, topic: Topics.crawlRequests, partitions: [{ partition: written.partition, offset: String(written.baseOffset) }] });
      const stall = await nextStall(groupId, written.partition);
      expect(stall).toMatchObject({
        topic: Topics.crawlRequests,
        committed: Number(written.baseOffset),
        service: STALLED_STAGE,
        consumerState: 'restarting',
        lastError: STAGE_ERROR,
      });
      expect(stall.lag).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await Promise.all([admin.disconnect(), producer.disconnect()]);
    }
  }, 60_000);

  /** Polls the snapshot until the console flags the group's partition as stalled. */
  async function nextStall(groupId: string, partition: number): Promise<PartitionStall> {
    for (let attempt = 0; attempt < 60; attempt++) {
      const snapshot = (await (await fetch(`${base}/api/status`, { headers: bearer })).json()) as ConsoleSnapshot;
      const found = snapshot.kafka.stalls.find((entry) => entry.group === groupId && entry.partition === partition);
      if (found) {
        expect(snapshot.overall).toBe('degraded');
        return found;
      }
      await sleep(500);
    }
    throw new Error(`the console never flagged ${groupId} p${partition} as stalled`);
  }

  /** Polls the snapshot until the console's sampler has seen the group. */
  async function nextLagOf(groupId: string): Promise<GroupTopicLag> {
    for (let attempt = 0; attempt < 60; attempt++) {
      const snapshot = (await (await fetch(`${base}/api/status`, { headers: bearer })).json()) as ConsoleSnapshot;
      const found = snapshot.kafka.lag.find((entry) => entry.group === groupId);
      if (found) return found;
      await sleep(500);
    }
    throw new Error(`the console never reported group ${groupId}`);
  }

  it('answers 404 for a replay of an unknown dead letter', async () => {
    const response = await fetch(`${base}/api/dead-letters/${encodeURIComponent('newsflow.dlq.cleaner.v1:0:999999999')}/replay`, {
      method: 'POST',
      headers: bearer,
    });
    expect(response.status).toBe(404);
  });

  // Last: it locks this client out of the bearer token and the login form for a minute.
  it('throttles failed authentications per client, bearer tokens and login passwords together, with Retry-After', async () => {
    const session = ((await login(TOKEN)).headers.get('set-cookie') ?? '').split(';')[0];
    // One wrong password was tried above; the limit is 6 failures a minute (AUTH_FAILURE_LIMIT).
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) statuses.push((await login('guess-' + attempt)).status);
    for (let attempt = 0; attempt < 2; attempt++) {
      statuses.push((await fetch(`${base}/api/status`, { headers: { authorization: `Bearer guess-${attempt}` } })).status);
    }
    expect(statuses).toEqual([303, 303, 303, 401, 401]);

    const refused = [await fetch(`${base}/api/status`, { headers: bearer }), await login(TOKEN)];
    for (const response of refused) {
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    }
    // A session opened before is not a guess: it goes on working.
    expect((await fetch(`${base}/api/status`, { headers: { cookie: session } })).status).toBe(200);
  });
});
