import lexicon from '../lexicon/stance.json';
import { alternatives } from './people';
import { hasAgentAfter } from './polarity';
import { initialsOf, Span } from './text';

// The target of a stance: what is supported or opposed, a short phrase taken from the evidence
// sentence ("the rail safety bill"), never the actor; "" when the sentence offers none.

const MAX_WORDS = 8;
/** Punctuation that ends a phrase; a spaced dash too. */
const PHRASE_END_RE = /[,;:.!?()“”"«»[\]]|\s[-–—]\s/u;
const words = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
/** Words that open a new clause or circumstance: the phrase ends before them. */
const STOP = words(lexicon.target.stopWords);
/** Words between a cue and its object: "warned that …", "voted against …", "struck down …". */
const LEAD = words(lexicon.target.leadWords);
/** Two-word openings of a circumstance: "in a 6-3 decision", "for their response". */
const STOP_PHRASES = words(lexicon.target.stopPhrases);
/** Words a phrase does not end on: "the", "of", "to". */
const TRAILING = words(lexicon.target.trailingWords);
/** "este jueves", "nesta quinta-feira", "ce mardi": a date, not the object, when a day follows. */
const DEMONSTRATIVES = new Set(['este', 'esta', 'neste', 'nesta', 'ce', 'cette', 'this']);
/** Words heading where, when or to whom something was said ("in a statement", "told reporters", "this week"), not what. */
const CIRCUMSTANCE = words(lexicon.target.circumstanceWords);
/** Words opening the clause that says what was said: "said in a statement that …". */
const CLAUSE_OPENER_RE = /^(?:that|que|qu['’]\p{L}*)$/iu;
/** A circumstance or a speaker is a short phrase ("a separate statement", "committee chairman"); a longer one says more. */
const MAX_CIRCUMSTANCE_WORDS = 4;
const CLOSING_QUOTE_RE = /[”"»]/u;
const INVERTED_BEFORE_RE = /[”"»],?\s*$/u;
/** "said it had filed proceedings": the auxiliary and its participle are the predicate, not the object. */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been']);
const WHAT_IT_CALLED_RE = /^\s+(?:it|they|he|she|we)\s+(?:called|calls|described\s+as|describes\s+as|termed|labell?ed)\s+/iu;
const POSSESSIVE_RE = /^['’]s$/u;
/**
 * What still names the actor right after it: its acronym in brackets ("According to the Bureau of Labor
 * Statistics (BLS), prices rose …") or the chamber it belongs to ("The Budget Committee of the House of
 * Representatives approved …").
 */
const ACTOR_TAIL_RE = /^\s*\([^()]{1,20}\)|^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|the|\p{Lu}[\p{L}'’-]*))*/u;
const ROLES = alternatives([...lexicon.officialRoles, ...lexicon.target.speakerWords]);
const ROLE_AT_END_RE = new RegExp(String.raw`(?:^|[\s-])(?:${ROLES})$`, 'iu');
/** After a possessive, a name ("'s Division of Enforcement") or a role within a few words ("'s chief executive", "'s executive vice-president"); not "'s decision to cut". */
const PERSON_OR_UNIT_AFTER_POSSESSIVE_RE = new RegExp(String.raw`^\s+(?:\p{Lu}|(?:[\p{L}-]+\s+){0,3}?(?:\p{L}+-)?(?:${ROLES})(?![\p{L}]))`, 'u');
const AUXILIARY_END_RE = /\s+(?:(?:is|are|was|were|be|been|being|has|have|had|will|would|could|also|now|fue|fueron|foi|foram|sido|había|habían|tinha|havia|est|sont|été|fut|avait|avaient)\s+)+$/iu;

export interface TargetInput {
  /** The sentence. */
  text: string;
  /** The strongest polarity cue, if any (relative offsets). */
  cue?: Span;
  /** The reporting verb after the actor, if any. */
  verb?: Span;
  /** Where the actor is named in the sentence, if it is. */
  actor?: Span;
  /** Names of the actor, none of which the target may be. */
  actorNames: string[];
}

/** The phrase a stance is about, from the text around its cue, else around its reporting verb. */
export function targetOf(input: TargetInput): string {
  const { text, cue, verb, actor } = input;
  const tries: (() => string)[] = [];
  if (cue) {
    // "was criticized by the FBI", "aprobada por el Senado": the subject, not the agent after "by".
    const agentAfter = hasAgentAfter(text, cue.start);
    if (!agentAfter) tries.push(() => phraseAfter(text, cue.end, actor));
    // "ruled the policy unlawful": the object between the verb and the cue.
    if (verb && verb.end < cue.start) tries.push(() => phraseAfter(text.slice(0, cue.start), verb.end, actor));
    tries.push(() => subjectBefore(text, cue.start, actor, agentAfter));
  }
  // "“…,” dijo el director de la policía": after an inverted verb comes its speaker.
  if (verb && !INVERTED_BEFORE_RE.test(text.slice(0, verb.start))) tries.push(() => phraseAfter(text, verb.end, actor));
  // "Deputies from the sheriff's office arrested two men, a spokesperson said": the actor's predicate.
  if (actor) tries.push(() => notItsPeople(phraseAfter(text, actor.end + (ACTOR_TAIL_RE.exec(text.slice(actor.end))?.[0].length ?? 0), actor)));
  // "“We will not accept these terms,” the ministry said": the quoted clause.
  tries.push(() => quotedClause(text, actor));
  // "No one has shown symptoms, the commission said": the clause before the actor.
  if (actor && actor.start > 0) tries.push(() => severalWords(phraseAfter(text.slice(0, actor.start), 0)));
  for (const attempt of tries) {
    const phrase = attempt();
    if (phrase && !isActor(phrase, input.actorNames)) return phrase;
  }
  return '';
}

/** Up to eight words after `from`, past lead words, to the first clause break, stop word or the actor. */
function phraseAfter(text: string, from: number, actor?: Span): string {
  const out: string[] = [];
  let previous = '';
  const re = /\S+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && out.length < MAX_WORDS; m = re.exec(text)) {
    if (actor && m.index < actor.end && actor.start < m.index + m[0].length) break;
    const gap = text.slice(from, m.index);
    // A closing quote ends the phrase even before it starts: what follows names the speaker.
    if (PHRASE_END_RE.test(gap) && (out.length > 0 || /[.;!?]/u.test(gap) || CLOSING_QUOTE_RE.test(gap))) break;
    const end = m.index + m[0].length;
    if (out.length === 0 && POSSESSIVE_RE.test(m[0])) {
      // "Ofgem's chief executive", "the SEC's Division of Enforcement": its people, not its position.
      if (PERSON_OR_UNIT_AFTER_POSSESSIVE_RE.test(text.slice(end, end + 60))) break;
      from = end;
      continue;
    }
    const { word, ends } = splitPunctuation(m[0]);
    const key = word.toLowerCase();
    // "condemned what it described as China's actions": the actions.
    const called = out.length === 0 && key === 'what' ? WHAT_IT_CALLED_RE.exec(text.slice(end)) : null;
    if (out.length === 0 && (called || isLead(text, end, word, previous))) {
      from = end;
      if (called) re.lastIndex = from += called[0].length;
      // "sued to block the merger": the infinitive's verb is skipped with its "to".
      previous = previous === 'to' ? '' : key;
      if (ends && word !== '') break;
      continue;
    }
    if (isCircumstance(out) && CLAUSE_OPENER_RE.test(word)) {
      // "said in a statement that the plan …": what was said follows.
      out.length = 0;
      from = end;
      continue;
    }
    if (STOP.has(key) || STOP_PHRASES.has(`${key} ${nextWord(text, end)}`)) break;
    out.push(word);
    if (ends) break;
    from = end;
  }
  return isCircumstance(out) ? '' : trimTrailing(out);
}

/** A word before the phrase starts: a lead word, a date, a number, an infinitive's verb, an auxiliary's participle. */
function isLead(text: string, end: number, word: string, previous: string): boolean {
  const key = word.toLowerCase();
  const dated = DEMONSTRATIVES.has(key) && LEAD.has(nextWord(text, end));
  const participle = AUXILIARIES.has(previous) && /ed$/u.test(key);
  return LEAD.has(key) || dated || word === '' || /^\d/u.test(word) || previous === 'to' || participle;
}

/** "the Senate committee chairman said": words right after the actor that end on a role name its people. */
function notItsPeople(phrase: string): string {
  return phrase.split(' ').length <= MAX_CIRCUMSTANCE_WORDS && ROLE_AT_END_RE.test(phrase) ? '' : phrase;
}

function isCircumstance(phrase: string[]): boolean {
  const last = phrase[phrase.length - 1]?.toLowerCase();
  return last !== undefined && phrase.length <= MAX_CIRCUMSTANCE_WORDS && CIRCUMSTANCE.has(last);
}

/** "The plan was criticized by …": the subject before the cue, within its clause. */
function subjectBefore(text: string, end: number, actor?: Span, participle = false): string {
  let lead = text.slice(0, end).replace(AUXILIARY_END_RE, ' ');
  if (actor && actor.end <= end) lead = lead.slice(actor.end);
  // "The law, approved by the Senate": the noun a participle describes stands before its comma.
  const clause = (participle ? lead.replace(/,\s*$/u, '') : lead).split(PHRASE_END_RE).pop() ?? '';
  const all = clause.trim().split(/\s+/u).filter(Boolean);
  let from = all.length;
  while (from > 0 && all.length - from < MAX_WORDS && !STOP.has(all[from - 1].toLowerCase())) from--;
  return trimTrailing(all.slice(from));
}

function quotedClause(text: string, actor?: Span): string {
  const m = /[“"«]([^”"»]+)/u.exec(text);
  if (!m || (actor && m.index <= actor.start && actor.end <= m.index + m[0].length)) return '';
  return severalWords(phraseAfter(m[1], 0));
}

/** A one-word clause ("No") is an answer, not a target. */
function severalWords(clause: string): string {
  return clause.includes(' ') ? clause : '';
}

function nextWord(text: string, from: number): string {
  return /^\s+([\p{L}\p{N}-]+)/u.exec(text.slice(from, from + 40))?.[1].toLowerCase() ?? '';
}

function splitPunctuation(token: string): { word: string; ends: boolean } {
  const opened = token.replace(/^[“"‘'(«[]+/u, '');
  const word = opened.replace(/[”"’'),;:.!?»\]]+$/u, '');
  return { word, ends: word.length < opened.length };
}

function trimTrailing(out: string[]): string {
  while (out.length > 0 && TRAILING.has(out[out.length - 1].toLowerCase())) out.pop();
  while (out.length > 0 && LEAD.has(out[0].toLowerCase())) out.shift();
  return out.join(' ');
}

const fold = (s: string) => s.toLowerCase().replace(/^(?:the|a|an)\s+/u, '').replace(/['’]s$/u, '').trim();

/** A target that is the actor itself, part of its name or its acronym, is none. */
function isActor(phrase: string, names: string[]): boolean {
  const p = fold(phrase);
  return names.some((n) => {
    const name = fold(n);
    return name.length > 0 && (p === name || name.includes(p) || p.startsWith(`${name} `) || p === initialsOf(name).toLowerCase());
  });
}
