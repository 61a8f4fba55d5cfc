export * from './lib/normalise';
export * from './lib/minhash';
export * from './lib/story-assignment';
