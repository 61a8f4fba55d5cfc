/**
 * Runs the article extractor over every *.html / *.html.gz page of a directory, writes the results
 * as `{ "<page name>": { articleBody, title, … } }` (the shape the extraction scorer reads) and
 * prints our throughput. Usage: npx tsx tools/bench/extract.ts <dir> <out.json>
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../../libs/extraction/src';

const PAGE_FILE = /\.html(?:\.gz)?$/;
const TIMED_PASSES = 3;

function readPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => PAGE_FILE.test(name)).sort()) {
    const raw = readFileSync(join(dir, file));
    pages.set(file.replace(PAGE_FILE, ''), (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
  }
  return pages;
}

function extractAll(pages: Map<string, string>): Record<string, object> {
  const output: Record<string, object> = {};
  for (const [name, html] of pages) {
    const { text, ...metadata } = extractArticle(html, `https://bench.invalid/${name}`);
    output[name] = { articleBody: text, ...metadata };
  }
  return output;
}

function main(): void {
  const [dir, outPath] = process.argv.slice(2);
  if (!dir || !outPath) {
    console.error('usage: npx tsx tools/bench/extract.ts <dir> <out.json>');
    process.exit(2);
  }
  const pages = readPages(dir);
  const output = extractAll(pages);
  writeFileSync(outPath, JSON.stringify(output, null, 1));
  // The first pass warms the JIT up; reading and gunzipping stay outside the timed passes.
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let pass = 0; pass < TIMED_PASSES; pass++) extractAll(pages);
  const seconds = (performance.now() - started) / 1000 / TIMED_PASSES;
  const cpu = process.cpuUsage(cpuStarted);
  // CPU time (GC threads included) is the steadier figure when other jobs share the machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6 / TIMED_PASSES;
  const perSecond = pages.size / Math.max(seconds, 1e-9);
  console.log(
    `extracted ${pages.size} pages in ${seconds.toFixed(2)} s per pass: ${perSecond.toFixed(1)} pages/s wall clock, ` +
      `${(pages.size / Math.max(cpuSeconds, 1e-9)).toFixed(1)} pages per CPU second`,
  );
  console.log(`RESULT pages=${pages.size} ours_pages_per_s=${perSecond.toFixed(1)}`);
}

main();
