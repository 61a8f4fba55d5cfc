/**
 * Side-by-side article extraction benchmark on the same pages: our extractor, then Readability.js
 * with jsdom. Writes our predictions to <out.json> and Readability's to <out>.readability.json (the
 * `{ "<page name>": { articleBody, title, … } }` shape the extraction scorer reads), prints
 * throughput and peak memory. Each side has an untimed warm-up pass (ours before jsdom is even
 * loaded, so our memory peak is our own), then their timed passes alternate.
 * Usage: npx tsx tools/bench/extract.ts <dir> <out.json> [--half tune|check] [--ours-only] [--passes N]
 * `--half` keeps one half of the dev set (see extract-split.ts); `--ours-only` skips Readability.js
 * and the timed passes, for quick quality iterations (the speed comparison needs a full run);
 * `--passes` sets the number of timed passes per side (3 by default).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '@newsflow/extraction';
import { type Extractor, type Throughput, timeInterleaved, warmUp } from './extract-measure';
import { loadReadability } from './extract-readability';
import { type Half, HALVES, halfOf } from './extract-split';

const PAGE_FILE = /\.html(?:\.gz)?$/;
const DEFAULT_PASSES = 3;
const MB = 1024 * 1024;

function readPages(dir: string, half: Half | undefined): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => PAGE_FILE.test(name)).sort()) {
    const id = file.replace(PAGE_FILE, '');
    if (half && halfOf(id) !== half) continue;
    const raw = readFileSync(join(dir, file));
    pages.set(id, (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
  }
  return pages;
}

interface Options {
  dir: string;
  outPath: string;
  half?: Half;
  oursOnly: boolean;
  passes: number;
}

function parseArgs(args: string[]): Options | undefined {
  const positional: string[] = [];
  let half: Half | undefined;
  let oursOnly = false;
  let passes = DEFAULT_PASSES;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--ours-only') oursOnly = true;
    else if (args[i] === '--passes') {
      passes = Number(args[++i]);
      if (!Number.isInteger(passes) || passes < 1) return undefined;
    }
    else if (args[i] === '--half') {
      const value = args[++i];
      if (!HALVES.includes(value as Half)) return undefined;
      half = value as Half;
    } else positional.push(args[i]);
  }
  const [dir, outPath] = positional;
  return dir && outPath && positional.length === 2 ? { dir, outPath, half, oursOnly, passes } : undefined;
}

const ours: Extractor = (html, url) => {
  const { text, ...metadata } = extractArticle(html, url);
  return { articleBody: text, ...metadata };
};

function reportMemory(name: string, peakRss: number): void {
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(`${name.padEnd(11)} peak RSS sampled ${(peakRss / MB).toFixed(0)} MB, process maxRSS so far ${(maxRss / MB).toFixed(0)} MB`);
}

function reportSpeed(name: string, result: Throughput): void {
  console.log(
    `${name.padEnd(11)} ${result.pagesPerSecond.toFixed(1)} pages/s wall clock, ` +
      `${result.pagesPerCpuSecond.toFixed(1)} pages per CPU second`,
  );
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!options) {
    console.error('usage: npx tsx tools/bench/extract.ts <dir> <out.json> [--half tune|check] [--ours-only] [--passes N]');
    process.exit(2);
  }
  const { dir, outPath, half, oursOnly, passes } = options;
  const pages = readPages(dir, half);
  console.log(`${pages.size} pages loaded, RSS ${(process.memoryUsage.rss() / MB).toFixed(0)} MB before extraction`);
  // Ours warms up first, so the process high-water mark after it is its own peak.
  const ourWarmUp = await warmUp(pages, ours);
  reportMemory('ours', ourWarmUp.peakRss);
  writeFileSync(outPath, JSON.stringify(ourWarmUp.predictions, null, 1));
  if (oursOnly) return;
  const readability = await loadReadability();
  const theirWarmUp = await warmUp(pages, readability);
  reportMemory('readability', theirWarmUp.peakRss);
  writeFileSync(outPath.replace(/\.json$/, '') + '.readability.json', JSON.stringify(theirWarmUp.predictions, null, 1));
  const [mine, theirs] = await timeInterleaved(pages, [ours, readability], passes);
  reportSpeed('ours', mine);
  reportSpeed('readability', theirs);
  const speedup = mine.pagesPerSecond / theirs.pagesPerSecond;
  console.log(
    `RESULT pages=${pages.size} ours_pages_per_s=${mine.pagesPerSecond.toFixed(1)} ` +
      `readability_pages_per_s=${theirs.pagesPerSecond.toFixed(1)} speedup=${speedup.toFixed(1)}`,
  );
}

void main();
