import { z } from 'zod';
import shapesJson from '../gazetteer/shapes.json';
import townsJson from '../gazetteer/towns.json';
import { bodyKindSchema } from '@newsflow/contracts';
import { Language } from './language';
import { Token } from './text';
import { BodyKind } from './types';

// The words of gazetteer/shapes.json and the token tests that the scans of names by shape share.

const wordsSchema = z.array(z.string());
const shapesSchema = z.object({
  heads: z.record(z.enum(['en', 'es', 'pt', 'fr']), z.record(z.string(), bodyKindSchema)),
  intrinsic: wordsSchema,
  markers: wordsSchema,
  roles: wordsSchema,
  excluded: wordsSchema,
  romanceAdjectives: wordsSchema,
  bareNames: z.record(z.string(), z.string().includes('{C}')),
  weakHeads: wordsSchema,
  unitHeads: wordsSchema,
  topicHeads: wordsSchema,
  levels: wordsSchema,
  lowercaseHeads: wordsSchema,
  romanceComplementHeads: wordsSchema,
  romanceQualifiedHeads: wordsSchema,
  chamberWords: wordsSchema,
  frenchFields: wordsSchema,
  townHeads: wordsSchema,
  townLevels: wordsSchema,
});
export const SHAPES = shapesSchema.parse(shapesJson);

/** Single words in a set, phrases ("human services") checked on the joined keys. */
class WordList {
  private readonly words: Set<string>;
  private readonly phrases: string[];
  constructor(list: string[]) {
    this.words = new Set(list.filter((w) => !w.includes(' ')));
    this.phrases = list.filter((w) => w.includes(' ')).map((p) => ` ${p} `);
  }
  has(word: string): boolean {
    return this.words.has(word);
  }
  anyIn(keys: string[]): boolean {
    if (keys.some((k) => this.words.has(k))) return true;
    const joined = ` ${keys.join(' ')} `;
    return this.phrases.some((p) => joined.includes(p));
  }
}

export const INTRINSIC = new WordList(SHAPES.intrinsic);
export const MARKERS = new WordList(SHAPES.markers);
export const ROLES = new WordList(SHAPES.roles);
export const EXCLUDED = new WordList(SHAPES.excluded);
export const ROMANCE_ADJECTIVES = new WordList(SHAPES.romanceAdjectives);
export const WEAK_HEADS = new WordList(SHAPES.weakHeads);
export const UNIT_HEADS = new WordList(SHAPES.unitHeads);
export const TOPIC_HEADS = new WordList(SHAPES.topicHeads);
export const LEVELS = new WordList(SHAPES.levels);
export const LOWERCASE_HEADS = new WordList(SHAPES.lowercaseHeads);
export const ROMANCE_COMPLEMENT_HEADS = new WordList(SHAPES.romanceComplementHeads);
export const ROMANCE_QUALIFIED_HEADS = new WordList(SHAPES.romanceQualifiedHeads);
export const CHAMBER_WORDS = new WordList(SHAPES.chamberWords);
export const FRENCH_FIELDS = new WordList(SHAPES.frenchFields);
export const TOWN_HEADS = new WordList(SHAPES.townHeads);
export const TOWN_LEVELS = new WordList(SHAPES.townLevels);
/** Town names in lower case (gazetteer/towns.json). */
export const TOWNS: ReadonlySet<string> = new Set(z.array(z.string()).parse(townsJson.towns).map((t) => t.toLowerCase()));
/** Marker words between a level and a lowercase head: "the regional health commission". */
export const MAX_TOPIC_WORDS = 2;

/** Words that open a sentence or clause, never the first word of a name. */
export const NOT_NAME_START = new Set(
  'the a an in on at but and or when while after before if as by for from to with yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december last this that these those meanwhile however earlier later former acting interim then both all every each some its their his her our'.split(
    ' ',
  ),
);
export const ENGLISH_COMPLEMENT = new Set(['of', 'for', 'on']);
const ENGLISH_AND = new Set(['and']);
export const ROMANCE_AND = new Set(['y', 'e', 'et']);
/** Romance articles, elided ones included: "el", "la", "l'", "o", "os". */
export const ROMANCE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'l', "'", '’', 'o', 'os', 'as']);
export const ROMANCE_CONNECTORS = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'des', 'du', 'el', 'la', 'le', 'les', 'los', 'las', 'l', 'd', "'", '’', 'y', 'e', 'et']);
export const MAX_MODIFIERS = 6;
export const MAX_COMPLEMENT_WORDS = 8;
/** Official roles that may follow a name ("House Intelligence Committee Chairman Adam Schiff"). */
export const ROLE_AFTER = new Set(['chairman', 'chairwoman', 'chair', 'chief', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'secretary', 'president', 'member', 'members', 'head', 'judge', 'justice', 'official', 'officials', 'ranking']);

