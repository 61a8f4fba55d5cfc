import type { FixtureItem } from '../../data/model';
import { type Publisher, type PublisherSlug, publisherOf } from '../../data/publishers';
import { sourceUrl, type Link, type SiteContext } from '../context';
import { slugify } from '../text';
import { LABELS, type Labels } from './labels';

/** Everything a publisher template needs, resolved once. */
export interface PublisherPage {
  item: FixtureItem;
  publisher: Publisher;
  labels: Labels;
  /** Absolute URL of this article (its own canonical). */
  url: string;
  /** Absolute URL of the publisher's home, with trailing slash. */
  home: string;
  related: Link[];
}

const MAX_RELATED = 4;

export function publisherPage(ctx: SiteContext, item: FixtureItem, slug: PublisherSlug): PublisherPage {
  const publisher = publisherOf(slug);
  const home = `${ctx.publisherOrigin}/${slug}/`;
  return {
    item,
    publisher,
    labels: LABELS[publisher.language],
    url: sourceUrl(ctx, item) ?? home,
    home,
    related: relatedLinks(ctx, item, slug, home),
  };
}

/** Same-site fixture stories first, then archive headlines, as a real "related" box mixes both. */
function relatedLinks(ctx: SiteContext, item: FixtureItem, slug: PublisherSlug, home: string): Link[] {
  const siblings = ctx.items
    .filter((other) => other.publisher === slug && other.slug !== item.slug)
    .map((other) => ({ title: other.title, href: sourceUrl(ctx, other) ?? home }));
  const archive = publisherOf(slug).evergreen.map((title) => ({ title, href: archiveUrl(home, slugify(title)) }));
  return [...siblings, ...archive].slice(0, MAX_RELATED);
}

export function archiveUrl(home: string, slug: string): string {
  return `${home}archive/${slug}.html`;
}

export function sectionUrl(page: PublisherPage): string {
  return `${page.home}${slugify(page.labels.sections[page.item.category])}/`;
}
