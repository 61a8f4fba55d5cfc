import { PolarityResult } from './polarity';
import { negatedAt } from './stance-cues';
import { Span } from './text';
import { Polarity } from './types';

// A multinomial logistic regression that reads a stance candidate (a body or official attributed a
// sentence) and decides whether the sentence takes a position for it, and which. Trained by
// tools/bench/train-stance-model.ts on annotated articles; the weights ship in ../model/stance.json.

/** What the model decides: a polarity, or no stance at all. */
export type StanceLabel = Polarity | 'none';
export const STANCE_LABELS: readonly StanceLabel[] = ['none', 'support', 'oppose', 'neutral'];

/** How the candidate's actor was found. */
export type AttributionKind = 'reported' | 'act' | 'acting' | 'anaphoric' | 'agent' | 'mentioned';

export interface CandidateView {
  /** The sentence. */
  text: string;
  /** The actor's name in it (relative offsets), when named there. */
  actor?: Span;
  kind: AttributionKind;
  language: string;
  lexical: PolarityResult;
  /** How far after the actor the strongest cue stands, in characters. */
  cueGap?: number;
  /** Acts named in the sentence, by class ("enforce", "enable"…), with their offsets. */
  acts: { name: string; index: number }[];
  /** The sentence's words outside every name, stemmed (`sentenceWords`): the same for all its candidates. */
  words: SentenceWord[];
}

export interface SentenceWord {
  w: string;
  at: number;
  /** How the word judges what it speaks of (-5 to +5, 0 when unrated), turned over by a negator before it. */
  v: number;
}

