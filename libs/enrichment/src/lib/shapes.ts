import { z } from 'zod';
import shapesJson from '../gazetteer/shapes.json';
import { bodyKindSchema } from '@newsflow/contracts';
import { Candidate, Cue } from './candidates';
import { Language } from './language';
import { Token, tokenize, within } from './text';
import { BodyKind } from './types';

// Government bodies recognised by the shape of their name (see gazetteer/shapes.json): the long
// tail of agencies, commissions, courts, committees and offices that no list can hold.

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
});
const SHAPES = shapesSchema.parse(shapesJson);

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

const INTRINSIC = new WordList(SHAPES.intrinsic);
const MARKERS = new WordList(SHAPES.markers);
const ROLES = new WordList(SHAPES.roles);
const EXCLUDED = new WordList(SHAPES.excluded);
const ROMANCE_ADJECTIVES = new WordList(SHAPES.romanceAdjectives);
const WEAK_HEADS = new WordList(SHAPES.weakHeads);
const UNIT_HEADS = new WordList(SHAPES.unitHeads);
const TOPIC_HEADS = new WordList(SHAPES.topicHeads);
const LEVELS = new WordList(SHAPES.levels);
const LOWERCASE_HEADS = new WordList(SHAPES.lowercaseHeads);
/** Marker words between a level and a lowercase head: "the regional health commission". */
const MAX_TOPIC_WORDS = 2;

/** Words that open a sentence or clause, never the first word of a name. */
const NOT_NAME_START = new Set(
  'the a an in on at but and or when while after before if as by for from to with yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december last this that these those meanwhile however earlier later former acting interim then both all every each some its their his her our'.split(
    ' ',
  ),
);
const ENGLISH_COMPLEMENT = new Set(['of', 'for', 'on']);
const ENGLISH_AND = new Set(['and']);
const ROMANCE_AND = new Set(['y', 'e', 'et']);
const ROMANCE_CONNECTORS = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'des', 'du', 'la', 'le', 'les', 'los', 'las', 'l', 'd', "'", '’', 'y', 'e', 'et']);
const MAX_MODIFIERS = 6;
const MAX_COMPLEMENT_WORDS = 6;
/** Official roles that may follow a name ("House Intelligence Committee Chairman Adam Schiff"). */
const ROLE_AFTER = new Set(['chairman', 'chairwoman', 'chair', 'chief', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'secretary', 'president', 'member', 'members', 'head', 'judge', 'justice', 'official', 'officials', 'ranking']);

export interface ShapeLexeme {
  type: 'shaped';
  kind: BodyKind;
  /** Name template of a bare head ("el Gobierno": "Government of {C}"). */
  template?: string;
}

interface HeadMatch {
  kind: BodyKind;
  /** Tokens the head spans ("inspector general": 2). */
  length: number;
}

/** A name holding a word of a company, school, NGO, party or sports body. */
export function isExcludedName(name: string): boolean {
  return EXCLUDED.anyIn(tokenize(name).map((t) => t.key));
}

const HEADS = new Map<Language, Map<string, BodyKind>>(
  Object.entries(SHAPES.heads).map(([lang, heads]) => [lang as Language, new Map(Object.entries(heads))]),
);

/** First words of two-word heads ("inspector general"), so most tokens need one lookup. */
const TWO_WORD_STARTS = new Set([...HEADS.values()].flatMap((h) => [...h.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0])));

function headAt(tokens: Token[], i: number, heads: Map<string, BodyKind>): HeadMatch | undefined {
  const hyphenated = hyphenatedHead(tokens, i, heads);
  if (hyphenated) return hyphenated;
  const two = TWO_WORD_STARTS.has(tokens[i].key) && i + 1 < tokens.length ? heads.get(`${tokens[i].key} ${tokens[i + 1].key}`) : undefined;
  if (two) return { kind: two, length: 2 };
  const one = heads.get(tokens[i].key);
  return one ? { kind: one, length: 1 } : undefined;
}

/** Tokens i, i+1, i+2 are a word, a hyphen and a word with nothing between them. */
function joined(tokens: Token[], i: number): boolean {
  const [first, hyphen, second] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return first !== undefined && hyphen?.key === '-' && second !== undefined && isWord(first) && isWord(second) && hyphen.start === first.end && second.start === hyphen.end;
}

