import { EventEmitter } from 'node:events';
import { ConsumerLifecycle, HandBackError, isHandBack } from './consumer-lifecycle';

/** A stand-in for a kafkajs consumer's instrumentation: `events` names, `on` listeners, events `{ payload }`. */
function fakeConsumer() {
  const emitter = new EventEmitter();
  const events = { GROUP_JOIN: 'consumer.group_join', REBALANCING: 'consumer.rebalancing', CRASH: 'consumer.crash', STOP: 'consumer.stop', DISCONNECT: 'consumer.disconnect', CONNECT: 'consumer.connect' };
  return {
    events,
    on: (event: string, listener: (event: { payload?: Record<string, unknown> }) => void) => emitter.on(event, listener),
    emit: (name: keyof typeof events, payload: Record<string, unknown> = {}) => emitter.emit(events[name], { payload }),
  };
}

describe('ConsumerLifecycle', () => {
  it('follows an attached consumer and says it consumes', () => {
    const lifecycle = new ConsumerLifecycle(1000);
    expect(lifecycle.consuming).toBe(false);
    const consumer = fakeConsumer();
    lifecycle.attach(consumer);
    consumer.emit('GROUP_JOIN', { groupId: 'g', memberId: 'm' });
    expect(lifecycle.consuming).toBe(true);
    expect(lifecycle.state.snapshot()).toMatchObject({ state: 'running', memberId: 'm' });
  });

  it('aborts the handlers\' signal during a rebalance and renews it once the consumer rejoined', () => {
    const lifecycle = new ConsumerLifecycle(1000);
    const consumer = fakeConsumer();
    lifecycle.attach(consumer);
    const before = lifecycle.yieldSignal;
    lifecycle.rebalancing();
    expect(before.aborted).toBe(true);
    expect(before.reason).toBeInstanceOf(HandBackError);
    expect((before.reason as HandBackError).reason).toBe('rebalancing');
    consumer.emit('GROUP_JOIN');
    expect(lifecycle.yieldSignal.aborted).toBe(false);
  });

  it('aborts for good when the service begins to stop', () => {
    const lifecycle = new ConsumerLifecycle(1000);
    const consumer = fakeConsumer();
    lifecycle.attach(consumer);
    const told: string[] = [];
    lifecycle.onStop(() => told.push('flush'));
    lifecycle.beginStop();
    lifecycle.beginStop();
    expect(told).toEqual(['flush']);
    expect(lifecycle.isStopping).toBe(true);
    expect((lifecycle.yieldSignal.reason as HandBackError).reason).toBe('stopping');
    consumer.emit('GROUP_JOIN');
    expect(lifecycle.yieldSignal.aborted).toBe(true);
  });

  it('recognises a hand-back by its mark, not only by its class', () => {
    expect(isHandBack(new HandBackError('stopping'))).toBe(true);
    expect(isHandBack(Object.assign(new Error('x'), { handBack: true }))).toBe(true);
    expect(isHandBack(new Error('x'))).toBe(false);
    expect(isHandBack(undefined)).toBe(false);
  });
});
