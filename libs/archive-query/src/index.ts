export * from './lib/keywords';
export * from './lib/cursor';
export * from './lib/article-query';
export * from './lib/body-stats';
export * from './lib/article-view';
