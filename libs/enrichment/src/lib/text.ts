/** Word-level tokens with offsets; `key` is the case- and punctuation-folded form used for lookups. */
export interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
  cap: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/** Folds case, curly apostrophes and dots so "U.S." ~ "US" and "General’s" ~ "General's". */
export function keyOf(word: string): string {
  return foldedKey(word.toLowerCase());
}

const foldedKey = (lower: string) => (lower.includes('.') || lower.includes('’') ? lower.replace(/’/g, "'").replace(/\./g, '') : lower);

/** Character classes of the tokenizer, by code point. */
const SPACE = 1;
const LETTER = 2;
const UPPER = 3;
const SYMBOL = 0;
/** Classes of the Basic Multilingual Plane, filled as they are met (-1: not yet). */
const BMP_CLASSES = new Int8Array(0x10000).fill(-1);

function classOf(cp: number): number {
  const known = cp < 0x10000 ? BMP_CLASSES[cp] : -1;
  if (known >= 0) return known;
  const ch = String.fromCodePoint(cp);
  const k = /\s/u.test(ch) ? SPACE : /\p{Lu}/u.test(ch) ? UPPER : /[\p{L}\p{N}]/u.test(ch) ? LETTER : SYMBOL;
  if (cp < 0x10000) BMP_CLASSES[cp] = k;
  return k;
}

const isLetter = (k: number) => k === LETTER || k === UPPER;
const DOT = 46;
const S = 115;
/** A character of \w, which ends a possessive's "\b" ("'s" before "a" is no possessive). */
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Every word of a text, as /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+|['’]s\b|[^\s\p{L}\p{N}]/gu reads it: dotted
 * abbreviations (U.S.) first, then letters and digits, a possessive 's, any other symbol. Hyphens split
 * words so "NASA-inspired" and "U.S.-led" expose the name. A scan by character class, not that regular
 * expression: this is the enricher's first pass over each article, and the scan takes half the time
 * (text.spec.ts holds them to the same tokens).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number) => {
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    tokens.push({ text: word, key: foldedKey(lower), start, end, cap: word[0] !== lower[0] });
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    let end = i + width;
    if (k === SPACE) {
      i = end;
      continue;
    }
    if (k === UPPER) end = Math.max(end, dottedEnd(text, i));
    if (end === i + width && isLetter(k)) end = letterEnd(text, end);
    else if (end === i + width && (cp === 39 || cp === 0x2019) && text.charCodeAt(i + 1) === S && !isAsciiWordChar(text.charCodeAt(i + 2))) end = i + 2;
    push(i, end);
    i = end;
  }
  return tokens;
}

/** End of a dotted abbreviation of two letters or more ("U.S."), or `i` where none starts. */
function dottedEnd(text: string, i: number): number {
  let j = i;
  let letters = 0;
  for (let cp = text.codePointAt(j) ?? 0; classOf(cp) === UPPER; cp = text.codePointAt(j) ?? 0) {
    const width = cp > 0xffff ? 2 : 1;
    if (text.charCodeAt(j + width) !== DOT) break;
    j += width + 1;
    letters++;
  }
  return letters >= 2 ? j : i;
}

/** End of the run of letters and digits going on at `j`. */
function letterEnd(text: string, j: number): number {
  while (j < text.length) {
    const cp = text.codePointAt(j) ?? 0;
    if (!isLetter(classOf(cp))) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** Lookup key of a whole phrase, consistent with token keys. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.key)
    .join(' ');
}

const NAME_CONNECTIVES = /^(?:of|the|for|and|on|de|del|la|le|les|du|des|da|do|das|dos|y|e|et)$/iu;

/** First letters of a name's words, connectives left out: "Veterans Health Administration" -> "VHA". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter((w) => w && !NAME_CONNECTIVES.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Whether a mixed-case acronym spells a name: each capital begins a word, a small letter goes on
 * with the word or begins a connective, and only connectives are left out ("PennDOT": Pennsylvania
 * Department of Transportation; "MoHRE": Ministry of Human Resources and Emiratisation).
 */
export function spellsWords(acronym: string, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u).filter(Boolean);
  const connective = (w: string) => NAME_CONNECTIVES.test(w);
  const match = (i: number, w: number, at: number): boolean => {
    if (i === acronym.length) return words.slice(w + 1).every(connective);
    const letter = acronym[i].toLowerCase();
    if (acronym[i] === letter && w >= 0 && words[w][at] === letter && match(i + 1, w, at + 1)) return true;
    for (let k = w + 1; k < words.length; k++) {
      if (words[k][0] === letter && (acronym[i] !== letter || connective(words[k])) && match(i + 1, k, 1)) return true;
      if (!connective(words[k])) return false;
    }
    return false;
  };
  return words.length > 1 && match(0, -1, 0);
}

// Words after which a period does not end a sentence (titles, US state abbreviations, initials).
const NO_BREAK_AFTER =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Cmdr|Adm|Maj|Prof|St|Jr|Sr|Rev|Hon|Rt|No|vs|Inc|Corp|Co|Ltd|Calif|Fla|Minn|Mass|Penn|Va|Ind|Ill|Mich|Wis|Ariz|Colo|Conn|Ore|Wash|Tenn|Ky|La|Md|Mo|Okla|Ala|Ga|Nev|Tex|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)|\b\p{Lu})$/u;
/** A day and an abbreviated Spanish, Portuguese or French month in a dateline: "QUITO, 3 dic. —", "BRASÍLIA, 3 dez. —", "PARIS, 4 févr. —". */
const DAY_MONTH = /\b\d{1,2}\s+(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic|jan|fev|fév|mai|set|out|dez|janv|févr|avr|juil|déc)$/iu;
const BREAK_RE = /[.!?]+["”’)\]]*(?=\s)|\n+/g;

/** Sentence spans, trimmed; breaks after abbreviations such as "U.S." or "Gov." are skipped. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK_RE)) {
    const end = m.index + m[0].length;
    const before = m[0][0] === '.' ? text.slice(Math.max(0, m.index - 12), m.index) : '';
    if (before && (NO_BREAK_AFTER.test(before) || DAY_MONTH.test(before))) {
      if (!/\s\s|\n/.test(text.slice(end, end + 2))) continue;
    }
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Index of the span containing `offset` (spans sorted, binary search). */
export function spanIndexAt(spans: Span[], offset: number): number {
  return Math.max(0, firstIndexAfter(spans, (s) => s.start <= offset) - 1);
}

/** Index of the first element of `sorted` that `before` no longer holds for (a binary search). */
export function firstIndexAfter<T>(sorted: readonly T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items of a start-sorted list lying inside [start, end) (binary search, then a scan). */
export function within<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstIndexAfter(sorted, (x) => x.start < start); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}

/** A wire dateline before a lead: "MADRID, 3 dic —", "NAIROBI, Kenya, Dec. 4 (Reuters) –", "TOKYO, Jan. 23 -", "WASHINGTON/SAN SALVADOR, Oct 2 —". */
export const DATELINE = String.raw`(?:\p{Lu}[\p{Lu}\s.'’/-]+(?:,[^—–\n]{1,40})?(?:\s*\([^)]{1,30}\))?\s*(?:[—–]|\s-)\s+)`;
