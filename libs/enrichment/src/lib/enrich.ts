import { findMentions, groupBodies } from './bodies';
import { buildContext } from './context';
import { GAZETTEER_VERSION } from './gazetteer';
import { findStances } from './stances';
import { Enrichment } from './types';

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
