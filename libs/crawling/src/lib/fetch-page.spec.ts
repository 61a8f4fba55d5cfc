import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import { FetchError, FetchOptions, HTML_TYPES, fetchIfModified, fetchPage } from './fetch-page';

const MODIFIED = 'Tue, 03 Jun 2025 10:00:00 GMT';
const options: FetchOptions = { userAgent: 'newsflow-test', timeoutMs: 2000, maxBytes: 1000, accept: HTML_TYPES };

describe('fetchPage (local HTTP server)', () => {
  let server: Server;
  let base: string;
  let seenUserAgent: string | undefined;

  beforeAll(async () => {
    server = createServer((request, response) => {
      seenUserAgent = request.headers['user-agent'];
      const routes: Record<string, () => void> = {
        '/ok': () => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>héllo</p>'),
        '/latin1': () =>
          response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from([0x3c, 0x70, 0x3e, 0xe9])),
        '/moved': () => response.writeHead(301, { location: '/ok' }).end(),
        '/big': () => response.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(5000)),
        '/pdf': () => response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF'),
        '/conditional': () =>
          request.headers['if-none-match'] === '"v1"' || request.headers['if-modified-since'] === MODIFIED
            ? response.writeHead(304, { etag: '"v1"' }).end()
            : response.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': MODIFIED }).end('<p>v1</p>'),
        '/gone': () => response.writeHead(404).end(),
        '/slow': () => setTimeout(() => response.end(), 5000),
      };
      (routes[request.url ?? ''] ?? routes['/gone'])();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('decodes the body with the declared charset and sends the user agent', async () => {
    const page = await fetchPage(`${base}/ok`, options);
    expect(page).toMatchObject({ status: 200, body: '<p>héllo</p>', finalUrl: `${base}/ok` });
    expect(seenUserAgent).toBe('newsflow-test');
    expect((await fetchPage(`${base}/latin1`, options)).body).toBe('<p>é');
  });

  it('follows redirects and reports the final URL', async () => {
    expect((await fetchPage(`${base}/moved`, options)).finalUrl).toBe(`${base}/ok`);
  });

  it.each([
    ['/big', 'too_large'],
    ['/pdf', 'content_type'],
    ['/gone', 'http_status'],
    ['/slow', 'timeout'],
  ])('refuses %s as %s', async (path, failure) => {
    const error = await fetchPage(`${base}${path}`, options).catch((caught: FetchError) => caught);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).failure).toBe(failure);
  });

  it('sends validators on a conditional GET and reports 304 as not modified, with the validators', async () => {
    const first = await fetchIfModified(`${base}/conditional`, options, {});
    expect(first).toMatchObject({ status: 200, body: '<p>v1</p>', etag: '"v1"', lastModified: MODIFIED });
    expect(await fetchIfModified(`${base}/conditional`, options, { etag: '"v1"' })).toMatchObject({ notModified: true, status: 304, etag: '"v1"' });
    expect(await fetchIfModified(`${base}/conditional`, options, { lastModified: MODIFIED })).toMatchObject({ notModified: true });
    expect(await fetchIfModified(`${base}/conditional`, options, { etag: '"v0"' })).toMatchObject({ status: 200 });
  });

  it('reports a refused connection as a network failure', async () => {
    await expect(fetchPage('http://127.0.0.1:1/', options)).rejects.toMatchObject({ failure: 'network' });
  });
});
