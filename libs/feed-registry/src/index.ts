export * from './lib/feed-settings';
export * from './lib/feeds-file';
export * from './lib/feed-record';
export * from './lib/schedule';
export * from './lib/seen-items';
export * from './lib/feed-poll';
export * from './lib/polling-loop';
export * from './lib/admin-api';
