export * from './lib/raw-page';
export * from './lib/clean-article';
export * from './lib/enriched-article';
export * from './lib/crawl-request';
