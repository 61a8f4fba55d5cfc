import type { FixtureItem } from '../data/model';

/** What every renderer needs: the real listening origins (no trailing slash) and the items. */
export interface SiteContext {
  aggregatorOrigin: string;
  publisherOrigin: string;
  items: readonly FixtureItem[];
}

export function itemUrl(ctx: SiteContext, item: FixtureItem): string {
  return ctx.aggregatorOrigin + item.itemPath;
}

export function sourceUrl(ctx: SiteContext, item: FixtureItem): string | undefined {
  return item.sourcePath === undefined ? undefined : ctx.publisherOrigin + item.sourcePath;
}

export interface Link {
  title: string;
  href: string;
}
