/** Kafka record headers set on every event, so tools can route and trace without parsing values. */
export const EventHeaders = {
  correlationId: 'x-correlation-id',
  eventId: 'x-event-id',
  eventType: 'x-event-type',
  schemaVersion: 'x-schema-version',
} as const;

export function eventHeaders(
  event: { eventId: string; correlationId: string; schemaVersion: string },
  eventType: string,
): Record<string, string> {
  return {
    [EventHeaders.correlationId]: event.correlationId,
    [EventHeaders.eventId]: event.eventId,
    [EventHeaders.eventType]: eventType,
    [EventHeaders.schemaVersion]: event.schemaVersion,
  };
}
