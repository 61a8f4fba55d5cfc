import { articleIdFor } from '@newsflow/contracts';
import { CrawlSite } from './support/crawl-site';
import { consumedAtLeast, faultCase } from './support/case';
import { FAULT_SITE_PORTS, crawlerEnv } from './support/crawler-env';

// The crawler takes one host's requests one after another (they share a partition): fewer pages than the stage cases.
const ARTICLES = 60;

/** The crawler killed or terminated while it crawls a feed's pages, then started again: every page stored once. */
describe('the crawler stopped mid-crawl', () => {
  let site: CrawlSite;
  const frame = faultCase('crawler-restart', ['crawler', 'cleaner', 'enricher', 'archiver'], crawlerEnv([FAULT_SITE_PORTS[0]]));

  beforeAll(async () => {
    site = await CrawlSite.start(FAULT_SITE_PORTS[0]);
  });
  afterAll(() => site?.close());

  it.each(['SIGKILL', 'SIGTERM'] as const)('by %s: every page stored once, no dead letter', async (signal) => {
    const urls = site.articles(`crawl-${signal}`, ARTICLES);
    frame.expectations.articles(urls.map(articleIdFor));
    const before = await frame.pipeline.metric('crawler', 'newsflow_messages_consumed_total');
    await frame.pipeline.addFeed(site.feed(signal, urls));

    await consumedAtLeast(frame.pipeline, 'crawler', before + ARTICLES / 5);
    if (signal === 'SIGKILL') await frame.pipeline.kill('crawler');
    else await frame.pipeline.terminate('crawler');
    await frame.pipeline.start('crawler');

    await frame.expectations.check();
  });
});
