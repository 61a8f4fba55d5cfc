import { formatUptime } from './service-health';
import { formatSummary } from './summary';
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
      lagHistory: [],
    },
    deadLetters: { counts: { total: 2, byClass: { transient: 0, bad_data: 2, policy: 0 }, byStage: {}, unreadable: 0 }, latest: [] },
    mongo: { reachable: true, version: '7.0.77', articleCount: 14, articlesLastHour: 3 },
    articles: [],
    feeds: [],
  };

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
    expect(text).toContain('dead letters 2 (transient 0, bad data 2, policy 0)');
    expect(text).toContain('up (7.0.77), 14 articles, 3 in the last hour');
  });
});
