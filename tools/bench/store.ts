// Times the store operations the pipeline makes as the store grows: at each size every collection
// the operations read holds that many documents (articles, stories, story bands, story contents,
// story articles, feeds), filled with insertMany batches. Prints the median wall time of each
// operation per size and its ratio to the first size (the bar: ≤ 2 at 100k against 1k).
// An operation taking over 20 s a call is reported as over the cap and not repeated.
// Usage: npm run bench:store [-- <sizes=1000,10000,100000>] [--repeat 15]
// Server: MONGO_URI_BASE (default the local stack's mongodb://127.0.0.1:27017).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Connection, Model } from 'mongoose';
import type { Collection as MongoCollection } from 'mongodb';
import { ArticleDocument, ArticleFields, ArticleRepository, ArticleSearch, articleSchema, toArticleFields } from '@newsflow/archive-store';
import { articleQuerySchema } from '@newsflow/archive-query';
import { articleIdFor, exampleEnrichedArticle } from '@newsflow/contracts';
import { FeedRepository, feedLeaseSchema, feedSchema } from '@newsflow/feed-store';
import { StoryRepository, storyModelsOn } from '@newsflow/story-store';
import { runOnScratchDatabase } from './scratch-database';
import { seededRandom } from './seeded-random';

const FILL_BATCH = 1000;
/** A call slower than this is not repeated, nor timed at larger sizes. */
const CAP_MS = 20_000;
const BODIES = Array.from({ length: 20 }, (_, i) => `Bench Body ${i}`);
const random = seededRandom(13);

const { values, positionals } = parseArgs({ allowPositionals: true, options: { repeat: { type: 'string', default: '15' } } });
const sizes = (positionals[0] ?? '1000,10000,100000').split(',').map(Number);
const repeat = Number(values.repeat);

const words = (count: number) => Array.from({ length: count }, () => `w${Math.floor(random() * 5000)}`).join(' ');
const hex = () => randomUUID().replace(/-/g, '');

/** An archived article as the archiver writes it; `body` picks the one body it mentions. */
function articleFields(index: number, body: string, text: string): ArticleFields {
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

class Store {
  readonly articles: Model<ArticleDocument>;
  readonly archive: ArticleRepository;
  readonly search: ArticleSearch;
  readonly storyModels: ReturnType<typeof storyModelsOn>;
  readonly stories: StoryRepository;
  readonly feeds: FeedRepository;
  private readonly feedModel;
  size = 0;
  /** Texts whose stories were assigned through the repository, so copies of them find their story by band keys. */
  readonly storyTexts: string[] = [];

  constructor(connection: Connection) {
    this.articles = connection.model('Article', articleSchema);
    this.archive = new ArticleRepository(this.articles);
    this.search = new ArticleSearch(this.articles);
    this.storyModels = storyModelsOn(connection);
    this.stories = new StoryRepository(this.storyModels);
    this.feedModel = connection.model('Feed', feedSchema);
    this.feeds = new FeedRepository(this.feedModel, connection.model('FeedLease', feedLeaseSchema));
  }

  async createIndexes(): Promise<void> {
    await this.archive.ensureIndexes();
    await Promise.all([...Object.values(this.storyModels), this.feedModel].map((model) => model.createIndexes()));
  }

  /** Adds documents to every collection until each holds `size` (operations timed so far added a few more). */
  async growTo(size: number): Promise<void> {
    const from = this.size;
    const count = size - from;
    const template = articleFields(0, BODIES[0], words(150));
    const now = new Date();
    const future = new Date(now.getTime() + 365 * 86_400_000);
    await insertInBatches(this.articles, count, (i) => ({
      ...template,
      articleId: `filler-${from + i}`,
      bodyNames: [BODIES[(from + i) % BODIES.length]],
      articleDate: new Date(template.articleDate.getTime() - (from + i) * 60_000),
      version: 1,
      storedAt: now,
    }));
    await insertInBatches(this.storyModels.stories, count, (i) => ({
      _id: `filler-story-${from + i}`,
      signature: Array.from({ length: 64 }, () => Math.floor(random() * 2 ** 32)),
      createdAt: now,
    }));
    await insertInBatches(this.storyModels.bands, count, (i) => ({ _id: hex(), storyId: `filler-story-${Math.floor((from + i) / 32)}` }));
    await insertInBatches(this.storyModels.contents, count, (i) => ({ _id: hex() + hex(), articleId: `filler-${from + i}` }));
    await insertInBatches(this.storyModels.articles, count, (i) => ({ _id: `filler-${from + i}`, storyId: `filler-story-${from + i}`, contentHash: hex() }));
    await insertInBatches(this.feedModel, count, (i) => ({
      feedId: `filler-feed-${from + i}`,
      url: `https://feeds.bench.example/${from + i}.xml`,
      origin: 'config',
      followSource: true,
      seenItemKeys: [],
      consecutiveFailures: 0,
      nextPollAt: future,
      leaseUntil: new Date(0),
      createdAt: now,
      updatedAt: now,
    }));
    this.size = size;
  }

  /** Stories assigned through the repository and due feeds, which the timed operations then use. */
  async prepare(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const text = words(300);
      this.storyTexts.push(text);
      await this.stories.assign(`prepared-${this.size}-${i}`, text);
      await this.feeds.save({ url: `https://due.bench.example/${this.size}/${i}.xml`, followSource: true }, 'config');
    }
  }
}

