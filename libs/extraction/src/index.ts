export * from './lib/extract-article';
export * from './lib/dom';
export * from './lib/json-ld';
export * from './lib/url';
export * from './lib/source-labels';
