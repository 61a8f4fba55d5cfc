import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Consumer, Kafka, Partitioners, Producer, logLevel } from 'kafkajs';
import mongoose, { Connection, mongo } from 'mongoose';
import { ARTICLE_COLLECTION, ArticleDocument, toArticleFields } from '@newsflow/archive-store';
import { ENRICHED_ARTICLE_VERSION, EnrichedArticle, Topics, articleIdFor, newEnvelope, parseOutgoingEvent } from '@newsflow/contracts';
import { GAZETTEER_VERSION } from '@newsflow/enrichment';
import { kafkaBrokers, mongoUri, stackSettings, waitFor } from '@newsflow/local-stack';
import { CheckpointFile } from './checkpoint';
import { kafkaPublisher, reenrichArchive } from './reenrich-archive';

/** Talks to the real Kafka and MongoDB-compatible server of the local stack (`newsflow stack up`). */
const settings = stackSettings();
const MONGO_URI = process.env['MONGO_URI'] ?? mongoUri(settings);
const ARTICLES = 5;
// Joining a consumer group and creating a topic take seconds on the shared broker.
jest.setTimeout(60_000);
const OLD_VERSION = '0.0.0+old';

/** A stored article as an earlier gazetteer left it: the FBI in the text, no bodies tagged. */
function storedArticle(n: number): ArticleDocument {
  const url = `https://publisher.example/reenrich/${n}`;
  const event: EnrichedArticle = {
    ...newEnvelope('enricher', ENRICHED_ARTICLE_VERSION, undefined, new Date('2026-01-01T00:00:00Z')),
    articleId: articleIdFor(url),
    provenance: { sourceUrl: url },
    fetchedAt: '2026-01-01T00:00:00.000Z',
    article: { title: `Story ${n}`, text: `The FBI said it welcomed the agreement number ${n}.`, authors: [] },
    enrichment: { bodies: [], stances: [], gazetteerVersion: OLD_VERSION, enrichedAt: '2026-01-01T00:00:00.000Z' },
  };
  return { ...toArticleFields(event), version: 1, storedAt: new Date('2026-01-01T00:00:00Z') };
}

describe('reenrichArchive (real Kafka and MongoDB wire protocol)', () => {
  const topic = `test.reenrich.${randomUUID()}`;
  const kafka = new Kafka({ clientId: 'reenrich-test', brokers: kafkaBrokers(settings), logLevel: logLevel.WARN });
  let connection: Connection;
  let articles: mongo.Collection<ArticleDocument>;
  let producer: Producer;
  let consumer: Consumer;
  let dir: string;
  const received: EnrichedArticle[] = [];

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(MONGO_URI, { dbName: `test_reenrich_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    const db = connection.db;
    if (!db) throw new Error('no database');
    articles = db.collection<ArticleDocument>(ARTICLE_COLLECTION);
    await articles.insertMany(Array.from({ length: ARTICLES }, (_, n) => storedArticle(n)));
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    await admin.disconnect();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    consumer = kafka.consumer({ groupId: `test.reenrich.${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const parsed = parseOutgoingEvent(Topics.enrichedArticles, JSON.parse(message.value?.toString() ?? 'null'));
        if (!parsed.ok) throw new Error(parsed.reason);
        received.push(parsed.event);
      },
    });
    dir = await mkdtemp(join(tmpdir(), 'reenrich-'));
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await producer?.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
    await connection?.dropDatabase();
    await connection?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const receivedAtLeast = (n: number) => waitFor(`${n} enriched articles on ${topic}`, async () => received.length >= n, 30_000, 200);

  it('publishes every stored article re-enriched, stops and resumes at the checkpoint, then has nothing left to do', async () => {
    const checkpoint = new CheckpointFile(join(dir, 'checkpoint.json'));
    const publish = kafkaPublisher(producer, topic);
    const stop = new AbortController();

    const first = await reenrichArchive(articles, publish, { checkpoint, pageSize: 2, signal: stop.signal, onProgress: () => stop.abort() });
    expect(first).toMatchObject({ published: 2, done: 2, completed: false });
    expect(await checkpoint.load()).toMatchObject({ gazetteerVersion: GAZETTEER_VERSION, done: 2, completed: false });

    const totals: number[] = [];
    const second = await reenrichArchive(articles, publish, { checkpoint, pageSize: 2, onStart: (total) => totals.push(total) });
    expect(second).toMatchObject({ published: ARTICLES - 2, done: ARTICLES, completed: true });
    expect(totals).toEqual([ARTICLES]);

    await receivedAtLeast(ARTICLES);
    const ids = received.map((e) => e.articleId);
    expect(new Set(ids).size).toBe(ARTICLES);
    expect(ids.sort()).toEqual((await articles.find().sort({ articleId: 1 }).toArray()).map((a) => a.articleId));
    for (const event of received) {
      expect(event.enrichment.gazetteerVersion).toBe(GAZETTEER_VERSION);
      expect(event.enrichment.bodies.map((b) => b.name)).toEqual(['Federal Bureau of Investigation']);
      expect(event.enrichment.stances).toContainEqual(expect.objectContaining({ actor: 'Federal Bureau of Investigation', polarity: 'support' }));
    }
    const [stored] = await articles.find({ articleId: received[0].articleId }).toArray();
    expect(received[0]).toMatchObject({ correlationId: stored.correlationId, article: { title: stored.title, text: stored.text } });

    expect(await reenrichArchive(articles, publish, { checkpoint })).toMatchObject({ published: 0, completed: true });
    expect(await reenrichArchive(articles, publish, { checkpoint, restart: true })).toMatchObject({ published: ARTICLES, completed: true });
    await receivedAtLeast(2 * ARTICLES);
  });

  it('skips articles already at the current gazetteer version unless asked for all', async () => {
    const current = storedArticle(99);
    await articles.insertOne({ ...current, gazetteerVersion: GAZETTEER_VERSION });
    const checkpoint = new CheckpointFile(join(dir, 'skip.json'));
    const publish = kafkaPublisher(producer, topic);
    expect(await reenrichArchive(articles, publish, { checkpoint })).toMatchObject({ published: ARTICLES });
    expect(await reenrichArchive(articles, publish, { checkpoint, restart: true, all: true })).toMatchObject({ published: ARTICLES + 1 });
  });
});
