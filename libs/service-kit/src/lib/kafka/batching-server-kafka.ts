import type { Consumer, EachBatchPayload } from 'kafkajs';
import { StageServerKafka } from './stage-server-kafka';

/**
 * The Nest Kafka transport, consuming a fetched batch at a time instead of a record at a time: every
 * record of the batch goes to its @EventPattern handler at once (same contexts, validation and dead
 * letters), so a handler can group its writes. kafkajs resolves the batch's offsets only when every
 * handler has succeeded; one failure makes it redeliver the batch, which idempotent handlers absorb.
 * With one record at a time, a write group could never exceed the partitions consumed concurrently.
 */
export class BatchingServerKafka extends StageServerKafka {
  override async bindEvents(consumer: Consumer): Promise<void> {
    const topics = [...this.messageHandlers.keys()];
    if (topics.length > 0) await consumer.subscribe({ ...this.options.subscribe, topics });
    await consumer.run({
      ...this.options.run,
      eachBatchAutoResolve: true,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  private async handleBatch({ batch, heartbeat, pause }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    await this.keepingAlive(heartbeat, () =>
      Promise.all(batch.messages.map((message) => this.handleMessage({ topic, partition, message, heartbeat, pause }))),
    );
    await heartbeat();
  }
}
