import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/ });

/** Where an article came from: feed → aggregator item page → original publisher page. */
export const provenanceSchema = z.object({
  /** The page the article text was fetched from: the original publisher's when a source link was followed. */
  sourceUrl: httpUrl,
  /** The aggregator's item page, when the article was reached through one. */
  aggregatorUrl: httpUrl.optional(),
  feedUrl: httpUrl.optional(),
});

export type Provenance = z.infer<typeof provenanceSchema>;
