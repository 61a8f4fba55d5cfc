export { enrichText, stanceExamples } from './lib/enrich';
export type { StanceExample } from './lib/enrich';
export { STANCE_LABELS, StanceModel } from './lib/stance-model';
export type { StanceLabel, StanceModelWeights } from './lib/stance-model';
export { GAZETTEER_VERSION } from './lib/gazetteer';
export type { BodyKind, BodyMention, Enrichment, Polarity, Stance, TaggedBody } from './lib/types';
