export * from './lib/fetch-page';
export * from './lib/crawl-article';
export * from './lib/new-feed-items';
