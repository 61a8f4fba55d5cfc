import type { Options } from 'pino-http';
import { currentCorrelationId } from '@newsflow/contracts';

/** pino mixin: a line logged while a record or request is handled carries its correlation id. */
export function correlationFields(): { correlationId?: string } {
  const correlationId = currentCorrelationId();
  return correlationId === undefined ? {} : { correlationId };
}

/** The pino (pino-http) options of every service: JSON lines named after it, with correlation ids. */
export function serviceLoggerOptions(service: string, level: string): Options {
  return { level, name: service, autoLogging: false, mixin: correlationFields };
}
