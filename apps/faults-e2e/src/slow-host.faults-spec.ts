import { articleIdFor } from '@newsflow/contracts';
import { CrawlSite } from './support/crawl-site';
import { faultCase } from './support/case';
import { FAULT_SITE_PORTS, crawlerEnv } from './support/crawler-env';

const ARTICLES = 40;
/** Longer than the consumer session timeout (kafkajs' 30 s), within the fetch timeouts set below. */
const SLOW_MS = 40_000;
const SLOW_PAGES = new Set([10, 25]);

/**
 * A host whose pages take longer than the session timeout: the crawler must stay in its group (no
 * rebalance storm, no duplicate crawls) and every page ends stored once.
 */
describe('a host slower than the consumer session timeout', () => {
  let site: CrawlSite;
  const frame = faultCase(
    'slow-host',
    ['crawler', 'cleaner', 'enricher', 'archiver'],
    crawlerEnv([FAULT_SITE_PORTS[0]], { FETCH_TIMEOUT_MS: '60000', FETCH_FIRST_BYTE_TIMEOUT_MS: '60000' }),
  );

  beforeAll(async () => {
    site = await CrawlSite.start(FAULT_SITE_PORTS[0]);
  });
  afterAll(() => site?.close());

  it(`pages answered after ${SLOW_MS / 1000} s: every page stored once, each fetched at most twice`, async () => {
    const urls = site.articles('slow', ARTICLES, (index) => (SLOW_PAGES.has(index) ? SLOW_MS : 0));
    frame.expectations.articles(urls.map(articleIdFor));
    await frame.pipeline.addFeed(site.feed('slow', urls));

    await frame.expectations.check();
    const hits = urls.map((url) => site.hits(new URL(url).pathname));
    expect(Math.max(...hits)).toBeLessThanOrEqual(2);
    expect(hits.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(ARTICLES + SLOW_PAGES.size);
  });
});
