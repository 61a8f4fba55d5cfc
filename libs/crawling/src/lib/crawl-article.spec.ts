import { crawlArticle } from './crawl-article';
import { FetchedPage } from './fetch-page';

const page = (url: string, body: string): FetchedPage => ({
  url,
  finalUrl: url,
  status: 200,
  contentType: 'text/html',
  body,
  bytes: body.length,
  elapsedMs: 1,
});

const pages: Record<string, string> = {
  'http://aggregator.test/item/': '<article><p>Copy.</p><p><a href="http://publisher.test/story.html">Source link</a></p></article>',
  'http://publisher.test/story.html': '<article><p>Original.</p></article>',
  'http://aggregator.test/own/': '<article><p>Written here.</p></article>',
};
const fetchHtml = async (url: string) => page(url, pages[url]);

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

  it('does not follow the source link unless asked', async () => {
    expect((await crawlArticle('http://aggregator.test/item/', false, fetchHtml)).sourceUrl).toBe('http://aggregator.test/item/');
  });
});
