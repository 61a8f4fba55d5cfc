import { randomUUID } from 'node:crypto';
import { EventHeaders, Topics } from '@newsflow/contracts';
import { articleHtml, articlePages, enrichedArticle, publish, rawPageOf, rawPageRecords, recordOf, uniqueWords } from './support/articles';
import { faultCase } from './support/case';

const FOLLOWERS = 100;
const MIB = 1024 * 1024;

/**
 * Records that can never succeed, each followed on its partition by ordinary ones: the pill ends as a
 * dead letter with its class, and the records behind it still arrive (no stalled partition).
 */
describe('poison pills', () => {
  const frame = faultCase('poison-pills', ['cleaner', 'enricher', 'archiver']);

  async function behind(tag: string, partition: number): Promise<void> {
    const pages = articlePages(tag, FOLLOWERS);
    frame.expectations.articles(pages.map((page) => page.articleId));
    await publish(frame.producer, Topics.rawPages, rawPageRecords(pages, partition));
  }

  it('a page whose clean article exceeds the clean-article topic cap (2 MiB)', async () => {
    // Random words do not compress: the article text alone is well over the cap after gzip.
    const paragraphs = Array.from({ length: 500 }, () => `<p>${uniqueWords(1500)}</p>`).join('\n');
    const html = articleHtml('A page too large to pass on').replace('</article>', `${paragraphs}</article>`);
    expect(html.length).toBeGreaterThan(5 * MIB);
    const pill = rawPageOf(`https://faults.example/pill/too-large/${randomUUID()}`, html);
    frame.expectations.letter({ stage: 'cleaner', key: pill.articleId, errorClass: 'bad_data' });
    await publish(frame.producer, Topics.rawPages, rawPageRecords([pill], 0));
    await behind('behind-too-large', 0);
    await frame.expectations.check();
  });

  it('a record whose x-correlation-id header is over 200 characters (its dead letter must still publish)', async () => {
    const key = `pill-long-correlation-${randomUUID()}`;
    const headers = { [EventHeaders.correlationId]: 'c'.repeat(300) };
    frame.expectations.letter({ stage: 'cleaner', key, errorClass: 'bad_data' });
    await publish(frame.producer, Topics.rawPages, [{ key, value: 'not json at all', headers, partition: 1 }]);
    await behind('behind-long-correlation', 1);
    await frame.expectations.check();
  });

  it('a document the database rejects (over 16 MiB as BSON), in a batch with valid ones', async () => {
    // Repeated words compress to almost nothing: the record fits the topic, the document does not fit MongoDB.
    const pill = enrichedArticle(`https://faults.example/pill/too-big-document/${randomUUID()}`, 'the same words again '.repeat(850_000));
    const followers = Array.from({ length: FOLLOWERS }, (_, i) => enrichedArticle(`https://faults.example/behind-document/${i}`));
    frame.expectations.letter({ stage: 'archiver', key: pill.articleId, errorClass: 'bad_data' });
    frame.expectations.articles(followers.map((article) => article.articleId));
    const records = [pill, ...followers].map((article) => recordOf(article.articleId, article, 'EnrichedArticle', 2));
    await publish(frame.producer, Topics.enrichedArticles, records);
    await frame.expectations.check();
  });
});
