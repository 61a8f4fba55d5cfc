export { startFixtureSite } from './lib/fixture-site';
export type { FixtureItemView, FixtureSite, FixtureSiteOptions } from './lib/types';
export { DISTINCT_TEXT_COUNT, FIXTURE_ITEMS } from './lib/data';
export { SEED_SLUG } from './lib/data/seed';
export type { FixtureItem } from './lib/data/model';
export type { Block, Category, Language } from './lib/data/vocab';
export { startPageSite } from './lib/page-site';
export type { PageSite, PageSiteOptions } from './lib/page-site';
