import { Injectable, Logger } from '@nestjs/common';
import type { Collection } from 'mongodb';
import { ConsoleMongo } from '../console-mongo';

export const REVOKED_SESSIONS_COLLECTION = 'console_revoked_sessions';

interface RevokedSession {
  _id: string;
  expiresAt: Date;
}

/** What SessionCookies needs of the logged-out sessions. */
export interface SessionRevocations {
  revoke(id: string, expiresAt: number): Promise<void>;
  isRevoked(id: string): Promise<boolean>;
}

/**
 * Logged-out session ids in MongoDB, so a logout holds on every console replica and across restarts,
 * each kept until its session would have expired. This replica's own logouts are also kept in
 * memory: while MongoDB is unreachable they still hold here (another replica's do not, until it is
 * back); the dashboard stays usable through the outage it exists to show.
 */
@Injectable()
export class RevokedSessions implements SessionRevocations {
  private readonly logger = new Logger(RevokedSessions.name);
  private readonly known = new Map<string, number>();

  constructor(private readonly mongo: ConsoleMongo) {}

  async revoke(id: string, expiresAt: number): Promise<void> {
    this.remember(id, expiresAt);
    try {
      await this.collection().updateOne({ _id: id }, { $set: { expiresAt: new Date(expiresAt) } }, { upsert: true });
      await this.collection().deleteMany({ expiresAt: { $lte: new Date() } });
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'logout held by this replica only: MongoDB is unreachable');
    }
  }

  async isRevoked(id: string): Promise<boolean> {
    if (this.known.has(id)) return true;
    try {
      const found = await this.collection().findOne({ _id: id });
      if (found) this.remember(id, found.expiresAt.getTime());
      return found !== null;
    } catch {
      return false;
    }
  }

  private remember(id: string, expiresAt: number): void {
    const now = Date.now();
    for (const [knownId, until] of this.known) if (until <= now) this.known.delete(knownId);
    this.known.set(id, expiresAt);
  }

  private collection(): Collection<RevokedSession> {
    return this.mongo.db().collection<RevokedSession>(REVOKED_SESSIONS_COLLECTION);
  }
}
