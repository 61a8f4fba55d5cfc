export * from './lib/article-document';
export * from './lib/article-schema';
export * from './lib/article-repository';
export * from './lib/article-write-buffer';
export * from './lib/article-search';
export * from './lib/stored-articles';
export * from './lib/archive-overview';
