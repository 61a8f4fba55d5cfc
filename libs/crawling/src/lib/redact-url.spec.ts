import { REDACTED, isSecretParameter, redactUrl, redactUrlsIn } from './redact-url';

describe('redactUrl', () => {
  it('hides the user and password', () => {
    expect(redactUrl('https://alice:s3cret@feeds.example.org/rss')).toBe(`https://${REDACTED}@feeds.example.org/rss`);
    expect(redactUrl('https://only-user@feeds.example.org/rss')).toBe(`https://${REDACTED}@feeds.example.org/rss`);
  });

  it.each(['token', 'key', 'apikey', 'api_key', 'access_token', 'signature', 'X-Amz-Signature', 'X-Amz-Credential', 'auth', 'session_id'])(
    'hides the value of %s and keeps the other parameters',
    (name) => {
      const redacted = redactUrl(`https://feeds.example.org/rss?page=2&${name}=abc123&lang=en`);
      expect(redacted).toBe(`https://feeds.example.org/rss?page=2&${name}=${REDACTED}&lang=en`);
    },
  );

  it('returns a URL without credentials as it was, byte for byte', () => {
    for (const url of ['https://example.org/a%20b?q=x+y&page=2', 'http://example.org', 'https://example.org/feed?monkey=1&keyword=z']) {
      expect(redactUrl(url)).toBe(url);
    }
  });

  it('redacts the user part of what does not parse as a URL', () => {
    expect(redactUrl('https://bob:pw@exa mple.org/x')).toBe(`https://${REDACTED}@exa mple.org/x`);
  });

  it('tells secret parameter names from others', () => {
    expect(['token', 'Access_Token', 'sig', 'client-secret'].every(isSecretParameter)).toBe(true);
    expect(['page', 'keyword', 'monkey', 'q', 'sitemap'].some(isSecretParameter)).toBe(false);
  });
});

describe('redactUrlsIn', () => {
  it('redacts every URL inside a message and leaves the rest of it alone', () => {
    const message = 'fetch https://u:p@a.example/feed?token=t1 failed (503), then http://b.example/x?apikey=k: gave up';
    expect(redactUrlsIn(message)).toBe(
      `fetch https://${REDACTED}@a.example/feed?token=${REDACTED} failed (503), then http://b.example/x?apikey=${REDACTED}: gave up`,
    );
    expect(redactUrlsIn('no url here')).toBe('no url here');
  });
});
