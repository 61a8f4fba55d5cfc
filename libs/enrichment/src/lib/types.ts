import type { BodyKind, Stance, TaggedBody } from '@newsflow/contracts';

/** The shapes the enriched-article contract defines; the tagger fills them. */
export type { BodyKind, Stance, TaggedBody };

/** Offsets into the enriched text: text.slice(start, end) === surface. */
export type BodyMention = TaggedBody['mentions'][number];

export type Polarity = Stance['polarity'];

export interface Enrichment {
  bodies: TaggedBody[];
  stances: Stance[];
  gazetteerVersion: string;
}

/** Identity of a body, independent of where it is mentioned. */
export interface BodyRef {
  name: string;
  country: string;
  kind: BodyKind;
}
