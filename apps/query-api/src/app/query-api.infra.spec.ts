import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import mongoose from 'mongoose';
import { ArticleDocument, ArticleRepository, articleSchema, toArticleFields } from '@newsflow/archive-store';
import { EnrichedArticle, articleIdFor, exampleEnrichedArticle } from '@newsflow/contracts';
import { createServiceApp } from '@newsflow/service-kit';
import { queryApiHttp } from './openapi';

/** The query API over HTTP, on the real FerretDB of the local stack, with a database of its own. */
const MONGO_URI = `mongodb://127.0.0.1:27017/test_query_api_${randomUUID().slice(0, 8)}`;
/** The browser app allowed to call the API (QUERY_API_CORS_ORIGINS); every other origin is refused. */
const READER_ORIGIN = 'https://reader.example.org';
const [coastGuard, minint] = exampleEnrichedArticle.enrichment.bodies;

const stored = (index: number, publishedAt: string, bodies = [coastGuard, minint]): EnrichedArticle => ({
  ...exampleEnrichedArticle,
  eventId: randomUUID(),
  articleId: articleIdFor(`https://news-${index % 2}.example/${index}`),
  provenance: { sourceUrl: `https://news-${index % 2}.example/${index}` },
  article: { ...exampleEnrichedArticle.article, title: `Article ${index}`, publishedAt },
  enrichment: { ...exampleEnrichedArticle.enrichment, bodies, stances: index === 0 ? exampleEnrichedArticle.enrichment.stances : [] },
});

const ARTICLES = [
  stored(0, '2026-01-10T00:00:00Z'),
  stored(1, '2026-01-20T00:00:00Z', [coastGuard]),
  stored(2, '2026-02-05T00:00:00Z'),
  stored(3, '2026-02-06T00:00:00Z', [coastGuard]),
  stored(4, '2026-02-07T00:00:00Z'),
];

interface ArticlePage {
  items: { title: string }[];
  nextCursor: string | null;
}

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, { get: { parameters: { name: string }[] } }>;
}

