import { z } from 'zod';
import { cleanArticleSchema } from './clean-article';

/** 1.1: the clean article's `storyId` and `textHash` came along. */
export const ENRICHED_ARTICLE_VERSION = '1.1';

export const bodyKindSchema = z.enum([
  'executive',
  'legislature',
  'judiciary',
  'law_enforcement',
  'military',
  'intelligence',
  'regulator',
  'central_bank',
  'subnational',
  'intergovernmental',
]);

const span = { start: z.number().int().min(0), end: z.number().int().min(0) };

export const taggedBodySchema = z.object({
  name: z.string(),
  /** ISO 3166-1 alpha-2, or INT for intergovernmental bodies. */
  country: z.string().regex(/^([A-Z]{2}|INT)$/),
  kind: bodyKindSchema,
  mentions: z.array(z.object({ surface: z.string(), ...span })),
});

export const stanceSchema = z.object({
  actor: z.string(),
  actorType: z.enum(['government_body', 'non_government']),
  polarity: z.enum(['support', 'oppose', 'neutral']),
  /**
   * What the actor supports or opposes: a short phrase from the evidence sentence ("the rail safety
   * bill"), never the actor itself; "" when the sentence names none. (Meaning tightened in
   * gazetteer 1.1.0; the field and its type are unchanged.)
   */
  target: z.string(),
  evidence: z.object({ text: z.string(), ...span }),
  confidence: z.number().min(0).max(1),
});

export const enrichmentSchema = z.object({
  bodies: z.array(taggedBodySchema),
  stances: z.array(stanceSchema),
  gazetteerVersion: z.string(),
  enrichedAt: z.iso.datetime({ offset: true }),
});

export const enrichedArticleSchema = cleanArticleSchema.extend({
  enrichment: enrichmentSchema,
});

export type BodyKind = z.infer<typeof bodyKindSchema>;
export type TaggedBody = z.infer<typeof taggedBodySchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Enrichment = z.infer<typeof enrichmentSchema>;
export type EnrichedArticle = z.infer<typeof enrichedArticleSchema>;
