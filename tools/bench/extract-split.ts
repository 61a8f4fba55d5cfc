/**
 * Deterministic tune/check split of an extraction dev set: a page belongs to the tune half when the
 * first byte of the SHA-1 of its id is even. Tune on one half, check on the other before accepting
 * a change. Usage: npx tsx tools/bench/extract-split.ts <bench dir> <predictions.json>
 * scores the predictions on each half with the bench's own scorer (`<bench dir>/score.mjs`).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HALVES = ['tune', 'check'] as const;
export type Half = (typeof HALVES)[number];

export function halfOf(pageId: string): Half {
  return createHash('sha1').update(pageId).digest()[0] % 2 === 0 ? 'tune' : 'check';
}

function scoreHalves(benchDir: string, predictions: string): void {
  const truth: Record<string, unknown> = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8'));
  const scratch = mkdtempSync(join(tmpdir(), 'extract-split-'));
  try {
    for (const half of HALVES) {
      const subset = Object.fromEntries(Object.entries(truth).filter(([id]) => halfOf(id) === half));
      const truthPath = join(scratch, `${half}.json`);
      writeFileSync(truthPath, JSON.stringify(subset));
      const output = execFileSync(process.execPath, [join(benchDir, 'score.mjs'), predictions, truthPath], { encoding: 'utf8' });
      console.log(`== ${half} half\n${output.trim()}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('extract-split.ts')) {
  const [benchDir, predictions] = process.argv.slice(2);
  if (!benchDir || !predictions) {
    console.error('usage: npx tsx tools/bench/extract-split.ts <bench dir> <predictions.json>');
    process.exit(2);
  }
  scoreHalves(benchDir, predictions);
}
