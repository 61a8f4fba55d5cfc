export * from './lib/story-schema';
export * from './lib/story-repository';
