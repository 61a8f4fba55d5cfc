import { gzipSync } from 'node:zlib';
import { AGGREGATOR } from '../render/aggregator/site';
import { renderAggregatorPage } from '../render/aggregator/page';
import type { SiteContext } from '../render/context';
import { FEED_PATH, renderFeed } from '../render/feed';
import { renderNotFound } from '../render/not-found';
import { renderPublisherPage } from '../render/publisher/page';
import { NEWS_SITEMAP_PATH, POST_SITEMAP_PATH, SITEMAP_INDEX_PATH, renderHome, renderNewsSitemap, renderPostSitemap, renderSitemapIndex } from '../render/sitemaps';

export interface Resource {
  status: number;
  contentType: string;
  body: string | Buffer;
  location?: string;
}

/** A site is a fixed set of pre-rendered pages, keyed by exact path. */
export interface Site {
  routes: ReadonlyMap<string, Resource>;
  notFound: Resource;
}

const HTML = 'text/html; charset=UTF-8';

const ok = (contentType: string, body: string | Buffer): Resource => ({ status: 200, contentType, body });
const html = (body: string): Resource => ok(HTML, body);
const text = (body: string): Resource => ok('text/plain; charset=UTF-8', body);

export function aggregatorSite(ctx: SiteContext): Site {
  const feed = ok('application/rss+xml; charset=UTF-8', renderFeed(ctx));
  const xml = 'application/xml; charset=UTF-8';
  const routes = new Map<string, Resource>([
    ['/', html(renderHome(ctx))],
    [FEED_PATH, feed],
    ['/feed.xml', feed],
    [SITEMAP_INDEX_PATH, ok(xml, renderSitemapIndex(ctx))],
    [NEWS_SITEMAP_PATH, ok(xml, renderNewsSitemap(ctx))],
    [POST_SITEMAP_PATH, ok('application/x-gzip', gzipSync(renderPostSitemap(ctx)))],
    ['/robots.txt', text(`User-agent: *\nAllow: /\n\nSitemap: ${ctx.aggregatorOrigin}${SITEMAP_INDEX_PATH}\n`)],
  ]);
  for (const item of ctx.items) routes.set(item.itemPath, html(renderAggregatorPage(ctx, item)));
  return { routes, notFound: { status: 404, contentType: HTML, body: renderNotFound(AGGREGATOR.name) } };
}

export function publisherSite(ctx: SiteContext): Site {
  const robots = 'User-agent: *\nDisallow: /search\nDisallow: /account/\nAllow: /\n';
  const routes = new Map<string, Resource>([['/robots.txt', text(robots)]]);
  for (const item of ctx.items) {
    if (item.publisher !== undefined && item.sourcePath !== undefined) {
      routes.set(item.sourcePath, html(renderPublisherPage(ctx, item, item.publisher)));
    }
  }
  return { routes, notFound: { status: 404, contentType: HTML, body: renderNotFound('News') } };
}
