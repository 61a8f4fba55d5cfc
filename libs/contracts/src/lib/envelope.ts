import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { currentCorrelationId } from './correlation';

/** `major.minor`: the major is the topic's `v<major>`; minors only add optional fields. */
export const schemaVersion = z.string().regex(/^\d+\.\d+$/);

export const articleIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'articleId must be a SHA-256 hex digest');

/** The longest correlation id an event carries (characters). */
export const CORRELATION_ID_LIMIT = 200;

/** Fields every event carries. */
export const envelopeShape = {
  eventId: z.uuid(),
  schemaVersion,
  occurredAt: z.iso.datetime({ offset: true }),
  /** One id from the crawl request to the stored document, for tracing. */
  correlationId: z.string().min(1).max(CORRELATION_ID_LIMIT),
  producer: z.string().min(1).max(100),
};

export type Envelope = z.infer<z.ZodObject<typeof envelopeShape>>;

/**
 * Builds the envelope of a new event caused by `cause`; without one, it joins the correlation being
 * handled (an HTTP request's) or starts a new one.
 */
export function newEnvelope(
  producer: string,
  version: string,
  cause?: { correlationId: string },
  now: Date = new Date(),
): Envelope {
  return {
    eventId: randomUUID(),
    schemaVersion: version,
    occurredAt: now.toISOString(),
    correlationId: cause?.correlationId ?? currentCorrelationId() ?? randomUUID(),
    producer,
  };
}
