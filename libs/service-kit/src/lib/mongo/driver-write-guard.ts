import { MongoNetworkError } from 'mongodb';

/** The members of the driver's internal Connection (mongodb/lib/cmap/connection) the guard uses. */
export interface DriverConnection {
  readonly id: number | string;
  readonly address: string;
  readonly socket: { readonly destroyed: boolean };
  once(event: 'close', listener: () => void): unknown;
  off(event: 'close', listener: () => void): unknown;
  writeCommand(command: unknown, options: unknown): Promise<void>;
}

export interface DriverConnectionClass {
  prototype: DriverConnection & { [GUARDED]?: true };
}

const GUARDED = Symbol.for('newsflow.mongo-write-guard');

/** The Connection class of the driver the services load; the driver exports no type of it. */
function driverConnectionClass(): DriverConnectionClass {
  return (require('mongodb/lib/cmap/connection') as { Connection: DriverConnectionClass }).Connection;
}

/**
 * Mends a hang of the MongoDB driver (6.20, unchanged up to 7.9): a command written to a socket that
 * Node has already destroyed (a reset whose 'close' event has not run yet), or whose connection closes
 * while the write waits for the socket to drain, waits for a 'drain' that never comes. When the server
 * goes away mid-traffic the driver's server monitor can hang this way: the client never sees the server
 * again and every operation fails server selection until the process restarts (a fault-suite store
 * outage caught it). Guarded, such a write fails as a lost connection, which the driver handles as any
 * network error. Idempotent; patches the prototype, so connections opened before are guarded too.
 */
export function guardMongoDriverWrites(connectionClass: DriverConnectionClass = driverConnectionClass()): void {
  const prototype = connectionClass.prototype;
  if (prototype[GUARDED]) return;
  const write = prototype.writeCommand;
  if (typeof write !== 'function') throw new Error('the MongoDB driver has no Connection.writeCommand any more: review guardMongoDriverWrites');
  prototype.writeCommand = function guardedWriteCommand(this: DriverConnection, command: unknown, options: unknown) {
    if (this.socket.destroyed) return Promise.reject(lostConnection(this));
    return failOnClose(this, write.call(this, command, options));
  };
  prototype[GUARDED] = true;
}

/** `written`, or a lost-connection error as soon as the connection closes, whichever comes first. */
function failOnClose(connection: DriverConnection, written: Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const onClose = () => reject(lostConnection(connection));
    connection.once('close', onClose);
    written.then(resolve, reject).finally(() => connection.off('close', onClose));
  });
}

function lostConnection(connection: DriverConnection): MongoNetworkError {
  return new MongoNetworkError(`connection ${connection.id} to ${connection.address} closed`);
}
