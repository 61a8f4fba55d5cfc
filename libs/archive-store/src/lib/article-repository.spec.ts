import { randomUUID } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';
import { articleIdFor } from '@newsflow/contracts';
import { ArticleDocument, ArticleFields } from './article-document';
import { ArticleRepository } from './article-repository';
import { articleSchema } from './article-schema';

/** Talks to the real MongoDB-compatible server of the local stack (`newsflow stack up`). */
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';

const fields = (overrides: Partial<ArticleFields> = {}): ArticleFields => ({
  articleId: articleIdFor('https://publisher.example/a'),
  title: 'Title',
  text: 'Body text.',
  authors: [],
  sourceUrl: 'https://publisher.example/a',
  sourceSite: 'publisher.example',
  bodies: [],
  bodyNames: [],
  countries: [],
  stances: [],
  gazetteerVersion: 'test',
  correlationId: 'c-1',
  eventOccurredAt: new Date('2026-01-01T00:00:00Z'),
  fetchedAt: new Date('2026-01-01T00:00:00Z'),
  ...overrides,
});

describe('ArticleRepository (real MongoDB wire protocol)', () => {
  let connection: Connection;
  let repository: ArticleRepository;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(MONGO_URI, { dbName: `test_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    const model = connection.model<ArticleDocument>('Article', articleSchema);
    await model.createIndexes();
    repository = new ArticleRepository(model);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('inserts, ignores replays and older events, and updates in place on a newer one', async () => {
    expect(await repository.upsert(fields())).toBe('inserted');
    expect(await repository.upsert(fields())).toBe('unchanged');
    expect(await repository.upsert(fields({ eventOccurredAt: new Date('2025-12-31T00:00:00Z'), title: 'Old' }))).toBe(
      'unchanged',
    );
    expect(await repository.upsert(fields({ eventOccurredAt: new Date('2026-02-01T00:00:00Z'), title: 'New' }))).toBe(
      'updated',
    );
    const stored = await repository.findByArticleId(fields().articleId);
    expect(stored).toMatchObject({ title: 'New', version: 2 });
    expect(await connection.collection('articles').countDocuments()).toBe(1);
  });
});
