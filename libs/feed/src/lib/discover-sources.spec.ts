import { DiscoveryPorts, discoverSources, feedLinks } from './discover-sources';

const SITE = 'https://news.example.org/';
const rss = '<rss version="2.0"><channel><title>t</title><item><link>https://news.example.org/a</link></item></channel></rss>';
const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>';
const newsSitemap = '<urlset><url><loc>https://news.example.org/a</loc></url><url><loc>https://news.example.org/b</loc></url></urlset>';
const index = '<sitemapindex><sitemap><loc>https://news.example.org/news-sitemap.xml</loc></sitemap></sitemapindex>';
const home = `<html><head>
  <link rel="alternate" type="application/rss+xml" title="News » Feed" href="/feed/">
  <link rel="alternate" type="application/atom+xml; charset=utf-8" href="https://news.example.org/atom">
  <link rel="alternate" type="application/json+oembed" href="/oembed">
  <link rel="alternate" hreflang="es" href="/es/">
  <link rel="stylesheet" type="application/rss+xml" href="/not-a-feed">
</head><body></body></html>`;

/** A scripted site: path → document; anything else is a 404. */
function site(documents: Record<string, string>, robots: string[] = []) {
  const fetched: string[] = [];
  const answer = async (url: string) => {
    const path = new URL(url).pathname;
    fetched.push(path);
    const body = documents[path];
    if (body === undefined) throw new Error(`HTTP 404 from ${url}`);
    return { finalUrl: url, body };
  };
  const ports: DiscoveryPorts = { fetchPage: answer, fetchSource: answer, robotsSitemaps: async () => robots };
  return { ports, fetched };
}

describe('discoverSources', () => {
  it('finds the feeds a home page links, the sitemaps robots.txt names and those at common paths, each checked', async () => {
    const { ports, fetched } = site(
      { '/': home, '/feed/': rss, '/atom': atom, '/sitemap_index.xml': index, '/news-sitemap.xml': newsSitemap },
      ['https://news.example.org/sitemap_index.xml'],
    );
    const found = await discoverSources(SITE, ports);
    expect(found.feeds).toEqual([
      { url: 'https://news.example.org/feed/', kind: 'feed', via: 'link', title: 'News » Feed', entries: 1 },
      { url: 'https://news.example.org/atom', kind: 'feed', via: 'link', entries: 0 },
    ]);
    expect(found.sitemaps).toEqual([
      { url: 'https://news.example.org/sitemap_index.xml', kind: 'sitemap', via: 'robots', entries: 1, index: true },
      { url: 'https://news.example.org/news-sitemap.xml', kind: 'sitemap', via: 'path', entries: 2, index: false },
    ]);
    expect(found.rejected).toEqual([]);
    // Linked feeds found: the common feed paths are not probed.
    expect(fetched).not.toContain('/rss.xml');
  });

  it('probes common feed paths when the home page links none (or is missing), and reports what is no source', async () => {
    const { ports } = site({ '/feed.xml': rss, '/sitemap.xml': '<html><body>not here</body></html>' });
    const found = await discoverSources(SITE, ports);
    expect(found.feeds.map((feed) => [feed.url, feed.via])).toEqual([['https://news.example.org/feed.xml', 'path']]);
    expect(found.sitemaps).toEqual([]);
    expect(found.rejected.map((rejected) => rejected.url)).toEqual([SITE, 'https://news.example.org/sitemap.xml']);
  });
});

describe('feedLinks', () => {
  it('keeps RSS, Atom and RDF alternates only, resolved', () => {
    expect(feedLinks(home, SITE).map((link) => link.url)).toEqual(['https://news.example.org/feed/', 'https://news.example.org/atom']);
  });
});
