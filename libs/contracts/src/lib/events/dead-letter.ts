import { z } from 'zod';
import { envelopeShape } from '../envelope';

export const DEAD_LETTER_VERSION = '1.0';

/** The largest slice of the rejected payload kept on the dead letter. */
export const DEAD_LETTER_PAYLOAD_LIMIT = 1024 * 1024;

export const deadLetterSchema = z.object({
  ...envelopeShape,
  stage: z.enum(['crawler', 'cleaner', 'enricher', 'archiver']),
  /** bad_data: the record will never succeed; transient: a retry may; policy: refused on purpose (e.g. robots.txt). */
  errorClass: z.enum(['bad_data', 'transient', 'policy']),
  reason: z.string().min(1),
  source: z.object({
    topic: z.string(),
    partition: z.number().int().min(0),
    offset: z.string(),
    key: z.string().nullable(),
  }),
  /** The rejected record's value as received (UTF-8), cut at DEAD_LETTER_PAYLOAD_LIMIT. */
  payload: z.string(),
  payloadTruncated: z.boolean(),
});

export type DeadLetter = z.infer<typeof deadLetterSchema>;
