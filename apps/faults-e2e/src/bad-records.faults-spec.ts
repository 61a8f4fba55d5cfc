import { randomBytes, randomUUID } from 'node:crypto';
import { ConsumingStage, TOPIC_SPECS, TopicName, Topics, articleIdFor } from '@newsflow/contracts';
import { newCrawlRequest } from '@newsflow/pipeline';
import { OutgoingRecord, articlePages, cleanArticle, enrichedArticle, publish, rawPageRecords, recordOf } from './support/articles';
import { faultCase } from './support/case';
import { CrawlSite } from './support/crawl-site';
import { FAULT_SITE_PORTS, crawlerEnv } from './support/crawler-env';

const MIB = 1024 * 1024;

/** Each stage's input topic. */
const INPUTS: [TopicName, ConsumingStage][] = [
  [Topics.crawlRequests, 'crawler'],
  [Topics.rawPages, 'cleaner'],
  [Topics.cleanArticles, 'enricher'],
  [Topics.enrichedArticles, 'archiver'],
];

/** Records no stage can read, keyed so that their dead letters can be told apart. */
const BAD_RECORDS: [string, (key: string) => OutgoingRecord][] = [
  ['not JSON', (key) => ({ key, value: '{"articleId": "trunc', partition: 0 })],
  ['JSON of the wrong schema', (key) => ({ key, value: JSON.stringify({ hello: 'world', articleId: 42 }), partition: 0 })],
  // 3 MiB of JSON that gzip shrinks under every topic's cap; more than a dead letter carries (1 MiB).
  ['oversized (3 MiB, wrong schema)', (key) => ({ key, value: JSON.stringify({ padding: 'x'.repeat(3 * MIB) }), partition: 0 })],
];

/**
 * Not-JSON, wrong-schema and oversized records on every topic a stage consumes: each becomes a
 * `bad_data` dead letter of that stage, and the valid records behind it on the partition still arrive.
 * A record over the topic's cap never enters: the broker refuses it to its producer.
 */
describe('bad records on every topic', () => {
  let site: CrawlSite;
  const frame = faultCase('bad-records', ['crawler', 'cleaner', 'enricher', 'archiver'], crawlerEnv([FAULT_SITE_PORTS[0]]));

  beforeAll(async () => {
    site = await CrawlSite.start(FAULT_SITE_PORTS[0]);
  });
  afterAll(() => site?.close());

  it.each(INPUTS)('on %s: a dead letter each, the stream goes on', async (topic, stage) => {
    const records = BAD_RECORDS.map(([kind, record]) => record(`bad-${kind.split(' ')[0]}-${randomUUID()}`));
    frame.expectations.letter(...records.map((record) => ({ stage, key: record.key, errorClass: 'bad_data' as const })));
    await publish(frame.producer, topic, records);
    await publish(frame.producer, ...followers(topic, `behind-bad-${stage}`));
    await frame.expectations.check();
  });

  it.each(TOPIC_SPECS.filter((spec) => INPUTS.some(([topic]) => topic === spec.name)))(
    'on $name: a record over the topic cap is refused to its producer',
    async (spec) => {
      // Random bytes do not compress: the batch stays over the cap after gzip.
      const record = { key: `over-cap-${randomUUID()}`, value: randomBytes(spec.maxMessageBytes + 256 * 1024) };
      await expect(publish(frame.producer, spec.name, [record])).rejects.toThrow(/larger than the max message size/);
    },
  );

  /** Valid records for `topic`'s stage on partition 0, and what they make the pipeline store. */
  function followers(topic: TopicName, tag: string): [TopicName, OutgoingRecord[]] {
    if (topic === Topics.crawlRequests) {
      const urls = site.articles(tag, 10);
      frame.expectations.articles(urls.map(articleIdFor));
      return [topic, urls.map((url) => recordOf(site.host, newCrawlRequest({ url, followSource: false, origin: 'adhoc' }), 'CrawlRequest', 0))];
    }
    if (topic === Topics.rawPages) {
      const pages = articlePages(tag, 50);
      frame.expectations.articles(pages.map((page) => page.articleId));
      return [topic, rawPageRecords(pages, 0)];
    }
    const urls = Array.from({ length: 50 }, (_, i) => `https://faults.example/${tag}/${i}`);
    frame.expectations.articles(urls.map(articleIdFor));
    const events = urls.map((url) => (topic === Topics.cleanArticles ? cleanArticle(url) : enrichedArticle(url)));
    const eventType = topic === Topics.cleanArticles ? 'CleanArticle' : 'EnrichedArticle';
    return [topic, events.map((event) => recordOf(event.articleId, event, eventType, 0))];
  }
});
