import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { ARTICLE_COLLECTION } from '@newsflow/archive-store';
import { consumerLag } from '@newsflow/console-status';
import { EnrichedArticle, TOPIC_SCHEMAS, Topics, articleIdFor, eventHeaders, exampleEnrichedArticle } from '@newsflow/contracts';
import { BatchingServerKafka, ConsumerLifecycle, consumerTransport } from '@newsflow/service-kit';

/**
 * The archiver's handler, write buffer and repository on the real broker and FerretDB of the local
 * stack. The records go to a topic of this test's own (the service subscribes to the shared one).
 */
const BROKERS = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
const MONGO_URI = `mongodb://127.0.0.1:27017/test_archiver_${randomUUID().slice(0, 8)}`;
const topic = `test.archiver.replay.${randomUUID().slice(0, 8)}`;

const ARTICLES = 12;
const urlOf = (index: number) => `https://publisher.example/story-${index}`;

function enrichedEvent(index: number, occurredAt: string, text = `Story ${index}. ${exampleEnrichedArticle.article.text}`): EnrichedArticle {
  return {
    ...exampleEnrichedArticle,
    eventId: randomUUID(),
    correlationId: `correlation-${index}`,
    occurredAt,
    articleId: articleIdFor(urlOf(index)),
    provenance: { sourceUrl: urlOf(index) },
    article: { ...exampleEnrichedArticle.article, text },
  };
}

/**
 * Every article once, every record a second time (a producer retry), then: a newer version of
 * article 0 with new text, a re-crawl of article 1 with the same content, and an older version of
 * article 2 arriving late.
 */
function history(): EnrichedArticle[] {
  const first = Array.from({ length: ARTICLES }, (_, index) => enrichedEvent(index, '2026-03-01T00:00:00Z'));
  return [
    ...first,
    ...first,
    enrichedEvent(0, '2026-03-02T00:00:00Z', 'Story 0, corrected.'),
    enrichedEvent(1, '2026-03-02T00:00:00Z'),
    enrichedEvent(2, '2026-02-01T00:00:00Z', 'Story 2, an older draft.'),
  ];
}

describe('archiver replaying its input (real Kafka and FerretDB)', () => {
  const kafka = new Kafka({ clientId: 'archiver-test', brokers: BROKERS.split(','), logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  const mongo = new MongoClient(MONGO_URI);
  const articles = () => mongo.db().collection(ARTICLE_COLLECTION);
  const servers: BatchingServerKafka[] = [];
  let app: INestApplicationContext;

  beforeAll(async () => {
    Object.assign(process.env, { MONGO_URI, KAFKA_BROKERS: BROKERS, HTTP_PORT: '0', LOG_LEVEL: 'silent', ARCHIVER_BATCH_SIZE: '8' });
    const { ArchiverModule } = await import('./archiver.module');
    app = await NestFactory.createApplicationContext(ArchiverModule, { logger: false });
    await Promise.all([admin.connect(), mongo.connect()]);
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: history().map((event) => ({
        key: event.articleId,
        value: JSON.stringify(event),
        headers: eventHeaders(event, TOPIC_SCHEMAS[Topics.enrichedArticles].title),
      })),
    });
    await producer.disconnect();
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await app?.close();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
    await mongo.db().dropDatabase();
    await mongo.close();
  });

  /** Consumes the whole topic from the beginning with a new consumer group, until every offset is committed. */
  async function consumeAll(): Promise<void> {
    const { EnrichedArticlesController } = await import('./enriched-articles.controller');
    const controller = app.get(EnrichedArticlesController);
    const groupId = `test.archiver.${randomUUID().slice(0, 8)}`;
    const { options } = consumerTransport('archiver-test', BROKERS.split(','));
    const server = new BatchingServerKafka({ ...options, consumer: { groupId, allowAutoTopicCreation: false } }, new ConsumerLifecycle(60_000));
    servers.push(server);
    server.addHandler(topic, (payload, context) => controller.onEnrichedArticle(payload, context), true);
    await new Promise<void>((resolve, reject) => server.listen((error?: unknown) => (error ? reject(error) : resolve())));
    for (;;) {
      const ends = new Map([[topic, await admin.fetchTopicOffsets(topic)]]);
      const [lag] = consumerLag(groupId, await admin.fetchOffsets({ groupId, topics: [topic] }), ends);
      if (lag?.partitions.every((partition) => partition.committed !== null) && lag.lag === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const snapshot = () => articles().find().sort({ articleId: 1 }).toArray();

  it('stores one document per article: newer content is a new version, duplicates and re-crawls are not', async () => {
    await consumeAll();
    expect(await articles().countDocuments()).toBe(ARTICLES);
    const byId = (index: number) => articles().findOne({ articleId: articleIdFor(urlOf(index)) });
    expect(await byId(0)).toMatchObject({ version: 2, text: 'Story 0, corrected.' });
    expect(await byId(1)).toMatchObject({ version: 1 });
    expect(await byId(2)).toMatchObject({ version: 1, text: expect.stringMatching(/^Story 2\. /) });
  });

  it('keeps the correlation id each article’s events carried', async () => {
    for (let index = 0; index < ARTICLES; index += 1) {
      const stored = await articles().findOne({ articleId: articleIdFor(urlOf(index)) });
      expect(stored?.['correlationId']).toBe(`correlation-${index}`);
    }
  });

  it('leaves the archive unchanged when the topic is replayed from the beginning', async () => {
    const before = await snapshot();
    await consumeAll();
    expect(await snapshot()).toEqual(before);
  });
});
