import { Db, MongoClient } from 'mongodb';
import { Producer } from 'kafkajs';
import { ServiceName, waitFor } from '@newsflow/local-stack';
import { guardMongoDriverWrites } from '@newsflow/service-kit';
import { faultKafka, resetTopics } from './fault-stack';
import { Expectations } from './outcome';
import { FaultPipeline } from './pipeline';

/**
 * The frame of a spec file: fresh topics, the services it names started on a database of its own, a
 * producer to inject records, and its expectations; everything stopped and dropped afterwards.
 */
export function faultCase(name: string, services: readonly ServiceName[], env: NodeJS.ProcessEnv = {}) {
  const kafka = faultKafka();
  const pipeline = new FaultPipeline(name, env);
  const frame = {
    kafka,
    pipeline,
    producer: kafka.producer({ idempotent: true, maxInFlightRequests: 1 }) as Producer,
    db: undefined as unknown as Db,
    expectations: undefined as unknown as Expectations,
  };
  let mongo: MongoClient;

  beforeAll(async () => {
    await resetTopics();
    // The suite's own client lives through the store outages too: guarded as the services' are.
    guardMongoDriverWrites();
    mongo = await new MongoClient(pipeline.mongoUri).connect();
    frame.db = mongo.db();
    frame.expectations = new Expectations(kafka, () => frame.db);
    await frame.producer.connect();
    await pipeline.startAll(services);
  });

  afterAll(async () => {
    await pipeline.stopAll();
    await frame.producer.disconnect();
    await frame.db?.dropDatabase().catch(() => undefined);
    await mongo?.close();
  });

  return frame;
}

/** Waits until an instance has consumed at least `count` records: the stream is flowing through it. */
export async function consumedAtLeast(pipeline: FaultPipeline, service: ServiceName, count: number, instance = 0): Promise<void> {
  await waitFor(
    `${service} to consume ${count} records`,
    async () => (await pipeline.metric(service, 'newsflow_messages_consumed_total', '', instance)) >= count,
    300_000,
    250,
  );
}
