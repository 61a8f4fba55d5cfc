import { KafkaOptions, ServerKafka } from '@nestjs/microservices';
import type { EachMessagePayload } from 'kafkajs';
import { ConsumerLifecycle } from '../lifecycle/consumer-lifecycle';
import { Heartbeat, whileHeartbeating } from '../lifecycle/handler-heartbeat';

/** How often a running handler's heartbeat is attempted; kafkajs sends one per `heartbeatInterval` (3 s) at most. */
const HEARTBEAT_TICK_MS = 1000;

/**
 * The Nest Kafka transport of a pipeline stage: its consumer reports its state to the service's
 * ConsumerLifecycle (readiness), stays in its group while a handler runs (heartbeats), lets handlers
 * hand records back when the group rebalances, and stops consuming first at shutdown.
 */
export class StageServerKafka extends ServerKafka {
  constructor(
    options: Required<KafkaOptions>['options'],
    protected readonly lifecycle: ConsumerLifecycle,
  ) {
    super(options);
  }

  protected override registerConsumerEventListeners(): void {
    super.registerConsumerEventListeners();
    if (this.consumer) this.lifecycle.attach(this.consumer);
  }

  override getMessageHandler(): (payload: EachMessagePayload) => Promise<unknown> {
    return (payload) => this.keepingAlive(payload.heartbeat, () => this.handleMessage(payload));
  }

  /**
   * Stops taking records: no more fetches, in-flight handlers finish (or hand their records back,
   * uncommitted), their offsets are committed and the member leaves its group, so its partitions
   * move at once. The client itself is closed later, by close().
   */
  async stopConsuming(): Promise<void> {
    this.lifecycle.beginStop();
    await this.consumer?.stop();
  }

  /** Runs a handler in its group (heartbeats) and counted by the lifecycle, so a handler that never returns shows as a stall. */
  protected keepingAlive<T>(heartbeat: Heartbeat, task: () => Promise<T>): Promise<T> {
    return whileHeartbeating(
      heartbeat,
      {
        everyMs: HEARTBEAT_TICK_MS,
        onRebalance: () => this.lifecycle.rebalancing(),
        onError: (error) => this.logger.debug?.(`heartbeat failed during a handler: ${(error as Error).message}`),
      },
      () => this.lifecycle.tracking(task),
    );
  }
}
