export * from './lib/normalise';
export * from './lib/minhash';
