import { randomUUID } from 'node:crypto';
import { KafkaContext } from '@nestjs/microservices';
import { Kafka, logLevel } from 'kafkajs';
import { consumerLag } from '@newsflow/console-status';
import { ConsumerLifecycle } from '../lifecycle/consumer-lifecycle';
import { BatchingServerKafka } from './batching-server-kafka';
import { consumerTransport } from './kafka-options';

/** Runs against the real broker of the local stack (`newsflow stack up`), on a topic of its own. */
const BROKERS = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');

describe('BatchingServerKafka (real Kafka)', () => {
  const kafka = new Kafka({ clientId: 'service-kit-test', brokers: BROKERS, logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  const topic = `test.batching-server.${randomUUID().slice(0, 8)}`;
  const groupId = `test.batching-server.${randomUUID().slice(0, 8)}`;
  const keys = Array.from({ length: 40 }, (_, index) => `record-${index}`);
  let server: BatchingServerKafka;

  beforeAll(async () => {
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 2 }] });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: keys.map((key) => ({ key, value: key })) });
    await producer.disconnect();
  });

  afterAll(async () => {
    await server?.close();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('hands a batch to the handlers at once and redelivers it when one of them fails', async () => {
    const deliveries = new Map<string, number>();
    let largestBatch = 0;
    let inFlight = 0;
    const handler = async (_data: unknown, context: KafkaContext) => {
      const key = String(context.getMessage().key);
      deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
      inFlight += 1;
      largestBatch = Math.max(largestBatch, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      if (key === 'record-7' && deliveries.get(key) === 1) throw new Error('the store is down');
    };

    const { options } = consumerTransport('service-kit-test', BROKERS);
    // The handler's planned failure would be logged as an error: keep the test output quiet.
    const client = { ...options?.client, brokers: BROKERS, logLevel: logLevel.NOTHING };
    server = new BatchingServerKafka({ ...options, client, consumer: { groupId, allowAutoTopicCreation: false } }, new ConsumerLifecycle(60_000));
    server.addHandler(topic, handler, true);
    await new Promise<void>((resolve, reject) => server.listen((error?: unknown) => (error ? reject(error) : resolve())));
    await caughtUp();

    expect([...deliveries.keys()].sort()).toEqual([...keys].sort());
    expect(deliveries.get('record-7')).toBe(2);
    expect(largestBatch).toBeGreaterThan(1);
  });

  /** Until the group has committed every record of the topic. */
  async function caughtUp(): Promise<void> {
    for (;;) {
      const ends = new Map([[topic, await admin.fetchTopicOffsets(topic)]]);
      const [lag] = consumerLag(groupId, await admin.fetchOffsets({ groupId, topics: [topic] }), ends);
      if (lag?.partitions.every((partition) => partition.committed !== null) && lag.lag === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
});