/** "Directorate-General": a head written with a hyphen. */
function hyphenatedHead(tokens: Token[], i: number, heads: Map<string, BodyKind>): HeadMatch | undefined {
  if (!joined(tokens, i)) return undefined;
  const kind = heads.get(`${tokens[i].key}-${tokens[i + 2].key}`);
  return kind && { kind, length: 3 };
}

/** No line break between two tokens: names never run across lines (headings sit on their own). */
function sameLine(text: string, a: Token, b: Token): boolean {
  return !text.slice(a.end, b.start).includes('\n') && b.start - a.end <= 2;
}

const isWord = (t: Token | undefined) => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);

/**
 * Candidate bodies by shape. `cues` are country cues (a place or country inside the name is
 * evidence of a government body and gives its country); `parents` are spans of bodies found
 * otherwise, so "the Department of Justice's Office of Professional Responsibility" is a unit of one.
 */
export function scanShapes(tokens: Token[], text: string, language: Language, cues: Cue[], parents: Candidate[]): Candidate[] {
  const heads = HEADS.get(language);
  if (!heads) return [];
  const romance = language !== 'en';
  const cueIndex: CueIndex = {
    adjectiveEnds: new Map(cues.filter((c) => c.type === 'adjective').map((c) => [c.ti, c.tj])),
    starts: new Set(cues.map((c) => c.ti)),
  };
  const out: Candidate[] = romance ? [] : topicCountryNames(tokens, text, cues);
  for (let i = 0; i < tokens.length; i++) {
    if (!romance && !tokens[i].cap && LOWERCASE_HEADS.has(tokens[i].key)) {
      const common = commonNounShape(tokens, text, i);
      if (common) out.push(common);
      continue;
    }
    const head = headAt(tokens, i, heads);
    if (!head) continue;
    const shape = romance ? romanceShape(tokens, text, i, head, language, cueIndex) : englishShape(tokens, text, i, head, parents);
    if (!shape) continue;
    const keys = tokens.slice(shape.from, shape.to).map((t) => t.key);
    // The head's own words are no evidence against it: "School Board" is not a school.
    if (EXCLUDED.anyIn([...keys.slice(0, i - shape.from), ...keys.slice(i - shape.from + head.length)])) continue;
    const weak = WEAK_HEADS.has(tokens[i].key);
    const inside = within(cues, tokens[shape.from].start, tokens[shape.to - 1].end);
    const hasCue = inside.some((c) => c.type === 'place' || (!weak && c.type !== 'leader'));
    if (!romance && !shape.parent && !hasCue && !isGovernmentName(keys, tokens, shape.from, i)) continue;
    if (UNIT_HEADS.has(tokens[i].key) && !shape.parent && !inside.some((c) => c.type === 'place')) continue;
    const template = shape.to - shape.from - (shape.adjectiveTokens ?? 0) === head.length ? SHAPES.bareNames[keys.slice(i - shape.from, i - shape.from + head.length).join(' ')] : undefined;
    // "el ministerio cubano": a head and a country say which country, not which body, unless the head names one body by itself.
    if (shape.adjectiveTokens && !template && shape.to - shape.from - shape.adjectiveTokens === head.length) continue;
    out.push({
      start: tokens[shape.from].start,
      end: tokens[shape.to - 1].end,
      lexemes: [{ type: 'shaped', kind: head.kind, template }],
      priority: 1,
    });
    i = shape.to - 1;
  }
  return out;
}

/**
 * Departments named by their field and their country, the Canadian way: "Transport Canada", "Public
 * Safety Canada", "Immigration, Refugees and Citizenship Canada", "Housing Australia". The first word
 * is a field of government (a marker), so "Air Canada" and "Bell Canada" stay out.
 */
