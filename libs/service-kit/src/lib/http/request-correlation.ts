import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EventHeaders, acceptedCorrelationId, withCorrelation } from '@newsflow/contracts';

/**
 * Express middleware: a request is handled on behalf of the caller's `x-correlation-id` (or
 * `x-request-id`) when it fits an envelope, else of a new id. The id is pino-http's request id, is
 * sent back in the response header, and is the correlation of the events the request publishes.
 */
export function correlateRequest(request: IncomingMessage & { id?: unknown }, response: ServerResponse, next: () => void): void {
  const correlationId =
    acceptedCorrelationId(request.headers[EventHeaders.correlationId]) ?? acceptedCorrelationId(request.headers['x-request-id']) ?? randomUUID();
  request.id = correlationId;
  response.setHeader(EventHeaders.correlationId, correlationId);
  withCorrelation(correlationId, next);
}
