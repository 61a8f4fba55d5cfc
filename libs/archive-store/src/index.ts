export * from './lib/article-document';
export * from './lib/article-schema';
export * from './lib/article-repository';
