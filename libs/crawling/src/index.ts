export * from './lib/fetch-page';
export * from './lib/crawl-article';
