// Measures story identity on the extraction ground truth: builds aggregator-style copies of every
// article and prints the MinHash similarity (agreeing slots of 64) of copies to their original and of
// all distinct pairs, then per threshold the false merges and missed copies, and the LSH band recall. Usage: npm run bench:story [-- <ground-truth.json>]
import { readFileSync } from 'node:fs';
import { SIGNATURE_SIZE, Signature, bandKeys, minhash, similarity } from '@newsflow/story-identity';
import { seededRandom } from './seeded-random';

const DEFAULT_GROUND_TRUTH = '../shared/bench/extraction/ground-truth.json';
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];

interface Copy {
  kind: string;
  text: string;
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((p) => p.trim());

/** Chrome an extractor may leave on an auto-blog copy: site name, menu, share and source lines, related headlines. */
function withChrome(text: string, others: string[]): string {
  const related = others.map((other) => paragraphs(other)[0]?.split(/(?<=[.!?])\s/)[0] ?? '');
  return ['Site icon Daily News Hub', 'Share on Facebook Share on Twitter', text, 'Source link', 'Related Posts', ...related, 'Exit mobile version'].join('\n\n');
}

/** An excerpt copy: the first `share` of the paragraphs (at least one) and a read-more line. */
function truncated(text: string, share: number): string {
  const kept = paragraphs(text);
  return [...kept.slice(0, Math.max(1, Math.round(kept.length * share))), 'Continue reading at the original source.'].join('\n\n');
}

/** A lightly edited copy: one word in `rate` replaced and one paragraph (of several) dropped. */
function edited(text: string, rate: number, next: () => number): string {
  const kept = paragraphs(text);
  if (kept.length > 3) kept.splice(Math.floor(next() * kept.length), 1);
  return kept.map((p) => p.split(' ').map((word) => (next() < rate ? 'edited' : word)).join(' ')).join('\n\n');
}

function copiesOf(text: string, others: string[], next: () => number): Copy[] {
  return [
    { kind: 'chrome', text: withChrome(text, others) },
    { kind: 'truncated-80%', text: truncated(text, 0.8) },
    { kind: 'edited-2%', text: edited(text, 0.02, next) },
    { kind: 'chrome+truncated-90%', text: withChrome(truncated(text, 0.9), others) },
  ];
}

/** Counts per number of agreeing signature slots, as "slots:count". */
function histogram(similarities: number[]): string {
  const counts = new Array<number>(SIGNATURE_SIZE + 1).fill(0);
  for (const s of similarities) counts[Math.round(s * SIGNATURE_SIZE)]++;
  return counts.map((count, slots) => (count ? `${slots}:${count}` : '')).filter(Boolean).join(' ');
}

const shareBand = (a: Signature, b: Signature) => {
  const keys = new Set(bandKeys(a));
  return bandKeys(b).some((key) => keys.has(key));
};

function main(): void {
  const path = process.argv[2] ?? DEFAULT_GROUND_TRUTH;
  const texts = Object.values(JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string | null }>)
    .map((article) => article.articleBody ?? '')
    .filter((text) => text.trim());
  const next = seededRandom(20261128);
  const copies = texts.map((text, i) => copiesOf(text, [texts[(i + 1) % texts.length], texts[(i + 2) % texts.length]], next));

  const cpuStart = process.cpuUsage();
  const originals = texts.map(minhash);
  const copyPrints = copies.map((ofText) => ofText.map((copy) => ({ kind: copy.kind, print: minhash(copy.text) })));
  const cpu = process.cpuUsage(cpuStart);
  const hashed = texts.length + copies.flat().length;
  const chars = texts.join('').length + copies.flat().reduce((sum, copy) => sum + copy.text.length, 0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  const copyPairs = copyPrints.flatMap((ofText, i) =>
    ofText.map((copy) => ({ kind: copy.kind, s: similarity(originals[i], copy.print), banded: shareBand(originals[i], copy.print) })),
  );
  const distinct: { s: number; banded: boolean }[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      for (const other of [originals[j], ...copyPrints[j].map((copy) => copy.print)]) {
        distinct.push({ s: similarity(originals[i], other), banded: shareBand(originals[i], other) });
      }
    }
  }

  console.log(`texts=${texts.length} copies=${copyPairs.length} distinct_pairs=${distinct.length} (histograms: agreeing slots of ${SIGNATURE_SIZE}:pairs)`);
  for (const kind of [...new Set(copyPairs.map((c) => c.kind))]) {
    console.log(`copies ${kind}: ${histogram(copyPairs.filter((c) => c.kind === kind).map((c) => c.s))}`);
  }
  console.log(`distinct: ${histogram(distinct.map((d) => d.s))}`);
  console.log(`copies min_similarity=${Math.min(...copyPairs.map((c) => c.s))} distinct max_similarity=${Math.max(...distinct.map((d) => d.s))}`);
  for (const threshold of THRESHOLDS) {
    const missed = copyPairs.filter((c) => !c.banded || c.s < threshold).length;
    const merged = distinct.filter((d) => d.banded && d.s >= threshold).length;
    console.log(`threshold=${threshold} missed_copies=${missed}/${copyPairs.length} false_merges=${merged}/${distinct.length}`);
  }
  const bandMissed = copyPairs.filter((c) => !c.banded).length;
  const candidates = distinct.filter((d) => d.banded).length;
  console.log(`lsh copies_without_shared_band=${bandMissed}/${copyPairs.length} distinct_candidates=${candidates}/${distinct.length}`);
  console.log(`RESULT signatures=${hashed} cpu_s=${cpuSeconds.toFixed(3)} signatures_per_cpu_s=${Math.round(hashed / cpuSeconds)} mb_per_cpu_s=${(chars / 1e6 / cpuSeconds).toFixed(1)}`);
}

main();
