import { KafkaContext } from '@nestjs/microservices';
import { Consumer, KafkaJSConnectionError, KafkaMessage, Producer } from 'kafkajs';
import { Topics, exampleRawPage } from '@newsflow/contracts';
import { ConsumerLifecycle, HandBackError } from '../lifecycle/consumer-lifecycle';
import { StageMetrics } from '../metrics/stage-metrics';
import { EventPublisher } from './event-publisher';
import { EventReceiver } from './event-receiver';

/** Retries far apart: a record waiting for its next attempt waits a minute unless handed back. */
const RETRIES = { attempts: 5, maxMs: 600_000, baseDelayMs: 60_000, maxDelayMs: 60_000 };

function contextOf(value: unknown): KafkaContext {
  const message = { key: Buffer.from('k'), value: Buffer.from(JSON.stringify(value)), offset: '7', headers: {} } as unknown as KafkaMessage;
  return new KafkaContext([message, 0, Topics.rawPages, {} as Consumer, async () => undefined, {} as Producer]);
}

describe('EventReceiver', () => {
  // The handlers here never reach the publisher: records are handed back, not dead-lettered.
  const receiverWith = (lifecycle: ConsumerLifecycle) => new EventReceiver({} as EventPublisher, new StageMetrics('cleaner'), lifecycle, 'cleaner', RETRIES);
  const storeDown = async () => {
    throw new KafkaJSConnectionError('connect ECONNREFUSED');
  };

  it('hands a record waiting out an outage back as soon as the service begins to stop', async () => {
    const lifecycle = new ConsumerLifecycle(60_000);
    const handling = receiverWith(lifecycle).handle(Topics.rawPages, contextOf(exampleRawPage), storeDown);
    setTimeout(() => lifecycle.beginStop(), 50);
    // Resolved within the test's 5 s, not after the minute's wait.
    await expect(handling).rejects.toEqual(new HandBackError('stopping'));
  });

  it('hands it back when the group rebalances', async () => {
    const lifecycle = new ConsumerLifecycle(60_000);
    const handling = receiverWith(lifecycle).handle(Topics.rawPages, contextOf(exampleRawPage), storeDown);
    setTimeout(() => lifecycle.rebalancing(), 50);
    await expect(handling).rejects.toEqual(new HandBackError('rebalancing'));
  });

  it('does not start waiting once the service is stopping', async () => {
    const lifecycle = new ConsumerLifecycle(60_000);
    lifecycle.beginStop();
    await expect(receiverWith(lifecycle).handle(Topics.rawPages, contextOf(exampleRawPage), storeDown)).rejects.toEqual(new HandBackError('stopping'));
  });
});
