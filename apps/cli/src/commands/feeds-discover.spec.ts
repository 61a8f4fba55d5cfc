import { Discovery } from '@newsflow/feed';
import { FixtureSite, startFixtureSite } from '@newsflow/fixture-site';
import { feedsCommand } from './feeds';

/** `newsflow feeds discover` on the fixture news site, through the real guarded, polite fetch path. */
describe('newsflow feeds discover (fixture site)', () => {
  let site: FixtureSite;
  const printed: string[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    site = await startFixtureSite();
    Object.assign(process.env, { CRAWLER_ALLOWED_PRIVATE_HOSTS: new URL(site.aggregatorUrl).host, CRAWL_MIN_HOST_DELAY_MS: '0' });
    jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  });

  afterAll(async () => {
    process.env = saved;
    jest.restoreAllMocks();
    await site.close();
  });

  const discover = async (...args: string[]) => {
    printed.length = 0;
    await feedsCommand().exitOverride().parseAsync(['discover', ...args], { from: 'user' });
    return printed;
  };

  it("finds the feed the home page links, the sitemap index robots.txt names and the news sitemap at its common path", async () => {
    const [json] = await discover(`${site.aggregatorUrl}/`, '--json');
    const found = JSON.parse(json) as Discovery;
    expect(found.feeds).toEqual([{ url: site.feedUrl, kind: 'feed', via: 'link', title: 'Latin america News » Feed', entries: site.items.length }]);
    expect(found.sitemaps).toEqual([
      { url: site.sitemapIndexUrl, kind: 'sitemap', via: 'robots', entries: 2, index: true },
      { url: site.newsSitemapUrl, kind: 'sitemap', via: 'path', entries: site.items.length, index: false },
    ]);
    // /sitemap.xml is not there: a missing common path is no finding and no error.
    expect(found.rejected).toEqual([]);
  });

  it('prints what it found', async () => {
    const lines = await discover(site.aggregatorUrl);
    expect(lines).toEqual([
      `${site.aggregatorUrl}\n1 feed(s)`,
      `  ${site.feedUrl}  (${site.items.length} item(s); via link: Latin america News » Feed)`,
      '2 sitemap(s)',
      `  ${site.sitemapIndexUrl}  (index of 2 sitemap(s); via robots)`,
      `  ${site.newsSitemapUrl}  (${site.items.length} page(s); via path)`,
    ]);
  });
});