describe('query API (HTTP, real FerretDB)', () => {
  let app: INestApplication;
  let base: string;
  const connection = mongoose.createConnection(MONGO_URI);

  beforeAll(async () => {
    const model = connection.model<ArticleDocument>('Article', articleSchema);
    await new ArticleRepository(model).upsertMany(ARTICLES.map(toArticleFields));
    Object.assign(process.env, { MONGO_URI, HTTP_PORT: '0', LOG_LEVEL: 'silent', QUERY_API_CORS_ORIGINS: `${READER_ORIGIN}/, http://127.0.0.1:8080` });
    const { QueryApiModule } = await import('./query-api.module');
    app = await createServiceApp(QueryApiModule, queryApiHttp);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    await connection.dropDatabase();
    await connection.close();
  });

  async function get<T = ArticlePage>(path: string): Promise<{ status: number; body: T }> {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  }

  it('lists articles filtered by body and country, newest first', async () => {
    const { status, body } = await get(`/articles?body=${encodeURIComponent(minint.name)}&country=cu`);
    expect(status).toBe(200);
    expect(body.items.map((article) => article.title)).toEqual(['Article 4', 'Article 2', 'Article 0']);
    expect(body.nextCursor).toBeNull();
  });

  it('filters by stance, site, date range and words', async () => {
    const titles = async (query: string) => (await get(`/articles?${query}`)).body.items.map((article) => article.title);
    expect(await titles(`stanceActor=${encodeURIComponent(minint.name)}&stancePolarity=oppose`)).toEqual(['Article 0']);
    expect(await titles('site=news-1.example')).toEqual(['Article 3', 'Article 1']);
    expect(await titles('from=2026-01-15&to=2026-02-06')).toEqual(['Article 2', 'Article 1']);
    expect(await titles('q=MIGRANTS%20returned&site=news-0.example')).toEqual(['Article 4', 'Article 2', 'Article 0']);
    expect(await titles('q=guantanamo')).toEqual([]);
  });

  it('pages with nextCursor until the last page', async () => {
    const seen: string[] = [];
    let path = '/articles?limit=2';
    for (;;) {
      const { body } = await get(path);
      seen.push(...body.items.map((article) => article.title));
      if (!body.nextCursor) break;
      path = `/articles?limit=2&cursor=${body.nextCursor}`;
    }
    expect(seen).toEqual(['Article 4', 'Article 3', 'Article 2', 'Article 1', 'Article 0']);
  });

  it('answers 400 naming the bad parameter', async () => {
    // An unknown but well-formed kind is a value a newer producer may send: it filters, it is not refused.
    for (const query of ['limit=500', 'cursor=garbage', 'from=yesterday']) {
      const { status, body } = await get<{ message: string }>(`/articles?${query}`);
      expect(status).toBe(400);
      expect(body.message).toContain(query.split('=')[0]);
    }
  });

  it('gives one article by id, 404 for an unknown one', async () => {
    const { status, body } = await get<Record<string, unknown>>(`/articles/${ARTICLES[2].articleId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ title: 'Article 2', version: 1, correlationId: exampleEnrichedArticle.correlationId });
    expect(body).not.toHaveProperty('keywords');
    expect((await get(`/articles/${articleIdFor('https://elsewhere.example/')}`)).status).toBe(404);
    expect((await get('/articles/not-an-id')).status).toBe(400);
  });

  it('aggregates a body: mentions per month and stance counts', async () => {
    const { status, body } = await get<unknown>(`/bodies/${encodeURIComponent(minint.name)}/stats?granularity=month`);
    expect(status).toBe(200);
    expect(body).toEqual({
      body: minint.name,
      mentionsOverTime: [
        { period: '2026-01', articles: 1, mentions: 1 },
        { period: '2026-02', articles: 2, mentions: 2 },
      ],
      stanceCounts: { support: 0, oppose: 1, neutral: 0 },
    });
  });

  it('serves its OpenAPI document, every filter documented', async () => {
    const { status, body } = await get<OpenApiDocument>('/docs-json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/articles', '/articles/{articleId}', '/bodies/{name}/stats']));
    const parameters = body.paths['/articles'].get.parameters.map((parameter) => parameter.name);
    expect(parameters).toEqual(
      expect.arrayContaining(['body', 'country', 'kind', 'stanceActor', 'stancePolarity', 'from', 'to', 'site', 'storyId', 'q', 'limit', 'cursor']),
    );
    expect((await fetch(`${base}/docs`)).status).toBe(200);
  });

  it('answers with the security headers, the docs page under its CSP', async () => {
    for (const path of ['/articles', '/docs', '/docs-json', '/health/live']) {
      const { headers } = await fetch(`${base}${path}`);
      expect(headers.get('content-security-policy')).toBe(
        "default-src 'none';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;connect-src 'self';form-action 'none';base-uri 'none';frame-ancestors 'none'",
      );
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('lets the allowed origins read it from a browser (CORS), and refuses every other origin', async () => {
    const fromPage = (origin: string, init: RequestInit = {}) =>
      fetch(`${base}/articles?limit=1`, { ...init, headers: { origin, 'sec-fetch-site': 'cross-site', ...init.headers } });

    for (const origin of [READER_ORIGIN, 'http://127.0.0.1:8080']) {
      const allowed = await fromPage(origin);
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      expect(((await allowed.json()) as ArticlePage).items).toHaveLength(1);
    }
    const preflight = await fromPage(READER_ORIGIN, { method: 'OPTIONS', headers: { 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(READER_ORIGIN);

    for (const origin of ['https://evil.example', 'http://reader.example.org', 'http://127.0.0.1:8081']) {
      const refused = await fromPage(origin);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
    // Its own docs page (same origin) and clients that are not pages are not cross-origin requests.
    expect((await fetch(`${base}/articles`, { headers: { origin: base, 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
    expect((await fetch(`${base}/articles`)).headers.get('access-control-allow-origin')).toBeNull();
  });
});
