export { enrichText } from './lib/enrich';
export { GAZETTEER_VERSION } from './lib/gazetteer';
export type { BodyKind, BodyMention, Enrichment, Polarity, Stance, TaggedBody } from './lib/types';
