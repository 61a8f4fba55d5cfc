/** Times extractors over in-memory pages and tracks the resident set size while they run. */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

export type Extractor = (html: string, url: string) => { articleBody: string; title: string };
export type Predictions = Record<string, ReturnType<Extractor>>;

export interface WarmUp {
  predictions: Predictions;
  /** Highest RSS sampled after each page of the pass, in bytes. */
  peakRss: number;
}

export interface Throughput {
  pagesPerSecond: number;
  pagesPerCpuSecond: number;
}

/** One untimed pass: JIT and lazy initialisation, the predictions and the memory peak. */
export async function warmUp(pages: Map<string, string>, extract: Extractor): Promise<WarmUp> {
  let peakRss = process.memoryUsage.rss();
  const predictions = await pass(pages, extract, () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  });
  return { predictions, peakRss };
}

/**
 * Timed passes of every extractor in turn (A, B, A, B…): a load spike from other jobs on the
 * machine then slows both sides alike instead of skewing the ratio.
 */
export async function timeInterleaved(pages: Map<string, string>, extractors: Extractor[], passes: number): Promise<Throughput[]> {
  const wall = extractors.map(() => 0);
  const cpu = extractors.map(() => 0);
  for (let round = 0; round < passes; round++) {
    for (const [i, extract] of extractors.entries()) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await pass(pages, extract);
      wall[i] += (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpuStarted);
      cpu[i] += (used.user + used.system) / 1e6;
    }
  }
  const pageCount = pages.size * passes;
  return extractors.map((_, i) => ({
    pagesPerSecond: pageCount / Math.max(wall[i], 1e-9),
    // CPU time (GC threads included) is the steadier figure when other jobs share the machine.
    pagesPerCpuSecond: pageCount / Math.max(cpu[i], 1e-9),
  }));
}

async function pass(pages: Map<string, string>, extract: Extractor, afterPage?: () => void): Promise<Predictions> {
  const predictions: Predictions = {};
  for (const [name, html] of pages) {
    predictions[name] = extract(html, pageUrl(name));
    afterPage?.();
    // A service yields between pages; jsdom frees a closed window only then (in a tight loop it keeps them all).
    await nextTurn();
  }
  return predictions;
}

export function pageUrl(name: string): string {
  return `https://bench.invalid/${name}`;
}
