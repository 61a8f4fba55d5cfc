import { Model, mongo } from 'mongoose';
import { ClaimedFeed, FeedClaims, FeedOrigin, FeedRecord, FeedSettings, FeedState, feedIdFor } from '@newsflow/feed-registry';
import { insertUnlessTaken, isDuplicateKey } from '@newsflow/unique-insert';
import { FeedDocument, FeedLeaseDocument } from './feed-schema';

const NOBODY = new Date(0);
/** Due feeds looked at per claim; the first whose lease this instance wins is taken. */
const CANDIDATES = 10;
/**
 * Lease records outlive their poll so that an instance acting on a stale read cannot claim a poll
 * that is already done; a day is far longer than any read stays stale.
 */
const LEASE_RECORD_KEEP_MS = 24 * 60 * 60 * 1000;
/** The record without MongoDB's id and the lease bookkeeping. */
const RECORD = { _id: 0, leaseUntil: 0, leaseToken: 0, updatedAt: 0 } as const;
const LISTING_ORDER = { url: 1 } as const;

export interface SavedFeed {
  feed: FeedRecord;
  created: boolean;
}

/** The feed registry in MongoDB: settings from the feeds file and the admin API, poll state, leases. */
export class FeedRepository implements FeedClaims {
  constructor(
    private readonly model: Model<FeedDocument>,
    private readonly leases: Model<FeedLeaseDocument>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Adds a feed, due at once, or replaces the settings of a known one and keeps its state. A feed
   * declared in the feeds file stays `config` even when the API adds it too.
   */
  async save(settings: FeedSettings, origin: FeedOrigin): Promise<SavedFeed> {
    try {
      return await this.upsert(settings, origin);
    } catch (error) {
      // Two instances adding one new feed at once: the loser's insert hits the unique feedId, and
      // its retry finds the feed and updates it.
      if (!isDuplicateKey(error)) throw error;
      return this.upsert(settings, origin);
    }
  }

  private async upsert(settings: FeedSettings, origin: FeedOrigin): Promise<SavedFeed> {
    const feedId = feedIdFor(settings.url);
    const now = this.clock();
    const { pollIntervalMs, ...always } = settings;
    const result = await this.model.updateOne(
      { feedId },
      {
        $set: { ...always, ...(origin === 'config' ? { origin } : {}), ...(pollIntervalMs ? { pollIntervalMs } : {}), updatedAt: now },
        ...(pollIntervalMs ? {} : { $unset: { pollIntervalMs: 1 } }),
        $setOnInsert: {
          feedId,
          ...(origin === 'api' ? { origin } : {}),
          consecutiveFailures: 0,
          nextPollAt: now,
          leaseUntil: NOBODY,
          createdAt: now,
        },
      },
      { upsert: true },
    );
    return { feed: await this.require(feedId), created: result.upsertedCount > 0 };
  }

  /** Makes the registry's `config` feeds exactly `feeds`: new ones added, changed ones updated, dropped ones removed. */
  async syncConfig(feeds: readonly FeedSettings[]): Promise<{ declared: number; removed: number }> {
    for (const feed of feeds) await this.save(feed, 'config');
    const kept = feeds.map((feed) => feedIdFor(feed.url));
    const { deletedCount } = await this.model.deleteMany({ origin: 'config', feedId: { $nin: kept } });
    return { declared: feeds.length, removed: deletedCount };
  }

  async list(): Promise<FeedRecord[]> {
    return (await this.model.find({}, RECORD).sort(LISTING_ORDER).lean<FeedRecord[]>().exec()).map(withDefaults);
  }

  async find(feedId: string): Promise<FeedRecord | undefined> {
    const feed = await this.model.findOne({ feedId }, RECORD).lean<FeedRecord>().exec();
    return feed ? withDefaults(feed) : undefined;
  }

  /**
   * Makes a feed due now, whatever its schedule or backoff: whichever instance claims it next (within
   * its next tick) polls it. A poll already in flight stores its own next time when it ends, having
   * just polled. Undefined when there is no such feed.
   */
  async pollNow(feedId: string): Promise<FeedRecord | undefined> {
    const result = await this.model.updateOne({ feedId }, { $set: { nextPollAt: this.clock(), updatedAt: this.clock() } });
    return result.matchedCount > 0 ? this.find(feedId) : undefined;
  }

  async remove(feedId: string): Promise<boolean> {
    await this.leases.deleteMany({ feedId });
    return (await this.model.deleteOne({ feedId })).deletedCount > 0;
  }

  /**
   * Takes the most overdue feed nobody holds. The lease record's insert decides between racing
   * instances; the feed is then leased only if it is still at the due time read, so an instance
   * that read a feed another one has polled meanwhile backs off.
   */
  async claimDue(now: Date, leaseMs: number): Promise<ClaimedFeed | undefined> {
    const due = await this.model
      .find({ nextPollAt: { $lte: now }, leaseUntil: { $lte: now } }, { feedId: 1, nextPollAt: 1 })
      .sort({ nextPollAt: 1 })
      .limit(CANDIDATES)
      .lean<Pick<FeedDocument, 'feedId' | 'nextPollAt'>[]>()
      .exec();
    for (const { feedId, nextPollAt } of due) {
      const period = Math.floor((now.getTime() - nextPollAt.getTime()) / leaseMs);
      const leaseToken = `${feedId}:${nextPollAt.getTime()}:${period}`;
      if (!(await insertUnlessTaken(this.leases, { _id: leaseToken, feedId, claimedAt: now }))) continue;
      const leased = await this.model.updateOne(
        { feedId, nextPollAt },
        { $set: { leaseUntil: new Date(now.getTime() + leaseMs), leaseToken } },
      );
      const feed = leased.matchedCount > 0 ? await this.find(feedId) : undefined;
      if (feed) return { feed, leaseToken };
    }
    return undefined;
  }

  async renew(claim: ClaimedFeed, now: Date, leaseMs: number): Promise<boolean> {
    const result = await this.model.updateOne(
      { feedId: claim.feed.feedId, leaseToken: claim.leaseToken },
      { $set: { leaseUntil: new Date(now.getTime() + leaseMs) } },
    );
    return result.matchedCount > 0;
  }

  /** Writes only while the lease is still ours: a poll that outlived its lease must not undo a newer one. */
  async release(claim: ClaimedFeed, state: FeedState): Promise<boolean> {
    const now = this.clock();
    await this.leases.deleteMany({ feedId: claim.feed.feedId, claimedAt: { $lt: new Date(now.getTime() - LEASE_RECORD_KEEP_MS) } });
    const entries = Object.entries(state);
    const cleared = entries.filter(([, value]) => value === undefined).map(([key]) => [key, 1]);
    const result = await this.model.updateOne(
      { feedId: claim.feed.feedId, leaseToken: claim.leaseToken },
      {
        $set: { ...Object.fromEntries(entries.filter(([, value]) => value !== undefined)), leaseUntil: NOBODY, updatedAt: now },
        $unset: Object.fromEntries([...cleared, ['leaseToken', 1]]),
      },
    );
    return result.matchedCount > 0;
  }

  private async require(feedId: string): Promise<FeedRecord> {
    const feed = await this.find(feedId);
    if (!feed) throw new Error(`feed ${feedId} vanished while being saved`);
    return feed;
  }
}

/**
 * The first `limit` feeds in the order of FeedRepository.list, over the driver's collection: for a
 * reader (the dashboard) that must keep answering through MongoDB outages without a mongoose connection.
 */
export async function listFeeds(feeds: mongo.Collection<FeedDocument>, limit: number): Promise<FeedRecord[]> {
  return (await feeds.find<FeedRecord>({}, { projection: RECORD }).sort(LISTING_ORDER).limit(limit).toArray()).map(withDefaults);
}

/** FerretDB drops an empty array given to $setOnInsert, so a new feed's seen keys may be missing. */
function withDefaults(feed: FeedRecord): FeedRecord {
  return { ...feed, seenItemKeys: feed.seenItemKeys ?? [] };
}
