import lexicon from '../lexicon/stance.json';
import { Actor, actorOf, sentenceSubject, SentenceView, UNNAMED_SPOKES_RE } from './attribution';
import { ResolvedMention } from './bodies';
import { TextContext, tokenAt } from './context';
import { officialsIn } from './officials';
import { Located, PeopleIndex } from './people';
import { polarityOf } from './polarity';
import { stanceCues, StanceCues } from './stance-cues';
import { targetOf } from './target';
import { Span, within } from './text';
import { BodyRef, Stance } from './types';

const NAMING_VERBS = new Set(lexicon.namingVerbs);
/** "In its ruling, the court …", "the agency's decision to …": acts that carry a position like a verb. */
const ACT_NOUN_RE = new RegExp(String.raw`(?:['’]s|\b(?:its|their))\s+(?:${lexicon.actNouns.join('|')})\b`, 'iu');
/** A subject that refers back: "it said", "the statement said", "…,” they warned". */
const ANAPHOR_RE = new RegExp(String.raw`(?:\b(${lexicon.pronounSubjects.join('|')})\s+(?:also\s+|then\s+|had\s+|has\s+)?|[,”"]\s*)$`, 'iu');
/** A sentence opening with a name of its own described between commas: "The Acme Association, an industry group, …". */
const OWN_DESCRIBED_SUBJECT_RE = /^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}’'&-]*\s+)*[\p{Lu}][\p{L}’'&-]*(?:\s+\([^)]*\))?,\s+(?:a|an|the|which|who|whose|one|its)\s[^”"]*,\s*$/u;
/** How far after an acting body its side-taking word may stand: within its own predicate ("The court blocked …"). */
const MAX_ACT_CUE_GAP = 40;
/** Sentences a pronoun may reach back over to find its actor. */
const MAX_ANAPHOR_DISTANCE = 3;

export function findStances(ctx: TextContext, mentions: ResolvedMention[]): Stance[] {
  const tagged = new Map(mentions.flatMap((m) => m.refs).map((r) => [r.name, r]));
  const people = new PeopleIndex();
  const cues = stanceCues(ctx.language);
  const stances: Stance[] = [];
  let current: Actor | undefined;
  let distance = 0;
  for (const s of ctx.sentences) {
    const view = viewOf(ctx, s, mentions, tagged, people, cues);
    const reported = view.verbs.length > 0 || view.text.search(cues.according) >= 0;
    const explicit = reported || ACT_NOUN_RE.test(view.text) ? actorOf(view) : undefined;
    // "The court blocked the rule": a body opening a sentence with no reporting verb acts; its act is a stance when it takes a side.
    const acting = explicit ? undefined : sentenceSubject(view);
    const actor = explicit ?? acting ?? (distance <= MAX_ANAPHOR_DISTANCE ? anaphoricActor(view, current) : undefined);
    distance++;
    if (!actor) continue;
    // A body's act without a reporting verb ("the Fed's decision to cut rates") is a stance only when it takes a side.
    stances.push(...toStances(actor, s, view, explicit !== undefined && reported, actor === acting ? MAX_ACT_CUE_GAP : Infinity));
    if (explicit) {
      current = explicit;
      distance = 0;
    }
  }
  return stances;
}

function viewOf(
  ctx: TextContext,
  s: Span,
  mentions: ResolvedMention[],
  tagged: Map<string, BodyRef>,
  people: PeopleIndex,
  cues: StanceCues,
): SentenceView {
  const text = ctx.text.slice(s.start, s.end);
  const relative = <T extends Located>(x: T): T => ({ ...x, start: x.start - s.start, end: x.end - s.start });
  const bodies = within(mentions, s.start, s.end).map(relative);
  const officials = officialsIn(ctx, s.start, s.end, tagged, mentions).map((o) => people.learnOfficial(text, relative(o)));
  const speakers = [...bodies, ...officials, ...people.learn(text, bodies)].sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, verbs: verbsIn(ctx, s, cues.reportingVerbs), speakers, people, cues };
}

/**
 * The actor a pronoun or unnamed spokesperson before a verb refers to; "he" and "she" only to people.
 * It is named in an earlier sentence, so it has no span in this one.
 */
function anaphoricActor({ text, verbs }: SentenceView, current: Actor | undefined): Actor | undefined {
  if (!current) return undefined;
  for (const v of verbs) {
    const before = text.slice(0, v.start);
    const m = ANAPHOR_RE.exec(before);
    // "The Acme Association, an industry group, applauded": a subject of its own, described between commas.
    const ownSubject = m?.[1] === undefined && OWN_DESCRIBED_SUBJECT_RE.test(before);
    const refers = UNNAMED_SPOKES_RE.test(before) || (m !== null && !ownSubject && (current.person || !/^(?:he|she)$/iu.test(m[1] ?? '')));
    if (refers) return { ...current, span: undefined };
  }
  return undefined;
}

/** Reporting verbs of a sentence, with offsets relative to it; "called" before a name only names it. */
function verbsIn(ctx: TextContext, s: Span, verbs: Set<string>): Span[] {
  const out: Span[] = [];
  for (let i = tokenAt(ctx, s.start); i < ctx.tokens.length && ctx.tokens[i].start < s.end; i++) {
    const t = ctx.tokens[i];
    const next = ctx.tokens[i + 1];
    if (!verbs.has(t.key) || (NAMING_VERBS.has(t.key) && (!next || next.cap || /^[“"‘']/u.test(next.text)))) continue;
    out.push({ start: t.start - s.start, end: t.end - s.start });
  }
  return out;
}

/** `maxCueGap`: how far after the actor the side-taking cue may stand. */
function toStances(actor: Actor, s: Span, view: SentenceView, explicit: boolean, maxCueGap: number): Stance[] {
  const { text, speakers, verbs, cues } = view;
  const { polarity, strength, anchor } = polarityOf(text, speakers, cues);
  if (polarity === 'neutral' && !explicit) return [];
  if (anchor && anchor.start - (actor.span?.end ?? 0) > maxCueGap) return [];
  const evidence = { text, start: s.start, end: s.end };
  const confidence = Math.min(0.95, (explicit ? 0.6 : 0.45) + 0.1 * strength);
  const after = actor.span?.end ?? 0;
  const verb = verbs.find((v) => v.start >= after && (!anchor || v.start <= anchor.start)) ?? verbs.find((v) => v.start >= after);
  const names = actor.label ? [actor.label] : [...actor.refs.map((r) => r.name), ...(actor.span ? [text.slice(actor.span.start, actor.span.end)] : [])];
  const target = targetOf({ text, cue: anchor, verb, actor: actor.span, actorNames: names });
  if (actor.label) return polarity === 'neutral' ? [] : [{ actor: actor.label, actorType: 'non_government', polarity, target, evidence, confidence }];
  return actor.refs.map((r) => ({ actor: r.name, actorType: 'government_body', polarity, target, evidence, confidence }));
}
