import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Db, MongoClient } from 'mongodb';
import { ARTICLE_COLLECTION, ArticleDocument } from '@newsflow/archive-store';
import { counterTotal } from '@newsflow/console-status';
import { DeadLetter, INPUT_TOPIC, Topics, articleIdFor, consumerGroupOf, eventHeaders, exampleRawPage, parseOutgoingEvent } from '@newsflow/contracts';
import { ADMIN_FEEDS_PATH, FeedView } from '@newsflow/feed-registry';
import { DISTINCT_TEXT_COUNT, FixtureItemView, FixtureSite, SEED_SLUG, startFixtureSite } from '@newsflow/fixture-site';
import {
  Daemon,
  SERVICES,
  answers,
  kafkaBrokers,
  serviceDaemon,
  skipBacklog,
  stackSettings,
  stackUp,
  startDaemon,
  stopDaemon,
  waitFor,
  waitUntilReady,
  workspaceRoot,
} from '@newsflow/local-stack';

/** The mission's gold annotation of the seed article (a copy kept with the enrichment library's fixtures). */
const seedGold = JSON.parse(
  readFileSync(join(workspaceRoot(), 'libs/enrichment/src/fixtures/seed-article.gold.json'), 'utf8'),
) as { bodies: { name: string }[]; stances: { actor: string; polarity: string }[] };

/**
 * The whole pipeline for real: Kafka and FerretDB of the local stack, the fixture news site,
 * and the four built services as separate processes.
 */