/** The operations, each run once per call with a fresh input. */
function operations(store: Store): Record<string, (i: number) => Promise<unknown>> {
  let serial = 0;
  const next = () => `${store.size}-${serial++}`;
  const body = () => BODIES[Math.floor(random() * BODIES.length)];
  return {
    'archive upsert (new article)': () => store.archive.upsert(articleFields(1e9 + serial++, body(), words(150))),
    'archive upsert (newer version)': async () => {
      const index = 2e9 + serial++;
      await store.archive.upsert(articleFields(index, body(), words(150)));
      const newer = articleFields(index, body(), words(150));
      return store.archive.upsert({ ...newer, eventOccurredAt: new Date(newer.eventOccurredAt.getTime() + 1000) });
    },
    'story assign (copy: band-key lookup)': (i) => store.stories.assign(`copy-${next()}`, `Edited ${store.storyTexts[store.storyTexts.length - 1 - i]}`),
    'story assign (new: story claim)': () => store.stories.assign(`new-${next()}`, words(300)),
    'feed lease (claim + release)': async () => {
      const claim = await store.feeds.claimDue(new Date(), 60_000);
      if (!claim) throw new Error('no due feed left to claim');
      return store.feeds.release(claim, { seenItemKeys: [], consecutiveFailures: 0, nextPollAt: new Date(Date.now() + 3_600_000) });
    },
    'query API list by body': () => store.search.find(articleQuerySchema.parse({ body: body() })),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

runOnScratchDatabase('store', async (connection) => {
  const store = new Store(connection);
  await store.createIndexes();
  const table = new Map<string, (number | undefined)[]>();
  for (const size of sizes) {
    const filling = performance.now();
    await store.growTo(size);
    await store.prepare(repeat);
    console.log(`filled to ${size} documents per collection in ${((performance.now() - filling) / 1000).toFixed(1)} s`);
    for (const [name, operation] of Object.entries(operations(store))) {
      const earlier = table.get(name) ?? [];
      const times = earlier.includes(undefined) ? [] : await timed(operation);
      table.set(name, [...earlier, times.length ? median(times) : undefined]);
      console.log(`  ${name}: ${times.length ? `${median(times).toFixed(1)} ms (median of ${times.length})` : `skipped (over ${CAP_MS / 1000} s a call)`}`);
    }
  }
  console.log(`\n| operation | ${sizes.map((size) => `${size / 1000}k docs`).join(' | ')} | ${sizes[sizes.length - 1] / 1000}k / ${sizes[0] / 1000}k |`);
  console.log(`|---|${sizes.map(() => '---:|').join('')}---:|`);
  const ratios: number[] = [];
  for (const [name, times] of table) {
    const [first, last] = [times[0], times[times.length - 1]];
    const ratio = first && last ? last / first : Infinity;
    ratios.push(ratio);
    const cell = (ms: number | undefined) => (ms === undefined ? `> ${CAP_MS / 1000} s` : `${ms.toFixed(1)} ms`);
    console.log(`| ${name} | ${times.map(cell).join(' | ')} | ${Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a'} |`);
  }
  const cpu = process.cpuUsage();
  console.log(`\nbench process CPU: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (the server's CPU is not counted)`);
  console.log(`RESULT sizes=${sizes.join(',')} worst_ratio=${Math.max(...ratios).toFixed(2)} within_2x=${ratios.filter((r) => r <= 2).length}/${ratios.length}`);
});

/**
 * Runs the operation `repeat` times; stops after a call over CAP_MS (it is then reported as over the cap at
 * this and larger sizes), so that a scan over 100k documents does not hold the bench for hours.
 */
async function timed(operation: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    await operation(i);
    times.push(performance.now() - started);
    if (times[i] > CAP_MS) return [];
  }
  return times;
}
