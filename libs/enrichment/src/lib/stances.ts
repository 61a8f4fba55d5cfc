import lexicon from '../lexicon/stance.json';
import stanceModel from '../model/stance.json';
import { Actor, actorOf, endsWithOthersName, hasSubjectAfter, isDocumentVerb, laterSpeakers, opensWithOwnName, OWN_OFFICER_RE, OWN_SUBJECT_RE, sentenceSubject, SentenceView, UNNAMED_SPOKES_RE } from './attribution';
import { ResolvedMention } from './bodies';
import { definiteActor } from './definite-reference';
import { holdsAny, TextContext, tokenAt } from './context';
import { officialsIn } from './officials';
import { Located, PeopleIndex } from './people';
import { agentActPolarity, passagePolarity, polarityOf, PolarityResult } from './polarity';
import { stanceCues, StanceCues } from './stance-cues';
import { AttributionKind, CandidateView, ruleOf, SentenceWord, sentenceWords, StanceLabel, StanceModel, stanceFeatures, StanceModelWeights } from './stance-model';
import { targetOf } from './target';
import { Span, within } from './text';
import { BodyRef, Polarity, Stance } from './types';

const STANCE_MODEL = new StanceModel(stanceModel as StanceModelWeights);

const NAMING_VERBS = new Set(lexicon.namingVerbs);
/** "In its ruling, the court …", "the agency's decision to …": acts that carry a position like a verb. */
const ACT_NOUNS: ReadonlySet<string> = new Set(lexicon.actNouns);
const ACT_NOUN_RE = new RegExp(String.raw`(?:['’]s|\b(?:its|their))\s+(?:${lexicon.actNouns.join('|')})\b`, 'iu');
/** A subject that refers back: "it said", "the statement said", "…,” they warned". */
const ANAPHOR_RE = new RegExp(String.raw`(?:\b(${lexicon.pronounSubjects.join('|')})\s+(?:also\s+|then\s+|had\s+|has\s+)?|[,”"]\s*)$`, 'iu');
/** A sentence opening with a name of its own described between commas: "The Acme Association, an industry group, …". */
const OWN_DESCRIBED_SUBJECT_RE = /^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}’'&-]*\s+)*[\p{Lu}][\p{L}’'&-]*(?:\s+\([^)]*\))?,\s+(?:a|an|the|which|who|whose|one|its)\s[^”"]*,\s*$/u;
/** After a quote, a name of its own described between commas: "“…,” Jessica Caldwell, Edmunds' analyst, said". */
const QUOTED_DESCRIBED_SUBJECT_RE = /[”"]\s+(?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}[\p{Lu}][\p{L}’'-]*,\s[^”"]*,\s*$/u;
/** A body a preposition governs is not a holder of a position ("a report citing GAO figures", "funds from the ministry"); "by" and "with" name agents. */
const GOVERNED_MENTION_RE = /\b(?:from|to|of|on|at|in|into|between|including|among|about|over|under|than|for|against|citing|cited|cites)\s+(?:the\s+)?$/iu;
/** Sentences a pronoun may reach back over to find its actor. */
const MAX_ANAPHOR_DISTANCE = 3;

/** A body (or non-government actor) attributed a sentence: a stance when the sentence takes a position for it. */
export interface StanceCandidate {
  actor: Actor;
  sentence: Span;
  view: SentenceView;
  kind: AttributionKind;
  /** The act an agent takes a side by, read instead of the sentence's cues ("the law, approved by the Senate"). */
  lexical?: PolarityResult;
}

export function findStances(ctx: TextContext, mentions: ResolvedMention[]): Stance[] {
  return stanceCandidates(ctx, mentions).flatMap((c) => toStances(c, ctx.language));
}

/** Every sentence's actor: named there (reported or acting), or referred back to. */
export function stanceCandidates(ctx: TextContext, mentions: ResolvedMention[]): StanceCandidate[] {
  const tagged = new Map(mentions.flatMap((m) => m.refs).map((r) => [r.name, r]));
  const people = new PeopleIndex();
  const cues = stanceCues(ctx.language);
  const candidates: StanceCandidate[] = [];
  let current: Actor | undefined;
  let distance = 0;
  for (const s of ctx.sentences) {
    const view = viewOf(ctx, s, mentions, tagged, people, cues);
    const reported = view.verbs.length > 0 || view.text.search(cues.according) >= 0;
    const explicit = reported || (holdsAny(ctx, s.start, s.end, ACT_NOUNS) && ACT_NOUN_RE.test(view.text)) ? actorOf(view) : undefined;
    // "The court blocked the rule": a body opening a sentence with no reporting verb acts.
    const acting = explicit ? undefined : sentenceSubject(view);
    const named = explicit ?? acting;
    const referred = named ? undefined : ((distance <= MAX_ANAPHOR_DISTANCE ? anaphoricActor(view, current) : undefined) ?? (distance === 0 ? quoteGoingOn(view, current) : undefined));
    // "…, the regulator said": described rather than named, it reports like a body named.
    const described = named || referred ? undefined : definiteActor(view, ctx.language, mentions, s.start);
    const actor = named ?? referred ?? described;
    distance++;
    // Where someone is reported speaking, the other bodies named are what they speak of, unless agents of an act.
    candidates.push(...otherBodies(view, s, actor, view.verbs.length === 0));
    if (!actor) continue;
    const kind: AttributionKind = explicit || described ? (reported ? 'reported' : 'act') : acting ? 'acting' : 'anaphoric';
    candidates.push({ actor, sentence: s, view, kind });
    if (explicit) {
      candidates.push(...laterSpeakers(view, explicit).filter((a) => !sameBody(a, explicit)).map((a) => ({ actor: a, sentence: s, view, kind: 'reported' as const })));
      const opener = openerBefore(view, explicit);
      if (opener) candidates.push({ actor: opener, sentence: s, view, kind: 'acting' });
    }
    // A pronoun in a later sentence refers back to the body reported or acting here ("The FAA grounded the fleet. It said …").
    if (named) {
      current = named;
      distance = 0;
    }
  }
  return candidates;
}

const sameBody = (a: Pick<Actor, 'refs'>, b: Pick<Actor, 'refs'>) => a.refs.some((r) => b.refs.some((x) => x.name === r.name));

/** "The regulator fined the bank, which the ministry said it would appeal": the body opening the sentence, as its subject, acts in the main clause though a later body is the one reported. */
function openerBefore(view: SentenceView, reported: Actor): Actor | undefined {
  const opener = reported.span && sentenceSubject(view);
  return opener?.span && reported.span && opener.span.end < reported.span.start && !sameBody(opener, reported) ? opener : undefined;
}

/**
 * The bodies a sentence names besides its actor: "The operation, led by the sheriff's office, …" may
 * state their position too (`mentioned`, read where no one else is reported speaking); "the law,
 * approved by the Senate" takes the side of the act it is the agent of, and a chamber a measure
 * passed ("the bill passed the Senate") the measure's.
 */
function otherBodies(view: SentenceView, sentence: Span, actor: Actor | undefined, mentioned: boolean): StanceCandidate[] {
  const taken = new Set(actor?.refs.map((r) => r.name));
  const out: StanceCandidate[] = [];
  for (const x of view.speakers) {
    if (GOVERNED_MENTION_RE.test(view.text.slice(Math.max(0, x.start - 30), x.start))) continue;
    const lexical = agentActPolarity(view.text, x.start, view.cues) ?? (x.refs.some((r) => r.kind === 'legislature') ? passagePolarity(view.text, x.start, x.end) : undefined);
    if (!lexical && !mentioned) continue;
    const refs = x.refs.filter((r) => !taken.has(r.name));
    refs.forEach((r) => taken.add(r.name));
    const candidate = { actor: { refs, person: x.person === true, span: { start: x.start, end: x.end } }, sentence, view };
    if (refs.length > 0) out.push(lexical ? { ...candidate, kind: 'agent', lexical } : { ...candidate, kind: 'mentioned' });
  }
  return out;
}

/** What the model reads in a sentence whoever its actor is: the lexicon's verdict and the acts it names. */
interface SentenceReading {
  lexical: PolarityResult;
  acts: { name: string; index: number }[];
  words: SentenceWord[];
}

const readings = new WeakMap<SentenceView, SentenceReading>();

function readingOf(view: SentenceView): SentenceReading {
  let reading = readings.get(view);
  if (!reading) {
    const { text, speakers, cues } = view;
    reading = { lexical: polarityOf(text, speakers, cues), acts: cues.acts.matches(text), words: sentenceWords(text, speakers, cues) };
    readings.set(view, reading);
  }
  return reading;
}

/** The model's reading of a candidate: its features and the lexicon's verdict they include. */
export function candidateFeatures(c: StanceCandidate, language: string): { features: string[]; rule: StanceLabel; lexical: PolarityResult } {
  const { text } = c.view;
  const reading = readingOf(c.view);
  const { acts, words } = reading;
  const clause = c.actor.span && describingClause(c, c.actor.span.end);
  const lexical = c.lexical ?? (clause ? polarityOf(text, [...c.view.speakers, clause], c.view.cues) : reading.lexical);
  const cueGap = lexical.anchor && lexical.anchor.start - (c.actor.span?.end ?? 0);
  const view: CandidateView = { text, actor: c.actor.span, kind: c.kind, language, lexical, cueGap, acts, words };
  return { features: stanceFeatures(view), rule: ruleOf(view), lexical };
}

/** A relative clause between commas right after a body: ", which had backed the consent," describes it; the sentence's verb says what it does now. */
const DESCRIBING_CLAUSE_RE = /^(?:\s*\([^()]*\))?,\s+(?:which|who|que|qui|quien|dont)\s[^,;:“”"«»]*,/u;

/** Such a clause after a subject whose own verb follows it (it reports, or acts, after the clause). */
function describingClause({ view, kind }: StanceCandidate, from: number): Span | undefined {
  const m = DESCRIBING_CLAUSE_RE.exec(view.text.slice(from));
  const end = m && from + m[0].length;
  return end && (kind === 'acting' || view.verbs.some((v) => v.start >= end)) ? { start: from, end } : undefined;
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
  return { text, verbs: verbsIn(ctx, s, cues), speakers, people, cues };
}

/**
 * The actor a pronoun or unnamed spokesperson before a verb refers to; "he" and "she" only to people.
 * It is named in an earlier sentence, so it has no span in this one.
 */
function anaphoricActor(view: SentenceView, current: Actor | undefined): Actor | undefined {
  // A body the sentence names itself is read where it is named ("The law, approved by the Senate, requires …").
  if (!current || view.speakers.some((x) => sameBody(x, current))) return undefined;
  const { text, verbs } = view;
  for (const v of verbs) {
    const before = text.slice(0, v.start);
    const m = ANAPHOR_RE.exec(before);
    // A verb right after a comma or quote may have a subject of its own: described between commas
    // ("The Acme Association, an industry group, applauded") or after it ("…,” said Jane Roe, a lawyer").
    const ownSubject =
      m?.[1] === undefined &&
      (OWN_DESCRIBED_SUBJECT_RE.test(before) || QUOTED_DESCRIBED_SUBJECT_RE.test(before) || opensWithOwnName(before) || endsWithOthersName(before) || hasSubjectAfter(view, v));
    // A pronoun after that verb ("…, said it welcomed", "Coastline Super said it accepted") refers to its subject.
    if (ownSubject || (m === null && OWN_SUBJECT_RE.test(before))) return undefined;
    const refers = UNNAMED_SPOKES_RE.test(before) || (!current.person && OWN_OFFICER_RE.test(before)) || (m !== null && (current.person || !/^(?:he|she)$/iu.test(m[1] ?? '')));
    if (refers) return { ...current, span: undefined };
  }
  return undefined;
}

/** A sentence that is all quote, with no one named in it. */
const WHOLE_QUOTE_RE = /^\s*[“"«][^“”"«»]+[”"»]\s*$/u;

/** "…,” the ministry said. “It is a violation of our sovereignty.”: the quote goes on in the speaker's next sentence. */
function quoteGoingOn({ text, speakers }: SentenceView, current: Actor | undefined): Actor | undefined {
  return current && speakers.length === 0 && WHOLE_QUOTE_RE.test(text) ? { ...current, span: undefined } : undefined;
}

/** An English article makes the participle after it an adjective: "an estimated 1 trillion", "the proposed rule". */
const ENGLISH_ARTICLES = new Set(['the', 'a', 'an']);

/** Reporting verbs of a sentence, with offsets relative to it; "called" before a name only names it. */
function verbsIn(ctx: TextContext, s: Span, { reportingVerbs, perfectParticiples, perfectAuxiliaries }: StanceCues): Span[] {
  const out: Span[] = [];
  const start = tokenAt(ctx, s.start);
  for (let i = start; i < ctx.tokens.length && ctx.tokens[i].start < s.end; i++) {
    const t = ctx.tokens[i];
    const next = ctx.tokens[i + 1];
    const perfect = i > start && perfectParticiples.has(t.key) && perfectAuxiliaries.has(ctx.tokens[i - 1].key);
    const reports = reportingVerbs.has(t.key) || perfect || (ctx.language === 'en' && isDocumentVerb(t.key, ctx.text, s.start, t.start));
    if (!reports || (NAMING_VERBS.has(t.key) && (!next || next.cap || /^[“"‘']/u.test(next.text)))) continue;
    if (ctx.language === 'en' && i > start && ENGLISH_ARTICLES.has(ctx.tokens[i - 1].key)) continue;
    // A perfect tense reports from its auxiliary on: "la Contraloría [había señalado]".
    out.push({ start: (perfect ? ctx.tokens[i - 1] : t).start - s.start, end: t.end - s.start });
  }
  return out;
}

function toStances(c: StanceCandidate, language: string): Stance[] {
  const { actor, sentence: s, view } = c;
  const { text, verbs } = view;
  const { features, rule, lexical } = candidateFeatures(c, language);
  const { label, probability } = STANCE_MODEL.classify(features, { rule, ruleStrength: lexical.strength, kind: c.kind });
  if (label === 'none' || (actor.label && label === 'neutral')) return [];
  const polarity: Polarity = label;
  // The lexicon's strongest cue anchors the target when it reads the same side.
  const anchor = lexical.polarity === polarity ? lexical.anchor : undefined;
  const evidence = { text, start: s.start, end: s.end };
  const confidence = Math.min(0.95, Math.round(probability * 100) / 100);
  const after = actor.span?.end ?? 0;
  const verb = verbs.find((v) => v.start >= after && (!anchor || v.start <= anchor.start)) ?? verbs.find((v) => v.start >= after);
  const names = actor.label ? [actor.label] : [...actor.refs.map((r) => r.name), ...(actor.span ? [text.slice(actor.span.start, actor.span.end)] : [])];
  const target = targetOf({ text, cue: anchor, verb, actor: actor.span, actorNames: names });
  if (actor.label) return [{ actor: actor.label, actorType: 'non_government', polarity, target, evidence, confidence }];
  return actor.refs.map((r) => ({ actor: r.name, actorType: 'government_body', polarity, target, evidence, confidence }));
}
