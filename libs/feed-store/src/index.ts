export * from './lib/feed-schema';
export * from './lib/feed-repository';