export interface HeadMatch {
  kind: BodyKind;
  /** Tokens the head spans ("inspector general": 2). */
  length: number;
}

export const HEADS = new Map<Language, Map<string, BodyKind>>(
  Object.entries(SHAPES.heads).map(([lang, heads]) => [lang as Language, new Map(Object.entries(heads))]),
);

/** Every language's heads as words: "ministry", "agency", "tribunal", "inspector general". */
export const HEAD_WORDS: ReadonlySet<string> = new Set([...HEADS.values()].flatMap((h) => [...h.keys()]));

/** First words of two-word heads ("inspector general"), so most tokens need one lookup. */
const TWO_WORD_STARTS = new Set([...HEADS.values()].flatMap((h) => [...h.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0])));

export function headAt(tokens: Token[], i: number, heads: Map<string, BodyKind>): HeadMatch | undefined {
  const hyphenated = hyphenatedHead(tokens, i, heads);
  if (hyphenated) return hyphenated;
  const two = TWO_WORD_STARTS.has(tokens[i].key) && i + 1 < tokens.length ? heads.get(`${tokens[i].key} ${tokens[i + 1].key}`) : undefined;
  if (two) return { kind: two, length: 2 };
  const one = heads.get(tokens[i].key);
  return one ? { kind: one, length: 1 } : undefined;
}

/** Tokens i, i+1, i+2 are a word, a hyphen and a word with nothing between them. */
export function joined(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i + 1];
  if (hyphen?.key !== '-') return false;
  const first = tokens[i];
  const second = tokens[i + 2];
  return first !== undefined && second !== undefined && hyphen.start === first.end && second.start === hyphen.end && isWord(first) && isWord(second);
}

/** "Directorate-General": a head written with a hyphen. */
function hyphenatedHead(tokens: Token[], i: number, heads: Map<string, BodyKind>): HeadMatch | undefined {
  if (!joined(tokens, i)) return undefined;
  // "Auditor-General" is the head "auditor general" written with a hyphen.
  const kind = heads.get(`${tokens[i].key}-${tokens[i + 2].key}`) ?? heads.get(`${tokens[i].key} ${tokens[i + 2].key}`);
  return kind && { kind, length: 3 };
}

/** No line break between two tokens: names never run across lines (headings sit on their own). */
export function sameLine(text: string, a: Token, b: Token): boolean {
  return !text.slice(a.end, b.start).includes('\n') && b.start - a.end <= 2;
}

export const isWord = (t: Token | undefined) => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);

/**
 * A comma inside a list of capitalized words closed by "and" ("for Culture, Media and Sport",
 * "of Climate Change, Energy, the Environment and Water"), not one ending the name.
 */
export function isListComma(tokens: Token[], comma: number, conjunctions = ENGLISH_AND): boolean {
  if (conjunctions.has(tokens[comma + 1]?.key ?? '') || ROMANCE_ARTICLES.has(tokens[comma + 1]?.key ?? '')) return false;
  // Romance items may open with "de l'", "de la" ("ministère de l'Économie, de l'Innovation et de l'Énergie"), not with an article: ", la Comisión de …" is another body.
  const romance = conjunctions === ROMANCE_AND;
  const filler = (t: Token) => t.key === ',' || t.key === 'the' || (romance && ROMANCE_CONNECTORS.has(t.key));
  for (let j = comma + 1; j < tokens.length && j < comma + 16; j++) {
    const t = tokens[j];
    if (conjunctions.has(t.key)) {
      let k = j + 1;
      while (k < tokens.length && k < j + 4 && romance && ROMANCE_CONNECTORS.has(tokens[k].key)) k++;
      return tokens[k]?.cap === true && isWord(tokens[k]);
    }
    if (!(t.cap && isWord(t)) && !filler(t)) return false;
  }
  return false;
}

export interface Shape {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Unit of a body named just before with a possessive. */
  parent?: boolean;
  /** Tokens of country adjectives inside a Romance name ("ministère iranien des Affaires étrangères"). */
  adjectiveTokens?: number;
  /** Where the name of a committee named after its chamber ends ("Comisión de Salud | de la Cámara de Diputados"): it is a legislature's. */
  ownName?: number;
}

/** Diplomatic missions, named after the country that sends them and, after it, their seat. */
export const MISSION_RE = /^(?:embassy|consulate|embajada|consulado|embaixada|ambassade|consulat)$/iu;
