export * from './lib/crawl-state-schema';
export * from './lib/crawl-state-repository';
