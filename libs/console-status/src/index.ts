export * from './lib/service-health';
export * from './lib/sample-history';
export * from './lib/throughput';
export * from './lib/consumer-lag';
export * from './lib/dead-letters';
export * from './lib/snapshot';
export * from './lib/summary';
export * from './lib/access';
