import { ServiceName } from '@newsflow/local-stack';
import { Topics } from '@newsflow/contracts';
import { articlePages, publish, rawPageRecords } from './support/articles';
import { consumedAtLeast, faultCase } from './support/case';

const ARTICLES = 300;
const STAGES: ServiceName[] = ['cleaner', 'enricher', 'archiver'];

/**
 * Each stage stopped mid-stream and started again, with raw pages published straight onto the
 * raw-pages topic: SIGKILL (a crash) loses nothing; SIGTERM (a deploy) loses nothing and causes no dead letter.
 */
describe('a stage killed or terminated mid-stream', () => {
  const frame = faultCase('restart', ['cleaner', 'enricher', 'archiver']);

  describe.each(['SIGKILL', 'SIGTERM'] as const)('%s', (signal) => {
    it.each(STAGES)('of the %s: every article stored once, no dead letter', async (stage) => {
      const pages = articlePages(`${signal}-${stage}`, ARTICLES);
      frame.expectations.articles(pages.map((page) => page.articleId));
      const before = await frame.pipeline.metric(stage, 'newsflow_messages_consumed_total');
      const sending = publish(frame.producer, Topics.rawPages, rawPageRecords(pages));

      await consumedAtLeast(frame.pipeline, stage, before + ARTICLES / 5);
      if (signal === 'SIGKILL') await frame.pipeline.kill(stage);
      else await frame.pipeline.terminate(stage);
      await sending;
      await frame.pipeline.start(stage);

      await frame.expectations.check();
    });
  });
});
