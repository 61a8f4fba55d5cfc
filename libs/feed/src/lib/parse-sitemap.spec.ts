import { SitemapError, isSitemap, parseSitemap } from './parse-sitemap';

const BASE = 'https://news.example.org/sitemap.xml';
const limits = { maxEntries: 1000 };
const urlset = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">${body}</urlset>`;
const url = (loc: string, lastmod?: string) => `<url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;

describe('parseSitemap', () => {
  it('reads the pages of a urlset with their lastmod, resolving relative locations', () => {
    const sitemap = parseSitemap(urlset(url('https://news.example.org/a', '2026-01-02') + url('/b') + url('ftp://x/c') + '<url></url>'), BASE, limits);
    expect(sitemap).toMatchObject({ kind: 'urlset', truncated: false, skipped: 2, sitemaps: [] });
    expect(sitemap.items).toEqual([
      { guid: 'https://news.example.org/a', url: 'https://news.example.org/a', publishedAt: '2026-01-02T00:00:00.000Z' },
      { guid: 'https://news.example.org/b', url: 'https://news.example.org/b' },
    ]);
  });

  it('reads Google News fields, and never takes an image location for the page', () => {
    const news = `<url>
      <image:image><image:loc>https://cdn.example.org/photo.jpg</image:loc></image:image>
      <loc>https://news.example.org/2026/01/02/budget</loc>
      <news:news>
        <news:publication><news:name>Example News</news:name><news:language>en</news:language></news:publication>
        <news:publication_date>2026-01-02T10:30:00+01:00</news:publication_date>
        <news:title><![CDATA[Budget passes & more]]></news:title>
      </news:news>
      <lastmod>2026-01-03</lastmod>
    </url>`;
    expect(parseSitemap(urlset(news), BASE, limits).items).toEqual([
      {
        guid: 'https://news.example.org/2026/01/02/budget',
        url: 'https://news.example.org/2026/01/02/budget',
        title: 'Budget passes & more',
        publishedAt: '2026-01-02T09:30:00.000Z',
        language: 'en',
      },
    ]);
  });

  it('reads the child sitemaps of an index', () => {
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://news.example.org/news.xml</loc><lastmod>2026-01-02T00:00:00Z</lastmod></sitemap>
      <sitemap><loc>/archive-2019.xml.gz</loc></sitemap>
    </sitemapindex>`;
    expect(parseSitemap(index, BASE, limits)).toMatchObject({
      kind: 'sitemapindex',
      items: [],
      sitemaps: [
        { url: 'https://news.example.org/news.xml', lastModified: '2026-01-02T00:00:00.000Z' },
        { url: 'https://news.example.org/archive-2019.xml.gz' },
      ],
    });
  });

  it('keeps entries when the namespace is missing or prefixed oddly', () => {
    const odd = '<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://e.test/x</sm:loc></sm:url></sm:urlset>';
    expect(parseSitemap(odd, BASE, limits).items.map((item) => item.url)).toEqual(['https://e.test/x']);
    expect(parseSitemap('<urlset><url><loc>https://e.test/y</loc></url></urlset>', BASE, limits).items).toHaveLength(1);
  });

  it('refuses what is no sitemap, naming why', () => {
    expect(() => parseSitemap('<rss version="2.0"><channel/></rss>', BASE, limits)).toThrow('not a sitemap: the root element is <rss>');
    expect(() => parseSitemap('', BASE, limits)).toThrow('not a sitemap: no root element');
    expect(() => parseSitemap(urlset('<url><loc>https://e.test/a</url>'), BASE, limits)).toThrow(/^malformed sitemap/);
  });
});

describe('parseSitemap on hostile input', () => {
  it('refuses a DOCTYPE, so no entity is ever declared or expanded (billion laughs, external entities)', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE urlset [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<urlset><url><loc>https://e.test/&lol3;</loc></url></urlset>`;
    expect(() => parseSitemap(laughs, BASE, limits)).toThrow(SitemapError);
    expect(() => parseSitemap(laughs, BASE, limits)).toThrow(/DOCTYPE/);
    const external = '<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><urlset><url><loc>&xxe;</loc></url></urlset>';
    expect(() => parseSitemap(external, BASE, limits)).toThrow(/DOCTYPE/);
  });

  it('refuses an undeclared entity rather than guessing', () => {
    expect(() => parseSitemap(urlset(url('https://e.test/&secret;')), BASE, limits)).toThrow(/^malformed sitemap/);
    expect(parseSitemap(urlset(url('https://e.test/a?x=1&amp;y=2')), BASE, limits).items[0].url).toBe('https://e.test/a?x=1&y=2');
  });

  it('stops at the entry cap on a document of a million URLs, and says it was cut', () => {
    const million = urlset(Array.from({ length: 1_000_000 }, (_, index) => `<url><loc>https://e.test/${index}</loc></url>`).join(''));
    const sitemap = parseSitemap(million, BASE, { maxEntries: 500 });
    expect(sitemap.items).toHaveLength(500);
    expect(sitemap.items[499].url).toBe('https://e.test/499');
    expect(sitemap.truncated).toBe(true);
  });

  it('refuses elements nested without end', () => {
    const deep = `<urlset><url>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</url></urlset>`;
    expect(() => parseSitemap(deep, BASE, limits)).toThrow(/nested deeper than/);
  });

  it('skips a location too long to be a page and keeps memory bounded by the field cap', () => {
    const huge = urlset(url(`https://e.test/${'a'.repeat(3_000_000)}`) + url('https://e.test/ok'));
    const sitemap = parseSitemap(huge, BASE, limits);
    expect(sitemap.items.map((item) => item.url)).toEqual(['https://e.test/ok']);
    expect(sitemap.skipped).toBe(1);
  });
});

describe('isSitemap', () => {
  it('tells sitemaps from feeds by the root element', () => {
    expect(isSitemap('\uFEFF<?xml version="1.0"?>\n<!-- generated --><urlset/>')).toBe(true);
    expect(isSitemap('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')).toBe(true);
    expect(isSitemap('<?xml version="1.0"?><rss version="2.0"/>')).toBe(false);
    expect(isSitemap('<feed xmlns="http://www.w3.org/2005/Atom"/>')).toBe(false);
  });
});
