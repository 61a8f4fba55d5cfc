import { AddressInfo } from 'node:net';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { RefusedError } from './address-guard';
import { FetchError, HTML_TYPES, SOURCE_TYPES, WebClient, WebClientSettings } from './fetch-page';

const MODIFIED = 'Tue, 03 Jun 2025 10:00:00 GMT';
const html = { 'content-type': 'text/html' };

type Route = (request: IncomingMessage, response: ServerResponse) => void;
const routes: Record<string, Route> = {
  '/ok': (_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>héllo</p>'),
  '/latin1-header': (_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from([0x3c, 0x70, 0x3e, 0xe9])),
  '/latin1-meta': (_, response) => response.writeHead(200, html).end(Buffer.concat([Buffer.from('<meta charset="ISO-8859-1"><p>'), Buffer.from([0xe9])])),
  '/cp1252-undeclared': (_, response) => response.writeHead(200, html).end(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x61, 0x94, 0xe9])),
  '/utf8-bom': (_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('\ufeff<p>é</p>')),
  '/gzip': (_, response) => response.writeHead(200, { ...html, 'content-encoding': 'gzip' }).end(gzipSync('<p>gzip</p>')),
  '/deflate': (_, response) => response.writeHead(200, { ...html, 'content-encoding': 'deflate' }).end(deflateSync('<p>deflate</p>')),
  '/raw-deflate': (_, response) => response.writeHead(200, { ...html, 'content-encoding': 'deflate' }).end(deflateRawSync('<p>raw</p>')),
  '/br': (_, response) => response.writeHead(200, { ...html, 'content-encoding': 'br' }).end(brotliCompressSync('<p>br</p>')),
  '/bomb': (_, response) => response.writeHead(200, { ...html, 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(1024 * 1024))),
  '/sitemap.xml.gz': (_, response) => response.writeHead(200, { 'content-type': 'application/x-gzip' }).end(gzipSync('<urlset/>')),
  '/sitemap-bomb.xml.gz': (_, response) => response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(gzipSync(Buffer.alloc(1024 * 1024))),
  '/moved': (_, response) => response.writeHead(301, { location: '/ok#top' }).end(),
  '/loop-a': (_, response) => response.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_, response) => response.writeHead(302, { location: '/loop-a' }).end(),
  '/to-metadata': (_, response) => response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-private': (_, response) => response.writeHead(307, { location: 'http://10.0.0.5/admin' }).end(),
  '/to-ftp': (_, response) => response.writeHead(302, { location: 'ftp://example.org/file' }).end(),
  '/pdf': (_, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF'),
  '/gone': (_, response) => response.writeHead(404).end(),
  '/busy': (_, response) => response.writeHead(429, { 'retry-after': '7' }).end(),
  '/twenty-mb': (_, response) => {
    response.writeHead(200, html);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const write = (): void => {
      while (sent < 20 * 1024 * 1024) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', write);
      }
      response.end();
    };
    write();
  },
  '/no-headers': (_, response) => setTimeout(() => response.writeHead(200, html).end('<p>late</p>'), 3000),
  '/drip': (_, response) => {
    response.writeHead(200, html);
    const timer = setInterval(() => response.write('<p>.</p>'), 100);
    response.on('close', () => clearInterval(timer));
  },
  '/conditional': (request, response) =>
    request.headers['if-none-match'] === '"v1"' || request.headers['if-modified-since'] === MODIFIED
      ? response.writeHead(304, { etag: '"v1"' }).end()
      : response.writeHead(200, { ...html, etag: '"v1"', 'last-modified': MODIFIED }).end('<p>v1</p>'),
};

