export * from './lib/unique-insert';
