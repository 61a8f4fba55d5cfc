import { Candidate, Cue, cueAtToken, scanCues, scanGazetteer } from './candidates';
import { Language, languageOf } from './language';
import { COUNTRY_BY_CODE } from './gazetteer';
import { DATELINE, firstIndexAfter, Span, splitSentences, spanIndexAt, Token, tokenize, within } from './text';

/** Everything resolution needs to know about the text, computed once. */
export interface TextContext {
  text: string;
  /** The article's language: chooses body shapes and stance cues. */
  language: Language;
  tokens: Token[];
  sentences: Span[];
  cues: Cue[];
  /** Phrases of the gazetteer found in the text (body names, aliases, acronyms, generic heads). */
  gazetteerMatches: Candidate[];
  /** Countries by number of cues and of mentions of their own curated bodies, most frequent first. */
  ranked: string[];
  /** Most frequent subnational place per country ("South Dakota" for US). */
  topPlace: Map<string, Cue>;
}

export function buildContext(text: string, declaredLanguage?: string): TextContext {
  const tokens = tokenize(text);
  const cues = scanCues(tokens);
  const gazetteerMatches = scanGazetteer(tokens);
  const language = languageOf(tokens, declaredLanguage);
  const ranked = speakersFirst(rankCountries([...cues.map((c) => c.code), ...gazetteerMatches.map((m) => curatedCountry(m, text)), ...datelineVotes(text, cues)]), language);
  return { text, language, tokens, sentences: splitSentences(text), cues, gazetteerMatches, ranked, topPlace: topPlaces(cues) };
}

/**
 * The country of a phrase that can only name curated bodies of one state ("Home Office": GB): a
 * story about a UK ministry is about the UK even when it names Sudan as often as the UK. An acronym
 * counts only where it defines a long form ("Ministry of the Interior (Minint)"): other countries'
 * bodies bear it too ("EPA" in an Irish story).
 */
function curatedCountry(match: Candidate, text: string): string | undefined {
  const defined = text[match.start - 1] === '(';
  const countries = new Set(match.lexemes.map((lx) => (lx.type === 'entry' && (!lx.acronym || defined) ? lx.entry.country : undefined)));
  const [only] = countries;
  return countries.size === 1 && only !== 'INT' ? only : undefined;
}

/** A paragraph opening with a wire dateline: "NEW DELHI — ", "NAIROBI, Kenya, Dec. 4 (Reuters) – ". */
const DATELINE_RE = new RegExp(String.raw`(?:^|\n)${DATELINE}`, 'u');
/** How far into the text a dateline may stand (after a headline). */
const DATELINE_REACH = 600;
/** How many mentions the dateline's country counts as: the story is told from there. */
const DATELINE_VOTES = 3;

/** The country of a wire dateline's place, counted as several mentions ("NEW DELHI —" in a story about a trade pact with the UK). */
function datelineVotes(text: string, cues: Cue[]): string[] {
  const m = DATELINE_RE.exec(text.slice(0, DATELINE_REACH));
  if (!m) return [];
  const place = within(cues, m.index, m.index + m[0].length).find((c) => c.type !== 'leader');
  return place ? Array<string>(DATELINE_VOTES).fill(place.code) : [];
}

