import { findMentions, groupBodies } from './bodies';
import { buildContext } from './context';
import { GAZETTEER_VERSION } from './gazetteer';
import { candidateFeatures, findStances, stanceCandidates } from './stances';
import { AttributionKind, StanceLabel } from './stance-model';
import { Enrichment, TaggedBody } from './types';

/**
 * Tags government bodies in `text` and the stances they (or their officials) take. Pure and
 * synchronous. `language` (ISO 639-1, as the clean article declares it) chooses the body shapes and
 * stance cues; without it the language is detected from the text.
 */
export function enrichText(text: string, language?: string): Enrichment {
  const ctx = buildContext(text, language);
  const mentions = findMentions(ctx);
  const bodies = groupBodies(mentions);
  return { bodies, stances: findStances(ctx, mentions), gazetteerVersion: GAZETTEER_VERSION };
}

/** A sentence attributed to bodies, as the stance model reads it. */
export interface StanceExample {
  /** Canonical names of the bodies it is attributed to (none for a non-government actor). */
  actors: string[];
  start: number;
  end: number;
  features: string[];
  /** The hand-written rule's decision, which the model's decision starts from. */
  rule: StanceLabel;
  /** How much the lexicon's cues weigh in the sentence: the rule's side is harder to overrule when they weigh much. */
  ruleStrength: number;
  /** How the actor was found. */
  kind: AttributionKind;
}

/** The bodies of `text` and its stance candidates with the model's features: what tools/bench/train-stance-model.ts learns from. */
export function stanceExamples(text: string, language?: string): { bodies: TaggedBody[]; examples: StanceExample[] } {
  const ctx = buildContext(text, language);
  const mentions = findMentions(ctx);
  const examples = stanceCandidates(ctx, mentions).map((c) => {
    const { features, rule, lexical } = candidateFeatures(c, ctx.language);
    return { actors: c.actor.refs.map((r) => r.name), start: c.sentence.start, end: c.sentence.end, features, rule, ruleStrength: lexical.strength, kind: c.kind };
  });
  return { bodies: groupBodies(mentions), examples };
}
