import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { SERVICE_NAME } from '../kafka/tokens';

/**
 * Prometheus metrics of one service: what it consumed, produced, dead-lettered, failed on, and how
 * long it took. Every series carries a `service` label, so one scrape config serves every stage.
 */
@Injectable()
export class StageMetrics {
  readonly registry = new Registry();
  readonly consumed = new Counter({
    name: 'newsflow_messages_consumed_total',
    help: 'Records received, by topic.',
    labelNames: ['topic'],
    registers: [this.registry],
  });
  readonly produced = new Counter({
    name: 'newsflow_messages_produced_total',
    help: 'Records published, by topic.',
    labelNames: ['topic'],
    registers: [this.registry],
  });
  readonly deadLetters = new Counter({
    name: 'newsflow_dead_letters_total',
    help: 'Records sent to a dead-letter topic, by source topic and error class.',
    labelNames: ['topic', 'error_class'],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'newsflow_processing_errors_total',
    help: 'Failed attempts at a record that will be retried (broker or database trouble, or an unexplained error), by topic.',
    labelNames: ['topic'],
    registers: [this.registry],
  });
  readonly processing = new Histogram({
    name: 'newsflow_processing_seconds',
    help: 'Time to process one received record, by topic.',
    labelNames: ['topic'],
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
    registers: [this.registry],
  });

  constructor(@Inject(SERVICE_NAME) service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'newsflow_' });
  }
}