export interface StanceModelWeights {
  labels: StanceLabel[];
  /** Per feature, one weight per label; the feature `bias` is always on. */
  weights: Record<string, number[]>;
  /** Where the rule finds no stance, "none" wins when its probability reaches this, else the likeliest polarity: trades recall for precision. */
  noneThreshold: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Letters a word is cut to: a stem that works across English, Spanish, Portuguese and French inflections. */
const STEM = 6;
/** Words of the actor's predicate read as their own features. */
const PREDICATE_WORDS = 5;
/** Words after the actor whose valence is read apart from the rest of the sentence: its predicate and object. */
const VALENCE_WORDS = 8;
/** Characters after the actor an act of its own predicate may start at. */
const PREDICATE_CHARS = 50;

/** What a sentence's words are rated by: a language's word valences and its negation ("not", "no", "jamais" within three words before). */
export interface ValenceCues {
  valence: Map<string, number>;
  negation: RegExp;
}

/** Words of a sentence outside the names in it (`masked`), stemmed, with their offsets and valence: names carry no position. */
export function sentenceWords(text: string, masked: Span[], cues: ValenceCues): SentenceWord[] {
  const out: SentenceWord[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    if (masked.some((s) => s.start <= m.index && m.index < s.end)) continue;
    const word = m[0].toLowerCase();
    out.push({ w: word.slice(0, STEM), at: m.index, v: valenceAt(text, m.index, word, cues) });
  }
  return out;
}

function valenceAt(text: string, at: number, word: string, { valence, negation }: ValenceCues): number {
  const v = valence.get(word) ?? 0;
  return v !== 0 && negatedAt(text, at, negation) ? -v : v;
}

/** How far after an acting body its side-taking word may stand for the rule to read it as its act: within its own predicate. */
const MAX_ACT_CUE_GAP = 40;

/**
 * The hand-written rule's decision, the model's strongest prior: a reported statement is a stance
 * even when neutral; an act, a body acting or a pronoun referring back only when the lexicon reads
 * a side (an acting body's within its own predicate); a body merely named is none.
 */
export function ruleOf(c: CandidateView): StanceLabel {
  const { polarity } = c.lexical;
  if (c.kind === 'mentioned' || (polarity === 'neutral' && c.kind !== 'reported')) return 'none';
  if (c.kind === 'acting' && c.cueGap !== undefined && c.cueGap > MAX_ACT_CUE_GAP) return 'none';
  return polarity;
}

const valenceBucket = (x: number) => (x === 0 ? '0' : x <= 2 ? '1' : x <= 5 ? '2' : '3');

function valenceSums(words: SentenceWord[]): { pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  for (const { v } of words) {
    if (v > 0) pos += v;
    else neg -= v;
  }
  return { pos, neg };
}

const net = ({ pos, neg }: { pos: number; neg: number }) => (pos - neg > 1 ? '+' : pos - neg < -1 ? '-' : '0');

/**
 * How the sentence's words judge: those after the actor (its predicate and what it speaks of), the
 * first few of them apart, and those before it (what a body named late is said to do or suffer).
 */
function valenceFeatures(before: SentenceWord[], after: SentenceWord[]): string[] {
  const all = valenceSums(after);
  const near = valenceSums(after.slice(0, VALENCE_WORDS));
  const earlier = valenceSums(before);
  return [
    `vpos:${valenceBucket(all.pos)}`,
    `vneg:${valenceBucket(all.neg)}`,
    `vnet:${net(all)}`,
    `vppos:${valenceBucket(near.pos)}`,
    `vpneg:${valenceBucket(near.neg)}`,
    `bvpos:${valenceBucket(earlier.pos)}`,
    `bvneg:${valenceBucket(earlier.neg)}`,
    `bvnet:${net(earlier)}`,
  ];
}

const bucket = (x: number) => (x <= 0 ? '0' : x < 1 ? '<1' : x < 2 ? '<2' : x < 3 ? '<3' : '3+');

/** The candidate's features: bag of word stems, its predicate's words and bigrams, the lexicon's verdict, the valence of the words around the actor, how it was attributed. */
export function stanceFeatures(c: CandidateView): string[] {
  const { words } = c;
  const from = c.actor?.end ?? 0;
  const after = words.filter((x) => x.at >= from);
  const before = words.filter((x) => x.at < (c.actor?.start ?? 0));
  const predicate = after.slice(0, PREDICATE_WORDS).map((x) => x.w);
  const features = new Set<string>([
    'bias',
    `kind:${c.kind}`,
    `lang:${c.language}`,
    `lex:${c.lexical.polarity}`,
    `lex:${c.lexical.polarity}:${bucket(c.lexical.strength)}`,
    `lex:${c.lexical.polarity}:${c.kind}`,
    `named:${c.actor ? 'yes' : 'no'}`,
    `gap:${c.cueGap === undefined ? 'none' : c.cueGap <= MAX_ACT_CUE_GAP ? 'near' : 'far'}`,
    `rule:${ruleOf(c)}`,
    ...words.map((x) => `w:${x.w}`),
    ...predicate.map((w) => `p:${w}`),
    ...predicate.slice(1).map((w, i) => `pp:${predicate[i]}_${w}`),
    ...valenceFeatures(before, after),
    ...sideFeatures(c),
    ...headFeatures(c),
    ...objectFeatures(c, after),
    ...(c.actor ? [`prev:${before[before.length - 1]?.w ?? '^'}`, `next:${predicate[0] ?? '$'}`, `first:${before.length === 0 ? 'yes' : before.length < 4 ? 'near' : 'no'}`] : []),
  ]);
  if (/[“”"«»]/u.test(c.text)) features.add('quote');
  return [...features];
}

/**
 * The side of the first cue after the actor, read apart from the sentence's sum: its own predicate's
 * ("upheld the law, rejecting the challenge": support; "urged donors to fund …, warning that …"),
 * before the clauses that follow it and say what it acts on.
 */
function headFeatures(c: CandidateView): string[] {
  const from = c.actor?.end;
  if (from === undefined || !c.lexical.sideCues) return [];
  const head = c.lexical.sideCues.find((x) => x.index >= from);
  if (!head) return ['head:none'];
  const side = head.weight > 0 ? 'support' : 'oppose';
  const gap = head.index - from <= MAX_ACT_CUE_GAP ? 'near' : 'far';
  return [`head:${side}`, `head:${side}:${gap}`, `head:${side}:lex:${c.lexical.polarity}`];
}

/** Words after the actor its predicate's object is looked for in. */
const OBJECT_WORDS = 8;
const OPENS_QUOTE_RE = /[“"«‘'(]\s*$/u;

/** Whether an act stands in the actor's own predicate: after it, within `PREDICATE_CHARS`. */
const inPredicate = (c: CandidateView, at: number) => {
  const from = c.actor?.end ?? 0;
  return at >= from && at - from <= PREDICATE_CHARS;
};

/**
 * Whether the actor's predicate names a party (a capitalised word opening no quote) or speaks of a
 * measure: annotators read an act against a named party as opposing it ("ordered Harbor Plains Bank
 * to refund …") and one on a measure as supporting the measure ("ordered plants to install …").
 */
function objectFeatures(c: CandidateView, after: SentenceWord[]): string[] {
  const { actor, text } = c;
  if (!actor) return [];
  const named = after.slice(0, OBJECT_WORDS).some((x) => /\p{Lu}/u.test(text[x.at]) && !OPENS_QUOTE_RE.test(text.slice(Math.max(0, x.at - 2), x.at)));
  const tag = named ? 'objname' : 'objcommon';
  return [tag, `${tag}:lex:${c.lexical.polarity}`, ...c.acts.filter((a) => inPredicate(c, a.index)).map((a) => `${tag}:pact:${a.name}`)];
}

/** Whether the actor stands before the lexicon's strongest cue and each act (holds the position) or after it (may be its object, or its agent after "by"). */
function sideFeatures(c: CandidateView): string[] {
  const { actor, text, lexical } = c;
  const side = (at: number) => (!actor ? 'unnamed' : actor.end <= at ? 'before' : 'after');
  const by = actor && /\bby\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, actor.start - 8), actor.start)) ? 'by' : '';
  const out = lexical.anchor ? [`lexside:${lexical.polarity}:${side(lexical.anchor.start)}:${by}`] : [];
  for (const a of c.acts) {
    out.push(`actside:${a.name}:${side(a.index)}:${by}`, `act:${a.name}`);
    if (inPredicate(c, a.index)) out.push(`pact:${a.name}`);
  }
  return out;
}

export interface StanceDecision {
  label: StanceLabel;
  probability: number;
}

/** What the rule read in a candidate: its decision, how much the lexicon's cues weigh, how the actor was found. */
export interface RuleReading {
  rule: StanceLabel;
  ruleStrength?: number;
  kind?: AttributionKind;
}

/** How much more likely the model's side must be than the side the rule read to replace it. */
const RULE_SIDE_MARGIN = 0.05;
/**
 * The same where the lexicon's cues weigh at least `STRONG_RULE` in all: several cues reading one
 * side ("committed to it despite the blockade and the hostility") outweigh a model that reads
 * the words around them another way unless it is clearly surer.
 */
const STRONG_RULE_SIDE_MARGIN = 0.25;
const STRONG_RULE = 3;

export class StanceModel {
  /** The weights by feature, in a Map: a lookup per feature of every candidate. */
  private readonly weights: Map<string, number[]>;