function topicCountryNames(tokens: Token[], text: string, cues: Cue[]): Candidate[] {
  const out: Candidate[] = [];
  // A name ends at the country of the name before it: "… Citizenship Canada and Public Safety Canada".
  const cueLast = new Set(cues.map((c) => c.tj - 1));
  for (const cue of cues) {
    if (cue.type !== 'name' || cue.ti === 0 || (tokens[cue.tj]?.cap && isWord(tokens[cue.tj]) && sameLine(text, tokens[cue.tj - 1], tokens[cue.tj]))) continue;
    let from = cue.ti;
    while (from > 0 && cue.ti - from < MAX_MODIFIERS && sameLine(text, tokens[from - 1], tokens[from])) {
      const p = tokens[from - 1];
      if (cueLast.has(from - 1)) break;
      if ((p.cap && isWord(p)) || ((p.key === 'and' || p.key === ',') && tokens[from - 2]?.cap && !cueLast.has(from - 2))) from--;
      else break;
    }
    if (from === cue.ti || !MARKERS.has(tokens[from].key) || NOT_NAME_START.has(tokens[from].key)) continue;
    // A comma only inside a list that "and" closes; "Energy UK", "Water UK" (a short country) are trade bodies.
    const words = tokens.slice(from, cue.ti);
    const comma = words.findIndex((t) => t.key === ',');
    if ((comma >= 0 && !words.slice(comma).some((t) => t.key === 'and')) || /^\p{Lu}+$/u.test(text.slice(cue.start, cue.end))) continue;
    if (EXCLUDED.anyIn(words.map((t) => t.key))) continue;
    out.push({ start: tokens[from].start, end: cue.end, lexemes: [{ type: 'shaped', kind: 'executive' }], priority: 1 });
  }
  return out;
}

interface Shape {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Unit of a body named just before with a possessive. */
  parent?: boolean;
  /** Tokens of country adjectives inside a Romance name ("ministère iranien des Affaires étrangères"). */
  adjectiveTokens?: number;
}

function isGovernmentName(keys: string[], tokens: Token[], from: number, headIndex: number): boolean {
  if (INTRINSIC.anyIn(keys) || MARKERS.anyIn(keys)) return true;
  // "Sheriff's Office", "Comptroller's Office": a role's office.
  return tokens[headIndex - 1]?.key === "'s" && ROLES.has(tokens[headIndex - 2]?.key ?? '') && headIndex - 2 >= from;
}

/** "Cook County Sheriff's Office", "Senate Judiciary Subcommittee on Crime", "Court of Appeals for the Ninth Circuit". */
function englishShape(tokens: Token[], text: string, i: number, head: HeadMatch, parents: Candidate[]): Shape | undefined {
  if (!tokens[i].cap) return undefined;
  let to = i + head.length;
  for (let c = 0; c < 2; c++) {
    const next = complementEnd(tokens, text, to, TOPIC_HEADS.has(tokens[i].key));
    if (next === to) break;
    to = next;
  }
  const after = tokens[to];
  // "Authority Brands", "Office Depot": the name goes on, so the head is not its head.
  if (after?.cap && isWord(after) && sameLine(text, tokens[to - 1], after) && !ROLE_AFTER.has(after.key)) return undefined;
  // "Department of Physics at MIT": a university's department.
  if (after?.key === 'at' && tokens[i].key === 'department') return undefined;
  let from = modifiersStart(tokens, text, i);
  while (from < i && (NOT_NAME_START.has(tokens[from].key) || !isWord(tokens[from]))) from++;
  // "GOP-dominated Legislature": a participle opening the name describes the body, it does not name it.
  if (joined(tokens, from) && /^\p{Ll}+ed$/u.test(tokens[from + 2].text)) from += 3;
  // "the state Supreme Court": the article's state's own body.
  if (tokens[from - 1]?.text === 'state' && sameLine(text, tokens[from - 1], tokens[from])) from--;
  const parent = from === i && tokens[i - 1]?.key === "'s" && parents.some((p) => p.end === tokens[i - 2]?.end);
  // A bare head ("the Department", "Court") is a short reference, resolved elsewhere.
  if (from === i && to === i + head.length) return undefined;
  return { from, to, parent };
}

