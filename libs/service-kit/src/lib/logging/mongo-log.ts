import { Logger } from '@nestjs/common';
import type { MongoClient, ServerDescriptionChangedEvent } from 'mongodb';

type LoggerMethod = 'warn' | 'log';

/** What a change of the driver's view of a server says, if anything: it was lost, or found again. */
export function topologyChangeLine(previous: string, next: string, error?: string): { method: LoggerMethod; message: string } | undefined {
  if (next === 'Unknown' && previous !== 'Unknown') return { method: 'warn', message: `MongoDB server unavailable: ${error ?? 'no answer'}` };
  if (previous === 'Unknown' && next !== 'Unknown') return { method: 'log', message: `MongoDB server available again (${next})` };
  return undefined;
}

/**
 * Logs when a service's MongoDB client loses its server and when it finds it again (the driver's
 * server monitoring), so that an outage and its end show in the service's log, not only as failed
 * operations; heartbeat failures in between at debug level.
 */
export function logMongoTopology(client: Pick<MongoClient, 'on'>): void {
  const logger = new Logger('mongodb');
  client.on('serverDescriptionChanged', (event: ServerDescriptionChangedEvent) => {
    const line = topologyChangeLine(event.previousDescription.type, event.newDescription.type, event.newDescription.error?.message);
    if (line) logger[line.method]({ mongodb: { address: event.address } }, line.message);
  });
  client.on('serverHeartbeatFailed', (event) => logger.debug({ mongodb: { address: event.connectionId } }, `MongoDB heartbeat failed: ${event.failure.message}`));
}
