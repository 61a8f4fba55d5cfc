import robotsParser from 'robots-parser';
import { RefusedError } from './address-guard';

/** One origin's robots.txt as last fetched: rules, or what a failed fetch means (RFC 9309 §2.3.1). */
export interface RobotsRecord {
  /** scheme://host[:port], robots.txt's scope. */
  origin: string;
  verdict: 'rules' | 'allow_all' | 'disallow_all';
  body?: string;
  fetchedAt: Date;
  expiresAt: Date;
}

/** Where robots records outlive the process and are shared by crawler instances. */
export interface RobotsStore {
  find(origin: string): Promise<RobotsRecord | undefined>;
  save(record: RobotsRecord): Promise<void>;
}

/**
 * A robots.txt fetch's outcome: a status and body, or undefined for an answer that cannot be read
 * (too large, a redirect loop). A fetch that got no answer at all (network trouble, a timeout, our
 * own client closing) or that we refused throws, and the policy keeps no verdict from it.
 */
export type RobotsFetch = (robotsUrl: string) => Promise<{ status: number; body: string } | undefined>;

export interface RobotsSettings {
  /** The product token robots.txt groups are matched against, e.g. "newsflow-crawler". */
  productToken: string;
  /** How long fetched rules are trusted (RFC 9309: no more than 24 hours). */
  ttlMs: number;
  /** How long a robots.txt answered with a 5xx, a 429 or unreadably keeps the whole origin disallowed before the next try. */
  unreachableTtlMs: number;
  /** Crawl-delay values above this are cut to it, so one site cannot stall a partition for hours. */
  maxCrawlDelayMs: number;
}

const CACHED_ORIGINS = 10_000;

/**
 * robots.txt per origin, parsed with robots-parser, cached in memory and in the store. A 4xx means
 * no rules (allow all); a 5xx, a 429 or an unreadable answer means disallow all for a while (RFC 9309
 * §2.3.1.3-4). A fetch with no answer at all (network, timeout, our own client closing) is no verdict
 * on the site: nothing is cached or stored, the request fails with the fetch's retryable error and
 * the next one asks again, so one instance's trouble never becomes every instance's long disallow.
 */
export class RobotsPolicy {
  private readonly cache = new Map<string, RobotsRecord>();
  /** Lookups in flight per origin, so many requests for one new origin fetch its robots.txt once. */
  private readonly loading = new Map<string, Promise<RobotsRecord>>();

  constructor(
    private readonly fetchRobots: RobotsFetch,
    private readonly store: RobotsStore,
    private readonly settings: RobotsSettings,
    private readonly clock = () => new Date(),
  ) {}

  /** Throws RefusedError when robots.txt disallows the URL. */
  async permit(url: URL): Promise<void> {
    const record = await this.recordFor(url.origin);
    if (record.verdict === 'allow_all') return;
    if (record.verdict === 'disallow_all') throw new RefusedError(`robots.txt of ${url.origin} unreachable (a server error or an unreadable answer), disallowing all until ${record.expiresAt.toISOString()}`);
    if (robotsParser(`${url.origin}/robots.txt`, record.body ?? '').isDisallowed(url.href, this.settings.productToken)) {
      throw new RefusedError('disallowed by robots.txt');
    }
  }

  /** The Crawl-delay robots.txt asks of us, in milliseconds (0 when none). */
  async crawlDelayMs(url: URL): Promise<number> {
    const record = await this.recordFor(url.origin);
    if (record.verdict !== 'rules') return 0;
    const seconds = robotsParser(`${url.origin}/robots.txt`, record.body ?? '').getCrawlDelay(this.settings.productToken) ?? 0;
    return Math.min(seconds * 1000, this.settings.maxCrawlDelayMs);
  }

  /** The `Sitemap:` URLs robots.txt lists (none when it could not be read). */
  async sitemaps(url: URL): Promise<string[]> {
    const record = await this.recordFor(url.origin);
    return record.verdict === 'rules' ? robotsParser(`${url.origin}/robots.txt`, record.body ?? '').getSitemaps() : [];
  }

  private recordFor(origin: string): Promise<RobotsRecord> {
    const cached = this.cache.get(origin);
    if (cached && cached.expiresAt > this.clock()) return Promise.resolve(cached);
    let loading = this.loading.get(origin);
    if (!loading) {
      loading = this.load(origin).finally(() => this.loading.delete(origin));
      this.loading.set(origin, loading);
    }
    return loading;
  }

  private async load(origin: string): Promise<RobotsRecord> {
    const now = this.clock();
    const stored = await this.store.find(origin);
    if (stored && stored.expiresAt > now) return this.remember(stored);
    const record = await this.fetchRecord(origin, now);
    await this.store.save(record);
    return this.remember(record);
  }

  private async fetchRecord(origin: string, now: Date): Promise<RobotsRecord> {
    const answer = await this.fetchRobots(`${origin}/robots.txt`);
    const until = (ms: number) => new Date(now.getTime() + ms);
    const status = answer?.status ?? 0;
    if (status >= 200 && status < 300) return { origin, verdict: 'rules', body: answer?.body, fetchedAt: now, expiresAt: until(this.settings.ttlMs) };
    if (status >= 400 && status < 500 && status !== 429) return { origin, verdict: 'allow_all', fetchedAt: now, expiresAt: until(this.settings.ttlMs) };
    return { origin, verdict: 'disallow_all', fetchedAt: now, expiresAt: until(this.settings.unreachableTtlMs) };
  }

  private remember(record: RobotsRecord): RobotsRecord {
    if (this.cache.size >= CACHED_ORIGINS) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(record.origin, record);
    return record;
  }
}
