import { randomUUID } from 'node:crypto';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import mongoose, { Connection } from 'mongoose';
import { crawlRequestKey } from '@newsflow/contracts';
import { CrawlSettings, PoliteFetcher, createPoliteFetcher, fetchHtml } from '@newsflow/crawling';
import {
  CrawlStateRepository,
  FETCH_HISTORY_COLLECTION,
  HOST_STATE_COLLECTION,
  ROBOTS_COLLECTION,
  fetchHistorySchema,
  hostStateSchema,
  robotsSchema,
} from '@newsflow/crawl-store';

/** Real Kafka and FerretDB of the local stack (`newsflow stack up`); a topic and group of its own. */
const BROKERS = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';
const RUN = randomUUID().slice(0, 8);
const TOPIC = `test.crawl-politeness.${RUN}`;
const GROUP = `test.crawl-politeness.${RUN}`;
const DATABASE = `test_crawl_politeness_${RUN}`;
const HOST_DELAY_MS = 500;
const SLOW_ANSWER_MS = 200;
const PAGES = 6;

interface Visit {
  path: string;
  start: number;
  end: number;
}

/** One crawler instance: its own MongoDB connection, fetch path and Kafka consumer in the shared group. */
interface Instance {
  name: string;
  connection: Connection;
  fetcher: PoliteFetcher;
  consumer: Consumer;
}

describe('politeness across two crawler instances in one consumer group (real Kafka and FerretDB)', () => {
  const kafka = new Kafka({ clientId: `test-politeness-${RUN}`, brokers: BROKERS, logLevel: logLevel.NOTHING });
  const visits: Visit[] = [];
  const handledBy: string[] = [];
  let server: Server;
  let origin: string;
  let instances: Instance[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const start = Date.now();
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<p>slow</p>');
        visits.push({ path: request.url ?? '', start, end: Date.now() });
      }, SLOW_ANSWER_MS);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: TOPIC, numPartitions: 6 }] });
    await admin.disconnect();
    instances = await Promise.all(['crawler-a', 'crawler-b'].map((name) => startInstance(name)));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.consumer.disconnect()));
    await Promise.all(instances.map((instance) => instance.fetcher.client.close()));
    await instances[0]?.connection.dropDatabase();
    await Promise.all(instances.map((instance) => instance.connection.close()));
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [TOPIC] }).catch(() => undefined);
    await admin.deleteGroups([GROUP]).catch(() => undefined);
    await admin.disconnect();
    server.closeAllConnections();
    server.close();
  }, 60_000);

  async function startInstance(name: string): Promise<Instance> {
    const connection = await mongoose.createConnection(MONGO_URI, { dbName: DATABASE, serverSelectionTimeoutMS: 5000 }).asPromise();
    const repository = new CrawlStateRepository(
      connection.model(ROBOTS_COLLECTION, robotsSchema),
      connection.model(HOST_STATE_COLLECTION, hostStateSchema),
      connection.model(FETCH_HISTORY_COLLECTION, fetchHistorySchema),
    );
    const fetcher = createPoliteFetcher(settings(), repository);
    const consumer = kafka.consumer({ groupId: GROUP });
    await consumer.connect();
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const { url } = JSON.parse(message.value?.toString() ?? '{}') as { url: string };
        await fetchHtml(fetcher)(url);
        handledBy.push(name);
      },
    });
    return { name, connection, fetcher, consumer };
  }

  it('fetches one slow host from one instance at a time, the delay held between fetches', async () => {
    await waitFor(async () => (await groupMembers()) === 2);
    const producer = kafka.producer();
    await producer.connect();
    const urls = Array.from({ length: PAGES }, (_, index) => `${origin}/story-${index}`);
    await producer.send({ topic: TOPIC, messages: urls.map((url) => ({ key: crawlRequestKey({ url }), value: JSON.stringify({ url }) })) });
    await producer.disconnect();
    await waitFor(async () => visits.length === PAGES);

    expect(visits.map((visit) => visit.path).sort()).toEqual(urls.map((url) => new URL(url).pathname).sort());
    expect(new Set(handledBy).size).toBe(1);
    const ordered = [...visits].sort((a, b) => a.start - b.start);
    for (let index = 1; index < ordered.length; index += 1) {
      // The next request starts only after the previous answer ended, and the delay on top.
      expect(ordered[index].start - ordered[index - 1].end).toBeGreaterThanOrEqual(HOST_DELAY_MS - 5);
    }
  }, 90_000);

  async function groupMembers(): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    const { groups } = await admin.describeGroups([GROUP]);
    await admin.disconnect();
    return groups[0]?.state === 'Stable' ? groups[0].members.length : 0;
  }
});

function settings(): CrawlSettings {
  return {
    client: {
      userAgent: 'newsflow-test/1 (+https://example.org/contact)',
      timeoutMs: 5000,
      connectTimeoutMs: 1000,
      firstByteTimeoutMs: 2000,
      maxBytes: 100_000,
      maxRedirects: 5,
      allowedPrivateHosts: ['127.0.0.1'],
    },
    robots: { productToken: 'newsflow-test', ttlMs: 60_000, unreachableTtlMs: 60_000, maxCrawlDelayMs: 1000 },
    gate: { globalConcurrency: 4, maxWaitMs: 30_000 },
    polite: { minHostDelayMs: HOST_DELAY_MS, retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 10 } },
    refetchWindowMs: 0,
  };
}

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 200));
}
