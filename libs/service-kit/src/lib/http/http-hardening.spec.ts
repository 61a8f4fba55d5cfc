import { connect } from 'node:net';
import { Body, Controller, Get, Module, Post, Req, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Request } from 'express';
import { createServiceApp } from '../bootstrap';
import { ServiceCoreModule } from '../service-kit.module';
import { HttpSecurity } from './http-hardening';

/** A service port started through the shared bootstrap, over real HTTP on loopback (no Kafka needed for these routes). */
const BODY_LIMIT = 2048;
const HEADERS_TIMEOUT_MS = 400;
const REQUEST_TIMEOUT_MS = 800;
const ALLOWED = 'https://app.example.org';

const received: unknown[] = [];

@Controller('echo')
class EchoController {
  @Post()
  echo(@Body() body: unknown): unknown {
    received.push(body);
    return body;
  }

  /** The client address as the auth throttle sees it. */
  @Get('ip')
  ip(@Req() request: Request): { ip?: string } {
    return { ip: request.ip };
  }
}

let TestModule: Type<unknown>;

async function start(security?: HttpSecurity): Promise<{ app: NestExpressApplication; base: string }> {
  const app = await createServiceApp(TestModule, { security: security && (() => security) });
  await app.listen(0, '127.0.0.1');
  return { app, base: await app.getUrl() };
}

describe('hardened HTTP port (shared bootstrap)', () => {
  const apps: NestExpressApplication[] = [];
  let api: string;

  beforeAll(async () => {
    Object.assign(process.env, {
      HTTP_PORT: '0',
      LOG_LEVEL: 'silent',
      HTTP_BODY_LIMIT_BYTES: String(BODY_LIMIT),
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    });
    @Module({ imports: [ServiceCoreModule.forRoot({ service: 'hardening-test' })], controllers: [EchoController] })
    class EchoModule {}
    TestModule = EchoModule;
    const started = await start();
    apps.push(started.app);
    api = started.base;
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it('answers health and metrics with the security headers of a JSON-only port', async () => {
    for (const path of ['/health/live', '/metrics', '/no-such-route']) {
      const { headers } = await fetch(`${api}${path}`);
      expect(headers.get('content-security-policy')).toBe("default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'");
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('strict-transport-security')).toBeNull();
      expect(headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('sends HSTS and upgrades insecure requests only when served over TLS', async () => {
    const { app, base } = await start({ tls: true });
    apps.push(app);
    const { headers } = await fetch(`${base}/health/live`);
    expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(headers.get('content-security-policy')).toMatch(/;upgrade-insecure-requests$/);
  });

  it('refuses requests from pages of other origins, before they reach a handler', async () => {
    received.length = 0;
    const post = (headers: Record<string, string>) =>
      fetch(`${api}/echo`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"a":1}' });
    const ownHost = new URL(api).host;

    const foreign = await post({ origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(await foreign.json()).toMatchObject({ message: 'cross-origin requests from http://evil.example are refused' });
    // Another port of the same host is the same site, but another origin.
    expect((await post({ origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site' })).status).toBe(403);
    // Without Fetch Metadata (older browsers), the Origin is compared with the Host.
    expect((await post({ origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await post({ origin: 'null' })).status).toBe(403);
    expect(received).toEqual([]);

    expect((await post({ origin: `http://${ownHost}`, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await post({ origin: `http://${ownHost}` })).status).toBe(201);
    // Clients that are not pages (probes, curl, other services) send no Origin.
    expect((await post({})).status).toBe(201);
    expect(received).toHaveLength(3);
  });

  it('answers allowed origins with CORS headers, and only them', async () => {
    const { app, base } = await start({ corsOrigins: [ALLOWED] });
    apps.push(app);
    const allowed = await fetch(`${base}/health/live`, { headers: { origin: ALLOWED, 'sec-fetch-site': 'cross-site' } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);

    const preflight = await fetch(`${base}/health/live`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization');

    for (const origin of ['https://other.example.org', 'http://app.example.org', 'https://app.example.org.evil.example']) {
      const refused = await fetch(`${base}/health/live`, { headers: { origin, 'sec-fetch-site': 'cross-site' } });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('refuses bodies over the limit with a JSON 413, JSON and forms alike', async () => {
    const json = (size: number) =>
      fetch(`${api}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(size) }) });
    expect((await json(BODY_LIMIT - 100)).status).toBe(201);

    const tooLarge = await json(BODY_LIMIT);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('content-type')).toMatch(/^application\/json/);
    expect(tooLarge.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await tooLarge.json()).toEqual({ statusCode: 413, message: 'request entity too large' });

    const form = await fetch(`${api}/echo`, { method: 'POST', body: new URLSearchParams({ text: 'x'.repeat(BODY_LIMIT) }) });
    expect(form.status).toBe(413);
  });

  it('takes the client address from X-Forwarded-For only from the proxies HTTP_TRUST_PROXY names', async () => {
    const forwarded = { 'x-forwarded-for': '203.0.113.7' };
    const direct = (await (await fetch(`${api}/echo/ip`, { headers: forwarded })).json()) as { ip: string };
    expect(direct.ip).toMatch(/127\.0\.0\.1$/);
    process.env['HTTP_TRUST_PROXY'] = 'loopback';
    try {
      @Module({ imports: [ServiceCoreModule.forRoot({ service: 'hardening-proxy-test' })], controllers: [EchoController] })
      class BehindProxyModule {}
      const app = await createServiceApp(BehindProxyModule);
      apps.push(app);
      await app.listen(0, '127.0.0.1');
      const proxied = (await (await fetch(`${await app.getUrl()}/echo/ip`, { headers: forwarded })).json()) as { ip: string };
      expect(proxied.ip).toBe('203.0.113.7');
    } finally {
      delete process.env['HTTP_TRUST_PROXY'];
    }
  });

  it('answers 408 and closes the connection of a client too slow to send its headers', async () => {
    expect(await rawExchange(api, 'GET /health/live HTTP/1.1\r\nHost: x\r\n')).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers 408 to a client too slow to send its body', async () => {
    const headers = 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n';
    expect(await rawExchange(api, `${headers}{"text":`)).toMatch(/^HTTP\/1\.1 408 /);
  });
});

/** Sends a request that never completes and returns what the server says before it closes the socket. */
function rawExchange(base: string, request: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    // Far beyond the timeouts under test: a server that never times the client out fails the test.
    socket.setTimeout(10 * REQUEST_TIMEOUT_MS, () => socket.destroy(new Error('the server kept the slow connection open')));
  });
}
