import { FetchError, FetchedPage, Validators } from '@newsflow/crawling';
import { FeedItem } from '@newsflow/feed';
import { ClaimedFeed, SourceKind } from './feed-record';
import { FeedPollSettings, pollFeed } from './feed-poll';
import { SitemapSettings } from './sitemap-source';

const NOW = new Date('2026-01-10T12:00:00Z');
const HOUR = 3_600_000;
const ROOT = 'https://news.example.org/sitemap.xml';
const sitemapSettings: SitemapSettings = { recentWindowMs: 48 * HOUR, maxDepth: 2, maxFiles: 10, maxEntries: 1000 };

const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR).toISOString();
const urlset = (...entries: [string, string?][]) =>
  `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${entries
    .map(([loc, published]) => `<url><loc>${loc}</loc>${published ? `<news:news><news:publication_date>${published}</news:publication_date></news:news>` : ''}</url>`)
    .join('')}</urlset>`;
const index = (...children: [string, string?][]) =>
  `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${children
    .map(([loc, lastmod]) => `<sitemap><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`)
    .join('')}</sitemapindex>`;

const claim = (): ClaimedFeed => ({
  leaseToken: 'lease',
  feed: { feedId: 's1', url: ROOT, followSource: false, origin: 'api', createdAt: NOW, seenItemKeys: [], consecutiveFailures: 0, nextPollAt: NOW },
});

/** Polls ROOT against a scripted site: path → document (or an error to throw). */
async function poll(site: Record<string, string | Error>, overrides: Partial<SitemapSettings> = {}) {
  const fetched: string[] = [];
  const emitted: { items: FeedItem[]; kind: SourceKind }[] = [];
  const settings: FeedPollSettings = { defaultIntervalMs: HOUR, schedule: { jitter: 0, maxBackoffMs: HOUR }, maxSeenKeys: 100, sitemap: { ...sitemapSettings, ...overrides } };
  const report = await pollFeed(
    claim(),
    {
      fetchFeed: async (url: string, _validators: Validators): Promise<FetchedPage> => {
        fetched.push(new URL(url).pathname);
        const body = site[new URL(url).pathname];
        if (body === undefined) throw new FetchError('http_status', `HTTP 404 from ${url}`, 404);
        if (body instanceof Error) throw body;
        return { url, finalUrl: url, status: 200, contentType: 'application/xml', body, bytes: body.length, charset: 'UTF-8', elapsedMs: 1, etag: '"e1"' };
      },
      emit: async (_feed, items, kind) => void emitted.push({ items, kind }),
      clock: () => NOW,
      random: () => 0.5,
    },
    settings,
  );
  return { report, fetched, emitted, urls: emitted.flatMap((batch) => batch.items.map((item) => new URL(item.url).pathname)) };
}

