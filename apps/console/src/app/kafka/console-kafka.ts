import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Kafka, logLevel } from 'kafkajs';
import { ConsoleEnv } from '../console.env';

/** The console's one Kafka client; the sampler, the dead-letter reader and the replayer each open their own connection on it. */
@Injectable()
export class ConsoleKafka {
  readonly client: Kafka;

  constructor(config: ConfigService<ConsoleEnv, true>) {
    this.client = new Kafka({ clientId: 'newsflow-console', brokers: config.get('KAFKA_BROKERS', { infer: true }), logLevel: logLevel.NOTHING });
  }
}
