import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { ConsoleSnapshot } from '@newsflow/console-status';

const ASSETS = join(__dirname, '..', 'assets');

/** The dashboard's own page and script in jsdom, fed one snapshot by a stand-in for its fetch of /api/status. */
async function renderDashboard(snapshot: ConsoleSnapshot): Promise<JSDOM> {
  const dom = new JSDOM(readFileSync(join(ASSETS, 'index.html'), 'utf8'), { runScripts: 'outside-only' });
  const rendered = new Promise<void>((resolve) => {
    dom.window.fetch = (async () => {
      setTimeout(resolve, 0);
      return { status: 200, ok: true, json: async () => snapshot };
    }) as unknown as typeof fetch;
  });
  dom.window.eval(readFileSync(join(ASSETS, 'dashboard.js'), 'utf8'));
  await rendered;
  await new Promise((resolve) => setTimeout(resolve, 10));
  return dom;
}

describe('dashboard lag table', () => {
  const lag = (group: string, committed: number, end: number) => ({ group, topic: 'newsflow.pages.raw.v1', lag: end - committed, partitions: [{ group, topic: 'newsflow.pages.raw.v1', partition: 0, committed, end, lag: end - committed }] });
  const snapshot: ConsoleSnapshot = {
    generatedAt: '2026-01-01T00:05:00.000Z',
    refreshMs: 600_000,
    overall: 'degraded',
    services: [],
    kafka: {
      reachable: true,
      throughput: [],
      rates: [],
      lagHistory: [],
      lag: [lag('newsflow.cleaner', 40, 43), lag('newsflow.other', 7, 9)],
      stalls: [
        {
          group: 'newsflow.cleaner',
          topic: 'newsflow.pages.raw.v1',
          partition: 0,
          committed: 40,
          lag: 3,
          since: '2026-01-01T00:01:00.000Z',
          service: 'cleaner',
          consumerState: 'restarting',
          lastError: 'KafkaJSNumberOfRetriesExceeded: too large',
        },
      ],
    },
    deadLetters: { counts: { total: 0, byClass: { transient: 0, bad_data: 0, policy: 0 }, byStage: {}, unreadable: 0 }, latest: [] },
    mongo: { reachable: true },
    articles: [],
    feeds: [],
  };

  it("flags a stalled group's row with a badge and its service's consumer error, and no other row", async () => {
    const dom = await renderDashboard(snapshot);
    const document = dom.window.document;
    expect(document.getElementById('fetch-error')?.hidden).toBe(true);
    const stalled = document.querySelector('#lag tr[data-group="newsflow.cleaner"]');
    expect(stalled?.hasAttribute('data-stalled')).toBe(true);
    expect(stalled?.querySelector('.badge[data-state="stalled"]')?.textContent).toBe('stalled');
    expect(stalled?.querySelector('[data-partition="0"]')?.textContent).toMatch(
      /^p0 stalled since .+: offset 40, 3 waiting \(cleaner: consumer restarting, last error: KafkaJSNumberOfRetriesExceeded: too large\)$/,
    );
    const moving = document.querySelector('#lag tr[data-group="newsflow.other"]');
    expect(moving?.hasAttribute('data-stalled')).toBe(false);
    expect(moving?.querySelector('.badge')).toBeNull();
    // Stops the page's refresh timer.
    dom.window.close();
  });
});
