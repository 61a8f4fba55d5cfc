import { articleIdFor, normalizeUrl } from './article-id';

describe('normalizeUrl', () => {
  it('lower-cases scheme and host, drops default port and fragment', () => {
    expect(normalizeUrl('HTTPS://News.Example.COM:443/a/B?x=1#top')).toBe('https://news.example.com/a/B?x=1');
  });

  it('keeps a non-default port', () => {
    expect(normalizeUrl('http://127.0.0.1:8082/p')).toBe('http://127.0.0.1:8082/p');
  });

  it('drops tracking parameters and sorts the rest', () => {
    expect(normalizeUrl('https://e.com/p?utm_source=x&b=2&fbclid=y&a=1&gclid=z')).toBe('https://e.com/p?a=1&b=2');
  });

  it('rejects what is not a URL', () => {
    expect(() => normalizeUrl('not a url')).toThrow();
  });
});

describe('articleIdFor', () => {
  it('gives one id to URLs that normalise alike', () => {
    expect(articleIdFor('https://E.com/p?utm_medium=rss#x')).toBe(articleIdFor('https://e.com/p'));
  });

  it('is a SHA-256 hex digest', () => {
    expect(articleIdFor('https://e.com/p')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs between articles', () => {
    expect(articleIdFor('https://e.com/a')).not.toBe(articleIdFor('https://e.com/b'));
  });
});
