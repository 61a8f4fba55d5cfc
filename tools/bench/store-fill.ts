// Fills the store's collections with insertMany batches, for the benchmarks that measure a grown store.
import { randomUUID } from 'node:crypto';
import type { Collection as MongoCollection } from 'mongodb';
import { ArticleFields, toArticleFields } from '@newsflow/archive-store';
import { articleIdFor, exampleEnrichedArticle } from '@newsflow/contracts';
import { StoryModels } from '@newsflow/story-store';
import { seededRandom } from './seeded-random';

const FILL_BATCH = 1000;
export const BODIES = Array.from({ length: 20 }, (_, i) => `Bench Body ${i}`);
const random = seededRandom(13);

export const words = (count: number) => Array.from({ length: count }, () => `w${Math.floor(random() * 5000)}`).join(' ');
const hex = () => randomUUID().replace(/-/g, '');

/** An archived article as the archiver writes it; `body` picks the one body it mentions. */
export function articleFields(index: number, body: string, text: string): ArticleFields {
  const url = `https://bench.example/${index}`;
  const bodies = [{ ...exampleEnrichedArticle.enrichment.bodies[0], name: body }];
  return toArticleFields({
    ...exampleEnrichedArticle,
    eventId: randomUUID(),
    articleId: articleIdFor(url),
    occurredAt: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
    provenance: { sourceUrl: url },
    article: { ...exampleEnrichedArticle.article, text, publishedAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString() },
    enrichment: { ...exampleEnrichedArticle.enrichment, bodies, stances: [] },
  });
}

async function insertInBatches(model: { collection: MongoCollection }, count: number, make: (index: number) => Record<string, unknown>): Promise<void> {
  for (let start = 0; start < count; start += FILL_BATCH) {
    const batch = Array.from({ length: Math.min(FILL_BATCH, count - start) }, (_, i) => make(start + i));
    await model.collection.insertMany(batch, { ordered: false });
  }
}


/** `count` more archived articles, numbered from `from`, each mentioning one of BODIES. */
export async function fillArchive(articles: { collection: MongoCollection }, from: number, count: number): Promise<void> {
  const template = articleFields(0, BODIES[0], words(150));
  const now = new Date();
  await insertInBatches(articles, count, (i) => ({
    ...template,
    articleId: `filler-${from + i}`,
    bodyNames: [BODIES[(from + i) % BODIES.length]],
    articleDate: new Date(template.articleDate.getTime() - (from + i) * 60_000),
    version: 1,
    storedAt: now,
  }));
}

/** `count` more documents in each story collection (stories, band keys, contents, articles). */
export async function fillStories(models: StoryModels, from: number, count: number): Promise<void> {
  const now = new Date();
  await insertInBatches(models.stories, count, (i) => ({
    _id: `filler-story-${from + i}`,
    signature: Array.from({ length: 64 }, () => Math.floor(random() * 2 ** 32)),
    createdAt: now,
  }));
  await insertInBatches(models.bands, count, (i) => ({ _id: hex(), storyId: `filler-story-${Math.floor((from + i) / 32)}` }));
  await insertInBatches(models.contents, count, (i) => ({ _id: hex() + hex(), articleId: `filler-${from + i}` }));
  await insertInBatches(models.articles, count, (i) => ({ _id: `filler-${from + i}`, storyId: `filler-story-${from + i}`, contentHash: hex() }));
}

/** `count` more feeds, none due for a year. */
export async function fillFeeds(feeds: { collection: MongoCollection }, from: number, count: number): Promise<void> {
  const now = new Date();
  await insertInBatches(feeds, count, (i) => ({
    feedId: `filler-feed-${from + i}`,
    url: `https://feeds.bench.example/${from + i}.xml`,
    origin: 'config',
    followSource: true,
    seenItemKeys: [],
    consecutiveFailures: 0,
    nextPollAt: new Date(now.getTime() + 365 * 86_400_000),
    leaseUntil: new Date(0),
    createdAt: now,
    updatedAt: now,
  }));
}
