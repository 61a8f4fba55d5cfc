/** Times an extractor over in-memory pages and tracks the resident set size while it runs. */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

export type Extractor = (html: string, url: string) => { articleBody: string; title: string };

export interface Measurement {
  predictions: Record<string, ReturnType<Extractor>>;
  pagesPerSecond: number;
  pagesPerCpuSecond: number;
  /** Highest RSS sampled after each page of this phase, in bytes. */
  peakRss: number;
}

/** One untimed warm-up pass (JIT, lazy initialisation; it also yields the predictions), then timed passes. */
export async function measure(pages: Map<string, string>, extract: Extractor, timedPasses: number): Promise<Measurement> {
  let peakRss = process.memoryUsage.rss();
  // The RSS read (one small /proc read) is paid equally by both extractors and is tiny next to a page.
  const pass = async () => {
    const predictions: Measurement['predictions'] = {};
    for (const [name, html] of pages) {
      predictions[name] = extract(html, pageUrl(name));
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      // A service yields between pages; jsdom frees a closed window only then (in a tight loop it keeps them all).
      await nextTurn();
    }
    return predictions;
  };
  const predictions = await pass();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < timedPasses; i++) await pass();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const pageCount = pages.size * timedPasses;
  return {
    predictions,
    pagesPerSecond: pageCount / Math.max(seconds, 1e-9),
    // CPU time (GC threads included) is the steadier figure when other jobs share the machine.
    pagesPerCpuSecond: pageCount / Math.max(cpuSeconds, 1e-9),
    peakRss,
  };
}

export function pageUrl(name: string): string {
  return `https://bench.invalid/${name}`;
}
