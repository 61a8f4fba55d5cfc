export type BodyKind =
  | 'executive'
  | 'legislature'
  | 'judiciary'
  | 'law_enforcement'
  | 'military'
  | 'intelligence'
  | 'regulator'
  | 'central_bank'
  | 'subnational'
  | 'intergovernmental';

/** Offsets into the enriched text: text.slice(start, end) === surface. */
export interface BodyMention {
  surface: string;
  start: number;
  end: number;
}

export interface TaggedBody {
  name: string;
  country: string;
  kind: BodyKind;
  mentions: BodyMention[];
}

export type Polarity = 'support' | 'oppose' | 'neutral';

export interface Stance {
  actor: string;
  actorType: 'government_body' | 'non_government';
  polarity: Polarity;
  target: string;
  evidence: { text: string; start: number; end: number };
  confidence: number;
}

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
