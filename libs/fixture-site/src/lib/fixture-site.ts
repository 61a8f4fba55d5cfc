import { FIXTURE_ITEMS } from './data';
import type { FixtureItem } from './data/model';
import { closeServer, listen, serveSite, type Listening } from './http/server';
import { aggregatorSite, publisherSite } from './http/sites';
import { itemUrl, sourceUrl, type SiteContext } from './render/context';
import { FEED_PATH } from './render/feed';
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from './render/sitemaps';
import type { FixtureItemView, FixtureSite, FixtureSiteOptions } from './types';

/** Starts the aggregator and the publishers on two loopback ports, i.e. two distinct origins. */
export async function startFixtureSite(options: FixtureSiteOptions = {}): Promise<FixtureSite> {
  const host = options.host ?? '127.0.0.1';
  const aggregator = await listen(host, options.aggregatorPort ?? 0);
  const publisher = await listenOrRelease(host, options.publisherPort ?? 0, aggregator);
  const ctx: SiteContext = {
    aggregatorOrigin: aggregator.origin,
    publisherOrigin: publisher.origin,
    items: FIXTURE_ITEMS,
  };
  serveSite(aggregator.server, aggregatorSite(ctx));
  serveSite(publisher.server, publisherSite(ctx));
  return {
    aggregatorUrl: aggregator.origin,
    publisherUrl: publisher.origin,
    feedUrl: aggregator.origin + FEED_PATH,
    newsSitemapUrl: aggregator.origin + NEWS_SITEMAP_PATH,
    sitemapIndexUrl: aggregator.origin + SITEMAP_INDEX_PATH,
    items: FIXTURE_ITEMS.map((item) => toView(ctx, item)),
    close: async () => {
      await Promise.all([closeServer(aggregator.server), closeServer(publisher.server)]);
    },
  };
}

/** A failed second bind (e.g. port taken) must not leak the first server. */
async function listenOrRelease(host: string, port: number, started: Listening): Promise<Listening> {
  try {
    return await listen(host, port);
  } catch (error) {
    await closeServer(started.server);
    throw error;
  }
}

function toView(ctx: SiteContext, item: FixtureItem): FixtureItemView {
  const source = sourceUrl(ctx, item);
  return {
    slug: item.slug,
    title: item.title,
    language: item.language,
    paragraphs: [...item.paragraphs],
    itemUrl: itemUrl(ctx, item),
    ...(source === undefined ? {} : { sourceUrl: source }),
    publishedAt: item.publishedAt,
    author: item.author,
    ...(item.copyOf === undefined ? {} : { copyOf: item.copyOf }),
  };
}
