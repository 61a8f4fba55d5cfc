import { KafkaOptions, Transport } from '@nestjs/microservices';
import { CompressionTypes, Partitioners, logLevel } from 'kafkajs';
import { consumerGroupOf } from '@newsflow/contracts';
import { kafkaLogCreator } from '../logging/kafka-log';

/** Every record waits for all in-sync replicas. Raw pages are whole HTML documents: gzip keeps most well under the topics' size caps. */
export const PRODUCER_SEND_OPTIONS = { acks: -1, compression: CompressionTypes.GZIP } as const;

/**
 * kafkajs' own retries of a send, explicit: left unset, kafkajs meant an idempotent producer to retry
 * without end, but its `{ ...undefined }` merge hands it `{}` and so its default of 5. Bounded on
 * purpose, about 30 s in all: a send still failing after them drops the producer (EventPublisher) and
 * reaches the stage's classified retries, which wait for the broker as long as it takes while the
 * consumer keeps its partitions (heartbeats) and can stop. Without end, a send would hold its handler
 * past the session timeout and through a shutdown.
 */
export const PRODUCER_RETRY = { retries: 5, initialRetryTime: 300, maxRetryTime: 10_000, multiplier: 2 } as const;

/**
 * Options of the Nest Kafka transport for a consuming service. Values arrive as raw bytes
 * (keepBinary) so that what fails validation reaches the dead-letter topic unchanged.
 */
export function consumerTransport(service: string, brokers: string[]): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      postfixId: '',
      client: { clientId: `newsflow-${service}`, brokers, logLevel: logLevel.WARN, logCreator: kafkaLogCreator },
      consumer: { groupId: consumerGroupOf(service), allowAutoTopicCreation: false },
      subscribe: { fromBeginning: true },
      parser: { keepBinary: true },
      run: { partitionsConsumedConcurrently: 3 },
      // Murmur2 keyed partitioning, as Kafka's Java clients do; also silences kafkajs' v2 warning.
      producer: { createPartitioner: Partitioners.DefaultPartitioner },
    },
  };
}

/** Options of the producer-only ClientKafka behind EventPublisher. */
export function producerTransport(service: string, brokers: string[]): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      postfixId: '',
      producerOnlyMode: true,
      client: { clientId: `newsflow-${service}-producer`, brokers, logLevel: logLevel.WARN, logCreator: kafkaLogCreator },
      producer: {
        allowAutoTopicCreation: false,
        idempotent: true,
        maxInFlightRequests: 1,
        retry: PRODUCER_RETRY,
        createPartitioner: Partitioners.DefaultPartitioner,
      },
      send: PRODUCER_SEND_OPTIONS,
    },
  };
}