  constructor(private readonly model: StanceModelWeights) {
    const labels = [...model.labels].sort().join();
    if (labels !== [...STANCE_LABELS].sort().join()) throw new Error(`stance model labels ${labels}, expected ${STANCE_LABELS.join()}`);
    if (Object.values(model.weights).some((w) => w.length !== model.labels.length)) throw new Error('stance model weights do not match its labels');
    this.weights = new Map(Object.entries(model.weights));
  }

  /** Label probabilities of a feature set (softmax of summed weights). */
  probabilities(features: string[]): number[] {
    const scores = new Array<number>(this.model.labels.length).fill(0);
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
    }
    const top = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - top));
    const sum = exp.reduce((a, b) => a + b, 0);
    return exp.map((e) => e / sum);
  }

  /**
   * The rule decides whether a candidate is a stance when it finds one (a reported statement, a
   * side-taking act), and the model which side; where the rule finds none, the model may still find
   * one it is sure enough of, except in a sentence a pronoun attributes: with no cue there, the
   * model's side was right in 11 of 26 such candidates out of fold (`npm run train:stance -- --cv`).
   */
  classify(features: string[], { rule, ruleStrength = 0, kind }: RuleReading): StanceDecision {
    const p = this.probabilities(features);
    const { labels, noneThreshold } = this.model;
    const none = labels.indexOf('none');
    if (rule === 'none' && (kind === 'anaphoric' || p[none] >= noneThreshold)) return { label: 'none', probability: p[none] };
    const best = p.reduce((b, x, k) => (k !== none && x > p[b] ? k : b), none === 0 ? 1 : 0);
    // A near tie keeps the side the rule read ("will not accept these terms": oppose), not the model's.
    const ruled = labels.indexOf(rule);
    const margin = ruleStrength >= STRONG_RULE ? STRONG_RULE_SIDE_MARGIN : RULE_SIDE_MARGIN;
    if ((rule === 'support' || rule === 'oppose') && p[ruled] >= p[best] - margin) return { label: rule, probability: p[ruled] };
    return { label: labels[best], probability: p[best] };
  }
}
