import { counterTotal, notableCounters } from './metrics-text';

const exposition = `# HELP newsflow_processing_errors_total Records whose processing failed.
# TYPE newsflow_processing_errors_total counter
newsflow_processing_errors_total{topic="a",service="cleaner"} 2
newsflow_processing_errors_total{topic="b",service="cleaner"} 3
newsflow_processing_errors_total_created{topic="a"} 1700000000
# TYPE newsflow_dead_letters_total counter
`;

describe('counterTotal', () => {
  it('sums the counter over its label sets, and only that counter', () => {
    expect(counterTotal(exposition, 'newsflow_processing_errors_total')).toBe(5);
  });

  it('is zero for a declared counter without samples, and undefined for an undeclared one', () => {
    expect(counterTotal(exposition, 'newsflow_dead_letters_total')).toBe(0);
    expect(counterTotal(exposition, 'newsflow_other_total')).toBeUndefined();
  });
});

describe('notableCounters', () => {
  const crawler = `# TYPE newsflow_fetches_total counter
newsflow_fetches_total{kind="page",outcome="ok",service="crawler"} 40
newsflow_fetches_total{kind="feed",outcome="not_modified",service="crawler"} 3
newsflow_fetches_total{kind="page",outcome="timeout",service="crawler"} 2
newsflow_fetches_total{kind="page",outcome="refused",service="crawler"} 1
# TYPE newsflow_feed_polls_total counter
newsflow_feed_polls_total{outcome="fetched",service="crawler"} 5
`;

  it('reads the counters a service declares, failures marked as problems when non-zero', () => {
    expect(notableCounters(crawler)).toEqual([
      { label: 'fetches', value: 46, problem: false },
      { label: 'failed fetches', value: 3, problem: true },
      { label: 'failed polls', value: 0, problem: false },
    ]);
  });

  it('gives nothing for a service without such counters', () => {
    expect(notableCounters(exposition)).toEqual([]);
  });
});