/** First token of the capitalized modifiers before a head ("Cook County Sheriff's Office", "Culture, Media and Sport Committee"). */
function modifiersStart(tokens: Token[], text: string, i: number): number {
  let from = i;
  // Hyphens and the words after them, which a modifier's count leaves out.
  let hyphenated = 0;
  while (from > 0 && i - from - hyphenated < MAX_MODIFIERS) {
    const p = tokens[from - 1];
    if (!sameLine(text, p, tokens[from])) break;
    if (p.cap && isWord(p)) from--;
    // A hyphenated word: "Anti-Corruption Commission", "Independent Broad-based Anti-corruption Commission".
    else if (p.key === '-' && joined(tokens, from - 2) && tokens[from - 2].cap) {
      from -= 2;
      hyphenated += 2;
    } else if (isWord(p) && tokens[from - 2]?.key === '-' && joined(tokens, from - 3) && tokens[from - 3].cap) {
      from -= 3;
      hyphenated += 2;
    }
    // A plural possessive inside the name: "Veterans' Affairs Committee", "Workers' Compensation Board".
    else if (p.key === "'" && tokens[from - 2]?.cap && /s$/u.test(tokens[from - 2].text) && p.start === tokens[from - 2].end) from -= 2;
    // An Irish name: "O'Hara Township Council".
    else if (p.key === "'" && /^[OD]$/u.test(tokens[from - 2]?.text ?? '') && p.start === tokens[from - 2].end && p.end === tokens[from].start) from -= 2;
    else if (p.key === "'s" && from === i && ROLES.has(tokens[from - 2]?.key ?? '') && tokens[from - 2]?.cap) from -= 2;
    else if (p.key === 'and' && tokens[from - 2]?.cap && from < i) from--;
    // "Culture, Media and Sport Committee": a comma inside a list the name closes with "and".
    else if (p.key === ',' && tokens[from - 2]?.cap && listClosesBefore(tokens, from, i)) from--;
    else break;
  }
  return from;
}

/**
 * "the regional health commission", "the city council", "the county board": a level word, up to two
 * marker words and a lowercase head right after "the"; the body of the story's place or country.
 */
function commonNounShape(tokens: Token[], text: string, i: number): Candidate | undefined {
  let from = i;
  while (from > 0 && i - from < MAX_TOPIC_WORDS && !tokens[from - 1].cap && MARKERS.has(tokens[from - 1].key) && !LEVELS.has(tokens[from - 1].key)) from--;
  if (from === 0 || !LEVELS.has(tokens[from - 1].key) || tokens[from - 1].cap) return undefined;
  from--;
  if (tokens[from - 1]?.key !== 'the' || text.slice(tokens[from].end, tokens[i].start).includes('\n')) return undefined;
  // "the state government" and "the federal government" have generic heads of their own.
  if (tokens[i].key === 'government' && ['state', 'federal', 'national'].includes(tokens[from].key)) return undefined;
  const kind = SHAPES.heads.en[tokens[i].key] ?? 'executive';
  return { start: tokens[from].start, end: tokens[i].end, lexemes: [{ type: 'shaped', kind }], priority: 1 };
}

/** End of an "of/for[/on] [the] Capitalized Words" complement starting at token `at` (or `at` if none). */
function complementEnd(tokens: Token[], text: string, at: number, topical: boolean): number {
  const word = tokens[at];
  if (!word || !ENGLISH_COMPLEMENT.has(word.text) || (word.text === 'on' && !topical) || !sameLine(text, tokens[at - 1], word)) return at;
  let j = at + 1;
  if (tokens[j]?.key === 'the') j++;
  // "the Supreme Court on Monday": a date, not a name.
  if (NOT_NAME_START.has(tokens[j]?.key ?? '')) return at;
  let end = at;
  let listed = false;
  for (let n = 0; j < tokens.length && n < MAX_COMPLEMENT_WORDS; n++) {
    const t = tokens[j];
    if (!sameLine(text, tokens[j - 1], t)) break;
    if (t.cap && isWord(t)) end = j + 1;
    else if ((t.key === ',' && (isListComma(tokens, j) || (listed && isSerialComma(tokens, j)))) || (t.key === 'the' && tokens[j - 1].key === ',')) {
      listed = true;
      n--;
    }
    else if (t.key === 'and' && tokens[j + 1]?.key === 'the' && isFieldAfterThe(tokens, j + 2)) j++;
    else if (!(['and', '&', 'of'].includes(t.key) && tokens[j + 1]?.cap)) break;
    j++;
  }
  return end === at ? at : end;
}

/**
 * A comma inside a list of capitalized words closed by "and" ("for Culture, Media and Sport",
 * "of Climate Change, Energy, the Environment and Water"), not one ending the name.
 */
function isListComma(tokens: Token[], comma: number, conjunctions = ENGLISH_AND): boolean {
  if (conjunctions.has(tokens[comma + 1]?.key ?? '')) return false;
  for (let j = comma + 1; j < tokens.length && j < comma + 12; j++) {
    const t = tokens[j];
    if (conjunctions.has(t.key)) return tokens[j + 1]?.cap === true && isWord(tokens[j + 1]);
    if (!(t.cap && isWord(t)) && t.key !== ',' && t.key !== 'the') return false;
  }
  return false;
}

