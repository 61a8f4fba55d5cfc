import { ConsumerStateTracker } from './consumer-state';

describe('ConsumerStateTracker', () => {
  let now: number;
  const clock = () => new Date(now);
  beforeEach(() => (now = Date.parse('2026-01-01T00:00:00Z')));

  it('is ready once the consumer joins its group, with the group and member', () => {
    const tracker = new ConsumerStateTracker(10_000, clock);
    tracker.observe('CONNECT');
    tracker.observe('GROUP_JOIN', { groupId: 'newsflow.cleaner', memberId: 'member-1' });
    expect(tracker.snapshot()).toMatchObject({ state: 'running', ready: true, groupId: 'newsflow.cleaner', memberId: 'member-1' });
  });

  it('gives a starting or rebalancing consumer the grace, then fails it', () => {
    const tracker = new ConsumerStateTracker(10_000, clock);
    expect(tracker.snapshot()).toMatchObject({ state: 'starting', ready: true });
    now += 10_001;
    expect(tracker.snapshot()).toMatchObject({ state: 'starting', ready: false });
    tracker.observe('GROUP_JOIN', {});
    tracker.observe('REBALANCING', {});
    expect(tracker.snapshot().ready).toBe(true);
    now += 10_001;
    expect(tracker.snapshot()).toMatchObject({ state: 'rebalancing', ready: false });
    tracker.observe('GROUP_JOIN', {});
    expect(tracker.snapshot().ready).toBe(true);
  });

  it('fails at once on a crash for good, keeping the error through the crash\'s disconnect', () => {
    const tracker = new ConsumerStateTracker(10_000, clock);
    tracker.observe('GROUP_JOIN', {});
    // kafkajs disconnects a crashed consumer (STOP, DISCONNECT) before it emits CRASH.
    tracker.observe('STOP');
    tracker.observe('DISCONNECT');
    tracker.observe('CRASH', { error: Object.assign(new Error('not authorised'), { name: 'KafkaJSProtocolError' }), restart: false });
    tracker.observe('DISCONNECT');
    expect(tracker.snapshot()).toMatchObject({ state: 'crashed', ready: false, lastError: { message: 'KafkaJSProtocolError: not authorised' } });
  });

  it('lets a restarting consumer come back and keeps its last error for the dashboard', () => {
    const tracker = new ConsumerStateTracker(10_000, clock);
    tracker.observe('GROUP_JOIN', {});
    tracker.observe('CRASH', { error: new Error('broker gone'), restart: true });
    expect(tracker.snapshot()).toMatchObject({ state: 'restarting', ready: true });
    now += 10_001;
    expect(tracker.snapshot().ready).toBe(false);
    tracker.observe('CONNECT');
    tracker.observe('GROUP_JOIN', {});
    expect(tracker.snapshot()).toMatchObject({ state: 'running', ready: true, lastError: { message: 'Error: broker gone' } });
  });

  it('is not ready once stopped, and a crash while stopping is final', () => {
    const tracker = new ConsumerStateTracker(10_000, clock);
    tracker.observe('GROUP_JOIN', {});
    tracker.markStopping();
    tracker.observe('STOP');
    expect(tracker.snapshot()).toMatchObject({ state: 'stopped', ready: false });
    tracker.observe('CRASH', { error: new Error('late'), restart: true });
    expect(tracker.snapshot().state).toBe('crashed');
  });

  it('counts as stalled while records sit in handlers with none finishing, and recovers when one does', () => {
    const tracker = new ConsumerStateTracker(10_000, clock, 60_000);
    tracker.observe('GROUP_JOIN', {});
    tracker.handlerStarted();
    tracker.handlerStarted();
    now += 30_000;
    tracker.handlerEnded();
    now += 59_000;
    expect(tracker.snapshot()).toMatchObject({ state: 'running', ready: true });
    now += 1_000;
    expect(tracker.snapshot()).toMatchObject({ state: 'stalled', ready: false, lastError: { message: expect.stringMatching(/no record has finished for 60 s with 1 in its handlers/) } });
    tracker.handlerEnded();
    expect(tracker.snapshot()).toMatchObject({ state: 'running', ready: true });
  });

  it('does not count an idle consumer as stalled, however long it waits for records', () => {
    const tracker = new ConsumerStateTracker(10_000, clock, 60_000);
    tracker.observe('GROUP_JOIN', {});
    now += 3_600_000;
    tracker.handlerStarted();
    expect(tracker.snapshot()).toMatchObject({ state: 'running', ready: true });
  });
});
