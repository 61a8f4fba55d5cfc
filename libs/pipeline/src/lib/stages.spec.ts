import { CRAWL_REQUEST_VERSION, CrawlRequest, Topics, articleIdFor, newEnvelope, parseEvent } from '@newsflow/contracts';
import { ExtractedArticle } from '@newsflow/extraction';
import { Enrichment } from '@newsflow/enrichment';
import { toRawPage } from './raw-page';
import { toCleanArticle, withStory } from './clean-article';
import { toEnrichedArticle } from './enriched-article';

const request: CrawlRequest = {
  ...newEnvelope('crawler', CRAWL_REQUEST_VERSION),
  url: 'http://aggregator.test/item/',
  followSource: true,
  origin: 'feed',
  feedUrl: 'http://aggregator.test/feed/',
};

const rawPage = () =>
  toRawPage(request, {
    page: {
      url: 'http://publisher.test/story.html',
      finalUrl: 'http://publisher.test/story.html',
      status: 200,
      contentType: 'text/html',
      body: '<p>Story</p>',
      bytes: 12,
      charset: 'UTF-8',
      elapsedMs: 3,
    },
    sourceUrl: 'http://publisher.test/story.html',
    aggregatorUrl: 'http://aggregator.test/item/',
  });

const extracted = (overrides: Partial<ExtractedArticle> = {}): ExtractedArticle => ({
  title: 'Story',
  text: 'First paragraph.\n\nSecond paragraph.',
  authors: ['A. Writer'],
  publishedAt: '2024-05-19T10:00:00+02:00',
  canonicalUrl: 'http://publisher.test/story.html',
  tags: [],
  ...overrides,
});

const enrichment: Enrichment = {
  bodies: [{ name: 'Federal Bureau of Investigation', country: 'US', kind: 'law_enforcement', mentions: [{ surface: 'FBI', start: 0, end: 3 }] }],
  stances: [],
  gazetteerVersion: 'test-1',
};

describe('toRawPage', () => {
  it('keys the article by its source URL and keeps the provenance chain and correlation id', () => {
    const page = rawPage();
    expect(page.articleId).toBe(articleIdFor('http://publisher.test/story.html'));
    expect(page.provenance).toEqual({
      sourceUrl: 'http://publisher.test/story.html',
      aggregatorUrl: 'http://aggregator.test/item/',
      feedUrl: 'http://aggregator.test/feed/',
    });
    expect(page.correlationId).toBe(request.correlationId);
    expect(parseEvent(Topics.rawPages, page).ok).toBe(true);
  });
});

describe('toCleanArticle', () => {
  it('builds a contract-valid clean article', () => {
    const result = toCleanArticle(rawPage(), () => extracted());
    expect(result.ok && parseEvent(Topics.cleanArticles, result.event).ok).toBe(true);
    expect(result.ok && result.event.article.publishedAt).toBe('2024-05-19T08:00:00.000Z');
  });

  it('rejects a page without article text', () => {
    expect(toCleanArticle(rawPage(), () => extracted({ text: '  ' }))).toEqual({
      ok: false,
      reason: 'no article text found in http://publisher.test/story.html',
    });
  });

  it('rejects a page that is not HTML', () => {
    const pdf = { ...rawPage(), contentType: 'application/pdf' };
    expect(toCleanArticle(pdf, () => extracted())).toEqual({
      ok: false,
      reason: 'not an HTML page (application/pdf): http://publisher.test/story.html',
    });
    expect(toCleanArticle({ ...rawPage(), contentType: 'application/xhtml+xml; charset=utf-8' }, () => extracted()).ok).toBe(true);
  });

  it('rejects binary data served as HTML, and keeps a page with a few undecodable bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(toCleanArticle({ ...rawPage(), html: bytes.toString('utf8') }, () => extracted())).toEqual({
      ok: false,
      reason: 'binary content served as text/html: http://publisher.test/story.html',
    });
    // Undeclared and not UTF-8, the crawler decodes it as windows-1252: no U+FFFD, only control characters.
    expect(toCleanArticle({ ...rawPage(), html: bytes.toString('latin1') }, () => extracted()).ok).toBe(false);
    const strayBytes = `<html><body><p>${'Words of the story. '.repeat(50)}\uFFFD\u0000\uFFFD</p></body></html>`;
    expect(toCleanArticle({ ...rawPage(), html: strayBytes }, () => extracted()).ok).toBe(true);
  });

  it('drops unparseable metadata instead of the article', () => {
    const result = toCleanArticle(rawPage(), () => extracted({ publishedAt: 'yesterday', canonicalUrl: 'not a url' }));
    expect(result.ok && result.event.article).toMatchObject({ publishedAt: undefined, canonicalUrl: undefined });
  });
});

describe('withStory', () => {
  const clean = () => {
    const result = toCleanArticle(rawPage(), () => extracted());
    if (!result.ok) throw new Error(result.reason);
    return result.event;
  };
  const hash = 'a'.repeat(64);

  it('stamps the article with its story id and text hash, still contract-valid', async () => {
    const assigned: string[] = [];
    const result = await withStory(clean(), async (articleId, text) => {
      assigned.push(articleId, text);
      return { storyId: 'story-1', contentHash: hash };
    });
    expect(assigned).toEqual([clean().articleId, 'First paragraph.\n\nSecond paragraph.']);
    expect(result).toMatchObject({ event: { storyId: 'story-1', textHash: hash } });
    expect('event' in result && parseEvent(Topics.cleanArticles, result.event).ok).toBe(true);
  });

  it('names the first article instead of emitting an exact duplicate', async () => {
    const result = await withStory(clean(), async () => ({ storyId: 'story-1', contentHash: hash, duplicateOf: 'f'.repeat(64) }));
    expect(result).toEqual({ duplicateOf: 'f'.repeat(64) });
  });
});

describe('toEnrichedArticle', () => {
  it('adds the enrichment with its gazetteer version and keeps the correlation id', () => {
    const clean = toCleanArticle(rawPage(), () => extracted());
    if (!clean.ok) throw new Error(clean.reason);
    const enriched = toEnrichedArticle(clean.event, () => enrichment);
    expect(enriched.enrichment).toMatchObject({ gazetteerVersion: 'test-1', bodies: enrichment.bodies });
    expect(enriched.correlationId).toBe(request.correlationId);
    expect(enriched.eventId).not.toBe(clean.event.eventId);
    expect(parseEvent(Topics.enrichedArticles, enriched).ok).toBe(true);
  });
});
