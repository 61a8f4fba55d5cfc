/**
 * How close stance targets come to the annotators' own: for every predicted stance the shared scorer
 * counts as right (its body matched one to one as score.mjs matches them, its polarity among the
 * gold pairs of that body), the F1 of the content words of its target against the nearest gold target
 * of that pair. Annotators wrote targets in their own words (GUIDELINES.md: up to 8 words), so a
 * perfect score is out of reach; the figure compares target rules on the same predictions.
 * Usage: npm run bench:target-overlap -- <predictions.json> <gold dir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NamedBody, matchBodies, norm } from './stance-training';

interface Stance {
  actor: string;
  polarity: string;
  target?: string;
}
interface Gold {
  id: string;
  bodies: NamedBody[];
  stances: Stance[];
}

/** Short function words of the four languages: a target's content is the rest. */
const FUNCTION_WORDS = new Set(
  'the a an of to in on for and or with by at from that this its their his her is was were be been are will would has have had it as into over about not no la el los las de del y en que un una o os as do da das dos e em um uma le les des du et au aux se'.split(' '),
);
/** Letters compared: "sanctions" and "sanctioned" agree, as do "reforma" and "reformas". */
const STEM = 5;

function contentStems(text: string): Set<string> {
  return new Set((norm(text).match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w)).map((w) => w.slice(0, STEM)));
}

function wordF1(predicted: string, gold: string): number {
  const p = contentStems(predicted);
  const g = contentStems(gold);
  const common = [...p].filter((w) => g.has(w)).length;
  return common === 0 ? 0 : (2 * common) / (p.size + g.size);
}

function articleScores(gold: Gold, predicted: { bodies: NamedBody[]; stances: Stance[] }): number[] {
  const goldOf = matchBodies(predicted.bodies, gold.bodies);
  const index = new Map(gold.bodies.map((b, j) => [norm(b.name), j]));
  const targets = new Map<string, string[]>();
  for (const s of gold.stances) {
    const pair = `${index.get(norm(s.actor))}|${s.polarity}`;
    targets.set(pair, [...(targets.get(pair) ?? []), s.target ?? '']);
  }
  return predicted.stances.flatMap((s) => {
    const body = goldOf.get(s.actor);
    const gold = body === undefined ? undefined : targets.get(`${body}|${s.polarity}`);
    return gold ? [Math.max(...gold.map((t) => wordF1(s.target ?? '', t)))] : [];
  });
}

function main(): void {
  const [predPath, goldDir] = process.argv.slice(2);
  if (!predPath || !goldDir) {
    console.error('usage: npm run bench:target-overlap -- <predictions.json> <gold dir>');
    process.exit(2);
  }
  const predictions = JSON.parse(readFileSync(predPath, 'utf8')) as Record<string, { bodies: NamedBody[]; stances: Stance[] }>;
  const scores = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold)
    .flatMap((g) => articleScores(g, predictions[g.id] ?? { bodies: [], stances: [] }));
  const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
  const overlapping = scores.filter((x) => x > 0).length;
  console.log(`targets of right stances ${scores.length}: mean word F1 ${mean.toFixed(3)}; sharing a content word ${overlapping} (${(overlapping / Math.max(1, scores.length)).toFixed(3)})`);
}

main();
