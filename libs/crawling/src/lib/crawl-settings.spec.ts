import { crawlSettings, fetchEnvSchema } from './crawl-settings';

describe('crawlSettings', () => {
  it('builds the User-Agent from the version and contact URL, and matches robots.txt by its product token', () => {
    const settings = crawlSettings(fetchEnvSchema.parse({ CRAWLER_CONTACT_URL: 'https://ops.example.org/crawler', CRAWLER_USER_AGENT: '' }), '1.2.3');
    expect(settings.client.userAgent).toBe('newsflow-crawler/1.2.3 (+https://ops.example.org/crawler)');
    expect(settings.robots.productToken).toBe('newsflow-crawler');
    expect(crawlSettings(fetchEnvSchema.parse({ CRAWLER_USER_AGENT: 'AcmeBot/2 (+https://acme.test)' }), '1').robots.productToken).toBe('acmebot');
  });

  it('reads the allowed private hosts and refuses a page cap above what the raw-page topic can carry', () => {
    const env = fetchEnvSchema.parse({ CRAWLER_ALLOWED_PRIVATE_HOSTS: ' 127.0.0.1:8081, fixture.local ,' });
    expect(crawlSettings(env, '1').client.allowedPrivateHosts).toEqual(['127.0.0.1:8081', 'fixture.local']);
    const tooLarge = fetchEnvSchema.safeParse({ FETCH_MAX_BYTES: String(20 * 1024 * 1024), CRAWLER_CONTACT_URL: 'ftp://x' });
    expect(tooLarge.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['CRAWLER_CONTACT_URL', 'FETCH_MAX_BYTES']);
  });
});
