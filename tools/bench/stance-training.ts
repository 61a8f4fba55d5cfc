// Annotated articles read as stance-model examples, and stance pairs scored as the shared scorer
// scores them (shared/bench/enrichment/score.mjs: one (gold body, polarity) pair per article).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STANCE_LABELS, stanceExamples, StanceExample, StanceLabel, TaggedBody } from '@newsflow/enrichment';
import { halfOf } from './dev-split';
import { LabelledExample } from './softmax-regression';

const DEV_ARTICLES = '../shared/bench/extraction/ground-truth.json';
const DEV_GOLD = '../shared/bench/enrichment/gold';

/** A body as the shared scorer reads it, gold or predicted: its name and the surfaces it was found under. */
export interface NamedBody {
  name: string;
  surfaces?: string[];
}
interface GoldStance {
  actor: string;
  polarity: StanceLabel;
  evidence: string;
}
interface Gold {
  bodies: NamedBody[];
  stances: GoldStance[];
}
export interface Article {
  set: string;
  text: string;
  gold: Gold;
}

/** An article's candidates, each actor mapped to its gold body, with the label training reads. */
export interface ReadArticle {
  set: string;
  gold: Gold;
  candidates: { example: StanceExample; actors: { gold?: number; label?: number }[] }[];
}

export const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
const keys = (b: NamedBody) => new Set([b.name, ...(b.surfaces ?? [])].map(norm));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Folds of the dev gold's tune half, so that cross-validation also scores articles annotated like unseen ones. */
export const DEV_FOLDS = 5;
export const DEV_SET = 'dev-tune';

export function devTuneHalf(): Article[] {
  const articles = readJson<Record<string, { articleBody?: string | null }>>(DEV_ARTICLES);
  return readdirSync(DEV_GOLD)
    .filter((f) => f.endsWith('.json') && halfOf(f.slice(0, -5)) === 'tune')
    .map((f, i) => ({ set: `${DEV_SET}/${i % DEV_FOLDS}`, text: articles[f.slice(0, -5)]?.articleBody ?? '', gold: readJson<Gold>(join(DEV_GOLD, f)) }));
}

/** A folder of `<id>.json` annotations with their texts in `input/articles.json`. */
export function writtenSet(dir: string): Article[] {
  const inputs = readJson<Record<string, { articleBody: string }>>(join(dir, 'input', 'articles.json'));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ set: dir, text: inputs[f.slice(0, -5)].articleBody, gold: readJson<Gold>(join(dir, f)) }));
}

/** Predicted body name → index of its gold body, one to one, as the shared scorer matches them. */
export function matchBodies(predicted: NamedBody[], gold: NamedBody[]): Map<string, number> {
  const out = new Map<string, number>();
  const goldKeys = gold.map(keys);
  const used = new Set<number>();
  for (const p of predicted) {
    const pk = keys(p);
    const j = goldKeys.findIndex((k, j) => !used.has(j) && [...k].some((x) => pk.has(x)));
    if (j >= 0) {
      used.add(j);
      out.set(p.name, j);
    }
  }
  return out;
}

/** Tagged bodies as the scorer reads predictions: a name and the surfaces it was found under. */
const bodiesAsPredicted = (bodies: TaggedBody[]): NamedBody[] => bodies.map((b) => ({ name: b.name, surfaces: b.mentions.map((m) => m.surface) }));

/**
 * The label of a candidate's actor: the polarity of its gold stance whose evidence is this sentence;
 * "none" when the body takes no stance in the article; none at all (left out of training) when it
 * takes one elsewhere, since the annotators chose one sentence per stance.
 */
export function readArticle(article: Article): ReadArticle {
  const { bodies, examples } = stanceExamples(article.text);
  const goldOf = matchBodies(bodiesAsPredicted(bodies), article.gold.bodies);
  const located = article.gold.stances.map((s) => ({ ...s, at: article.text.indexOf(s.evidence) }));
  const candidates = examples.map((example) => ({
    example,
    actors: example.actors.map((name) => {
      const gold = goldOf.get(name);
      if (gold === undefined) return {};
      const own = located.filter((s) => norm(s.actor) === norm(article.gold.bodies[gold].name));
      const here = own.find((s) => s.at >= 0 && s.at < example.end && example.start < s.at + s.evidence.length);
      if (here) return { gold, label: STANCE_LABELS.indexOf(here.polarity) };
      return own.length === 0 ? { gold, label: STANCE_LABELS.indexOf('none') } : { gold };
    }),
  }));
  return { set: article.set, gold: article.gold, candidates };
}

/** `devWeight`: how much an example of the dev gold counts against one of a written set. */
export function trainingExamples(articles: ReadArticle[], devWeight: number): LabelledExample[] {
  return articles.flatMap((a) => {
    const weight = a.set.startsWith(DEV_SET) ? devWeight : 1;
    return a.candidates.flatMap((c) => c.actors.flatMap((x) => (x.label === undefined ? [] : [{ features: c.example.features, label: x.label, weight }])));
  });
}

export interface PairScore {
  gold: number;
  found: number;
  judged: number;
  right: number;
}

/** Stance pairs of articles as the shared scorer counts them, given a label for each candidate. */
export function scorePairs(articles: ReadArticle[], labelOf: (example: StanceExample) => StanceLabel): PairScore {
  const score: PairScore = { gold: 0, found: 0, judged: 0, right: 0 };
  for (const a of articles) {
    const index = new Map(a.gold.bodies.map((b, j) => [norm(b.name), j]));
    const gold = new Set(a.gold.stances.map((s) => `${index.get(norm(s.actor))}|${s.polarity}`));
    const predicted = new Set<string>();
    for (const c of a.candidates) {
      const label = labelOf(c.example);
      if (label === 'none') continue;
      for (const x of c.actors) if (x.gold !== undefined) predicted.add(`${x.gold}|${label}`);
    }
    score.gold += gold.size;
    score.judged += predicted.size;
    for (const p of predicted) if (gold.has(p)) score.right++;
    for (const p of gold) if (predicted.has(p)) score.found++;
  }
  return score;
}
