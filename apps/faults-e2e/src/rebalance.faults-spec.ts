import { Topics } from '@newsflow/contracts';
import { articlePages, publish, rawPageRecords } from './support/articles';
import { consumedAtLeast, faultCase } from './support/case';

const ARTICLES = 400;

/** Two cleaners and two enrichers share their groups; one of each is killed and the survivors take its partitions over. */
describe('a group member killed (rebalance)', () => {
  const frame = faultCase('rebalance', ['cleaner', 'enricher', 'archiver']);

  beforeAll(async () => {
    await Promise.all([frame.pipeline.start('cleaner', 1), frame.pipeline.start('enricher', 1)]);
  });

  it('a cleaner and an enricher of two SIGKILLed: every article stored once, no dead letter', async () => {
    const pages = articlePages('rebalance', ARTICLES);
    frame.expectations.articles(pages.map((page) => page.articleId));
    await publish(frame.producer, Topics.rawPages, rawPageRecords(pages));

    await consumedAtLeast(frame.pipeline, 'cleaner', ARTICLES / 10, 1);
    await frame.pipeline.kill('cleaner', 1);
    await consumedAtLeast(frame.pipeline, 'enricher', ARTICLES / 10, 1);
    await frame.pipeline.kill('enricher', 1);

    await frame.expectations.check();
  });
});