function rankCountries(codes: (string | undefined)[]): string[] {
  const counts = new Map<string, number>();
  for (const code of codes) if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/**
 * In a Spanish, Portuguese or French article the countries that speak its language come first: a
 * Bogotá paper's "Fiscalía General de la Nación" is Colombia's though it names the United States
 * more often.
 */
function speakersFirst(ranked: string[], language: Language): string[] {
  if (language === 'en') return ranked;
  const speaks = (code: string) => speaksLanguage(code, language);
  return [...ranked.filter(speaks), ...ranked.filter((c) => !speaks(c))];
}

function speaksLanguage(code: string, language: Language): boolean {
  return COUNTRY_BY_CODE.get(code)?.languages?.includes(language) === true;
}

function topPlaces(cues: Cue[]): Map<string, Cue> {
  const counts = new Map<string, number>();
  const top = new Map<string, Cue>();
  for (const c of cues) {
    if (c.type !== 'place' || !c.place || c.city) continue;
    const n = (counts.get(c.place) ?? 0) + 1;
    counts.set(c.place, n);
    const best = top.get(c.code);
    if (!best || n > (counts.get(best.place ?? '') ?? 0)) top.set(c.code, c);
  }
  return top;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(ctx: TextContext, offset: number): number {
  return firstIndexAfter(ctx.tokens, (t) => t.end <= offset);
}

/** Whether a word of the text between `from` and `to` is one of `words` (token keys): a cheap test before a pattern that needs one. */
export function holdsAny(ctx: TextContext, from: number, to: number, words: ReadonlySet<string>): boolean {
  const { tokens } = ctx;
  for (let i = tokenAt(ctx, from); i < tokens.length && tokens[i].start < to; i++) if (words.has(tokens[i].key)) return true;
  return false;
}

export function sentenceOf(ctx: TextContext, offset: number): Span {
  return ctx.sentences[spanIndexAt(ctx.sentences, offset)] ?? { start: 0, end: ctx.text.length };
}

/** Cues usable as modifiers of a body name: countries, adjectives and places, not leaders. */
export const MODIFIER_TYPES = new Set(['name', 'adjective', 'place']);

export interface Modifiers {
  cues: Cue[];
  /** New start when adjectives are part of the surface ("Cuban government"). */
  start: number;
  /** New end when an "of <Country>" complement is part of the surface. */
  end: number;
}

/**
 * Country modifiers attached to a mention: "Cuban government", "Russian and Syrian defense ministries",
 * "India's Supreme Court" (possessive, not part of the surface), "government of India".
 */
export function modifiersOf(ctx: TextContext, start: number, end: number): Modifiers {
  const { tokens, cues } = ctx;
  const ti = tokenAt(ctx, start);
  const tj = tokenAt(ctx, end);
  // "pro-Russian forces" are not Russia's.
  const endingAt = (t: number) => {
    const c = cueAtToken(cues, t, 'tj');
    return c && MODIFIER_TYPES.has(c.type) && tokens[c.ti - 1]?.text !== '-' ? c : undefined;
  };
  const result: Modifiers = { cues: [], start, end };
  const possessive = tokens[ti - 1]?.key === "'s";
  // "India's environment ministry": an owner's possessive names a common noun as an adjective would; "India's Supreme Court" is named without it.
  const ownerInSurface = !possessive || /^\p{Ll}/u.test(ctx.text.slice(start, start + 1));
  // "Washington State Legislature": a place whose last word opens the name ("State Legislature").
  const sharing = cueAtToken(cues, ti + 1, 'tj');
  if (!possessive && sharing?.type === 'place' && sharing.ti < ti) return { cues: [sharing], start: sharing.start, end };
  let cue = endingAt(possessive ? ti - 1 : ti);
  while (cue) {
    result.cues.unshift(cue);
    if (ownerInSurface) result.start = cue.start;
    cue = tokens[cue.ti - 1]?.key === 'and' ? endingAt(cue.ti - 1) : undefined;
  }
  if (result.cues.length === 0 && tokens[tj]?.key === 'of') {
    const k = tokens[tj + 1]?.key === 'the' ? tj + 2 : tj + 1;
    const after = cueAtToken(cues, k, 'ti');
    if (after && MODIFIER_TYPES.has(after.type)) {
      result.cues.push(after);
      result.end = after.end;
    }
  }
  return result;
}

/**
 * Country of an unqualified mention: a single country named in the same sentence when it is one
 * of the article's main countries (in a Spanish, Portuguese or French article, one that speaks its
 * language when the dominant country does), else the article's dominant country; `notIn` excludes countries
 * that cannot own such a body; `until`, where the sentence's countries stop counting (an official's words after
 * the title name what the official speaks of, not whose official it is).
 */
export function contextCountry(ctx: TextContext, offset: number, notIn: readonly string[] = [], until?: number): string | undefined {
  const s = sentenceOf(ctx, offset);
  const inSentence = new Set(
    within(ctx.cues, s.start, until ?? s.end)
      .filter((c) => c.type !== 'leader' && !notIn.includes(c.code))
      .map((c) => c.code),
  );
  const main = ctx.ranked.filter((c) => !notIn.includes(c));
  if (inSentence.size === 1) {
    const [only] = inSentence;
    // "buscados por Estados Unidos" does not make a body named in Spanish American.
    const foreignTongue = ctx.language !== 'en' && !speaksLanguage(only, ctx.language) && speaksLanguage(main[0] ?? '', ctx.language);
    if (main.slice(0, 3).includes(only) && !foreignTongue) return only;
  }
  if (main.length > 0) return main[0];
  return notIn.includes('US') ? undefined : 'US';
}
