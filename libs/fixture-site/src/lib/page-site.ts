import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeServer, listen } from './http/server';
import { esc } from './render/text';

export interface PageSiteOptions {
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  pageCount: number;
  /** The HTML of page `index`, made when it is requested (thousands of pages need not sit in memory). */
  page: (index: number) => string;
  /** Items per RSS feed; the crawler remembers a bounded number of item keys per feed. */
  itemsPerFeed?: number;
}

export interface PageSite {
  origin: string;
  feedUrls: string[];
  pageUrl(index: number): string;
  close(): Promise<void>;
}

/**
 * Serves many article pages through plain RSS feeds, for load runs: `/feeds/<k>.xml` lists its share of
 * `/pages/<i>/`, each page served as given (no aggregator wrapper, so no source link to follow).
 */
export async function startPageSite(options: PageSiteOptions): Promise<PageSite> {
  const perFeed = options.itemsPerFeed ?? 500;
  const { server, origin } = await listen(options.host ?? '127.0.0.1', options.port ?? 0);
  const feedCount = Math.ceil(options.pageCount / perFeed);
  const pageUrl = (index: number) => `${origin}/pages/${index}/`;
  const feed = (k: number) => {
    const indexes = Array.from({ length: Math.min(perFeed, options.pageCount - k * perFeed) }, (_, i) => k * perFeed + i);
    const items = indexes.map((i) => `<item><title>Page ${i}</title><link>${esc(pageUrl(i))}</link><guid>${esc(pageUrl(i))}</guid></item>`);
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Pages ${k}</title><link>${esc(origin)}/</link><description>load-run pages</description>\n${items.join('\n')}\n</channel></rss>`;
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://pages.invalid').pathname;
    const feedMatch = /^\/feeds\/(\d+)\.xml$/.exec(path);
    const pageMatch = /^\/pages\/(\d+)\/$/.exec(path);
    if (feedMatch && Number(feedMatch[1]) < feedCount) send(res, 'application/rss+xml; charset=UTF-8', feed(Number(feedMatch[1])));
    else if (pageMatch && Number(pageMatch[1]) < options.pageCount) send(res, 'text/html; charset=UTF-8', options.page(Number(pageMatch[1])));
    else if (path === '/robots.txt') send(res, 'text/plain', 'User-agent: *\nAllow: /\n');
    else res.writeHead(404).end();
  });
  return {
    origin,
    feedUrls: Array.from({ length: feedCount }, (_, k) => `${origin}/feeds/${k}.xml`),
    pageUrl,
    close: () => closeServer(server),
  };
}

function send(res: ServerResponse, contentType: string, body: string): void {
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) }).end(body);
}
