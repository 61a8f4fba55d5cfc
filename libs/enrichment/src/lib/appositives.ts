import { Candidate, Cue } from './candidates';
import { EXCLUDED, NOT_NAME_START, isWord, sameLine } from './shape-words';
import { Token } from './text';
import { BodyKind } from './types';

// Bodies with a name of their own that the story describes beside it: "Migración Colombia, the
// country's migration agency, said", "the energy regulator Epra". A name no list holds and no head
// shapes is known as a government body by the common noun the story gives it.

/** Descriptions that make the name beside them a government body, with its kind. */
const DESCRIPTION_HEADS = new Map<string, BodyKind>([
  ['agency', 'executive'],
  ['authority', 'regulator'],
  ['regulator', 'regulator'],
  ['ministry', 'executive'],
  ['department', 'executive'],
  ['directorate', 'executive'],
  ['inspectorate', 'regulator'],
  ['ombudsman', 'regulator'],
  ['commission', 'regulator'],
  ['council', 'subnational'],
  ['legislature', 'legislature'],
  ['parliament', 'legislature'],
  ['court', 'judiciary'],
  ['tribunal', 'judiciary'],
  ['police', 'law_enforcement'],
]);
/** Heads that come before the name they describe: "the energy regulator Epra", "the state agency Cal Fire". */
const HEADS_BEFORE_NAME = new Set(['agency', 'authority', 'regulator']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words of a description that make it a private body's or a person's: "a private agency", "a former ministry". */
const NOT_PUBLIC = new Set(['private', 'nonprofit', 'non', 'charitable', 'advocacy', 'lobby', 'industry', 'trade', 'business', 'ratings', 'credit', 'travel', 'advertising', 'talent', 'former', 'dating']);
const PREPOSITIONS = new Set(['of', 'for', 'by', 'with', 'to', 'at', 'in', 'on', 'from', 'and', 'or']);
/** What may follow a description after a name: the end of the apposition or a clause about the body. */
const AFTER_DESCRIPTION = new Set([',', '.', ';', ':', ')', 'that', 'which', 'responsible', 'charged', 'tasked', 'set', 'created', 'established', 'known', 'in', 'for', 'overseeing']);
/** Lowercase words inside a name: "Comhairle nan Eilean Siar", "Office for Budget Responsibility". */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', '&', 'de', 'del', 'la', 'do', 'da', 'du', 'des', 'nan', 'na', 'y', 'et', 'e']);
const MAX_NAME_TOKENS = 8;
const MAX_DESCRIPTION_TOKENS = 5;

/** Nouns of a description that make the name beside it a private or civil body, not a government one. */
const PRIVATE_NOUNS = String.raw`(?:group|organi[sz]ation|association|union|coalition|company|utility|firm|lobby|charity|nonprofit|non-profit|think[- ]tank|federation|network|foundation|alliance|society|newspaper|broadcaster|university|organización|organização|organisation|asociación|associação|sindicato|syndicat|ONG|NGO|empresa|entreprise|fundación|fundação|fondation|grupo|groupe|coalición|federación|federação|fédération)`;
/** After the name: ", a Washington-based advocacy group,", ", une association de défense des…". */
const PRIVATE_AFTER_RE = new RegExp(String.raw`^,\s+(?:a|an|the|una?|uma?|une?|la|le|el|o)\s+(?:[\p{L}-]+\s+){0,3}?${PRIVATE_NOUNS}(?![\p{L}])`, 'iu');
/** Before the name: "the advocacy group", "le syndicat", "la ONG". */
const PRIVATE_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}])(?:the|la|le|el|o|a)\s+(?:[\p{L}-]+\s+)?${PRIVATE_NOUNS}\s+$`, 'iu');
/** A description that still makes the body public: "a government-funded group", "a UN organization", "a cross-party group of MPs". */
const PUBLIC_WORD_RE =
  /(?<![\p{L}])(?:government|governmental|intergovernmental|state-run|UN|U\.N\.|public|pública|público|publique|gouvernemental|gubernamental|governamental|cross-party|parliamentary|MPs|lawmakers|legislators|senators|ministers|diputados|deputados|députés|parlementaires|senadores|sénateurs)(?![\p{L}])/iu;

/**
 * Shapes whose name the story describes as a private or civil body ("The American Immigration
 * Council, a Washington-based advocacy group, said", "le syndicat Alliance Police"), in all their mentions.
 */
export function withoutPrivateBodies(shapes: Candidate[], text: string): Candidate[] {
  const described = (c: Candidate) => {
    const after = PRIVATE_AFTER_RE.exec(text.slice(c.end, c.end + 80));
    if (after) return !PUBLIC_WORD_RE.test(after[0]);
    return PRIVATE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 30), c.start));
  };
  const names = new Set(shapes.filter(described).map((c) => text.slice(c.start, c.end)));
  return names.size === 0 ? shapes : shapes.filter((c) => !names.has(text.slice(c.start, c.end)));
}

/** Names described by a government body's common noun, as shapes of the kind the noun gives. */
export function describedNames(tokens: Token[], text: string, cues: Cue[]): Candidate[] {
  const cueSpans = new Set(cues.map((c) => `${c.ti}:${c.tj}`));
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (t.key === ',' && ARTICLES.has(tokens[i + 1]?.key ?? '')) {
      const kind = descriptionAfter(tokens, i + 2);
      const from = kind && nameStartBefore(tokens, text, i);
      if (kind && from !== undefined && !cueSpans.has(`${from}:${i}`)) out.push(shaped(tokens, from, i, kind));
    }
    const head = DESCRIPTION_HEADS.get(t.key);
    if (head && !t.cap && HEADS_BEFORE_NAME.has(t.key) && describedBefore(tokens, i)) {
      const to = nameEndAfter(tokens, text, i + 1);
      if (to !== undefined && !cueSpans.has(`${i + 1}:${to}`)) out.push(shaped(tokens, i + 1, to, head));
    }
  });
  return out;
}

const shaped = (tokens: Token[], from: number, to: number, kind: BodyKind): Candidate => ({
  start: tokens[from].start,
  end: tokens[to - 1].end,
  lexemes: [{ type: 'shaped', kind, described: true }],
  priority: 1,
});

/** ", the country's migration agency,": the kind of the description starting at `from` (after its article), if it ends the apposition. */
function descriptionAfter(tokens: Token[], from: number): BodyKind | undefined {
  for (let j = from; j < tokens.length && j - from < MAX_DESCRIPTION_TOKENS; j++) {
    const t = tokens[j];
    const kind = t.cap ? undefined : DESCRIPTION_HEADS.get(t.key);
    if (kind) {
      const next = tokens[j + 1];
      const keys = tokens.slice(from, j).map((w) => w.key);
      const closes = next === undefined || AFTER_DESCRIPTION.has(next.key);
      return closes && !EXCLUDED.anyIn(keys) && !keys.some((k) => NOT_PUBLIC.has(k)) ? kind : undefined;
    }
    if (PREPOSITIONS.has(t.key) || (!isWord(t) && t.key !== "'s" && t.key !== '-')) return undefined;
  }
  return undefined;
}

/**
 * ", the provincial agency that manages …" after a name: the article at `article` opens a
 * description of that name (a body already, or one `describedNames` makes), not another body.
 */
export function describesNameBefore(tokens: Token[], article: number, head: number): boolean {
  const [name, next] = [tokens[article - 2], tokens[head + 1]];
  return ARTICLES.has(tokens[article]?.key ?? '') && tokens[article - 1]?.key === ',' && name !== undefined && isNameWord(name) && (next === undefined || AFTER_DESCRIPTION.has(next.key));
}

/** "the water regulator": an article and description words right before the head at `head`. */
function describedBefore(tokens: Token[], head: number): boolean {
  for (let j = head - 1; j >= 0 && head - j <= MAX_DESCRIPTION_TOKENS; j--) {
    const t = tokens[j];
    // One description word at least: "the agency Reuters" may be the agency speaking to Reuters.
    if (ARTICLES.has(t.key)) return j < head - 1;
    if (t.cap || !isWord(t) || PREPOSITIONS.has(t.key) || NOT_PUBLIC.has(t.key) || EXCLUDED.has(t.key)) return false;
  }
  return false;
}

/** A capitalized word of two letters or more: "S$74,000" opens no name. */
const isNameWord = (t: Token) => t.cap && isWord(t) && t.text.length > 1;

/** The first token of a capitalized name ending right before `end`, which opens its sentence or clause. */
function nameStartBefore(tokens: Token[], text: string, end: number): number | undefined {
  let from = end;
  while (from > 0 && end - from < MAX_NAME_TOKENS && sameLine(text, tokens[from - 1], tokens[from])) {
    const p = tokens[from - 1];
    if (isNameWord(p) || (NAME_CONNECTORS.has(p.key) && from < end && isNameWord(tokens[from - 2] ?? p))) from--;
    else break;
  }
  while (from < end && !isNameWord(tokens[from])) from++;
  if (from < end && tokens[from].key === 'the') from++;
  return from < end && isNameWord(tokens[from]) && !NOT_NAME_START.has(tokens[from].key) && isNameWord(tokens[end - 1]) ? from : undefined;
}

/** The end of a capitalized name starting at `from`, not followed by another capitalized word. */
function nameEndAfter(tokens: Token[], text: string, from: number): number | undefined {
  if (!tokens[from] || !isNameWord(tokens[from]) || NOT_NAME_START.has(tokens[from].key)) return undefined;
  let to = from + 1;
  while (to < tokens.length && to - from < MAX_NAME_TOKENS && sameLine(text, tokens[to - 1], tokens[to])) {
    const t = tokens[to];
    if (isNameWord(t) || (NAME_CONNECTORS.has(t.key) && tokens[to + 1] && isNameWord(tokens[to + 1]))) to++;
    else break;
  }
  return isNameWord(tokens[to - 1]) ? to : undefined;
}
