export * from './lib/parse-feed';
export * from './lib/source-link';
export * from './lib/parse-sitemap';
export * from './lib/discover-sources';
