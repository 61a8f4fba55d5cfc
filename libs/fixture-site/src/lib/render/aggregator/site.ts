import type { FixtureItem } from '../../data/model';
import type { SiteContext } from '../context';
import { slugify } from '../text';

/** The auto-blog's identity; the name is spelled as in the seed page. */
export const AGGREGATOR = {
  name: 'Latin america News',
  tagline: 'News from Latin America and the world, around the clock',
  iconPath: '/wp-content/uploads/2021/03/cropped-lan-icon-32x32.png',
  logoPath: '/wp-content/uploads/2021/03/cropped-lan-icon-512x512.png',
  wordpress: '6.4.3',
  menu: ['Latin America', 'Politics', 'Economy', 'World', 'Health', 'Sports'],
} as const;

export function absolute(ctx: SiteContext, path: string): string {
  return ctx.aggregatorOrigin + path;
}

export function categoryUrl(ctx: SiteContext, name: string): string {
  return absolute(ctx, `/category/${slugify(name)}/`);
}

export function tagUrl(ctx: SiteContext, name: string): string {
  return absolute(ctx, `/tag/${slugify(name)}/`);
}

/** Stable WordPress-like post id derived from the slug, so guids survive reordering. */
export function postId(item: FixtureItem): number {
  let hash = 0;
  for (const char of item.slug) hash = (hash * 31 + char.charCodeAt(0)) % 90_000;
  return 10_000 + hash;
}

export function featuredImageUrl(ctx: SiteContext, item: FixtureItem): string {
  const [yyyy, mm] = item.itemPath.split('/').slice(1, 3);
  return absolute(ctx, `/wp-content/uploads/${yyyy}/${mm}/${item.slug}-1024x576.jpg`);
}
