import { load, type CheerioAPI } from 'cheerio';
import { createServer } from 'node:net';
import { gunzipSync } from 'node:zlib';
import Parser from 'rss-parser';
import { SEED_ITEM, SEED_SLUG } from './data/seed';
import { blockText } from './data/vocab';
import { startFixtureSite } from './fixture-site';
import type { FixtureItemView, FixtureSite } from './types';

async function page(url: string): Promise<{ status: number; type: string | null; $: CheerioAPI }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), $: load(await response.text()) };
}

function texts($: CheerioAPI, selector: string): string[] {
  return $(selector)
    .toArray()
    .map((element) => $(element).text().trim());
}

/** Resolves once the port can be bound again, i.e. the fixture really released it. */
function bindable(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

describe('startFixtureSite', () => {
  let site: FixtureSite;
  let seed: FixtureItemView;

  beforeAll(async () => {
    site = await startFixtureSite();
    const found = site.items.find((item) => item.slug === SEED_SLUG);
    if (found === undefined) throw new Error('seed item missing');
    seed = found;
  });

  afterAll(() => site.close());

  it('serves the two sites on different origins', () => {
    expect(site.aggregatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(site.publisherUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(site.aggregatorUrl).not.toBe(site.publisherUrl);
    expect(seed.sourceUrl?.startsWith(`${site.publisherUrl}/caribe-press/`)).toBe(true);
  });

  it('lists every item in an RSS feed with absolute links', async () => {
    const response = await fetch(site.feedUrl);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=UTF-8');
    const feed = await new Parser().parseString(await response.text());
    expect(feed.items.map((entry) => entry.link)).toEqual(site.items.map((item) => item.itemUrl));
    for (const entry of feed.items) {
      expect(entry.link?.startsWith(`${site.aggregatorUrl}/`)).toBe(true);
      expect(entry.title && entry.guid && entry.pubDate && entry.creator && entry.contentSnippet).toBeTruthy();
    }
  });

  it('serves /feed.xml as the same feed', async () => {
    const [a, b] = await Promise.all([site.feedUrl, `${site.aggregatorUrl}/feed.xml`].map((url) => fetch(url)));
    expect(await b?.text()).toBe(await a?.text());
  });

  it('renders the seed as an auto-blog page wrapping the article', async () => {
    const { status, $ } = await page(seed.itemUrl);
    expect(status).toBe(200);
    expect($('html').attr('lang')).toBe('en');
    expect($('html').is('[amp]')).toBe(true);
    expect($('body').text().replace(/\s+/g, ' ').trim()).toMatch(/^Site icon Latin america News /);
    expect($('link[rel=canonical]').attr('href')).toBe(seed.itemUrl);
    // The body as rendered: every block, the related-story link included, then the source link.
    expect(texts($, '.amp-wp-article-content > *')).toEqual([...SEED_ITEM.body.map(blockText), 'Source link']);
    expect($('h2:contains("Department of State")')).toHaveLength(1);
    expect($('a').filter((_, a) => $(a).text() === 'Source link').attr('href')).toBe(seed.sourceUrl);
    expect($('footer a').last().text()).toBe('Exit mobile version');
  });

  it('has no source link on aggregator-only items', async () => {
    const own = site.items.filter((item) => item.sourceUrl === undefined);
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) {
      const { $ } = await page(item.itemUrl);
      expect(texts($, '.amp-wp-article-content > *')).toEqual(item.paragraphs);
    }
  });

  it('serves every original article on the publishers site', async () => {
    for (const item of site.items.filter((entry) => entry.sourceUrl !== undefined)) {
      const { status, $ } = await page(item.sourceUrl ?? '');
      expect(status).toBe(200);
      expect($('link[rel=canonical]').attr('href')).toBe(item.sourceUrl);
      expect($('html').attr('lang')?.startsWith(item.language)).toBe(true);
      expect($('article h1').text()).toBe(item.title);
      expect($(`article time[datetime="${item.publishedAt}"]`)).toHaveLength(1);
      const inArticle = texts($, 'article p, article h2').filter((text) => item.paragraphs.includes(text));
      expect(inArticle).toEqual(item.paragraphs);
    }
  });

  it('describes the seed original with metadata', async () => {
    const { $ } = await page(seed.sourceUrl ?? '');
    expect($('meta[property="og:title"]').attr('content')).toBe(seed.title);
    expect($('meta[property="article:published_time"]').attr('content')).toBe(seed.publishedAt);
    expect($('meta[name=author]').attr('content')).toBe(seed.author);
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: seed.title, url: seed.sourceUrl });
  });

  it('serves a news sitemap and a sitemap index (named in robots.txt) of every item page, and a home page naming the feed', async () => {
    const news = load(await (await fetch(site.newsSitemapUrl)).text(), { xml: true });
    expect(news('url > loc').toArray().map((loc) => news(loc).text())).toEqual(site.items.map((item) => item.itemUrl));
    expect(news('url').first().find('news\\:title').text()).toBe(site.items[0].title);
    const index = load(await (await fetch(site.sitemapIndexUrl)).text(), { xml: true });
    const children = index('sitemap > loc').toArray().map((loc) => index(loc).text());
    expect(children).toEqual([site.newsSitemapUrl, `${site.aggregatorUrl}/post-sitemap.xml.gz`]);
    const gzipped = await fetch(children[1]);
    expect(gzipped.headers.get('content-type')).toBe('application/x-gzip');
    const posts = gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString();
    expect(posts).toContain(`<loc>${site.items[0].itemUrl}</loc>`);
    expect(await (await fetch(`${site.aggregatorUrl}/robots.txt`)).text()).toContain(`Sitemap: ${site.sitemapIndexUrl}`);
    const home = await page(`${site.aggregatorUrl}/`);
    expect(home.$('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe(site.feedUrl);
  });

  it('answers robots.txt, redirects slashless permalinks and 404s unknown paths', async () => {
    for (const origin of [site.aggregatorUrl, site.publisherUrl]) {
      const robots = await fetch(`${origin}/robots.txt`);
      expect(robots.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
      const missing = await page(`${origin}/no/such/page/`);
      expect([missing.status, missing.type]).toEqual([404, 'text/html; charset=UTF-8']);
    }
    const slashless = await fetch(seed.itemUrl.slice(0, -1), { redirect: 'manual' });
    expect(slashless.status).toBe(301);
  });
});

describe('close()', () => {
  it('frees both ports', async () => {
    const site = await startFixtureSite();
    await fetch(site.feedUrl);
    await site.close();
    const ports = [site.aggregatorUrl, site.publisherUrl].map((url) => Number(new URL(url).port));
    await Promise.all(ports.map(bindable));
  });

  it('releases the first port when the second cannot be bound', async () => {
    const site = await startFixtureSite();
    const taken = Number(new URL(site.publisherUrl).port);
    await expect(startFixtureSite({ publisherPort: taken })).rejects.toThrow(/EADDRINUSE/);
    await site.close();
  });
});
