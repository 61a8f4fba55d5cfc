import { AddressInfo, Server, Socket, createServer } from 'node:net';
import { once } from 'node:events';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { MongoNetworkError } from 'mongodb';
import { DriverConnection, DriverConnectionClass, guardMongoDriverWrites } from './driver-write-guard';

/** The driver's internal Connection as these tests drive it: over a socket of their own. */
type TestConnection = DriverConnection & { closed: boolean; command(ns: unknown, command: object, options: object): Promise<unknown>; destroy(): void };
const { Connection } = require('mongodb/lib/cmap/connection') as { Connection: DriverConnectionClass & (new (socket: Socket, options: object) => TestConnection) };
const { ns } = require('mongodb/lib/utils') as { ns: (namespace: string) => unknown };
const unguardedWrite = Connection.prototype.writeCommand;

/** A peer that accepts connections and never answers, so a command only ends by a failure. */
let peer: Server;
let connections: TestConnection[];

beforeAll(async () => {
  peer = createServer((socket) => socket.on('error', () => undefined));
  peer.listen(0, '127.0.0.1');
  await once(peer, 'listening');
});
afterAll(() => peer.close());
beforeEach(() => (connections = []));
afterEach(() => connections.forEach((connection) => connection.destroy()));

async function openConnection(): Promise<TestConnection> {
  const socket = new Socket().connect((peer.address() as AddressInfo).port, '127.0.0.1');
  await once(socket, 'connect');
  const connection = new Connection(socket, { id: connections.length + 1, generation: 0 });
  connections.push(connection);
  return connection;
}

/** Whether `command` has settled, readable synchronously later. */
function track(command: Promise<unknown>): { settled: boolean } {
  const outcome = { settled: false };
  const settle = () => (outcome.settled = true);
  command.then(settle, settle);
  return outcome;
}

/** Waits until the connection has seen its socket close: nothing the driver does later can settle a command. */
async function afterClose(connection: TestConnection): Promise<void> {
  if (!connection.closed) await once(connection as unknown as NodeJS.EventEmitter, 'close');
  await nextTurn();
}

const ping = (connection: TestConnection) => connection.command(ns('admin.$cmd'), { ping: 1 }, {});
/** A command larger than the socket's buffer, so its write waits for 'drain'. */
const largeInsert = (connection: TestConnection) => connection.command(ns('db.$cmd'), { insert: 'c', documents: [{ text: 'x'.repeat(8 << 20) }] }, {});

describe('guardMongoDriverWrites', () => {
  describe('without it, the driver', () => {
    beforeEach(() => (Connection.prototype.writeCommand = unguardedWrite));

    it('never settles a command written to a socket Node destroyed before the connection saw it close', async () => {
      const connection = await openConnection();
      (connection.socket as Socket).destroy();
      const outcome = track(ping(connection));
      await afterClose(connection);
      expect(outcome.settled).toBe(false);
    });

    it('never settles a command waiting for the socket to drain when the connection closes', async () => {
      const connection = await openConnection();
      const outcome = track(largeInsert(connection));
      await nextTurn();
      connection.destroy();
      await afterClose(connection);
      expect(outcome.settled).toBe(false);
    });
  });

  describe('with it, the driver', () => {
    beforeAll(() => guardMongoDriverWrites(Connection));

    it('fails a command written to a destroyed socket as a lost connection', async () => {
      const connection = await openConnection();
      (connection.socket as Socket).destroy();
      await expect(ping(connection)).rejects.toBeInstanceOf(MongoNetworkError);
    });

    it('fails a command waiting for the socket to drain when the connection closes', async () => {
      const connection = await openConnection();
      const outcome = largeInsert(connection);
      await nextTurn();
      connection.destroy();
      await expect(outcome).rejects.toBeInstanceOf(MongoNetworkError);
    });

    it('guards once however often it is called', () => {
      const guarded = Connection.prototype.writeCommand;
      guardMongoDriverWrites(Connection);
      expect(Connection.prototype.writeCommand).toBe(guarded);
    });

    it('leaves a write to a live socket as it was: the command waits for its answer', async () => {
      const connection = await openConnection();
      const outcome = track(ping(connection));
      await sleep(50);
      expect(outcome.settled).toBe(false);
      expect((connection as unknown as NodeJS.EventEmitter).listenerCount('close')).toBe(0);
    });
  });
});
