import { setTimeout as sleep } from 'node:timers/promises';
import { Topics } from '@newsflow/contracts';
import { articlePages, publish, rawPageRecords } from './support/articles';
import { consumedAtLeast, faultCase } from './support/case';
import { signalBroker, startBroker, startStore, stopBroker, stopStore } from './support/fault-stack';

const ARTICLES = 300;
/** Enough that the store stops while the stages are still writing, not after the last write. */
const ARTICLES_DURING_STORE_STOP = 1000;

/** The broker and the store go away while articles are in flight: no dead letter, nothing lost, nothing twice. */
describe('an outage mid-stream', () => {
  const frame = faultCase('outages', ['cleaner', 'enricher', 'archiver']);

  async function inFlight(tag: string, articles = ARTICLES): Promise<void> {
    const pages = articlePages(tag, articles);
    frame.expectations.articles(pages.map((page) => page.articleId));
    const before = await frame.pipeline.metric('archiver', 'newsflow_messages_consumed_total');
    await publish(frame.producer, Topics.rawPages, rawPageRecords(pages));
    await consumedAtLeast(frame.pipeline, 'archiver', before + articles / 10);
  }

  it('the broker restarted', async () => {
    await inFlight('broker-restart');
    await stopBroker();
    await sleep(5_000);
    await startBroker();
    await frame.expectations.check();
  });

  // Writes in flight when the store goes caught a driver hang (see guardMongoDriverWrites).
  it('the store (FerretDB) stopped for 30 s', async () => {
    await inFlight('store-stop', ARTICLES_DURING_STORE_STOP);
    await stopStore();
    await sleep(30_000);
    await startStore();
    await frame.expectations.check();
  });

  // The broker frozen (SIGSTOP) past the clients' request timeout: sends written but never acknowledged,
  // the case where an idempotent producer that gives up and sends again may lose or reorder records.
  it('the producers cut off from the broker mid-send for 45 s', async () => {
    await inFlight('producer-cut-off');
    signalBroker('SIGSTOP');
    try {
      await sleep(45_000);
    } finally {
      signalBroker('SIGCONT');
    }
    await frame.expectations.check();
  });
});