/** Fields a ministry's name joins with "and the": "of Sustainability and the Environment". */
const FIELDS_AFTER_THE = new Set(['environment', 'economy', 'arts', 'interior', 'family', 'regions']);

/** "of Sustainability and the Environment": a field of government after "and the", not another body ("and the Army"). */
function isFieldAfterThe(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.cap && FIELDS_AFTER_THE.has(t.key) && !(tokens[k + 1]?.cap && isWord(tokens[k + 1]));
}

/** The comma before a list's closing "and" ("of Environment, Great Lakes, and Energy"), once the list has begun. */
function isSerialComma(tokens: Token[], comma: number): boolean {
  return tokens[comma + 1]?.key === 'and' && tokens[comma + 2]?.cap === true && isWord(tokens[comma + 2]);
}

/** Between a comma before a head and the head, the list closes with "and": "Culture, Media and Sport Committee". */
function listClosesBefore(tokens: Token[], from: number, head: number): boolean {
  return tokens.slice(from, head).some((t) => t.key === 'and');
}

/** Where the country cues of a text are, by token. */
interface CueIndex {
  /** Token range [start, end) of each country adjective, by its start. */
  adjectiveEnds: Map<number, number>;
  /** First tokens of every cue (countries, adjectives, places, leaders). */
  starts: Set<number>;
}

/** Prepositions inside Romance names ("Procuraduría Federal de Protección al Ambiente", "Comisión … por la Paz"). */
const ROMANCE_PREPOSITIONS = new Set(['a', 'al', 'ao', 'aos', 'à', 'às', 'au', 'aux', 'para', 'por', 'pour', 'contra', 'sobre', 'sur']);
const ROMANCE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'l', "'", '’', 'o', 'os', 'as']);

/** A body's head right after token `j` and its articles. */
function headAfter(tokens: Token[], j: number, heads: Map<string, BodyKind> | undefined): boolean {
  let k = j + 1;
  while (k < tokens.length && k < j + 3 && ROMANCE_ARTICLES.has(tokens[k].key)) k++;
  return heads !== undefined && k < tokens.length && headAt(tokens, k, heads) !== undefined;
}

/**
 * A preposition goes on with the name when a capitalized word that is no country, place, person or
 * body's head follows it (after an article): "para los Refugiados", not "para Colombia", "a Petro",
 * "por la Comisión".
 */
function prepositionGoesOn(tokens: Token[], j: number, cues: CueIndex, heads: Map<string, BodyKind>): boolean {
  let k = j + 1;
  while (k < tokens.length && k < j + 3 && ROMANCE_ARTICLES.has(tokens[k].key)) k++;
  const next = tokens[k];
  return next !== undefined && next.cap && isWord(next) && !cues.starts.has(k) && next.text !== next.text.toUpperCase() && !headAt(tokens, k, heads);
}

/**
 * "Ministerio de Salud", "Supremo Tribunal Federal", "ministère des Affaires étrangères", "Policía Nacional",
 * "ministère iranien des Affaires étrangères", "gobierno cubano" (a country adjective after the head).
 */
