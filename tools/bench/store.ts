// Times the store operations the pipeline makes as the store grows: at each size every collection
// the operations read holds that many documents (articles, stories, story bands, story contents,
// story articles, feeds), filled with insertMany batches. Prints the median wall time of each
// operation per size and its ratio to the first size (the bar: ≤ 2 at 100k against 1k).
// An operation taking over 20 s a call is reported as over the cap and not repeated.
// Usage: npm run bench:store [-- <sizes=1000,10000,100000>] [--repeat 15]
// Server: MONGO_URI_BASE (default the local stack's mongodb://127.0.0.1:27017).
import { parseArgs } from 'node:util';
import { Connection, Model } from 'mongoose';
import { ArticleDocument, ArticleRepository, ArticleSearch, articleSchema } from '@newsflow/archive-store';
import { articleQuerySchema } from '@newsflow/archive-query';
import { FeedRepository, feedLeaseSchema, feedSchema } from '@newsflow/feed-store';
import { StoryRepository, storyModelsOn } from '@newsflow/story-store';
import { runOnScratchDatabase } from './scratch-database';
import { BODIES, articleFields, fillArchive, fillFeeds, fillStories, words } from './store-fill';
import { seededRandom } from './seeded-random';
import { median } from './stats';

/** A call slower than this is not repeated, nor timed at larger sizes. */
const CAP_MS = 20_000;
const random = seededRandom(14);

const { values, positionals } = parseArgs({ allowPositionals: true, options: { repeat: { type: 'string', default: '15' } } });
const sizes = (positionals[0] ?? '1000,10000,100000').split(',').map(Number);
const repeat = Number(values.repeat);

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
    const count = size - this.size;
    await fillArchive(this.articles, this.size, count);
    await fillStories(this.storyModels, this.size, count);
    await fillFeeds(this.feedModel, this.size, count);
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
