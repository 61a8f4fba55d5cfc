import { newEnvelope } from './envelope';
import { parseEvent } from './registry';
import { Topics } from './topics';
import { articleIdFor } from './article-id';

const request = () => ({
  ...newEnvelope('test', '1.0'),
  url: 'https://example.com/feed-item',
  followSource: true,
  origin: 'feed',
});

describe('parseEvent', () => {
  it('accepts a valid event as bytes, string or object', () => {
    const event = request();
    for (const value of [Buffer.from(JSON.stringify(event)), JSON.stringify(event), event]) {
      expect(parseEvent(Topics.crawlRequests, value)).toEqual({ ok: true, event });
    }
  });

  it('names the missing field', () => {
    const { url: _url, ...incomplete } = request();
    const result = parseEvent(Topics.crawlRequests, incomplete);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/url/);
  });

  it('rejects a value that is not JSON, with the parser message', () => {
    const result = parseEvent(Topics.rawPages, '{"truncated": ');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^value is not JSON/) });
  });

  it('rejects an empty value', () => {
    expect(parseEvent(Topics.cleanArticles, null)).toEqual({ ok: false, reason: 'empty record value' });
  });

  it('rejects URLs that are not http(s)', () => {
    expect(parseEvent(Topics.crawlRequests, { ...request(), url: 'file:///etc/passwd' }).ok).toBe(false);
  });

  it('rejects a malformed article id', () => {
    const page = {
      ...newEnvelope('test', '1.0'),
      articleId: 'abc',
      provenance: { sourceUrl: 'https://e.com/a' },
      fetchedAt: new Date().toISOString(),
      httpStatus: 200,
      contentType: 'text/html',
      html: '<p>x</p>',
    };
    expect(parseEvent(Topics.rawPages, page).ok).toBe(false);
    expect(parseEvent(Topics.rawPages, { ...page, articleId: articleIdFor('https://e.com/a') }).ok).toBe(true);
  });
});

describe('newEnvelope', () => {
  it('carries the cause correlation id forward', () => {
    const first = newEnvelope('crawler', '1.0');
    const next = newEnvelope('cleaner', '1.0', first);
    expect(next.correlationId).toBe(first.correlationId);
    expect(next.eventId).not.toBe(first.eventId);
  });
});