describe('WebClient (local HTTP server)', () => {
  let server: Server;
  let base: string;
  let port: number;
  let seenUserAgent: string | undefined;
  let client: WebClient;
  const settings = (overrides: Partial<WebClientSettings> = {}): WebClientSettings => ({
    userAgent: 'newsflow-test/1 (+https://example.org/contact)',
    timeoutMs: 1500,
    connectTimeoutMs: 1000,
    firstByteTimeoutMs: 1000,
    maxBytes: 256 * 1024,
    maxRedirects: 5,
    allowedPrivateHosts: [`127.0.0.1:${port}`],
    ...overrides,
  });
  const get = (path: string, target = client) => target.fetch(`${base}${path}`, { accept: HTML_TYPES });
  const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: FetchError) => error);

  beforeAll(async () => {
    server = createServer((request, response) => {
      seenUserAgent = request.headers['user-agent'];
      (routes[request.url ?? ''] ?? routes['/gone'])(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    client = new WebClient(settings());
  });

  afterAll(async () => {
    await client.close();
    server.closeAllConnections();
    server.close();
  });

  it('fetches an allowed host, sending the user agent', async () => {
    expect(await get('/ok')).toMatchObject({ status: 200, body: '<p>héllo</p>', finalUrl: `${base}/ok`, charset: 'UTF-8', bytes: 13 });
    expect(seenUserAgent).toBe('newsflow-test/1 (+https://example.org/contact)');
  });

  it.each([
    ['/latin1-header', '<p>é', 'windows-1252'],
    ['/latin1-meta', '<meta charset="ISO-8859-1"><p>é', 'windows-1252'],
    ['/cp1252-undeclared', '<p>“a”é', 'windows-1252'],
    ['/utf8-bom', '<p>é</p>', 'UTF-8'],
  ])('decodes %s from header, meta, BOM or by sniffing', async (path, body, charset) => {
    expect(await get(path)).toMatchObject({ body, charset });
  });

  it.each([
    ['/gzip', '<p>gzip</p>'],
    ['/deflate', '<p>deflate</p>'],
    ['/raw-deflate', '<p>raw</p>'],
    ['/br', '<p>br</p>'],
  ])('decompresses %s', async (path, body) => {
    expect((await get(path)).body).toBe(body);
  });

  it('unpacks a gzip file body (sitemap.xml.gz) under the same size cap', async () => {
    const source = (path: string) => client.fetch(`${base}${path}`, { accept: SOURCE_TYPES });
    expect(await source('/sitemap.xml.gz')).toMatchObject({ body: '<urlset/>', bytes: 9 });
    expect(await failureOf(source('/sitemap-bomb.xml.gz'))).toMatchObject({ failure: 'too_large' });
  });

  it('follows redirects (fragments dropped) and reports the final URL', async () => {
    expect((await get('/moved')).finalUrl).toBe(`${base}/ok`);
  });

  it.each([
    ['/loop-a', 'redirect', /redirect loop/],
    ['/pdf', 'content_type', /application\/pdf/],
    ['/gone', 'http_status', /HTTP 404/],
    ['/twenty-mb', 'too_large', /larger than 262144 bytes/],
    ['/bomb', 'too_large', /larger than/],
    ['/no-headers', 'timeout', /timed out/],
    ['/drip', 'timeout', /timed out/],
    ['/to-metadata', 'refused', /^refused: link-local address 169\.254\.169\.254$/],
    ['/to-private', 'refused', /^refused: private address 10\.0\.0\.5$/],
    ['/to-ftp', 'refused', /^refused: scheme ftp: is not http\(s\)$/],
  ])('refuses %s as %s', async (path, failure, message) => {
    const error = await failureOf(get(path));
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ failure, message: expect.stringMatching(message) });
  });

  it('carries Retry-After of a 429', async () => {
    expect(await failureOf(get('/busy'))).toMatchObject({ failure: 'http_status', status: 429, retryAfterMs: 7000 });
  });

  it('stops after the redirect limit', async () => {
    const strict = new WebClient(settings({ maxRedirects: 0 }));
    expect(await failureOf(get('/moved', strict))).toMatchObject({ failure: 'redirect', message: expect.stringMatching(/more than 0 redirects/) });
    await strict.close();
  });

  it('refuses loopback unless the host is allowed, also when a name resolves to it (checked after DNS)', async () => {
    const guarded = new WebClient(settings({ allowedPrivateHosts: [] }));
    expect(await failureOf(get('/ok', guarded))).toMatchObject({ failure: 'refused', message: 'refused: loopback address 127.0.0.1' });
    const byName = await failureOf(guarded.fetch(`http://localhost:${port}/ok`, { accept: HTML_TYPES }));
    expect(byName).toMatchObject({ failure: 'refused', message: expect.stringMatching(/^refused: loopback address (127\.0\.0\.1|::1)$/) });
    await guarded.close();
  });

  it('opens an exception by bare host too, and only for the host named', async () => {
    const byHost = new WebClient(settings({ allowedPrivateHosts: ['127.0.0.1'] }));
    expect((await get('/ok', byHost)).status).toBe(200);
    const otherPort = new WebClient(settings({ allowedPrivateHosts: ['127.0.0.1:1'] }));
    expect(await failureOf(get('/ok', otherPort))).toMatchObject({ failure: 'refused' });
    await Promise.all([byHost.close(), otherPort.close()]);
  });

  it('asks permit() about every hop', async () => {
    const asked: string[] = [];
    const permit = async (url: URL) => {
      asked.push(url.pathname);
      if (url.pathname === '/ok') throw new RefusedError('disallowed by robots.txt');
    };
    expect(await failureOf(client.fetch(`${base}/moved`, { accept: HTML_TYPES, permit }))).toMatchObject({
      failure: 'refused',
      message: 'refused: disallowed by robots.txt',
    });
    expect(asked).toEqual(['/moved', '/ok']);
  });

  it('sends validators on a conditional GET and reports 304 as not modified, with the validators', async () => {
    const conditional = (validators: object) => client.fetchIfModified(`${base}/conditional`, { accept: HTML_TYPES, validators });
    expect(await conditional({})).toMatchObject({ status: 200, body: '<p>v1</p>', etag: '"v1"', lastModified: MODIFIED });
    expect(await conditional({ etag: '"v1"' })).toMatchObject({ notModified: true, status: 304, etag: '"v1"' });
    expect(await conditional({ lastModified: MODIFIED })).toMatchObject({ notModified: true });
    expect(await conditional({ etag: '"v0"' })).toMatchObject({ status: 200 });
  });

  it('reports a refused connection as a network failure', async () => {
    const open = new WebClient(settings({ allowedPrivateHosts: ['127.0.0.1'] }));
    expect(await failureOf(open.fetch('http://127.0.0.1:1/', { accept: HTML_TYPES }))).toMatchObject({ failure: 'network' });
    await open.close();
  });
});
