import { Topics, articleIdFor } from '@newsflow/contracts';
import { newCrawlRequest } from '@newsflow/pipeline';
import { waitFor } from '@newsflow/local-stack';
import { publish, recordOf } from './support/articles';
import { faultCase } from './support/case';
import { CrawlSite } from './support/crawl-site';
import { FAULT_SITE_PORTS, crawlerEnv } from './support/crawler-env';
import { HOSTILE_FEEDS, HOSTILE_PAGES, SSRF_URLS, XXE_ITEM_URL } from './support/hostile-inputs';

const ORDINARY = 20;

/**
 * Hostile sites through the crawler: broken, binary, bomb and mislabelled pages, SSRF targets in feeds
 * and crawl requests, hostile feed XML. Each has one clear outcome (stored, or a dead letter of its
 * class, or a refused feed); ordinary pages crawled alongside are all stored, and every service stays up.
 */
describe('bad input through the crawler', () => {
  let site: CrawlSite;
  const frame = faultCase('bad-input', ['crawler', 'cleaner', 'enricher', 'archiver'], crawlerEnv());

  beforeAll(async () => {
    site = await CrawlSite.start(FAULT_SITE_PORTS[1]);
  });
  afterAll(() => site?.close());

  it('hostile pages and SSRF URLs in a feed and in crawl requests: each its outcome, the ordinary pages all stored', async () => {
    const ordinary = site.articles('ordinary', ORDINARY);
    frame.expectations.articles(ordinary.map(articleIdFor));
    const hostile = HOSTILE_PAGES.map(([, respond, outcome], i) => {
      const url = site.route(`/hostile/${i}/`, respond());
      if (outcome === 'stored') frame.expectations.articles([articleIdFor(url)]);
      else frame.expectations.letter({ ...outcome, key: outcome.stage === 'crawler' ? url : articleIdFor(url) });
      return url;
    });
    // A redirect from an allowed host to a refused one.
    const redirect = site.route('/hostile/redirect/', (res) => {
      res.writeHead(302, { Location: 'http://127.0.0.1:27418/' }).end();
    });
    const ssrfInFeed = [...SSRF_URLS.map((url) => `${url}${url.endsWith('/') ? '' : '/'}from-feed`), redirect];
    const ssrfRequested = SSRF_URLS.map((url) => `${url}${url.endsWith('/') ? '' : '/'}from-request`);
    // Feed items are read as WHATWG URLs ("http://2130706433/" is "http://127.0.0.1/"); a crawl request keeps the URL it names.
    const letterKeys = [...ssrfInFeed.map((url) => new URL(url).href), ...ssrfRequested];
    frame.expectations.letter(...letterKeys.map((key) => ({ stage: 'crawler' as const, key, errorClass: 'policy' as const })));

    await frame.pipeline.addFeed(site.feed('hostile', [...hostile, ...ssrfInFeed, ...ordinary]));
    const requests = ssrfRequested.map((url) => newCrawlRequest({ url, followSource: true, origin: 'adhoc' }));
    await publish(frame.producer, Topics.crawlRequests, requests.map((request) => recordOf(new URL(request.url).host, request, 'CrawlRequest')));

    await frame.expectations.check();
    for (const service of ['crawler', 'cleaner', 'enricher', 'archiver'] as const) expect(frame.pipeline.isRunning(service)).toBe(true);
  });

  it.each(HOSTILE_FEEDS)('a hostile feed (%s): refused with a logged error, or read without expanding it; the crawler stays up', async (name, respond, refused) => {
    const url = site.route(`/hostile-feeds/${encodeURIComponent(name)}.xml`, respond());
    // The XXE feed's item is a host that does not resolve: no robots.txt answer gives no verdict, the fetch
    // fails as a network error and, after its retries, is a transient (replayable) dead letter.
    if (!refused) frame.expectations.letter({ stage: 'crawler', key: XXE_ITEM_URL, errorClass: 'transient' });
    const { feedId } = await frame.pipeline.addFeed(url);
    const feed = await waitFor(
      `the ${name} feed polled`,
      async () => (await frame.pipeline.feeds()).find((candidate) => candidate.feedId === feedId && candidate.lastPolledAt),
      120_000,
      1000,
    );
    if (refused) expect(feed).toMatchObject({ consecutiveFailures: 1, lastError: expect.stringMatching(/\S/) });
    else expect(feed).toMatchObject({ consecutiveFailures: 0, lastNewItems: 1 });
    expect(frame.pipeline.isRunning('crawler')).toBe(true);
    await frame.expectations.check();
  });
});
