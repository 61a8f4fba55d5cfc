import lexicon from '../lexicon/stance.json';
import { Language } from './language';

// Stance cues of one language (lexicon/stance.json): English at the top level, Spanish, Portuguese
// and French under `languages`. The article's language chooses them.

type Weights = Record<string, number>;

export interface StanceCues {
  reportingVerbs: Set<string>;
  inversionVerbs: Set<string>;
  /** "according to X", "según X", "selon X". */
  according: RegExp;
  support: WeightedStems;
  oppose: WeightedStems;
  /** A negator within three words before a cue. */
  negation: RegExp;
}

/**
 * Stems matched at word starts ("criticiz" matches "criticized"); a stem ending in `$` is a whole
 * word ("ban$" is not "bank").
 */
export class WeightedStems {
  readonly re: RegExp;
  private readonly table: [string, number, boolean][];

  constructor(stems: Weights) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const alternatives = Object.keys(stems)
      .sort((a, b) => b.length - a.length)
      .map((s) => (s.endsWith('$') ? `${escape(s.slice(0, -1))}(?![\\p{L}-])` : `${escape(s)}[\\p{L}-]*`));
    // \b (not a Unicode look-behind) keeps the scan fast; stems start with ASCII letters or need none.
    this.re = new RegExp(String.raw`\b(?:${alternatives.join('|')})`, 'giu');
    this.table = Object.entries(stems)
      .map(([stem, w]): [string, number, boolean] => (stem.endsWith('$') ? [stem.slice(0, -1), w, true] : [stem, w, false]))
      .sort((a, b) => b[0].length - a[0].length);
  }

  weightOf(word: string): number {
    const w = word.toLowerCase();
    return this.table.find(([stem, , exact]) => (exact ? w === stem : w.startsWith(stem)))?.[1] ?? 0;
  }
}

const alternation = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

function negationOf(negators: string[]): RegExp {
  const words = negators.filter((n) => n !== "n't");
  return new RegExp(String.raw`(?:(?<![\p{L}])(?:${alternation(words)})(?![\p{L}])|n['’]t\b)(?:\s+\S+){0,3}\s*$`, 'iu');
}

function cuesOf(l: { reportingVerbs: string[]; inversionVerbs: string[]; according: string[]; support: Weights; oppose: Weights; negators: string[] }): StanceCues {
  return {
    reportingVerbs: new Set(l.reportingVerbs),
    inversionVerbs: new Set(l.inversionVerbs),
    according: new RegExp(String.raw`(?<![\p{L}])(?:${alternation(l.according)})\s`, 'giu'),
    support: new WeightedStems(l.support),
    oppose: new WeightedStems(l.oppose),
    negation: negationOf(l.negators),
  };
}

const BY_LANGUAGE = new Map<Language, StanceCues>([
  ['en', cuesOf({ ...lexicon, according: ['according to'] })],
  ...Object.entries(lexicon.languages).map(([lang, l]): [Language, StanceCues] => [lang as Language, cuesOf(l)]),
]);

export function stanceCues(language: Language): StanceCues {
  return BY_LANGUAGE.get(language) ?? (BY_LANGUAGE.get('en') as StanceCues);
}
