import { Candidate, removeOverlaps } from './candidates';
import { TextContext } from './context';
import { scanDepartments, scanDistrictOffices, scanLeaderGovernments, scanLocalPolice, scanShortRefs } from './patterns';
import { Resolved, resolveLexemes } from './resolve';
import { BodyRef, TaggedBody } from './types';

/** A mention in text order with the bodies it denotes (coordinated country adjectives give several). */
export interface ResolvedMention extends Resolved {
  surface: string;
}

export function findMentions(ctx: TextContext): ResolvedMention[] {
  const { text, tokens, cues } = ctx;
  const isCountry = (start: number, end: number) =>
    cues.some((c) => c.start === start && c.end === end && c.type !== 'place');
  const candidates = removeOverlaps([
    ...ctx.gazetteerMatches,
    ...scanDepartments(text),
    ...scanLocalPolice(tokens, text, isCountry),
    ...scanDistrictOffices(text),
    ...scanLeaderGovernments(tokens),
    ...scanShortRefs(text),
  ]);
  const mentions: Resolved[] = [];
  const acronyms = new Map<string, BodyRef[]>();
  candidates.forEach((cand, i) => {
    const resolved = resolveCandidate(ctx, cand, mentions);
    if (!resolved) return;
    linkAcronym(ctx, resolved, candidates[i + 1], acronyms, mentions);
    mentions.push(resolved);
  });
  mentions.push(...acronymMentions(ctx, acronyms, mentions));
  return mentions
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ ...m, surface: text.slice(m.start, m.end) }));
}

function resolveCandidate(ctx: TextContext, cand: Candidate, before: Resolved[]): Resolved | undefined {
  const [first] = cand.lexemes;
  if (first.type !== 'shortref') return resolveLexemes(ctx, cand, cand.lexemes);
  const antecedent = findAntecedent(before, first.head);
  return antecedent && { start: cand.start, end: cand.end, refs: [antecedent] };
}

const AGENCY_KINDS = new Set(['executive', 'regulator', 'law_enforcement', 'intelligence', 'intergovernmental']);

/** "the Ministry" -> the last ministry named; "the agency" -> the last agency-like body. */
function findAntecedent(before: Resolved[], head: string): BodyRef | undefined {
  for (let i = before.length - 1; i >= 0; i--) {
    const ref = before[i].refs.find((r) =>
      head === 'agency' ? AGENCY_KINDS.has(r.kind) && !r.name.startsWith('Government') : r.name.toLowerCase().includes(head),
    );
    if (ref) return ref;
  }
  return undefined;
}

const ACRONYM_DEF = /^\s*\(([\p{Lu}][\p{L}.&-]{1,11})\)/u;

/**
 * "Ministry of the Interior (Minint)": a known acronym lends its curated entry to the long form;
 * an unknown one becomes an alias of the long form for the rest of the text.
 */
function linkAcronym(
  ctx: TextContext,
  long: Resolved,
  next: Candidate | undefined,
  acronyms: Map<string, BodyRef[]>,
  mentions: Resolved[],
): void {
  const m = ACRONYM_DEF.exec(ctx.text.slice(long.end, long.end + 16));
  if (!m) return;
  const start = long.end + m[0].indexOf(m[1]);
  if (next && next.start === start) {
    const known = resolveLexemes(ctx, next, next.lexemes);
    if (known) long.refs = known.refs;
    return;
  }
  if (!abbreviates(m[1], ctx.text.slice(long.start, long.end))) return;
  acronyms.set(m[1], long.refs);
  mentions.push({ start, end: start + m[1].length, refs: long.refs });
}

/** Letters of the acronym appear in order in the long form, starting with its first letter. */
function abbreviates(acronym: string, long: string): boolean {
  const a = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  const l = long.toLowerCase();
  if (a[0] !== l[0]) return false;
  let j = 0;
  for (const ch of l) if (ch === a[j]) j++;
  return j === a.length;
}

function acronymMentions(ctx: TextContext, acronyms: Map<string, BodyRef[]>, taken: Resolved[]): Resolved[] {
  if (acronyms.size === 0) return [];
  const free = (s: number, e: number) => !taken.some((t) => s < t.end && t.start < e);
  return ctx.tokens
    .filter((t) => acronyms.has(t.text) && free(t.start, t.end))
    .map((t) => ({ start: t.start, end: t.end, refs: acronyms.get(t.text) ?? [] }));
}

/** One entry per distinct body (name + country), with all its mentions in text order. */
export function groupBodies(mentions: ResolvedMention[]): TaggedBody[] {
  const byKey = new Map<string, TaggedBody>();
  for (const m of mentions) {
    for (const ref of m.refs) {
      const key = `${ref.name}|${ref.country}`;
      const body = byKey.get(key) ?? { ...ref, mentions: [] };
      body.mentions.push({ surface: m.surface, start: m.start, end: m.end });
      byKey.set(key, body);
    }
  }
  return [...byKey.values()];
}
