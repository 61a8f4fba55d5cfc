import lexicon from '../lexicon/stance.json';
import { Span } from './text';
import { Polarity } from './types';

interface Cue {
  index: number;
  length: number;
  weight: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stemsRe = (stems: Record<string, number>) =>
  new RegExp(String.raw`\b(?:${Object.keys(stems).map(escape).join('|')})[\p{L}-]*`, 'giu');

const SUPPORT_RE = stemsRe(lexicon.support);
const OPPOSE_RE = stemsRe(lexicon.oppose);
const NEGATION_RE = new RegExp(String.raw`(?:\b(?:${lexicon.negators.filter((n) => n !== "n't").join('|')})\b|n['’]t\b)(?:\s+\S+){0,3}\s*$`, 'iu');
const SUPPORT = weightsOf(lexicon.support);
const OPPOSE = weightsOf(lexicon.oppose);

function weightsOf(stems: Record<string, number>): [string, number][] {
  return Object.entries(stems).sort((a, b) => b[0].length - a[0].length);
}

function weightOf(word: string, table: [string, number][]): number {
  const w = word.toLowerCase();
  return table.find(([stem]) => w.startsWith(stem))?.[1] ?? 0;
}

/** Signed cues of a sentence: positive for support, negative for oppose; negation flips support and cancels opposition. */
function cuesOf(sentence: string, names: Span[]): Cue[] {
  const out: Cue[] = [];
  const collect = (re: RegExp, table: [string, number][], sign: number) => {
    for (const m of sentence.matchAll(re)) {
      if (names.some((n) => n.start <= m.index && m.index < n.end)) continue;
      const negated = NEGATION_RE.test(sentence.slice(Math.max(0, m.index - 40), m.index));
      // "does not support" opposes; "no threat" or "not illegal" takes no side.
      const weight = negated ? (sign > 0 ? -1 : 0) : sign;
      out.push({ index: m.index, length: m[0].length, weight: weight * weightOf(m[0], table) });
    }
  };
  collect(SUPPORT_RE, SUPPORT, 1);
  collect(OPPOSE_RE, OPPOSE, -1);
  return out;
}

export interface PolarityResult {
  polarity: Polarity;
  /** Sum of absolute cue weights: how much evidence the decision rests on. */
  strength: number;
  target: string;
}

/**
 * Polarity of a sentence from its cues, ignoring words inside body names (`names`, relative offsets:
 * "Public Defender", "Fort Worth"); the target is the phrase after the strongest cue.
 */
export function polarityOf(sentence: string, names: Span[] = []): PolarityResult {
  const cues = cuesOf(sentence, names);
  const score = cues.reduce((s, c) => s + c.weight, 0);
  const strength = cues.reduce((s, c) => s + Math.abs(c.weight), 0);
  const polarity: Polarity = score > 0 ? 'support' : score < 0 ? 'oppose' : 'neutral';
  const strongest = [...cues].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))[0];
  return { polarity, strength, target: targetAfter(sentence, strongest ? strongest.index + strongest.length : 0) };
}

const FILLER = /^(?:\s|[“”"‘’'(),:]|\b(?:the|that|to|of|a|an|for|by|with|on|in|is|are|was|were|it|this)\b)+/iu;

/** Up to eight words after `from`, up to the next clause break. */
function targetAfter(sentence: string, from: number): string {
  const rest = sentence.slice(from).replace(FILLER, '');
  const clause = rest.split(/[,;:.!?“”"()]/u)[0];
  const words = clause.split(/\s+/).filter(Boolean).slice(0, 8).join(' ');
  return words || sentence.split(/\s+/).slice(0, 8).join(' ');
}
