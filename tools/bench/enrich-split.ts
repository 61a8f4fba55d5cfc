/**
 * Scores enrichment predictions on two fixed halves of the dev gold: "tune" (rules may be tuned on
 * it) and "held-out" (the proxy for unseen articles: a change is accepted only if it does not get
 * worse). The halves are dev-split.ts's. Each
 * half's gold and predictions are written to a scratch directory and scored by the shared scorer,
 * unchanged. Usage: npx tsx tools/bench/enrich-split.ts <predictions.json> [gold dir]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Half, halfOf } from './dev-split';

const BENCH = '../shared/bench/enrichment';

function scoreHalf(half: Half, goldDir: string, predictions: Record<string, unknown>, scratch: string): string {
  const dir = join(scratch, half);
  mkdirSync(join(dir, 'gold'), { recursive: true });
  const subset: Record<string, unknown> = {};
  let articles = 0;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const id = file.replace(/\.json$/, '');
    if (halfOf(id) !== half) continue;
    copyFileSync(join(goldDir, file), join(dir, 'gold', file));
    if (predictions[id]) subset[id] = predictions[id];
    articles++;
  }
  writeFileSync(join(dir, 'predictions.json'), JSON.stringify(subset));
  const out = execFileSync('node', [join(BENCH, 'score.mjs'), join(dir, 'predictions.json'), join(dir, 'gold')], { encoding: 'utf8' });
  return `== ${half} half (${articles} articles)\n${out}`;
}

function main(): void {
  const [predPath, goldDir = join(BENCH, 'gold')] = process.argv.slice(2);
  if (!predPath) {
    console.error('usage: npx tsx tools/bench/enrich-split.ts <predictions.json> [gold dir]');
    process.exit(2);
  }
  const predictions = JSON.parse(readFileSync(predPath, 'utf8')) as Record<string, unknown>;
  const scratch = mkdtempSync(join(tmpdir(), 'enrich-split-'));
  try {
    for (const half of ['tune', 'held-out'] as const) process.stdout.write(scoreHalf(half, goldDir, predictions, scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
