import { randomUUID } from 'node:crypto';
import mongoose, { Connection, Model } from 'mongoose';
import { EnrichedArticle, articleIdFor, exampleEnrichedArticle } from '@newsflow/contracts';
import { ArticleDocument, toArticleFields } from './article-document';
import { ArticleRepository } from './article-repository';
import { countArticles, latestArticles } from './archive-overview';
import { ARTICLE_COLLECTION, articleSchema } from './article-schema';
import { ArticleWriteBuffer } from './article-write-buffer';

/** Talks to the real MongoDB-compatible server of the local stack (`newsflow stack up`). */
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';

const event = (occurredAt: string, text = exampleEnrichedArticle.article.text, url = 'https://publisher.example/a') =>
  toArticleFields({
    ...exampleEnrichedArticle,
    eventId: randomUUID(),
    articleId: articleIdFor(url),
    provenance: { sourceUrl: url },
    occurredAt,
    article: { ...exampleEnrichedArticle.article, text },
  } satisfies EnrichedArticle);

describe('ArticleRepository (real MongoDB wire protocol)', () => {
  let connection: Connection;
  let model: Model<ArticleDocument>;
  let repository: ArticleRepository;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(MONGO_URI, { dbName: `test_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    model = connection.model<ArticleDocument>('Article', articleSchema);
    repository = new ArticleRepository(model);
    await repository.ensureIndexes();
  });

  afterEach(() => model.deleteMany({}));

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const stored = (url = 'https://publisher.example/a') => repository.findByArticleId(articleIdFor(url));

  it('stores the other articles of a buffered batch when the server refuses one document', async () => {
    const buffer = new ArticleWriteBuffer((batch) => repository.upsertMany(batch), { maxBatch: 3, maxWaitMs: 60_000 });
    const overMaxBsonSize = 'x'.repeat(17 * 1024 * 1024);
    const batch = [
      event('2026-01-01T00:00:00Z'),
      event('2026-01-01T00:00:00Z', overMaxBsonSize, 'https://publisher.example/huge'),
      event('2026-01-01T00:00:00Z', undefined, 'https://publisher.example/b'),
    ];
    const outcomes = await Promise.allSettled(batch.map((fields) => buffer.add(fields)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ name: 'MongoInvalidArgumentError' });
    expect(await model.countDocuments()).toBe(2);
  });

  it('inserts, ignores replays and older events, and updates in place on newer content', async () => {
    expect(await repository.upsert(event('2026-01-01T00:00:00Z'))).toBe('inserted');
    const first = await stored();
    expect(await repository.upsert(event('2026-01-01T00:00:00Z'))).toBe('unchanged');
    expect(await repository.upsert(event('2025-12-31T00:00:00Z', 'Older text.'))).toBe('unchanged');
    expect(await stored()).toEqual(first);

    expect(await repository.upsert(event('2026-02-01T00:00:00Z', 'Newer text.'))).toBe('updated');
    expect(await stored()).toMatchObject({ text: 'Newer text.', version: 2 });
    expect(await model.countDocuments()).toBe(1);
  });

  it('keeps the version when a newer event brings the same content, and lets no older version in after it', async () => {
    await repository.upsert(event('2026-01-01T00:00:00Z'));
    expect(await repository.upsert(event('2026-03-01T00:00:00Z'))).toBe('unchanged');
    expect(await stored()).toMatchObject({ version: 1, eventOccurredAt: new Date('2026-03-01T00:00:00Z') });
    expect(await repository.upsert(event('2026-02-01T00:00:00Z', 'Late, older text.'))).toBe('unchanged');
    expect(await stored()).toMatchObject({ version: 1, text: exampleEnrichedArticle.article.text });
  });

  it('writes a batch with one document per article, the newest event of each', async () => {
    const batch = [
      event('2026-01-01T00:00:00Z', 'A1', 'https://p.example/a'),
      event('2026-01-02T00:00:00Z', 'A2', 'https://p.example/a'),
      event('2026-01-01T00:00:00Z', 'B1', 'https://p.example/b'),
      event('2026-01-01T00:00:00Z', 'B1', 'https://p.example/b'),
    ];
    expect(await repository.upsertMany(batch)).toEqual(['superseded', 'inserted', 'superseded', 'inserted']);
    expect(await stored('https://p.example/a')).toMatchObject({ text: 'A2', version: 1 });
    expect(await model.countDocuments()).toBe(2);
    expect(await repository.upsertMany(batch)).toEqual(['superseded', 'unchanged', 'superseded', 'unchanged']);
  });

  it('keeps the correlation id and event id of the stored version', async () => {
    const fields = event('2026-01-01T00:00:00Z');
    await repository.upsert(fields);
    expect(await stored()).toMatchObject({ correlationId: exampleEnrichedArticle.correlationId, eventId: fields.eventId });
  });

  it('upgrades documents stored before the query fields, and rewrites them on their next event', async () => {
    const { contentHash: _hash, articleDate: _date, keywords: _words, stanceKeys: _keys, bodyMentions: _mentions, bodyKinds: _kinds, eventId: _id, ...legacy } =
      event('2026-01-01T00:00:00Z');
    await model.collection.insertOne({ ...legacy, version: 1, storedAt: new Date() });
    expect(await repository.upgradeLegacyDocuments()).toBe(1);
    expect(await stored()).toMatchObject({ articleDate: legacy.publishedAt, bodyKinds: ['military', 'law_enforcement'], stanceKeys: ['oppose:Ministry of the Interior of Cuba'] });
    expect(await repository.upgradeLegacyDocuments()).toBe(0);
    expect(await repository.upsert(event('2026-01-02T00:00:00Z'))).toBe('updated');
    expect(await stored()).toMatchObject({ version: 2, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('creates an index for every query of the query API', async () => {
    const keys = (await model.collection.indexes()).map((index) => Object.keys(index.key)[0]);
    expect(keys).toEqual(
      expect.arrayContaining(['articleId', 'articleDate', 'bodyNames', 'countries', 'bodyKinds', 'stanceKeys', 'stances.actor', 'stances.polarity', 'sourceSite', 'storyId', 'keywords']),
    );
  });

  it('gives the dashboard its counts and latest articles through the driver collection', async () => {
    let clock = new Date('2026-01-01T00:00:00Z');
    const clocked = new ArticleRepository(model, () => clock);
    await clocked.upsert(event('2026-01-01T00:00:00Z', 'first text', 'https://publisher.example/first'));
    clock = new Date('2026-01-01T02:00:00Z');
    await clocked.upsert(event('2026-01-01T00:00:00Z', 'second text', 'https://publisher.example/second'));
    const articles = connection.db!.collection<ArticleDocument>(ARTICLE_COLLECTION);
    expect(await countArticles(articles, new Date('2026-01-01T01:00:00Z'))).toEqual({ total: 2, storedSince: 1 });
    const latest = await latestArticles(articles, 1);
    expect(latest).toEqual([expect.objectContaining({ articleId: articleIdFor('https://publisher.example/second'), storedAt: clock })]);
    expect(latest[0]).not.toHaveProperty('text');
  });
});
