export * from './lib/service-env';
export * from './lib/settings';
export * from './lib/reference';
