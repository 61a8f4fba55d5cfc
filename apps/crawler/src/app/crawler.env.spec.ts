import { crawlerEnvSchema } from './crawler.env';

const required = { HTTP_PORT: '3101', MONGO_URI: 'mongodb://127.0.0.1:27017/newsflow' };

describe('crawlerEnvSchema', () => {
  it('takes empty variables, as compose passes them, for unset ones', () => {
    const env = crawlerEnvSchema.parse({ ...required, FEEDS_FILE: '', CRAWLER_ADMIN_TOKEN: '', FEED_URLS: '' });
    expect(env).toMatchObject({ FEEDS_FILE: undefined, CRAWLER_ADMIN_TOKEN: undefined, FEED_URLS: [] });
  });

  it('refuses a short admin token, a non-http feed URL and a missing MongoDB URI', () => {
    const result = crawlerEnvSchema.safeParse({ HTTP_PORT: '3101', CRAWLER_ADMIN_TOKEN: 'short', FEED_URLS: 'https://a.test/f, file:///etc/passwd' });
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['CRAWLER_ADMIN_TOKEN', 'FEED_URLS', 'MONGO_URI']);
  });
});
