export * from './lib/batched-calls';
