import { randomUUID } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { ConsoleMongo } from '../console-mongo';
import { REVOKED_SESSIONS_COLLECTION, RevokedSessions } from './revoked-sessions';

/** Two console replicas' revocation stores over the local stack's FerretDB, in a database of their own. */
const MONGO_URI = `mongodb://127.0.0.1:27017/test_revoked_${randomUUID().slice(0, 8)}`;
const replica = () => new ConsoleMongo(new ConfigService({ MONGO_URI, MONGO_SOCKET_TIMEOUT_MS: 60_000, MONGO_MAX_POOL_SIZE: 10 }));

describe('RevokedSessions (real FerretDB)', () => {
  const [mongoA, mongoB] = [replica(), replica()];
  const [a, b] = [new RevokedSessions(mongoA), new RevokedSessions(mongoB)];

  afterAll(async () => {
    await mongoA.db().dropDatabase();
    await Promise.all([mongoA.onApplicationShutdown(), mongoB.onApplicationShutdown()]);
  });

  it('holds a logout made on one replica on the other, and on a new one (a restart)', async () => {
    const id = randomUUID();
    expect(await b.isRevoked(id)).toBe(false);
    await a.revoke(id, Date.now() + 3_600_000);
    expect(await b.isRevoked(id)).toBe(true);
    expect(await new RevokedSessions(mongoB).isRevoked(id)).toBe(true);
    expect(await b.isRevoked(randomUUID())).toBe(false);
  });

  it('forgets sessions past their expiry when the next logout is written', async () => {
    const stale = randomUUID();
    await a.revoke(stale, Date.now() - 1000);
    await b.revoke(randomUUID(), Date.now() + 3_600_000);
    expect(await mongoA.db().collection(REVOKED_SESSIONS_COLLECTION).countDocuments({ _id: stale as never })).toBe(0);
  });
});
