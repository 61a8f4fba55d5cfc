import { counterTotal } from './metrics-text';

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
