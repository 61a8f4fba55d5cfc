import {
  COUNTRIES,
  ENTRIES,
  GazetteerEntry,
  GENERIC_HEADS,
  GenericHead,
  LEADERS,
  MINISTRY_TOPICS,
  PLACES,
} from './gazetteer';
import type { ShapeLexeme } from './shapes';
import { isCapitalized, Token, tokenize } from './text';
import { PhraseTrie } from './trie';

/** What a matched phrase can denote; resolved to a body later, with context. */
export type Lexeme =
  | { type: 'entry'; entry: GazetteerEntry; acronym?: boolean }
  | { type: 'generic'; head: GenericHead }
  | { type: 'department'; topic: string; ministry: boolean }
  | { type: 'leaderGov'; country: string }
  | { type: 'local'; name: string; kind: 'law_enforcement' | 'judiciary' | 'subnational'; country?: string }
  | ShortRefLexeme
  | ShapeLexeme;

/**
 * A head named alone, referring back: `where` is the country or place named before it ("the Ohio
 * division"), `role` the holder's role an office is named by ("the sheriff's office").
 */
export interface ShortRefLexeme {
  type: 'shortref';
  head: string;
  where?: CueLexeme;
  role?: string;
}

/** A country cue: name, adjective, subnational place or leader, with the country it points to. */
export interface CueLexeme {
  code: string;
  type: 'name' | 'adjective' | 'place' | 'leader';
  place?: string;
  /** A city: a place of the story, never the state a state-level name ("the state government") means. */
  city?: boolean;
  /** A place only right before a capitalized head or title: elsewhere the name is a capital's ("Washington"). */
  beforeHead?: boolean;
}

/**
 * How a text token must be written to match a data token: any case (a lowercase data token), capitalized
 * (a capitalized one), or the same letters, dots and curly apostrophes aside (an acronym, an all-caps token).
 */
type CaseRule = 'any' | 'capitalized' | 'exact';

interface Phrase<T> {
  /** Each data token's written form, dots and curly apostrophes folded, and the rule it sets: read once, when the phrase is added. */
  forms: string[];
  rules: CaseRule[];
  value: T;
}

export const bodyTrie = new PhraseTrie<Phrase<Lexeme>>();
export const cueTrie = new PhraseTrie<Phrase<CueLexeme>>();

function add<T>(trie: PhraseTrie<Phrase<T>>, phrase: string, value: T, exact = false): void {
  const toks = tokenize(phrase);
  trie.add(
    toks.map((t) => t.key),
    { forms: toks.map((t) => stripDots(t.text)), rules: toks.map((t) => (exact ? 'exact' : caseRuleOf(t.text))), value },
  );
}

function caseRuleOf(form: string): CaseRule {
  if (form.length > 1 && form === form.toUpperCase() && /\p{L}/u.test(form)) return 'exact';
  return isCapitalized(form) ? 'capitalized' : 'any';
}

const stripDots = (s: string) => (s.includes('.') || s.includes('’') ? s.replace(/\./g, '').replace(/’/g, "'") : s);

/**
 * Case discipline: acronyms match exactly, all-caps tokens (US, BART) match exactly modulo dots,
 * capitalized data tokens need a capitalized text token; lowercase data tokens match any case.
 */
export function caseAccepts<T>(p: Phrase<T>, tokens: Token[], from: number): boolean {
  const { forms, rules } = p;
  for (let k = 0; k < rules.length; k++) {
    const token = tokens[from + k];
    if (rules[k] === 'exact' ? stripDots(token.text) !== forms[k] : rules[k] === 'capitalized' && !token.cap) return false;
  }
  return true;
}

for (const entry of ENTRIES) {
  for (const alias of [entry.name, ...entry.aliases]) add(bodyTrie, alias, { type: 'entry', entry });
  for (const acronym of entry.acronyms) add(bodyTrie, acronym, { type: 'entry', entry, acronym: true }, true);
}
for (const head of GENERIC_HEADS) add(bodyTrie, head.phrase, { type: 'generic', head });
for (const [written, topic] of MINISTRY_TOPICS) {
  // "the interior" is a topic after "Ministry of"; before "ministry" the article is not part of the name.
  if (written.startsWith('the ')) continue;
  const head = ministryHead(topic);
  for (const noun of ['ministry', 'ministries']) add(bodyTrie, `${written} ${noun}`, { type: 'generic', head });
}

/** "Ministry of <topic> of {C}"; the US has departments, not ministries. */
export function ministryHead(topic: string): GenericHead {
  return {
    phrase: topic,
    name: `Ministry of ${topic} of {C}`,
    kind: /defen[cs]e|armed forces/i.test(topic) ? 'military' : 'executive',
    notIn: ['US'],
  };
}

for (const c of COUNTRIES) {
  for (const n of c.names) add(cueTrie, n, { code: c.code, type: 'name' });
  for (const a of [...c.adjectives, ...(c.romanceAdjectives ?? [])]) add(cueTrie, a, { code: c.code, type: 'adjective' });
}
for (const p of PLACES) add(cueTrie, p.name, { code: p.country, type: 'place', place: p.name, city: p.city, beforeHead: p.beforeHead });
for (const [code, names] of Object.entries(LEADERS)) {
  for (const n of names) add(cueTrie, n, { code, type: 'leader' });
}

/** A leader name ending exactly at token `to` ("Joe Biden" in "Joe Biden administration"). */
export function leaderEndingAt(tokens: Token[], from: number, to: number): { code: string; ti: number } | undefined {
  for (let i = from; i < to; i++) {
    const m = cueTrie.longestAt(tokens, i, caseAccepts);
    const leader = m?.end === to ? m.values.find((p) => p.value.type === 'leader') : undefined;
    if (leader) return { code: leader.value.code, ti: i };
  }
  return undefined;
}
