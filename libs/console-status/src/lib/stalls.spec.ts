import { GroupTopicLag } from './consumer-lag';
import { ServiceHealth } from './service-health';
import { StallWatch, withOwners } from './stalls';

const GROUP = 'newsflow.cleaner';
const TOPIC = 'newsflow.pages.raw.v1';

/** One sample of the cleaner's lag on two partitions: [committed, end] each. */
function sample(...partitions: [number | null, number][]): GroupTopicLag[] {
  const lags = partitions.map(([committed, end], partition) => ({ group: GROUP, topic: TOPIC, partition, committed, end, lag: end - (committed ?? 0) }));
  return [{ group: GROUP, topic: TOPIC, lag: lags.reduce((sum, entry) => sum + entry.lag, 0), partitions: lags }];
}

describe('StallWatch', () => {
  const start = Date.parse('2026-01-01T00:00:00Z');
  const at = (seconds: number) => start + seconds * 1000;

  it('flags a partition whose records wait while its committed offset stays put for the whole window', () => {
    const watch = new StallWatch(60_000);
    watch.observe(sample([10, 13], [5, 9]), at(0));
    watch.observe(sample([10, 14], [7, 9]), at(30));
    expect(watch.stalls(at(59))).toEqual([]);
    watch.observe(sample([10, 15], [9, 9]), at(60));
    expect(watch.stalls(at(60))).toEqual([{ group: GROUP, topic: TOPIC, partition: 0, committed: 10, lag: 5, since: '2026-01-01T00:00:00.000Z' }]);
  });

  it('clears the flag as soon as the offset moves, and counts the next stall from there', () => {
    const watch = new StallWatch(60_000);
    watch.observe(sample([10, 13]), at(0));
    watch.observe(sample([10, 13]), at(90));
    expect(watch.stalls(at(90))).toHaveLength(1);
    watch.observe(sample([11, 13]), at(95));
    expect(watch.stalls(at(95))).toEqual([]);
    watch.observe(sample([11, 13]), at(154));
    expect(watch.stalls(at(154))).toEqual([]);
    expect(watch.stalls(at(155))).toEqual([expect.objectContaining({ committed: 11, since: '2026-01-01T00:01:35.000Z' })]);
  });

  it('never flags an idle partition, and counts from the last sample that saw it idle', () => {
    const watch = new StallWatch(60_000);
    watch.observe(sample([10, 10]), at(0));
    watch.observe(sample([10, 10]), at(120));
    expect(watch.stalls(at(120))).toEqual([]);
    watch.observe(sample([10, 12]), at(125));
    expect(watch.stalls(at(179))).toEqual([]);
    expect(watch.stalls(at(180))).toEqual([expect.objectContaining({ lag: 2, since: '2026-01-01T00:02:00.000Z' })]);
  });

  it('flags a group that never committed on a partition with records waiting', () => {
    const watch = new StallWatch(1000);
    watch.observe(sample([null, 4]), at(0));
    expect(watch.stalls(at(1))).toEqual([expect.objectContaining({ committed: null, lag: 4 })]);
  });

  it('forgets partitions that are no longer sampled', () => {
    const watch = new StallWatch(1000);
    watch.observe(sample([1, 4]), at(0));
    watch.observe([], at(5));
    expect(watch.stalls(at(10))).toEqual([]);
    watch.observe(sample([1, 4]), at(10));
    expect(watch.stalls(at(10))).toEqual([]);
  });
});

describe('withOwners', () => {
  const service = (name: string, consumer?: ServiceHealth['consumer']): ServiceHealth => ({ name, url: 'http://127.0.0.1:3102', live: true, ready: true, counters: [], checks: {}, consumer });
  const stall = { group: GROUP, topic: TOPIC, partition: 0, committed: 10, lag: 5, since: '2026-01-01T00:00:00.000Z' };

  it("adds the owning service's consumer state and last error", () => {
    const services = [service('crawler'), service('cleaner', { state: 'restarting', lastError: { message: 'KafkaJSNumberOfRetriesExceeded: too large', at: '2026-01-01T00:00:30.000Z' } })];
    expect(withOwners([stall], services)).toEqual([{ ...stall, service: 'cleaner', consumerState: 'restarting', lastError: 'KafkaJSNumberOfRetriesExceeded: too large' }]);
  });

  it('names the service even when its readiness says nothing of its consumer, and leaves unknown groups alone', () => {
    expect(withOwners([stall], [service('cleaner')])).toEqual([{ ...stall, service: 'cleaner' }]);
    expect(withOwners([{ ...stall, group: 'other-app' }], [service('cleaner')])).toEqual([{ ...stall, group: 'other-app' }]);
  });
});
