import { randomUUID } from 'node:crypto';
import { KafkaContext } from '@nestjs/microservices';
import { Kafka, logLevel } from 'kafkajs';
import { ConsumerLifecycle, HandBackError } from '../lifecycle/consumer-lifecycle';
import { consumerTransport } from './kafka-options';
import { StageServerKafka } from './stage-server-kafka';

/** Runs against the real broker of the local stack (`newsflow stack up`), on topics and groups of its own. */
const BROKERS = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
/** The broker's least session timeout (group.min.session.timeout.ms): a member silent for longer is expelled. */
const SESSION_TIMEOUT_MS = 6000;

describe('StageServerKafka (real Kafka)', () => {
  const kafka = new Kafka({ clientId: 'stage-server-test', brokers: BROKERS, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const servers: StageServerKafka[] = [];

  beforeAll(() => admin.connect());
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await admin.disconnect();
  });

  async function topicWith(keys: string[]): Promise<string> {
    const topic = `test.stage-server.${randomUUID().slice(0, 8)}`;
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: keys.map((key) => ({ key, value: key })) });
    await producer.disconnect();
    return topic;
  }

  async function start(topic: string, groupId: string, handler: (key: string) => Promise<void>, stallMs?: number) {
    const lifecycle = new ConsumerLifecycle(60_000, { stallMs });
    const { options } = consumerTransport('stage-server-test', BROKERS);
    const server = new StageServerKafka(
      { ...options, client: { ...options?.client, brokers: BROKERS, logLevel: logLevel.NOTHING }, consumer: { groupId, sessionTimeout: SESSION_TIMEOUT_MS, heartbeatInterval: 1000 } },
      lifecycle,
    );
    servers.push(server);
    server.addHandler(topic, (_data: unknown, context: KafkaContext) => handler(String(context.getMessage().key)), true);
    await new Promise<void>((resolve, reject) => server.listen((error?: unknown) => (error ? reject(error) : resolve())));
    return { server, lifecycle };
  }

  const committed = async (groupId: string, topic: string) =>
    Number((await admin.fetchOffsets({ groupId, topics: [topic] }))[0].partitions[0].offset);
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 100));
  };

  it('keeps a member in its group through a handler longer than the session timeout', async () => {
    const topic = await topicWith(['slow', 'next']);
    const groupId = `test.stage-server.${randomUUID().slice(0, 8)}`;
    const deliveries: string[] = [];
    const joins: string[] = [];
    const { server, lifecycle } = await start(topic, groupId, async (key) => {
      deliveries.push(key);
      if (key === 'slow' && deliveries.length === 1) await new Promise((resolve) => setTimeout(resolve, 2.5 * SESSION_TIMEOUT_MS));
    });
    await until(() => lifecycle.state.snapshot().state === 'running');
    joins.push(lifecycle.state.snapshot().memberId ?? '');
    await until(() => deliveries.includes('next'));
    await until(() => lifecycle.state.snapshot().state === 'running');
    await server.stopConsuming();

    // Expelled, the member would have had its commit refused and got `slow` again.
    expect(deliveries).toEqual(['slow', 'next']);
    expect(lifecycle.state.snapshot().memberId).toBe(joins[0]);
    expect(await committed(groupId, topic)).toBe(2);
  }, 60_000);

  it('reports a stall while a handler never returns, in its group all along, and recovers when it does', async () => {
    const topic = await topicWith(['stuck']);
    const groupId = `test.stage-server.${randomUUID().slice(0, 8)}`;
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const { lifecycle } = await start(topic, groupId, () => stuck, 2000);
    await until(() => lifecycle.state.snapshot().state === 'stalled');
    expect(lifecycle.state.snapshot()).toMatchObject({ ready: false, lastError: { message: expect.stringMatching(/with 1 in its handlers/) } });
    release();
    await until(() => lifecycle.state.snapshot().state === 'running');
    expect(lifecycle.state.snapshot().ready).toBe(true);
  }, 60_000);

  it('stops consuming first: the record in flight finishes and is committed, the next is not taken', async () => {
    const topic = await topicWith(['first', 'second', 'third']);
    const groupId = `test.stage-server.${randomUUID().slice(0, 8)}`;
    const done: string[] = [];
    let started: () => void = () => undefined;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    const { server, lifecycle } = await start(topic, groupId, async (key) => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      done.push(key);
    });
    await firstStarted;
    await server.stopConsuming();

    expect(done).toEqual(['first']);
    expect(await committed(groupId, topic)).toBe(1);
    expect(lifecycle.state.snapshot()).toMatchObject({ state: 'stopped', ready: false });
  }, 60_000);

  it('takes a record handed back at shutdown again, uncommitted', async () => {
    const topic = await topicWith(['waits-for-its-host', 'later']);
    const groupId = `test.stage-server.${randomUUID().slice(0, 8)}`;
    let started: () => void = () => undefined;
    const waiting = new Promise<void>((resolve) => (started = resolve));
    const first = await start(topic, groupId, async () => {
      started();
      // A crawl waiting for its host's turn: it gives the record back when the service stops.
      const signal = first.lifecycle.yieldSignal;
      await new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as HandBackError)));
    });
    await waiting;
    await first.server.stopConsuming();
    expect(await committed(groupId, topic)).toBeLessThan(1);

    const deliveries: string[] = [];
    await start(topic, groupId, async (key) => void deliveries.push(key));
    await until(() => deliveries.length === 2);
    expect(deliveries).toEqual(['waits-for-its-host', 'later']);
  }, 60_000);
});
