import { negatedAt, StanceCues, WeightedStems } from './stance-cues';
import { Span } from './text';
import { Polarity } from './types';

interface Cue {
  index: number;
  length: number;
  weight: number;
}

/**
 * Signed cues of a sentence: positive for support, negative for oppose; negation flips support and
 * cancels opposition. Acts of an agent named after them count only when `othersActs`.
 */
function cuesOf(sentence: string, names: Span[], cues: StanceCues, othersActs = false): Cue[] {
  const out: Cue[] = [];
  const collect = (stems: WeightedStems, sign: number) => {
    for (const m of stems.matches(sentence)) {
      if (names.some((n) => n.start <= m.index && m.index < n.end) || (!othersActs && isOthersAct(sentence, m.index)) || inTally(sentence, m.index, m.text.length)) continue;
      const negated = negatedAt(sentence, m.index, cues.negation);
      // "does not support" opposes; "no threat" or "not illegal" takes no side.
      const weight = negated ? (sign > 0 ? -1 : 0) : sign;
      out.push({ index: m.index, length: m.text.length, weight: weight * m.weight });
    }
  };
  collect(cues.support, 1);
  collect(cues.oppose, -1);
  return out;
}

/** A count before the cue: "87 votos a favor", "24 en contra", "by 98 votes in favour", "412 voix contre". */
const COUNT_BEFORE_RE = /\d\s+(?:(?:votos?|votes?|voix|votantes|members|senators|deputies|diputados|deputados|députés|senadores|sénateurs)\s+)?(?:(?:in|a|en)\s+)?$/iu;
/** A count after the cue: "contre 74", "against 38", "a favor y 24". */
const COUNT_AFTER_RE = /^\s+\d/u;

/** Whether the cue at `index` is part of a vote tally, which states the count, not the body's side. */
function inTally(sentence: string, index: number, length: number): boolean {
  return COUNT_BEFORE_RE.test(sentence.slice(Math.max(0, index - 30), index)) || COUNT_AFTER_RE.test(sentence.slice(index + length, index + length + 4));
}

/** The prepositions that introduce an act's agent: "approved by", "aprobada por", "criticada pelo", "adoptée par". */
const AGENT_BY = String.raw`(?:by|por|pelo|pela|pelos|pelas|par)`;
/** When or how an act was done, between it and its agent: "approved last month by", "aprobada en 2023 por", "approuvé à l'unanimité par". */
const ACT_TIME = String.raw`(?:\s+(?:\p{L}+ly|unanimously|yesterday|today|(?:in|on|last|this|en|em|el|no|na|le|à)\s+[\p{L}\d'’]+(?:\s+(?:de\s+)?\d{4})?))?`;
/** A participle with an agent of its own and no auxiliary before it: "the law approved by Congress", "a lei aprovada pelo Congresso". */
const AGENT_AFTER_RE = new RegExp(String.raw`^[\p{L}-]*${ACT_TIME}\s+${AGENT_BY}\s`, 'u');
const AUXILIARY_BEFORE_RE = /\b(?:is|are|was|were|be|been|being|es|fue|fueron|sido|é|foi|foram|est|a été|ont été|été)\s+(?:\p{L}+\s+)?$/u;

/** Whether the word at `index` has its agent after it: "approved by", "criticada pelo", "adoptée par". */
export function hasAgentAfter(sentence: string, index: number): boolean {
  return AGENT_AFTER_RE.test(sentence.slice(index, index + 40));
}

/** Whether the cue at `index` is an act of someone named after it, describing a noun, rather than a verb of the sentence. */
function isOthersAct(sentence: string, index: number): boolean {
  return hasAgentAfter(sentence, index) && !AUXILIARY_BEFORE_RE.test(sentence.slice(Math.max(0, index - 30), index));
}

/** The words between an act and its agent: "approved by the", "aprobada en 2023 por el", "adoptée par l'". */
const AGENT_BEFORE_RE = new RegExp(String.raw`([\p{L}-]+)${ACT_TIME}\s+${AGENT_BY}\s+(?:(?:the|el|la|los|las|le|les|o|a|os|as)\s+|l['’])?$`, 'u');

/**
 * The side an agent takes by the act right before it: "the law, approved by the Senate" (the Senate
 * supports it), "criticada pelo Ministério" (opposes). `agentStart` is relative to the sentence.
 */
export function agentActPolarity(sentence: string, agentStart: number, cues: StanceCues): PolarityResult | undefined {
  const before = sentence.slice(Math.max(0, agentStart - 60), agentStart);
  const m = AGENT_BEFORE_RE.exec(before);
  if (!m) return undefined;
  const at = agentStart - before.length + m.index;
  const act = cuesOf(sentence, [], cues, true).find((c) => c.index === at);
  if (!act || act.weight === 0) return undefined;
  const anchor = { start: at, end: at + act.length };
  return { polarity: act.weight > 0 ? 'support' : 'oppose', strength: Math.abs(act.weight), anchor };
}

/** "The bill passed the Senate 35-20", "cleared the state House", "sailed through both the House": a measure passing a chamber. */
const PASSED_THROUGH_RE = /\b(passed|cleared|sailed\s+through)\s+(?:both\s+)?(?:the\s+)?(?:state\s+)?$/u;

/**
 * The side a chamber takes by a measure passing it: support ("the bill passed the Georgia Senate").
 * Not where "of" follows ("cleared the agency of wrongdoing"). Offsets are relative to the sentence.
 */
export function passagePolarity(sentence: string, bodyStart: number, bodyEnd: number): PolarityResult | undefined {
  const before = sentence.slice(Math.max(0, bodyStart - 40), bodyStart);
  const m = PASSED_THROUGH_RE.exec(before);
  if (!m || /^\s+of\b/u.test(sentence.slice(bodyEnd, bodyEnd + 5))) return undefined;
  const at = bodyStart - before.length + m.index;
  return { polarity: 'support', strength: 1, anchor: { start: at, end: at + m[1].length } };
}

export interface PolarityResult {
  polarity: Polarity;
  /** Sum of absolute cue weights: how much evidence the decision rests on. */
  strength: number;
  /** The strongest cue agreeing with the polarity (its object is the stance's target). */
  anchor?: Span;
  /** Every cue that takes a side, in sentence order, weighted (support positive, oppose negative). */
  sideCues?: { index: number; weight: number }[];
}

/**
 * Polarity of a sentence from the cues of its language, ignoring words inside body names (`names`,
 * relative offsets: "Public Defender", "Fort Worth").
 */
export function polarityOf(sentence: string, names: Span[], cues: StanceCues): PolarityResult {
  const found = cuesOf(sentence, names, cues);
  const score = found.reduce((s, c) => s + c.weight, 0);
  const strength = found.reduce((s, c) => s + Math.abs(c.weight), 0);
  const polarity: Polarity = score > 0 ? 'support' : score < 0 ? 'oppose' : 'neutral';
  const agreeing = found.filter((c) => (score > 0 ? c.weight > 0 : score < 0 ? c.weight < 0 : false));
  const strongest = agreeing.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.index - b.index)[0];
  const anchor = strongest && { start: strongest.index, end: strongest.index + strongest.length };
  return { polarity, strength, anchor, sideCues: found.filter((c) => c.weight !== 0) };
}
