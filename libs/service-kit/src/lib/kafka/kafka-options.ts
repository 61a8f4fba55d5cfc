import { KafkaOptions, Transport } from '@nestjs/microservices';
import { CompressionTypes, Partitioners, logLevel } from 'kafkajs';

/** Every record waits for all in-sync replicas. Raw pages are whole HTML documents: gzip keeps most well under the topics' size caps. */
export const PRODUCER_SEND_OPTIONS = { acks: -1, compression: CompressionTypes.GZIP } as const;

/**
 * Options of the Nest Kafka transport for a consuming service. Values arrive as raw bytes
 * (keepBinary) so that what fails validation reaches the dead-letter topic unchanged.
 */
export function consumerTransport(service: string, brokers: string[]): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      postfixId: '',
      client: { clientId: `newsflow-${service}`, brokers, logLevel: logLevel.WARN },
      consumer: { groupId: `newsflow.${service}`, allowAutoTopicCreation: false },
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
      client: { clientId: `newsflow-${service}-producer`, brokers, logLevel: logLevel.WARN },
      producer: {
        allowAutoTopicCreation: false,
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      },
      send: PRODUCER_SEND_OPTIONS,
    },
  };
}
