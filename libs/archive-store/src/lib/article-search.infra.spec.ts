import { randomUUID } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';
import { articleQuerySchema, bodyStatsQuerySchema } from '@newsflow/archive-query';
import { EnrichedArticle, TaggedBody, articleIdFor, exampleEnrichedArticle } from '@newsflow/contracts';
import { ArticleDocument, toArticleFields } from './article-document';
import { ArticleRepository } from './article-repository';
import { articleSchema } from './article-schema';
import { ArticleSearch } from './article-search';

/** Talks to the real MongoDB-compatible server of the local stack (`newsflow stack up`). */
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';

const [coastGuard, minint] = exampleEnrichedArticle.enrichment.bodies;
const fbi: TaggedBody = {
  name: 'Federal Bureau of Investigation',
  country: 'US',
  kind: 'law_enforcement',
  mentions: [
    { surface: 'FBI', start: 0, end: 3 },
    { surface: 'FBI', start: 10, end: 13 },
  ],
};
const [minintOpposes] = exampleEnrichedArticle.enrichment.stances;

interface Sample {
  url: string;
  publishedAt: string;
  title: string;
  bodies: TaggedBody[];
  stances?: EnrichedArticle['enrichment']['stances'];
  storyId?: string;
}

const samples: Sample[] = [
  { url: 'https://a.example/1', publishedAt: '2026-01-05T10:00:00Z', title: 'Coast Guard returns migrants', bodies: [coastGuard, minint], stances: [minintOpposes], storyId: 'story-1' },
  { url: 'https://b.example/1', publishedAt: '2026-01-05T12:00:00Z', title: 'Guardacostas devuelve migrantes', bodies: [coastGuard, minint], storyId: 'story-1' },
  { url: 'https://a.example/2', publishedAt: '2026-01-20T09:00:00Z', title: 'FBI opens an inquiry', bodies: [fbi] },
  { url: 'https://a.example/3', publishedAt: '2026-02-03T09:00:00Z', title: 'FBI and Coast Guard cooperate', bodies: [fbi, coastGuard], stances: [{ ...minintOpposes, actor: fbi.name, polarity: 'support' }] },
  { url: 'https://c.example/1', publishedAt: '2026-02-03T09:00:00Z', title: 'Minint rejects claims', bodies: [minint], stances: [{ ...minintOpposes, polarity: 'neutral' }] },
];

const enrichedEvent = (sample: Sample): EnrichedArticle => ({
  ...exampleEnrichedArticle,
  eventId: randomUUID(),
  articleId: articleIdFor(sample.url),
  provenance: { sourceUrl: sample.url },
  article: { ...exampleEnrichedArticle.article, title: sample.title, publishedAt: sample.publishedAt },
  enrichment: { ...exampleEnrichedArticle.enrichment, bodies: sample.bodies, stances: sample.stances ?? [] },
  ...(sample.storyId && { storyId: sample.storyId }),
});

describe('ArticleSearch (real MongoDB wire protocol)', () => {
  let connection: Connection;
  let search: ArticleSearch;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(MONGO_URI, { dbName: `test_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    const model = connection.model<ArticleDocument>('Article', articleSchema);
    const repository = new ArticleRepository(model);
    await repository.ensureIndexes();
    await repository.upsertMany(samples.map((sample) => toArticleFields(enrichedEvent(sample))));
    search = new ArticleSearch(model);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const titles = async (input: Record<string, string>) =>
    (await search.find(articleQuerySchema.parse(input))).items.map((article) => article.title);

  it('lists newest first', async () => {
    expect(await titles({})).toEqual([
      'Minint rejects claims',
      'FBI and Coast Guard cooperate',
      'FBI opens an inquiry',
      'Guardacostas devuelve migrantes',
      'Coast Guard returns migrants',
    ]);
  });

  it('filters by body, country, kind, site and story', async () => {
    expect(await titles({ body: fbi.name })).toEqual(['FBI and Coast Guard cooperate', 'FBI opens an inquiry']);
    expect(await titles({ country: 'cu' })).toEqual(['Minint rejects claims', 'Guardacostas devuelve migrantes', 'Coast Guard returns migrants']);
    expect(await titles({ kind: 'military', site: 'a.example' })).toEqual(['FBI and Coast Guard cooperate', 'Coast Guard returns migrants']);
    expect(await titles({ storyId: 'story-1' })).toEqual(['Guardacostas devuelve migrantes', 'Coast Guard returns migrants']);
  });

  it('filters by stance actor and polarity, on the same stance', async () => {
    expect(await titles({ stanceActor: minint.name })).toEqual(['Minint rejects claims', 'Coast Guard returns migrants']);
    expect(await titles({ stanceActor: minint.name, stancePolarity: 'oppose' })).toEqual(['Coast Guard returns migrants']);
    expect(await titles({ stanceActor: fbi.name, stancePolarity: 'oppose' })).toEqual([]);
    expect(await titles({ stancePolarity: 'support' })).toEqual(['FBI and Coast Guard cooperate']);
  });

  it('filters by date range: from inclusive, to exclusive', async () => {
    expect(await titles({ from: '2026-01-20T09:00:00Z', to: '2026-02-03T09:00:00Z' })).toEqual(['FBI opens an inquiry']);
  });

  it('finds whole words of title and text, ignoring case and accents', async () => {
    expect(await titles({ q: 'COAST guard' })).toHaveLength(5); // the example text mentions the Coast Guard
    expect(await titles({ q: 'inquiry FBI' })).toEqual(['FBI opens an inquiry']);
    expect(await titles({ q: 'guardacóstas' })).toEqual(['Guardacostas devuelve migrantes']);
    expect(await titles({ q: 'guar' })).toEqual([]);
  });

  it('pages with a cursor through ties on the date, never skipping or repeating', async () => {
    const seen: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await search.find(articleQuerySchema.parse({ limit: '2', ...(cursor && { cursor }) }));
      seen.push(...page.items.map((article) => article.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(await titles({}));
  });

  it('returns articles without the fields that exist only for querying', async () => {
    const [article] = (await search.find(articleQuerySchema.parse({ limit: '1' }))).items;
    expect(article).toMatchObject({ articleId: articleIdFor('https://c.example/1'), version: 1, correlationId: exampleEnrichedArticle.correlationId });
    for (const internal of ['keywords', 'stanceKeys', 'bodyMentions', '_id']) expect(article).not.toHaveProperty(internal);
  });

  it('counts a body’s mentions over time and its stances', async () => {
    expect(await search.bodyStats(fbi.name, bodyStatsQuerySchema.parse({ granularity: 'month' }))).toEqual({
      body: fbi.name,
      mentionsOverTime: [
        { period: '2026-01', articles: 1, mentions: 2 },
        { period: '2026-02', articles: 1, mentions: 2 },
      ],
      stanceCounts: { support: 1, oppose: 0, neutral: 0 },
    });
    expect(await search.bodyStats(minint.name, bodyStatsQuerySchema.parse({ to: '2026-02-01' }))).toEqual({
      body: minint.name,
      mentionsOverTime: [{ period: '2026-01-05', articles: 2, mentions: 2 }],
      stanceCounts: { support: 0, oppose: 1, neutral: 0 },
    });
  });
});
