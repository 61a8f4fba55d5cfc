import { findMentions, groupBodies } from './bodies';
import { buildContext } from './context';
import { GAZETTEER_VERSION } from './gazetteer';
import { findStances } from './stances';
import { Enrichment } from './types';

/** Tags government bodies in `text` and the stances they (or their officials) take. Pure and synchronous. */
export function enrichText(text: string): Enrichment {
  const ctx = buildContext(text);
  const mentions = findMentions(ctx);
  const bodies = groupBodies(mentions);
  return { bodies, stances: findStances(ctx, mentions), gazetteerVersion: GAZETTEER_VERSION };
}
