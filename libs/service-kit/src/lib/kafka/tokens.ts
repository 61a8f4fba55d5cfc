/** DI token of the ClientKafka every service publishes with. */
export const KAFKA_PRODUCER = Symbol('KAFKA_PRODUCER');

/** The name a service goes by: Kafka client id, consumer group suffix, dead-letter stage, logs. */
export const SERVICE_NAME = Symbol('SERVICE_NAME');

/** DI token of the RecordRetrySettings the EventReceiver applies to failed records. */
export const RECORD_RETRIES = Symbol('RECORD_RETRIES');
