import type { PublisherSlug } from './publishers';
import { blockText, isRelatedLink, type Block, type Category, type Language } from './vocab';

/** An item as written in the data modules; paths and paragraphs are derived from it. */
export interface ItemSource {
  slug: string;
  title: string;
  /** ISO 8601, UTC; also fixes the date segments of both URL paths. */
  publishedAt: string;
  author: string;
  language: Language;
  category: Category;
  tags: string[];
  imageCaption: string;
  /** Site hosting the original; absent when the aggregator page is the original. */
  publisher?: PublisherSlug;
  body: Block[];
  /** Slug of the item whose story this one republishes, edited or word for word. */
  copyOf?: string;
}

export interface FixtureItem extends ItemSource {
  /** Article text in order, without any site chrome (related-story links included): what an extractor should return. */
  paragraphs: string[];
  /** Aggregator path: /<yyyy>/<mm>/<dd>/<slug>/ */
  itemPath: string;
  /** Publisher path: /<publisher>/<yyyy>/<mm>/<slug>.html */
  sourcePath?: string;
}

export function defineItem(source: ItemSource): FixtureItem {
  const [yyyy, mm, dd] = utcDateParts(source.publishedAt);
  const item: FixtureItem = {
    ...source,
    paragraphs: source.body.filter((block) => !isRelatedLink(block)).map(blockText),
    itemPath: `/${yyyy}/${mm}/${dd}/${source.slug}/`,
  };
  if (source.publisher !== undefined) {
    item.sourcePath = `/${source.publisher}/${yyyy}/${mm}/${source.slug}.html`;
  }
  return item;
}

function utcDateParts(iso: string): [string, string, string] {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid publishedAt: ${iso}`);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return [String(date.getUTCFullYear()), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
}
