import type { FixtureItem } from '../data/model';
import { AGGREGATOR, absolute, postId } from './aggregator/site';
import { itemUrl, type SiteContext } from './context';
import { esc, excerpt } from './text';

export const FEED_PATH = '/feed/';

/** WordPress-style RSS 2.0 feed of every item, newest first. */
export function renderFeed(ctx: SiteContext): string {
  const newest = ctx.items[0]?.publishedAt ?? new Date(0).toISOString();
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>${esc(AGGREGATOR.name)}</title>
	<atom:link href="${esc(absolute(ctx, FEED_PATH))}" rel="self" type="application/rss+xml" />
	<link>${esc(absolute(ctx, '/'))}</link>
	<description>${esc(AGGREGATOR.tagline)}</description>
	<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=${AGGREGATOR.wordpress}</generator>
${ctx.items.map((item) => feedItem(ctx, item)).join('\n')}
</channel>
</rss>
`;
}

function feedItem(ctx: SiteContext, item: FixtureItem): string {
  const link = itemUrl(ctx, item);
  const categories = [item.category, ...item.tags].map((name) => `\t\t<category>${esc(name)}</category>`);
  return `	<item>
		<title>${esc(item.title)}</title>
		<link>${esc(link)}</link>
		<comments>${esc(link)}#respond</comments>
		<dc:creator>${esc(item.author)}</dc:creator>
		<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>
${categories.join('\n')}
		<guid isPermaLink="false">${esc(absolute(ctx, `/?p=${postId(item)}`))}</guid>
		<description>${esc(excerpt(item.paragraphs[0] ?? item.title))}</description>
		<slash:comments>0</slash:comments>
	</item>`;
}
