import { crawlArticle } from './crawl-article';
import { FetchedPage } from './fetch-page';

const page = (url: string, body: string): FetchedPage => ({
  url,
  finalUrl: url,
  status: 200,
  contentType: 'text/html',
  body,
  bytes: body.length,
  charset: 'UTF-8',
  elapsedMs: 1,
});
const redirects: Record<string, string> = { 'http://short.test/x': 'http://www.aggregator.test/other/' };

const pages: Record<string, string> = {
  'http://aggregator.test/item/': '<article><p>Copy.</p><p><a href="http://publisher.test/story.html">Source link</a></p></article>',
  'http://publisher.test/story.html': '<article><p>Original.</p></article>',
  'http://aggregator.test/own/': '<article><p>Written here.</p></article>',
  'http://aggregator.test/loops/': '<p><a href="http://short.test/x">Source link</a></p>',
  'http://www.aggregator.test/other/': '<p>Another aggregator page.</p>',
  'http://aggregator.test/amp-source/': '<p><a href="http://publisher.test/story/amp/">Fuente original</a></p>',
  'http://publisher.test/story/amp/': '<html amp><head><link rel="canonical" href="http://publisher.test/story/"></head><p>AMP.</p></html>',
  'http://publisher.test/story/': '<article><p>Canonical.</p></article>',
};
const fetchHtml = async (url: string) => ({ ...page(url, pages[redirects[url] ?? url]), finalUrl: redirects[url] ?? url });

describe('crawlArticle', () => {
  it('follows the source link to the original and keeps the item page as provenance', async () => {
    const crawled = await crawlArticle('http://aggregator.test/item/', true, fetchHtml);
    expect(crawled).toMatchObject({ sourceUrl: 'http://publisher.test/story.html', aggregatorUrl: 'http://aggregator.test/item/' });
    expect(crawled.page.body).toContain('Original.');
  });

  it('takes the item page as the article when it has no source link', async () => {
    const crawled = await crawlArticle('http://aggregator.test/own/', true, fetchHtml);
    expect(crawled).toEqual({ page: expect.anything(), sourceUrl: 'http://aggregator.test/own/' });
  });

  it('never takes a source that redirects back into the aggregator', async () => {
    const crawled = await crawlArticle('http://aggregator.test/loops/', true, fetchHtml);
    expect(crawled).toEqual({ page: expect.objectContaining({ finalUrl: 'http://aggregator.test/loops/' }), sourceUrl: 'http://aggregator.test/loops/' });
  });

  it('follows an AMP original on to its canonical page', async () => {
    const crawled = await crawlArticle('http://aggregator.test/amp-source/', true, fetchHtml);
    expect(crawled).toMatchObject({ sourceUrl: 'http://publisher.test/story/', aggregatorUrl: 'http://aggregator.test/amp-source/' });
    expect(crawled.page.body).toContain('Canonical.');
  });

  it('does not follow the source link unless asked', async () => {
    expect((await crawlArticle('http://aggregator.test/item/', false, fetchHtml)).sourceUrl).toBe('http://aggregator.test/item/');
  });
});
