import lexicon from '../lexicon/stance.json';
import { ResolvedMention } from './bodies';
import { TextContext, tokenAt } from './context';
import { officialsIn } from './officials';
import { polarityOf } from './polarity';
import { Span } from './text';
import { BodyRef, Stance } from './types';

const VERBS = new Set(lexicon.reportingVerbs);
const ACCORDING_RE = /\baccording to\s+/giu;
const ANAPHOR_RE = new RegExp(String.raw`(?:\b(?:${lexicon.pronounSubjects.join('|')})\s+(?:also\s+|then\s+|had\s+|has\s+)?|[,”"]\s*)$`, 'iu');
/** A subject is not one when a preposition governs it ("officials from the FBI said"). */
const GOVERNED_RE = /\b(?:by|from|with|against|to|of|on|at|in|into|between|including|among|about|over|under|than|and|for)\s+(?:the\s+)?$/iu;
const SPOKES_FOR_RE = /\bspokes\w*\s+for\s+(?:the\s+)?$/iu;
/** The gap before a verb ends in its own subject ("..., the statement said"). */
const PRONOUN_END_RE = new RegExp(String.raw`\b(?:${lexicon.pronounSubjects.join('|')})\s+(?:also\s+)?$`, 'iu');
const GROUP_NOUNS = new Set(lexicon.groupNouns.map((n) => n.toLowerCase()));
const MAX_SUBJECT_GAP = 60;
/** Sentences a pronoun may reach back over to find its actor. */
const MAX_ANAPHOR_DISTANCE = 3;

interface Actor {
  refs: BodyRef[];
  label?: string;
  explicit: boolean;
}

export function findStances(ctx: TextContext, mentions: ResolvedMention[]): Stance[] {
  const tagged = new Map(mentions.flatMap((m) => m.refs).map((r) => [r.name, r]));
  const stances: Stance[] = [];
  let current: Actor | undefined;
  let distance = 0;
  for (const s of ctx.sentences) {
    const text = ctx.text.slice(s.start, s.end);
    const verbs = verbsIn(ctx, s);
    const actor = verbs.length > 0 || text.includes('according to') ? actorOf(ctx, s, text, verbs, mentions, tagged) : undefined;
    const resolved = actor ?? (verbs.some((v) => ANAPHOR_RE.test(text.slice(0, v.start))) && distance <= MAX_ANAPHOR_DISTANCE ? current : undefined);
    distance++;
    if (!resolved) continue;
    const stance = toStances(resolved, s, text, actor !== undefined);
    stances.push(...stance);
    if (actor) {
      current = actor;
      distance = 0;
    }
  }
  return stances;
}

/** Reporting verbs of a sentence, with offsets relative to it. */
function verbsIn(ctx: TextContext, s: Span): Span[] {
  const out: Span[] = [];
  for (let i = tokenAt(ctx, s.start); i < ctx.tokens.length && ctx.tokens[i].start < s.end; i++) {
    const t = ctx.tokens[i];
    if (VERBS.has(t.key)) out.push({ start: t.start - s.start, end: t.end - s.start });
  }
  return out;
}

function toStances(actor: Actor, s: Span, text: string, explicit: boolean): Stance[] {
  const { polarity, strength, target } = polarityOf(text);
  if (polarity === 'neutral' && !(explicit && actor.explicit)) return [];
  const evidence = { text, start: s.start, end: s.end };
  const confidence = Math.min(0.95, (explicit ? 0.6 : 0.45) + 0.1 * strength);
  if (actor.label) return polarity === 'neutral' ? [] : [{ actor: actor.label, actorType: 'non_government', polarity, target, evidence, confidence }];
  return actor.refs.map((r) => ({ actor: r.name, actorType: 'government_body', polarity, target, evidence, confidence }));
}

/** Who takes the position in this sentence, by the strongest attribution pattern found. */
function actorOf(
  ctx: TextContext,
  s: Span,
  text: string,
  verbs: Span[],
  mentions: ResolvedMention[],
  tagged: Map<string, BodyRef>,
): Actor | undefined {
  const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
  const officials = officialsIn(ctx, s.start, s.end, tagged).map((o) => ({ ...o, start: o.start - s.start, end: o.end - s.start }));
  return (
    accordingTo(text, inSentence) ??
    afterVerb(text, verbs, inSentence) ??
    beforeVerb(text, verbs, [...inSentence, ...officials]) ??
    sentenceSubject(text, [...inSentence, ...officials]) ??
    nonGovernment(text, verbs, inSentence)
  );
}