function romanceShape(tokens: Token[], text: string, i: number, head: HeadMatch, language: Language, cues: CueIndex): Shape | undefined {
  let from = i;
  // Capitalized adjectives before the head: "Supremo Tribunal Federal".
  while (from > 0 && tokens[from - 1].cap && ROMANCE_ADJECTIVES.has(tokens[from - 1].key) && sameLine(text, tokens[from - 1], tokens[from])) from--;
  let to = i + head.length;
  let j = to;
  let adjectiveTokens = 0;
  for (let n = 0; j < tokens.length && n < MAX_COMPLEMENT_WORDS + 2; n++) {
    const t = tokens[j];
    if (!sameLine(text, tokens[j - 1], t)) break;
    const adjectiveEnd = cues.adjectiveEnds.get(j);
    if (adjectiveEnd !== undefined && !t.cap) {
      adjectiveTokens += adjectiveEnd - j;
      to = j = adjectiveEnd;
      continue;
    }
    if ((t.cap && isWord(t)) || ROMANCE_ADJECTIVES.has(t.key) || frenchLowercaseWord(tokens, i, j, language, to === j)) to = j + 1;
    // "Ministerio de Agricultura, Pesca y Alimentación": a comma inside a list the name closes.
    else if (t.key === ',' && to === j && isListComma(tokens, j, ROMANCE_AND)) n--;
    // "el Ejército y la Policía Nacional": two bodies, not one name.
    else if (ROMANCE_AND.has(t.key) && headAfter(tokens, j, HEADS.get(language))) break;
    else if (!ROMANCE_CONNECTORS.has(t.key) && !(ROMANCE_PREPOSITIONS.has(t.key) && prepositionGoesOn(tokens, j, cues, HEADS.get(language) ?? new Map()))) break;
    j++;
  }
  to = seatEnd(tokens, text, i, to);
  // A lowercase head needs a complement ("el ministerio de Salud"); a bare one is a common noun,
  // unless it is capitalized and names the country's body by itself ("el Gobierno").
  const bare = from === i && to === i + head.length;
  if (bare && !(tokens[i].cap && SHAPES.bareNames[tokens.slice(i, to).map((t) => t.key).join(' ')])) return undefined;
  return { from, to, adjectiveTokens };
}

/** Diplomatic missions, named after the country that sends them and, after it, their seat. */
export const MISSION_RE = /^(?:embassy|consulate|embajada|consulado|embaixada|ambassade|consulat)$/iu;
const SEAT_PREPOSITIONS = new Set(['en', 'em', 'à', 'in', 'no', 'na']);

/** "Embajada de China en Cuba", "Embaixada do Brasil em Pequim": a mission's name goes on to its seat. */
function seatEnd(tokens: Token[], text: string, head: number, to: number): number {
  if (!MISSION_RE.test(tokens[head].text) || to === head + 1 || !SEAT_PREPOSITIONS.has(tokens[to]?.key ?? '')) return to;
  let j = to + 1;
  if (ROMANCE_ARTICLES.has(tokens[j]?.key ?? '') && tokens[j].cap) j++;
  let end = to;
  while (j < tokens.length && j < to + 5 && tokens[j].cap && isWord(tokens[j]) && sameLine(text, tokens[j - 1], tokens[j])) end = ++j;
  return end;
}

/** Words that end a French name written in lowercase: verbs, pronouns, prepositions, dates. */
const FRENCH_STOP = new Set(
  'a à au aux ont est sont était étaient sera seront avait avaient aurait doit doivent peut peuvent va vont fait qui que qu dont où ou mais ni en dans pour par sur avec sans selon contre entre vers chez depuis pendant lors après avant ce cette ces cet son sa ses leur leurs se s ne n pas plus y il elle ils elles on hier aussi déjà également notamment lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(
    ' ',
  ),
);
const FRENCH_PREPOSITIONS = new Set(['de', 'du', 'des', 'd']);
/** Endings of French adjectives, so a verb right after the head ("le Conseil juge …") is not read as one. */
const FRENCH_ADJECTIVE_RE = /(?:ale?s?|aux|elle?s?|els|aires?|iques?|ifs?|ives?|iens?|iennes?|i[eè]re?s?|ante?s?|ente?s?|eure?s?|aises?|oise?s?|aine?s?|ée?s?)$/u;

/**
 * French names keep their words after the first in lowercase: "Cour de cassation", "Commission de
 * contrôle des banques", "Cour nationale du droit d'asile". Under a capitalized head, a lowercase word
 * goes on with the name after a preposition (its noun) or right after a word of the name (its adjective).
 */
function frenchLowercaseWord(tokens: Token[], head: number, j: number, language: Language, follows: boolean): boolean {
  const t = tokens[j];
  if (language !== 'fr' || !tokens[head].cap || t.cap || !isWord(t) || FRENCH_STOP.has(t.key) || ROMANCE_ARTICLES.has(t.key) || /^\p{N}/u.test(t.text)) return false;
  let k = j - 1;
  if (["'", '’'].includes(tokens[k].key)) k--;
  if (ROMANCE_ARTICLES.has(tokens[k].key) && !FRENCH_PREPOSITIONS.has(tokens[k].key)) k--;
  if (["'", '’'].includes(tokens[k]?.key ?? '')) k--;
  return FRENCH_PREPOSITIONS.has(tokens[k]?.key ?? '') || (follows && FRENCH_ADJECTIVE_RE.test(t.key));
}
