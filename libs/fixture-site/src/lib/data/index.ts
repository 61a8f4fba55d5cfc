import { COPY_ITEMS } from './items-copies';
import { COURTS_ITEMS } from './items-courts';
import { ECONOMY_ITEMS } from './items-economy';
import { FEATURE_ITEMS } from './items-features';
import { POLITICS_ITEMS } from './items-politics';
import { WORLD_ITEMS } from './items-world';
import type { FixtureItem } from './model';
import { SEED_ITEM } from './seed';

/** Every item, newest first (feed order). */
export const FIXTURE_ITEMS: readonly FixtureItem[] = [
  SEED_ITEM,
  ...POLITICS_ITEMS,
  ...COURTS_ITEMS,
  ...ECONOMY_ITEMS,
  ...WORLD_ITEMS,
  ...FEATURE_ITEMS,
  ...COPY_ITEMS,
].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));

/** Articles the pipeline stores: a word-for-word copy is emitted once (as its original or as itself). */
export const DISTINCT_TEXT_COUNT = new Set(FIXTURE_ITEMS.map((item) => item.paragraphs.join('\n\n'))).size;
