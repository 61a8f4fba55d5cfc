import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import { CrawlSettings, InMemoryCrawlState, createPoliteFetcher } from './crawl-settings';
import { FetchError, HTML_TYPES } from './fetch-page';
import { PoliteFetcher } from './polite-fetcher';

describe('PoliteFetcher (local HTTP server)', () => {
  let server: Server;
  let base: string;
  let other: Server;
  let otherBase: string;
  const otherHits: number[] = [];
  /** What the site's robots.txt answers; `reset` drops the connection without an answer. */
  let robotsTxt: { status: number; body: string } | 'reset';
  const hits = new Map<string, number[]>();
  const fetchers: PoliteFetcher[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '';
      hits.set(path, [...(hits.get(path) ?? []), Date.now()]);
      const count = hits.get(path)?.length ?? 0;
      if (path === '/robots.txt') return void (robotsTxt === 'reset' ? request.socket.destroy() : response.writeHead(robotsTxt.status).end(robotsTxt.body));
      if (path === '/flaky') return void (count < 3 ? response.writeHead(503).end() : response.writeHead(200, { 'content-type': 'text/html' }).end('<p>up</p>'));
      if (path === '/busy') return void (count < 2 ? response.writeHead(429, { 'retry-after': '1' }).end() : response.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>'));
      if (path === '/to-other-host') return void response.writeHead(302, { location: `${otherBase}/landing` }).end();
      if (path === '/missing') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p>page</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Another host (its own port) asking for 300 ms between fetches.
    other = createServer((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(200).end('User-agent: *\nCrawl-delay: 0.3');
      otherHits.push(Date.now());
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p>other</p>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await Promise.all(fetchers.map((fetcher) => fetcher.client.close()));
    for (const each of [server, other]) {
      each.closeAllConnections();
      each.close();
    }
  });

  beforeEach(() => hits.clear());

  const politeFetcher = (stores = new InMemoryCrawlState(), maxWaitMs = 5000) => {
    const settings: CrawlSettings = {
      client: {
        userAgent: 'newsflow-test/1 (+https://example.org/contact)',
        timeoutMs: 5000, connectTimeoutMs: 3000, firstByteTimeoutMs: 3000, maxBytes: 100_000, maxRedirects: 5,
        allowedPrivateHosts: ['127.0.0.1'],
      },
      robots: { productToken: 'newsflow-test', ttlMs: 60_000, unreachableTtlMs: 60_000, maxCrawlDelayMs: 1000 },
      gate: { globalConcurrency: 4, maxWaitMs },
      polite: { minHostDelayMs: 0, retry: { attempts: 4, baseDelayMs: 10, maxDelayMs: 50 } },
      refetchWindowMs: 0,
    };
    const fetcher = createPoliteFetcher(settings, stores);
    fetchers.push(fetcher);
    return { stores, fetcher };
  };
  const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: FetchError) => error);

  it('refuses what robots.txt disallows for its product token, and keeps the rules in the store', async () => {
    robotsTxt = { status: 200, body: 'User-agent: newsflow-test\nDisallow: /private\n\nUser-agent: *\nDisallow: /' };
    const { fetcher, stores } = politeFetcher();
    expect((await fetcher.fetch(`${base}/public`, { accept: HTML_TYPES })).body).toBe('<p>page</p>');
    expect(await failureOf(fetcher.fetch(`${base}/private/x`, { accept: HTML_TYPES }))).toMatchObject({ failure: 'refused', message: 'refused: disallowed by robots.txt' });
    expect(hits.get('/private/x')).toBeUndefined();
    expect(hits.get('/robots.txt')).toHaveLength(1);
    expect(await stores.find(base)).toMatchObject({ verdict: 'rules' });
  });

  it("reads the Sitemap: lines of robots.txt, none when it is missing", async () => {
    robotsTxt = { status: 200, body: 'User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap_index.xml\nSitemap: /news.xml' };
    expect(await politeFetcher().fetcher.robots.sitemaps(new URL(base))).toEqual(['https://news.example.org/sitemap_index.xml', '/news.xml']);
    robotsTxt = { status: 404, body: '' };
    expect(await politeFetcher().fetcher.robots.sitemaps(new URL(base))).toEqual([]);
  });

  it('takes a 4xx robots.txt as allow all and a 5xx as disallow all (RFC 9309)', async () => {
    robotsTxt = { status: 404, body: '' };
    expect((await politeFetcher().fetcher.fetch(`${base}/a`, { accept: HTML_TYPES })).status).toBe(200);
    robotsTxt = { status: 500, body: '' };
    expect(await failureOf(politeFetcher().fetcher.fetch(`${base}/a`, { accept: HTML_TYPES }))).toMatchObject({ failure: 'refused', message: expect.stringMatching(/unreachable/) });
  });

  it('holds Crawl-delay between two fetches of one host', async () => {
    robotsTxt = { status: 200, body: 'User-agent: *\nCrawl-delay: 0.3' };
    const { fetcher } = politeFetcher();
    await Promise.all(['/one', '/two'].map((path) => fetcher.fetch(`${base}${path}`, { accept: HTML_TYPES })));
    const [first, second] = [hits.get('/one')?.[0] ?? 0, hits.get('/two')?.[0] ?? 0].sort();
    expect(second - first).toBeGreaterThanOrEqual(300);
    expect(hits.get('/robots.txt')).toHaveLength(1);
  });

  it('retries a 5xx with backoff until it succeeds, and a 429 after its Retry-After; never a 404', async () => {
    robotsTxt = { status: 404, body: '' };
    const { fetcher, stores } = politeFetcher();
    expect((await fetcher.fetch(`${base}/flaky`, { accept: HTML_TYPES })).body).toBe('<p>up</p>');
    expect(hits.get('/flaky')).toHaveLength(3);
    expect((await fetcher.fetch(`${base}/busy`, { accept: HTML_TYPES })).body).toBe('<p>ok</p>');
    const [refused, retried] = hits.get('/busy') ?? [];
    expect(retried - refused).toBeGreaterThanOrEqual(1000);
    expect(await failureOf(fetcher.fetch(`${base}/missing`, { accept: HTML_TYPES }))).toMatchObject({ status: 404 });
    expect(hits.get('/missing')).toHaveLength(1);
    expect(stores.holdReasons()).toContain('politeness delay');
  });

  it("holds a redirect to another host to that host's turn and delay", async () => {
    robotsTxt = { status: 404, body: '' };
    const { fetcher } = politeFetcher();
    const [redirected, direct] = await Promise.all([
      fetcher.fetch(`${base}/to-other-host`, { accept: HTML_TYPES }),
      fetcher.fetch(`${otherBase}/direct`, { accept: HTML_TYPES }),
    ]);
    expect([redirected.finalUrl, direct.body]).toEqual([`${otherBase}/landing`, '<p>other</p>']);
    expect(otherHits).toHaveLength(2);
    expect(otherHits[1] - otherHits[0]).toBeGreaterThanOrEqual(300);
  });

  it('fails fast as backing off when a host asked for more than it waits', async () => {
    robotsTxt = { status: 404, body: '' };
    const { fetcher, stores } = politeFetcher(undefined, 100);
    await stores.hold(new URL(base).host, new Date(Date.now() + 60_000), 'Retry-After');
    expect(await failureOf(fetcher.fetch(`${base}/a`, { accept: HTML_TYPES }))).toMatchObject({ message: expect.stringMatching(/backing off until/) });
    expect(hits.get('/a')).toBeUndefined();
  });

  it('keeps no verdict from a robots.txt fetch that got no answer: the request fails as retryable and the next one asks again', async () => {
    robotsTxt = 'reset';
    const { fetcher, stores } = politeFetcher();
    expect(await failureOf(fetcher.fetch(`${base}/a`, { accept: HTML_TYPES }))).toMatchObject({ failure: 'network' });
    expect(hits.get('/a')).toBeUndefined();
    // Retried with backoff like any network failure, and not stored for the other instances.
    expect(hits.get('/robots.txt')?.length).toBe(4);
    expect(await stores.find(new URL(base).origin)).toBeUndefined();
    robotsTxt = { status: 404, body: '' };
    expect((await fetcher.fetch(`${base}/a`, { accept: HTML_TYPES })).body).toBe('<p>page</p>');
  });

  it('ends a wait for the host at once when the yield signal aborts, failing with its reason', async () => {
    robotsTxt = { status: 404, body: '' };
    const { fetcher, stores } = politeFetcher();
    await stores.hold(new URL(base).host, new Date(Date.now() + 3000), 'politeness delay');
    const stop = new AbortController();
    const handedBack = new Error('the service is stopping: record handed back');
    const started = Date.now();
    const fetching = failureOf(fetcher.fetch(`${base}/a`, { accept: HTML_TYPES, yieldSignal: stop.signal }));
    setTimeout(() => stop.abort(handedBack), 100);
    expect(await fetching).toBe(handedBack);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(hits.get('/a')).toBeUndefined();
    // Aborted before it starts, a fetch does not wait at all.
    expect(await failureOf(fetcher.fetch(`${base}/b`, { accept: HTML_TYPES, yieldSignal: stop.signal }))).toBe(handedBack);
  });
});