interface Located {
  start: number;
  end: number;
  refs: BodyRef[];
}

function accordingTo(text: string, inSentence: Located[]): Actor | undefined {
  for (const m of text.matchAll(ACCORDING_RE)) {
    const at = m.index + m[0].length;
    const hit = inSentence.find((x) => x.start >= at && x.start <= at + 4);
    if (hit) return { refs: hit.refs, explicit: true };
  }
  return undefined;
}

/** "said the Ministry", "was criticized by the FBI". */
function afterVerb(text: string, verbs: Span[], inSentence: Located[]): Actor | undefined {
  for (const v of verbs) {
    const gap = /^\s+(?:by\s+)?(?:the\s+)?/iu.exec(text.slice(v.end))?.[0].length ?? -1;
    const hit = gap >= 0 ? inSentence.find((x) => x.start === v.end + gap) : undefined;
    if (hit) return { refs: hit.refs, explicit: true };
  }
  return undefined;
}

/** The nearest body or official before a verb, within a short gap and not governed by a preposition. */
function beforeVerb(text: string, verbs: Span[], candidates: Located[]): Actor | undefined {
  for (const v of verbs) {
    const before = candidates.filter((c) => c.end <= v.start && v.start - c.end <= MAX_SUBJECT_GAP).sort((a, b) => b.end - a.end);
    const hit = before.find((c) => isSubject(text, c, v.start));
    if (hit) return { refs: hit.refs, explicit: true };
  }
  return undefined;
}

function isSubject(text: string, c: Located, verbStart: number): boolean {
  const gap = text.slice(c.end, verbStart);
  if (PRONOUN_END_RE.test(gap) || /[“”"«»;:]/u.test(gap) || /\b(?:that|which|who|when|after|while|because|if)\b/i.test(gap)) return false;
  const lead = text.slice(0, c.start);
  return !GOVERNED_RE.test(lead) || SPOKES_FOR_RE.test(lead);
}

/** A body or official opening the sentence is its subject ("Cuban Foreign Minister X referred ..."). */
function sentenceSubject(text: string, candidates: Located[]): Actor | undefined {
  const first = candidates.find((c) => /^(?:[“"]?(?:the|a|an)\s+)?[\p{Lu}\s]{0,0}$/iu.test(text.slice(0, c.start)));
  return first && { refs: first.refs, explicit: true };
}

/** Lawmakers, parties, companies...: "criticized by Republican lawmakers", "Senators X and Y noted". */
function nonGovernment(text: string, verbs: Span[], bodies: Located[]): Actor | undefined {
  const free = (from: number, to: number) => !bodies.some((b) => b.start < to && from < b.end);
  for (const v of verbs) {
    if (!free(Math.max(0, v.start - 60), v.end + 60)) continue;
    const by = /^\s+by\s+((?:[\p{Lu}][\p{L}.’'-]*\s+|and\s+)*(?:[\p{Lu}][\p{L}.’'-]*|\p{Ll}+))/u.exec(text.slice(v.end));
    const label = (by && groupOrName(by[1])) ?? groupOrName(subjectWords(text.slice(0, v.start)));
    if (label) return { refs: [], label, explicit: true };
  }
  return undefined;
}

function subjectWords(before: string): string {
  if (!/[\p{L}]\s+$/u.test(before)) return '';
  const words = before.trimEnd().split(/\s+/);
  const np: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!/^[\p{Lu}]/u.test(w) && w !== 'and' && !GROUP_NOUNS.has(w.toLowerCase())) break;
    np.unshift(w);
  }
  while (np[0] === 'and' || /^(?:The|A|An|In|But|And|He|She|It|They|We|I)$/.test(np[0] ?? '')) np.shift();
  return np.join(' ');
}

function groupOrName(np: string): string | undefined {
  const words = np.split(/\s+/).filter(Boolean);
  const capitalized = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  const group = words.some((w) => GROUP_NOUNS.has(w.toLowerCase()));
  return group || capitalized >= 2 ? np.trim() : undefined;
}
