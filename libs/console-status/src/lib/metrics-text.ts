/**
 * The sum of one counter in a Prometheus text exposition (what /metrics serves) over the label sets
 * `labels` accepts (as written between the braces; all by default); undefined when the exposition
 * does not declare the counter at all.
 */
export function counterTotal(exposition: string, name: string, labels: (labels: string) => boolean = () => true): number | undefined {
  let total: number | undefined;
  for (const line of exposition.split('\n')) {
    if (line === `# TYPE ${name} counter`) total ??= 0;
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (sample?.[1] === name && labels(sample[2] ?? '')) total = (total ?? 0) + Number(sample[3]);
  }
  return total;
}

/** A service-specific counter worth a glance on the dashboard, with the words a person reads. */
interface NotableCounter {
  label: string;
  metric: string;
  labels?: (labels: string) => boolean;
  /** A non-zero value is a problem to look into. */
  problem?: boolean;
}

const NOTABLE_COUNTERS: readonly NotableCounter[] = [
  { label: 'fetches', metric: 'newsflow_fetches_total' },
  { label: 'failed fetches', metric: 'newsflow_fetches_total', labels: (labels) => !/outcome="(?:ok|not_modified)"/.test(labels), problem: true },
  { label: 'failed polls', metric: 'newsflow_feed_polls_total', labels: (labels) => labels.includes('outcome="failed"'), problem: true },
  { label: 'duplicates skipped', metric: 'newsflow_exact_duplicates_total' },
];

export interface ServiceCounter {
  label: string;
  value: number;
  problem: boolean;
}

/** The notable counters a service's exposition declares (the crawler's fetches, the cleaner's duplicates). */
export function notableCounters(exposition: string): ServiceCounter[] {
  return NOTABLE_COUNTERS.flatMap(({ label, metric, labels, problem = false }) => {
    const value = counterTotal(exposition, metric, labels);
    return value === undefined ? [] : [{ label, value, problem: problem && value > 0 }];
  });
}