describe('pipeline end to end', () => {
  const settings = stackSettings();
  const home = mkdtempSync(join(tmpdir(), 'newsflow-e2e-'));
  const database = `e2e_${randomUUID().slice(0, 8)}`;
  const mongoUri = `mongodb://127.0.0.1:${settings.mongoPort}/${database}`;
  const kafka = new Kafka({ clientId: 'newsflow-e2e', brokers: kafkaBrokers(settings), logLevel: logLevel.ERROR });
  let site: FixtureSite;
  let mongo: MongoClient;
  let db: Db;
  const daemons: Daemon[] = [];
  const adminToken = `e2e-admin-${randomUUID()}`;

  beforeAll(async () => {
    await stackUp(() => undefined, settings);
    site = await startFixtureSite();
    mongo = await new MongoClient(mongoUri).connect();
    db = mongo.db();
    // Counts below are of this suite's records only: skip what earlier suites left on the shared topics.
    await Promise.all(SERVICES.map((service) => skipBacklog(kafkaBrokers(settings), consumerGroupOf(service), INPUT_TOPIC[service])));
    await Promise.all(SERVICES.map((service, index) => startService(service, portOf(service, index))));
  });

  afterAll(async () => {
    await Promise.all(daemons.map((daemon) => stopDaemon(daemon)));
    await db?.dropDatabase();
    await mongo?.close();
    await site?.close();
  });

  function portOf(service: (typeof SERVICES)[number], index = SERVICES.indexOf(service)): number {
    return 3201 + index;
  }

  /** A counter's value on a service's /metrics (the sum of the series whose labels include `labels`). */
  async function metric(service: (typeof SERVICES)[number], name: string, labels = ''): Promise<number | undefined> {
    const exposition = await (await fetch(`http://127.0.0.1:${portOf(service)}/metrics`)).text();
    return counterTotal(exposition, name, (written) => written.includes(labels));
  }

  async function startService(service: (typeof SERVICES)[number], port: number): Promise<void> {
    const daemon = serviceDaemon(home, service, {
      NODE_ENV: 'test',
      KAFKA_BROKERS: kafkaBrokers(settings).join(','),
      MONGO_URI: mongoUri,
      HTTP_PORT: String(port),
      // All three kinds of source, each listing every item page: the feed, the news sitemap, the sitemap index.
      FEED_URLS: [site.feedUrl, site.newsSitemapUrl, site.sitemapIndexUrl].join(','),
      // The fixture's articles are dated 2024-2025: take every sitemap entry, not just the last two days'.
      SITEMAP_RECENT_WINDOW_MS: '0',
      CRAWLER_ADMIN_TOKEN: adminToken,
      // The fixture site is on loopback, which the SSRF guard refuses unless named.
      CRAWLER_ALLOWED_PRIVATE_HOSTS: [site.aggregatorUrl, site.publisherUrl].map((origin) => new URL(origin).host).join(','),
      CRAWL_MIN_HOST_DELAY_MS: '100',
      LOG_LEVEL: 'info',
    });
    daemons.push(daemon);
    startDaemon(daemon);
    await waitUntilReady(daemon, () => answers(`http://127.0.0.1:${port}/health/ready`), 90_000);
  }

  const seed = () => {
    const item = site.items.find((candidate) => candidate.slug === SEED_SLUG);
    if (!item) throw new Error('the fixture site lost its seed article');
    return item;
  };

  const storedSeed = () =>
    waitFor(
      'the seed article in MongoDB',
      () => db.collection<ArticleDocument>(ARTICLE_COLLECTION).findOne({ aggregatorUrl: seed().itemUrl }),
      180_000,
    );

  it('stores the seed article: clean text, provenance, its government bodies and stances', async () => {
    const article = await storedSeed();
    for (const paragraph of seed().paragraphs) expect(article.text).toContain(paragraph);
    for (const chrome of ['Site icon', 'Source link', 'Exit mobile version']) expect(article.text).not.toContain(chrome);
    expect(article.sourceUrl).toBe(seed().sourceUrl);
    expect(article.aggregatorUrl).toBe(seed().itemUrl);
    // Every body and every stance of the mission's gold annotation, found through the running pipeline.
    expect(article.bodyNames).toEqual(expect.arrayContaining(seedGold.bodies.map((body) => body.name)));
    const stances = article.stances.map((stance) => ({ actor: stance.actor, polarity: stance.polarity }));
    expect(stances).toEqual(expect.arrayContaining(seedGold.stances.map(({ actor, polarity }) => ({ actor, polarity }))));
    const minint = article.bodies.find((body) => body.name === 'Ministry of the Interior of Cuba');
    expect(minint?.mentions.map((mention) => mention.surface)).toContain('Minint');
  });

  const articles = () => db.collection<ArticleDocument>(ARTICLE_COLLECTION);
  /** The page an item's article is stored under: its original, or the aggregator page when that is the original. */
  const pageOf = (item: FixtureItemView) => item.sourceUrl ?? item.itemUrl;
  const ours = () => ({ sourceUrl: { $in: site.items.map(pageOf) } });
  const everyArticleStored = () =>
    waitFor('every fixture article', async () => (await articles().countDocuments(ours())) >= DISTINCT_TEXT_COUNT, 180_000);

  it('stores one document per distinct article text, none twice', async () => {
    await everyArticleStored();
    expect(DISTINCT_TEXT_COUNT).toBe(site.items.length - 1);
    expect(await articles().countDocuments(ours())).toBe(DISTINCT_TEXT_COUNT);
    expect(await articles().distinct('articleId', ours())).toHaveLength(DISTINCT_TEXT_COUNT);
  });

  it('gives an aggregator copy its original story id, and emits a word-for-word copy once', async () => {
    await everyArticleStored();
    const copies = site.items.filter((item) => item.copyOf);
    expect(copies.length).toBeGreaterThanOrEqual(2);
    for (const copy of copies) {
      const original = site.items.find((item) => item.slug === copy.copyOf);
      if (!original) throw new Error(`no fixture original for ${copy.slug}`);
      const stored = await articles().find({ sourceUrl: { $in: [pageOf(original), pageOf(copy)] } }).toArray();
      const wordForWord = copy.paragraphs.join('\n') === original.paragraphs.join('\n');
      expect(stored).toHaveLength(wordForWord ? 1 : 2);
      expect(stored[0].storyId).toMatch(/\S/);
      expect(new Set(stored.map((article) => article.storyId))).toEqual(new Set([stored[0].storyId]));
    }
    // Every other article tells a story of its own.
    const storyIds = await articles().distinct('storyId', ours());
    expect(storyIds).toHaveLength(site.items.length - copies.length);
  });

  it('counts fetches by outcome and the exact duplicates it did not emit', async () => {
    await everyArticleStored();
    expect(await metric('crawler', 'newsflow_fetches_total', 'kind="feed",outcome="ok"')).toBeGreaterThanOrEqual(1);
    // Every item page, and the original behind each source link.
    const pages = site.items.length + site.items.filter((item) => item.sourceUrl).length;
    expect(await metric('crawler', 'newsflow_fetches_total', 'kind="page",outcome="ok"')).toBeGreaterThanOrEqual(pages);
    expect(await metric('cleaner', 'newsflow_exact_duplicates_total')).toBe(site.items.length - DISTINCT_TEXT_COUNT);
  });

  it('polls a feed, a news sitemap and a sitemap index, and crawls a page listed by all three once', async () => {
    await everyArticleStored();
    const sources = await waitFor(
      'all three sources polled',
      async () => {
        const response = await fetch(`http://127.0.0.1:${portOf('crawler')}${ADMIN_FEEDS_PATH}`, { headers: { authorization: `Bearer ${adminToken}` } });
        const { feeds } = (await response.json()) as { feeds: FeedView[] };
        return feeds.length === 3 && feeds.every((feed) => feed.lastSuccessAt) ? feeds : undefined;
      },
      60_000,
    );
    const byUrl = new Map(sources.map((source) => [source.url, source]));
    expect(byUrl.get(site.feedUrl)).toMatchObject({ kind: 'feed', lastNewItems: site.items.length });
    expect(byUrl.get(site.newsSitemapUrl)).toMatchObject({ kind: 'sitemap', lastNewItems: site.items.length });
    // The index's two children (news and gzipped post sitemap) list the same pages: each counted once.
    expect(byUrl.get(site.sitemapIndexUrl)).toMatchObject({ kind: 'sitemap', lastNewItems: site.items.length });
    // Each item page was requested three times: fetched once, then skipped twice by the refetch window.
    await waitFor('the duplicate requests skipped', async () => (await metric('crawler', 'newsflow_crawl_requests_skipped_total')) === 2 * site.items.length || undefined, 60_000);
    const pages = site.items.length + site.items.filter((item) => item.sourceUrl).length;
    expect(await metric('crawler', 'newsflow_fetches_total', 'kind="page",outcome="ok"')).toBe(pages);
  });

  it('dead-letters a malformed record with the reason, and the stream goes on', async () => {
    const key = `malformed-${randomUUID()}`;
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: Topics.rawPages, messages: [{ key, value: '{"articleId": "trunc' }] });
    await producer.disconnect();

    const letter = await nextDeadLetter(Topics.cleanerDeadLetters, key);
    expect(letter).toMatchObject({ stage: 'cleaner', errorClass: 'bad_data', payload: '{"articleId": "trunc' });
    expect(letter.reason).toMatch(/not JSON/);
    expect(letter.source.topic).toBe(Topics.rawPages);
    await expect(storedSeed()).resolves.toBeTruthy();
  });

  it.each([
    ['a page that is not HTML', { contentType: 'application/pdf', html: '%PDF-1.7' }, /^not an HTML page \(application\/pdf\)/],
    ['a page without article text', { contentType: 'text/html', html: '<html><body><nav><a href="/">Home</a></nav></body></html>' }, /^no article text found/],
  ])('dead-letters %s with the reason', async (_, page, reason) => {
    const url = `https://dead-letter.example/${randomUUID()}`;
    const event = { ...exampleRawPage, ...page, eventId: randomUUID(), articleId: articleIdFor(url), provenance: { sourceUrl: url } };
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: Topics.rawPages, messages: [{ key: event.articleId, value: JSON.stringify(event), headers: eventHeaders(event, 'RawPage') }] });
    await producer.disconnect();

    const letter = await nextDeadLetter(Topics.cleanerDeadLetters, event.articleId);
    expect(letter).toMatchObject({ stage: 'cleaner', errorClass: 'bad_data' });
    expect(letter.reason).toMatch(reason);
  });

  async function nextDeadLetter(topic: typeof Topics.cleanerDeadLetters, key: string): Promise<DeadLetter> {
    const consumer = kafka.consumer({ groupId: `newsflow-e2e-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    try {
      return await new Promise<DeadLetter>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no dead letter for ${key}`)), 60_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            const parsed = parseOutgoingEvent(topic, message.value);
            if (parsed.ok && parsed.event.source.key === key) {
              clearTimeout(timer);
              resolve(parsed.event);
            }
          },
        });
      });
    } finally {
      await consumer.disconnect();
    }
  }
});
