export * from './lib/config/env';
export * from './lib/kafka/tokens';
export * from './lib/kafka/kafka-options';
export * from './lib/kafka/event-publisher';
export * from './lib/kafka/event-receiver';
export * from './lib/metrics/stage-metrics';
export { READINESS_CHECKS } from './lib/health/health.controller';
export * from './lib/service-kit.module';
export * from './lib/bootstrap';
