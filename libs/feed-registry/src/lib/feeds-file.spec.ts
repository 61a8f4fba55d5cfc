import { feedIdFor } from './feed-settings';
import { declaredFeeds, parseFeedsFile } from './feeds-file';

describe('parseFeedsFile', () => {
  it('reads YAML entries as URLs or objects, with followSource on by default', () => {
    const yaml = `
feeds:
  - https://news.example.org/feed/
  - url: https://blog.example.com/atom.xml
    pollIntervalMs: 600000
    followSource: false
`;
    expect(parseFeedsFile(yaml, 'feeds.yaml')).toEqual([
      { url: 'https://news.example.org/feed/', followSource: true },
      { url: 'https://blog.example.com/atom.xml', pollIntervalMs: 600000, followSource: false },
    ]);
  });

  it('reads JSON too', () => {
    expect(parseFeedsFile('{"feeds": [{"url": "http://127.0.0.1:8081/feed/"}]}', 'feeds.json')).toEqual([
      { url: 'http://127.0.0.1:8081/feed/', followSource: true },
    ]);
  });

  it.each([
    ['not YAML', 'feeds: [', /feeds.yaml: not YAML or JSON/],
    ['no feeds list', 'feed: []', /feeds.yaml: invalid feeds file/],
    ['a non-http URL', 'feeds: [ftp://example.org/feed]', /feeds\[0\]/],
    ['too short an interval', 'feeds: [{url: "https://e.test/f", pollIntervalMs: 5}]', /pollIntervalMs/],
    ['an unknown field', 'feeds: [{url: "https://e.test/f", every: 5}]', /every/],
    ['a feed declared twice', 'feeds: [https://e.test/f, "https://E.test:443/f#x"]', /declared twice/],
  ])('rejects %s, naming the file and the entry', (_case, text, message) => {
    expect(() => parseFeedsFile(text, 'feeds.yaml')).toThrow(message);
  });
});

describe('declaredFeeds', () => {
  const file = { path: 'feeds.yaml', text: 'feeds: [https://a.test/feed]' };

  it('joins the feeds file and FEED_URLS', () => {
    expect(declaredFeeds(file, ['https://b.test/feed']).map((feed) => feed.url)).toEqual(['https://a.test/feed', 'https://b.test/feed']);
    expect(declaredFeeds(undefined, ['https://b.test/feed'])).toEqual([{ url: 'https://b.test/feed', followSource: true }]);
  });

  it('rejects a feed declared in both', () => {
    expect(() => declaredFeeds(file, ['https://A.test/feed'])).toThrow('feeds.yaml and FEED_URLS: https://A.test/feed is declared twice');
  });
});

describe('feedIdFor', () => {
  it('gives one id to the spellings of one URL and another to another URL', () => {
    expect(feedIdFor('HTTPS://News.Example.org:443/feed/?utm_source=x')).toBe(feedIdFor('https://news.example.org/feed/'));
    expect(feedIdFor('https://news.example.org/feed/')).toMatch(/^[0-9a-f]{16}$/);
    expect(feedIdFor('https://news.example.org/other/')).not.toBe(feedIdFor('https://news.example.org/feed/'));
  });
});
