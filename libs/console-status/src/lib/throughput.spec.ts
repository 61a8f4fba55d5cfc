import { SampleHistory } from './sample-history';
import { endOffsetSum, rateSeries, topicThroughput } from './throughput';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 1);

describe('topicThroughput', () => {
  it('counts the records appended in each window from end-offset samples', () => {
    const history = new SampleHistory(16 * MINUTE);
    // 20 minutes of samples, one a minute, 60 records a minute.
    for (let minute = 0; minute <= 20; minute++) history.record(T0 + minute * MINUTE, { pages: minute * 60 });
    const [pages] = topicThroughput(history, T0 + 20 * MINUTE);
    expect(pages.endOffset).toBe(1200);
    expect(pages.windows).toEqual([
      { minutes: 1, records: 60, perSecond: 1, complete: true },
      { minutes: 5, records: 300, perSecond: 1, complete: true },
      { minutes: 15, records: 900, perSecond: 1, complete: true },
    ]);
  });

  it('marks windows longer than the history as incomplete and covers what it saw', () => {
    const history = new SampleHistory(16 * MINUTE);
    history.record(T0, { pages: 10 });
    history.record(T0 + 2 * MINUTE, { pages: 130 });
    const [pages] = topicThroughput(history, T0 + 2 * MINUTE);
    expect(pages.windows[1]).toEqual({ minutes: 5, records: 120, perSecond: 1, complete: false });
  });

  it('never reports negative throughput when a topic was re-created', () => {
    const history = new SampleHistory(16 * MINUTE);
    history.record(T0, { pages: 500 });
    history.record(T0 + MINUTE, { pages: 30 });
    expect(topicThroughput(history, T0 + MINUTE)[0].windows[0].records).toBe(30);
  });

  it('drops samples older than it keeps, but always keeps one', () => {
    const history = new SampleHistory(MINUTE);
    for (let minute = 0; minute <= 5; minute++) history.record(T0 + minute * MINUTE, { pages: minute });
    expect(history.all().map((sample) => sample.at)).toEqual([T0 + 4 * MINUTE, T0 + 5 * MINUTE]);
    expect(() => history.record(T0, { pages: 0 })).toThrow(/time order/);
  });
});

describe('rateSeries and endOffsetSum', () => {
  it('gives records per second between samples, per topic', () => {
    const history = new SampleHistory(16 * MINUTE);
    history.record(T0, { a: 0, b: 5 });
    history.record(T0 + 10_000, { a: 50, b: 5 });
    expect(rateSeries(history)).toEqual([{ at: T0 + 10_000, perSecond: { a: 5, b: 0 } }]);
    expect(endOffsetSum([{ high: '7' }, { high: '35' }])).toBe(42);
  });
});
