import type { FixtureItem } from '../data/model';
import { AGGREGATOR, absolute } from './aggregator/site';
import { itemUrl, type SiteContext } from './context';
import { FEED_PATH } from './feed';
import { esc } from './text';

/** Yoast SEO's paths: an index naming the news sitemap and the (gzipped) post sitemap. */
export const SITEMAP_INDEX_PATH = '/sitemap_index.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
export const POST_SITEMAP_PATH = '/post-sitemap.xml.gz';

const newest = (ctx: SiteContext) => ctx.items[0]?.publishedAt ?? new Date(0).toISOString();

/** A Google News sitemap of every item page: publication, language, date and title. */
export function renderNewsSitemap(ctx: SiteContext): string {
  const entries = ctx.items.map(
    (item) => `<url>
  <loc>${esc(itemUrl(ctx, item))}</loc>
  <news:news>
    <news:publication><news:name>${esc(AGGREGATOR.name)}</news:name><news:language>${item.language}</news:language></news:publication>
    <news:publication_date>${item.publishedAt}</news:publication_date>
    <news:title>${esc(item.title)}</news:title>
  </news:news>
</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${entries.join('\n')}
</urlset>
`;
}

/** The plain post sitemap: every item page with its lastmod (served gzipped). */
export function renderPostSitemap(ctx: SiteContext): string {
  const entries = ctx.items.map((item: FixtureItem) => `<url><loc>${esc(itemUrl(ctx, item))}</loc><lastmod>${item.publishedAt}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join('\n')}
</urlset>
`;
}

export function renderSitemapIndex(ctx: SiteContext): string {
  const child = (path: string) => `<sitemap><loc>${esc(absolute(ctx, path))}</loc><lastmod>${newest(ctx)}</lastmod></sitemap>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${child(NEWS_SITEMAP_PATH)}
${child(POST_SITEMAP_PATH)}
</sitemapindex>
`;
}

/** The home page: what feed discovery reads first (the feed's `<link rel="alternate">`). */
export function renderHome(ctx: SiteContext): string {
  const links = ctx.items.map((item) => `<li><a href="${esc(itemUrl(ctx, item))}">${esc(item.title)}</a></li>`);
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>${esc(AGGREGATOR.name)} – ${esc(AGGREGATOR.tagline)}</title>
<link rel="alternate" type="application/rss+xml" title="${esc(AGGREGATOR.name)} » Feed" href="${esc(absolute(ctx, FEED_PATH))}">
<link rel="alternate" type="application/json+oembed" href="${esc(absolute(ctx, '/wp-json/oembed/1.0/embed'))}">
</head>
<body class="home blog">
<h1>${esc(AGGREGATOR.name)}</h1>
<ul>
${links.join('\n')}
</ul>
</body>
</html>
`;
}