describe('pollFeed on a sitemap', () => {
  it('emits the recent pages of a news sitemap as sitemap items and keeps its validators', async () => {
    const { report, emitted, urls } = await poll({
      '/sitemap.xml': urlset(['https://news.example.org/fresh', hoursAgo(2)], ['https://news.example.org/stale', hoursAgo(100)], ['https://news.example.org/undated']),
    });
    expect(urls).toEqual(['/fresh']);
    expect(emitted[0].kind).toBe('sitemap');
    expect(report).toMatchObject({ outcome: 'fetched', newItems: 1, oldEntries: 2, notes: [] });
    expect(report.state).toMatchObject({ kind: 'sitemap', etag: '"e1"', lastNotes: undefined });
  });

  it('takes every entry when the window is 0', async () => {
    const { urls } = await poll({ '/sitemap.xml': urlset(['https://news.example.org/a', hoursAgo(1000)], ['https://news.example.org/b']) }, { recentWindowMs: 0 });
    expect(urls).toEqual(['/a', '/b']);
  });

  it('follows an index to its recent children, newest first, skips stale ones, and revalidates it every poll', async () => {
    const { report, fetched, urls } = await poll({
      '/sitemap.xml': index(['/old.xml', hoursAgo(500)], ['/undated.xml'], ['/news.xml', hoursAgo(1)]),
      '/news.xml': urlset(['https://news.example.org/n1', hoursAgo(1)]),
      '/undated.xml': urlset(['https://news.example.org/u1', hoursAgo(3)], ['https://news.example.org/n1', hoursAgo(1)]),
      '/old.xml': urlset(['https://news.example.org/o1', hoursAgo(1)]),
    });
    expect(fetched).toEqual(['/sitemap.xml', '/news.xml', '/undated.xml']);
    expect(urls).toEqual(['/n1', '/u1']);
    expect(report.state).toMatchObject({ kind: 'sitemap', etag: undefined, lastModified: undefined });
  });

  it('notes a child that fails or is no sitemap, and still emits the others', async () => {
    const { report, urls } = await poll({
      '/sitemap.xml': index(['/gone.xml'], ['/feed.xml'], ['/ok.xml']),
      '/ok.xml': urlset(['https://news.example.org/ok', hoursAgo(1)]),
      '/feed.xml': '<rss version="2.0"><channel/></rss>',
    });
    expect(urls).toEqual(['/ok']);
    expect(report.outcome).toBe('fetched');
    expect(report.notes).toEqual([
      'https://news.example.org/gone.xml: HTTP 404 from https://news.example.org/gone.xml',
      'https://news.example.org/feed.xml: not a sitemap: the root element is <rss>',
    ]);
    expect(report.state.lastNotes).toEqual(report.notes);
  });

  it('bounds a hostile index: nesting depth, files per poll and entries per poll, each noted', async () => {
    const deep = await poll({
      '/sitemap.xml': index(['/level1.xml']),
      '/level1.xml': index(['/level2.xml']),
      '/level2.xml': index(['/level3.xml']),
      '/level3.xml': urlset(['https://news.example.org/deep', hoursAgo(1)]),
    });
    expect(deep.fetched).toEqual(['/sitemap.xml', '/level1.xml', '/level2.xml']);
    expect(deep.report.notes).toEqual(['https://news.example.org/level2.xml: index nested deeper than 2 level(s), not followed']);

    const children = Array.from({ length: 50 }, (_, n) => [`/child-${n}.xml`] as [string]);
    const site: Record<string, string> = { '/sitemap.xml': index(...children) };
    children.forEach(([path], n) => (site[path] = urlset([`https://news.example.org/page-${n}`, hoursAgo(1)])));
    const wide = await poll(site, { maxFiles: 4 });
    expect(wide.fetched).toHaveLength(4);
    expect(wide.report.notes).toEqual(['https://news.example.org/sitemap.xml: 47 child sitemap(s) beyond 4 files per poll, not fetched']);

    const many = await poll(site, { maxEntries: 52, maxFiles: 100 });
    expect(many.urls).toEqual(['/page-0', '/page-1']);
    expect(many.report.notes).toEqual(['https://news.example.org/child-2.xml and 47 more: not read, 52 entries per poll reached']);

    const huge = await poll({ '/sitemap.xml': urlset(...Array.from({ length: 5000 }, (_, n) => [`https://news.example.org/p${n}`, hoursAgo(1)] as [string, string])) }, { maxEntries: 100 });
    expect(huge.urls).toHaveLength(100);
    expect(huge.report.notes).toEqual(['https://news.example.org/sitemap.xml: cut, 100 entries per poll reached']);
  });

  it('fails the poll on a hostile registered document (entity tricks), backing off', async () => {
    const { report, emitted } = await poll({ '/sitemap.xml': '<!DOCTYPE urlset [<!ENTITY a "aaaa">]><urlset><url><loc>https://e.test/&a;</loc></url></urlset>' });
    expect(emitted).toEqual([]);
    expect(report).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/DOCTYPE/), state: { consecutiveFailures: 1 } });
  });
});
