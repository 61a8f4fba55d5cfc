import { bodyTrie, caseAccepts, cueTrie, CueLexeme, Lexeme } from './lexicon';
import { HEAD_WORDS } from './shape-words';
import { firstIndexAfter, Token } from './text';

/** A stretch of text that may name a body; several lexemes when the phrase is ambiguous. */
export interface Candidate {
  start: number;
  end: number;
  lexemes: Lexeme[];
  /** Higher wins when spans tie (curated data beats patterns). */
  priority: number;
}

export interface Cue extends CueLexeme {
  start: number;
  end: number;
  /** Token range [ti, tj). */
  ti: number;
  tj: number;
}

/** The cue starting (`ti`) or ending (`tj`) at token `t`: cues never overlap, so both are sorted. */
export function cueAtToken(cues: Cue[], t: number, side: 'ti' | 'tj'): Cue | undefined {
  const cue = cues[firstIndexAfter(cues, (c) => c[side] < t)];
  return cue?.[side] === t ? cue : undefined;
}

export function scanGazetteer(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  // Read once: an imported binding is a getter call on every use, and this runs for every token.
  const [trie, accepts] = [bodyTrie, caseAccepts];
  for (let i = 0; i < tokens.length; ) {
    const m = trie.longestAt(tokens, i, accepts);
    if (!m) {
      i++;
      continue;
    }
    if (!isCode(tokens, m.end)) out.push({ start: tokens[i].start, end: tokens[m.end - 1].end, lexemes: m.values.map((p) => p.value), priority: 2 });
    i = m.end;
  }
  return out;
}

/** "EIB-204", "FAA-2024-0012": a name with a number joined by a hyphen is a document's code, not the body. */
export function isCode(tokens: Token[], end: number): boolean {
  const [hyphen, number] = [tokens[end], tokens[end + 1]];
  return hyphen?.text === '-' && hyphen.start === tokens[end - 1].end && number !== undefined && number.start === hyphen.end && /^\d/u.test(number.text);
}

export function scanCues(tokens: Token[]): Cue[] {
  const out: Cue[] = [];
  const [trie, accepts] = [cueTrie, caseAccepts];
  for (let i = 0; i < tokens.length; ) {
    const m = trie.longestAt(tokens, i, accepts);
    if (!m) {
      i++;
      continue;
    }
    const value = cueBefore(m.values.map((p) => p.value), tokens[m.end]);
    // Object.assign, not a spread: this runs for every cue of every article, and the spread costs more.
    out.push(Object.assign({ start: tokens[i].start, end: tokens[m.end - 1].end, ti: i, tj: m.end }, value));
    i = m.end;
  }
  return out;
}

/** Capitalized words after a state's name that make it the state's, not a capital's: "Washington Department of Ecology", "Washington Supreme Court". */
const STATE_BODY_WORDS: ReadonlySet<string> = new Set([...HEAD_WORDS, 'supreme', 'attorney', 'governor', 'secretary', 'state', 'legislature', 'senate']);

/** The reading of a cue phrase for the word after it: "Washington" is the capital's name, except right before a state body's head or title. */
function cueBefore(values: CueLexeme[], next: Token | undefined): CueLexeme {
  const beforeHead = next !== undefined && next.cap && STATE_BODY_WORDS.has(next.key);
  return values.find((v) => (v.beforeHead ?? false) === beforeHead) ?? values[0];
}

/** Keeps the longest candidate among overlapping ones (ties: higher priority, then earlier; the same span: both). */
export function removeOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const twin = kept.findIndex((k) => k.start === c.start && k.end === c.end);
    // One span read two ways ("court": a generic court needing a country, or the court named before) keeps both readings, in order.
    if (twin >= 0) kept[twin] = { ...kept[twin], lexemes: [...kept[twin].lexemes, ...c.lexemes] };
    else if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
