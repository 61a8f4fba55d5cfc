import { formatUptime } from './service-health';
import { formatSummary, stallLine } from './summary';
import { ConsoleSnapshot } from './snapshot';

describe('formatUptime', () => {
  it('shows the two largest units', () => {
    expect(formatUptime(0)).toBe('0s');
    expect(formatUptime(59)).toBe('59s');
    expect(formatUptime(3_725)).toBe('1h 2m');
    expect(formatUptime(2 * 86_400 + 3 * 3_600 + 7)).toBe('2d 3h');
  });
});

describe('formatSummary', () => {
  const snapshot: ConsoleSnapshot = {
    generatedAt: '2026-01-01T00:00:00.000Z',
    refreshMs: 5000,
    overall: 'degraded',
    services: [
      { name: 'cleaner', url: 'http://127.0.0.1:3102', live: true, ready: true, version: '0.1.0', uptimeSeconds: 65, uptime: '1m 5s', processingErrors: 2, counters: [{ label: 'duplicates skipped', value: 1, problem: false }], checks: {} },
      { name: 'archiver', url: 'http://127.0.0.1:3104', live: false, ready: false, counters: [], checks: {}, problem: 'liveness probe failed: refused' },
    ],
    kafka: {
      reachable: true,
      throughput: [{ topic: 'newsflow.pages.raw.v1', endOffset: 60, windows: [{ minutes: 1, records: 60, perSecond: 1, complete: true }] }],
      rates: [],
      lag: [{ group: 'newsflow.cleaner', topic: 'newsflow.pages.raw.v1', lag: 3, partitions: [] }],
      stalls: [
        {
          group: 'newsflow.cleaner',
          topic: 'newsflow.pages.raw.v1',
          partition: 2,
          committed: 40,
          lag: 3,
          since: '2025-12-31T23:55:50.000Z',
          service: 'cleaner',
          consumerState: 'restarting',
          lastError: 'KafkaJSNumberOfRetriesExceeded: too large',
        },
      ],
      lagHistory: [],
    },
    deadLetters: { counts: { total: 2, byClass: { transient: 0, bad_data: 2, policy: 0 }, byStage: {}, unreadable: 0 }, latest: [] },
    mongo: { reachable: true, version: '7.0.77', articleCount: 14, articlesLastHour: 3 },
    articles: [],
    feeds: [],
  };

  it('prints a stall without consumer details when its service says none', () => {
    const stall = { group: 'newsflow.enricher', topic: 'newsflow.articles.clean.v1', partition: 0, committed: null, lag: 7, since: '2026-01-01T00:00:00.000Z' };
    expect(stallLine(stall, Date.parse('2026-01-01T00:02:00.000Z'))).toBe('STALLED newsflow.enricher on newsflow.articles.clean.v1 p0: lag 7, offset none unmoved for 2m 0s');
  });

  it('prints each service, Kafka throughput and lag, dead letters and MongoDB', () => {
    const text = formatSummary(snapshot);
    expect(text).toMatch(/^newsflow: degraded/);
    expect(text).toMatch(/cleaner\s+ready\s+0\.1\.0\s+1m 5s\s+http:\/\/127\.0\.0\.1:3102/);
    expect(text).toContain('2 processing error(s) since start, redelivered');
    expect(text).toContain('duplicates skipped 1');
    expect(text).toMatch(/archiver\s+down[\s\S]*liveness probe failed: refused/);
    expect(text).toContain('newsflow.pages.raw.v1');
    expect(text).toContain('1.00/s 1m');
    expect(text).toContain('lag newsflow.cleaner on newsflow.pages.raw.v1: 3');
    expect(text).toContain(
      'STALLED newsflow.cleaner on newsflow.pages.raw.v1 p2: lag 3, offset 40 unmoved for 4m 10s\n    cleaner: consumer restarting, last error: KafkaJSNumberOfRetriesExceeded: too large',
    );
    expect(text).toContain('dead letters 2 (transient 0, bad data 2, policy 0)');
    expect(text).toContain('up (7.0.77), 14 articles, 3 in the last hour');
  });
});
