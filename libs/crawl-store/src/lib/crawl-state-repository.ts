import { Model } from 'mongoose';
import { FetchHistory, HostStateStore, RobotsRecord, RobotsStore } from '@newsflow/crawling';
import { FetchHistoryDocument, HostStateDocument } from './crawl-state-schema';

/**
 * The crawler's persisted politeness state: robots.txt per origin, "not before" times per host and
 * when each normalised URL was last fetched. Crawl requests are keyed by host, so one instance owns
 * a host at a time and plain read-then-write is enough; the state outlives restarts and rebalances.
 */
export class CrawlStateRepository implements RobotsStore, HostStateStore, FetchHistory {
  constructor(
    private readonly robots: Model<RobotsRecord>,
    private readonly hosts: Model<HostStateDocument>,
    private readonly fetches: Model<FetchHistoryDocument>,
  ) {}

  async find(origin: string): Promise<RobotsRecord | undefined> {
    return (await this.robots.findOne({ origin }, { _id: 0 }).lean<RobotsRecord>().exec()) ?? undefined;
  }

  async save(record: RobotsRecord): Promise<void> {
    await this.robots.updateOne({ origin: record.origin }, { $set: record }, { upsert: true }).exec();
  }

  async nextAllowedAt(host: string): Promise<Date | undefined> {
    return (await this.hosts.findOne({ host }).lean<HostStateDocument>().exec())?.nextAllowedAt;
  }

  async hold(host: string, until: Date, reason: string): Promise<void> {
    const current = await this.nextAllowedAt(host);
    if (current && current >= until) return;
    await this.hosts.updateOne({ host }, { $set: { nextAllowedAt: until, reason } }, { upsert: true }).exec();
  }

  async lastFetchedAt(normalizedUrl: string): Promise<Date | undefined> {
    return (await this.fetches.findOne({ url: normalizedUrl }).lean<FetchHistoryDocument>().exec())?.fetchedAt;
  }

  async recordFetch(normalizedUrl: string, at: Date): Promise<void> {
    await this.fetches.updateOne({ url: normalizedUrl }, { $set: { fetchedAt: at } }, { upsert: true }).exec();
  }
}
