import { z } from 'zod';
import { envelopeShape } from '../envelope';

export const DEAD_LETTER_VERSION = '1.1';

/** The largest slice of the rejected payload kept on the dead letter. */
export const DEAD_LETTER_PAYLOAD_LIMIT = 1024 * 1024;

/** The longest reason, first or last error and record key kept on a dead letter (characters). */
export const DEAD_LETTER_TEXT_LIMIT = 4000;

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
  /** Since 1.1: how many times the stage tried the record before giving up (1 for a deterministic failure). */
  attempts: z.number().int().min(1).optional(),
  /** Since 1.1: the error of the first attempt, when the record was retried. */
  firstError: z.string().max(DEAD_LETTER_TEXT_LIMIT).optional(),
  /** Since 1.1: the error of the last attempt, when the record was retried. */
  lastError: z.string().max(DEAD_LETTER_TEXT_LIMIT).optional(),
});

export type DeadLetter = z.infer<typeof deadLetterSchema>;
