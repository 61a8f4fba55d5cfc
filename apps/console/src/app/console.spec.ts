import { randomBytes, randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { MongoClient } from 'mongodb';
import { ConsoleSnapshot } from '@newsflow/console-status';
import { configureConsoleHttp } from './http-setup';

/** The console over HTTP against the real Kafka and FerretDB of the local stack, with a database of its own. */
const MONGO_URI = `mongodb://127.0.0.1:27017/test_console_${randomUUID().slice(0, 8)}`;
const TOKEN = randomBytes(20).toString('hex');

describe('console HTTP API (real Kafka and FerretDB)', () => {
  let app: NestExpressApplication;
  let base: string;

  beforeAll(async () => {
    Object.assign(process.env, {
      NODE_ENV: 'test',
      MONGO_URI,
      HTTP_PORT: '0',
      LOG_LEVEL: 'silent',
      CONSOLE_ADMIN_TOKEN: TOKEN,
      // Nothing listens on port 9: the watched service is down.
      CONSOLE_SERVICES: 'ghost=http://127.0.0.1:9',
    });
    const { ConsoleModule } = await import('./console.module');
    app = await NestFactory.create<NestExpressApplication>(ConsoleModule, { logger: false });
    configureConsoleHttp(app);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  }, 60_000);

  // Closing leaves the dead-letter reader's consumer group, which waits for the group to settle.
  afterAll(async () => {
    await app?.close();
    const mongo = await new MongoClient(MONGO_URI).connect();
    await mongo.db().dropDatabase();
    await mongo.close();
  }, 60_000);

  const bearer = { authorization: `Bearer ${TOKEN}` };
  const login = (token: string) =>
    fetch(`${base}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    });

  it('refuses the API without credentials and sends browsers to the login form', async () => {
    expect((await fetch(`${base}/api/status`)).status).toBe(401);
    const page = await fetch(base, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
  });

  it('serves the snapshot to the bearer token: a down service, MongoDB up', async () => {
    const response = await fetch(`${base}/api/status`, { headers: bearer });
    expect(response.status).toBe(200);
    const snapshot = (await response.json()) as ConsoleSnapshot;
    expect(snapshot.overall).toBe('down');
    expect(snapshot.services).toEqual([expect.objectContaining({ name: 'ghost', live: false, ready: false })]);
    expect(snapshot.mongo).toMatchObject({ reachable: true, articleCount: 0 });
  });

  it('opens a session on the right token only, and rejects a forged cookie', async () => {
    const wrong = await login('not-the-token');
    expect(wrong.headers.get('location')).toBe('/login?failed=1');
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const right = await login(TOKEN);
    expect(right.headers.get('location')).toBe('/');
    const cookie = (right.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/^newsflow_console_session=s%3A/);
    expect(right.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect((await fetch(`${base}/api/status`, { headers: { cookie } })).status).toBe(200);

    const forged = cookie.replace(/=.*/, `=s%3A${Date.now() + 3_600_000}.forged`);
    expect((await fetch(`${base}/api/status`, { headers: { cookie: forged } })).status).toBe(401);
  });

  it('answers 404 for a replay of an unknown dead letter', async () => {
    const response = await fetch(`${base}/api/dead-letters/${encodeURIComponent('newsflow.dlq.cleaner.v1:0:999999999')}/replay`, {
      method: 'POST',
      headers: bearer,
    });
    expect(response.status).toBe(404);
  });

  it('rate-limits login attempts', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) statuses.push((await login('guess-' + attempt)).status);
    // Two attempts were made above; the limit is 10 a minute.
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(303));
    expect(statuses.slice(8)).toEqual([429, 429]);
  });
});
