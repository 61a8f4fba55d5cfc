import { z } from 'zod';
import { articleIdSchema, envelopeShape } from '../envelope';
import { provenanceSchema } from './provenance';

export const RAW_PAGE_VERSION = '1.0';

export const rawPageSchema = z.object({
  ...envelopeShape,
  articleId: articleIdSchema,
  provenance: provenanceSchema,
  fetchedAt: z.iso.datetime({ offset: true }),
  httpStatus: z.number().int().min(100).max(599),
  contentType: z.string(),
  html: z.string(),
});

export type RawPage = z.infer<typeof rawPageSchema>;
