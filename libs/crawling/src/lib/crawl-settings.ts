import { z } from 'zod';
import { DiscoveryPorts } from '@newsflow/feed';
import { FetchError, FetchedPage, HTML_TYPES, NotModified, Validators, WebClient, WebClientSettings, SOURCE_TYPES } from './fetch-page';
import { FetchHistory } from './fetch-history';
import { HostGate, HostGateSettings, HostStateStore } from './host-gate';
import { PoliteFetchOptions, PoliteFetcher, PoliteFetcherSettings } from './polite-fetcher';
import { RobotsFetch, RobotsPolicy, RobotsRecord, RobotsSettings, RobotsStore } from './robots';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const MIB = 1024 * 1024;
const csv = z.string().transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));
/** Compose passes unset variables as empty strings; those mean "not set". */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);
const ms = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

/**
 * The fetch path's settings, read from the environment by the crawler service and by `newsflow
 * fetch` alike, so the CLI runs with the very guards and limits of the service.
 */
export const fetchEnvShape = {
  CRAWLER_CONTACT_URL: unsetIfEmpty(z.url({ protocol: /^https?$/ }).default('https://github.com/newsflow/newsflow')).describe(
    'Where site owners can reach the operator; part of the default User-Agent.',
  ),
  CRAWLER_USER_AGENT: unsetIfEmpty(z.string().optional()).describe(
    'User-Agent of every fetch; default `newsflow-crawler/<version> (+CRAWLER_CONTACT_URL)`. robots.txt groups match its part before "/".',
  ),
  CRAWLER_ALLOWED_PRIVATE_HOSTS: csv
    .default([])
    .describe('Comma-separated `host` or `host:port` entries that may resolve to loopback or private addresses, which the SSRF guard otherwise refuses.'),
  FETCH_TIMEOUT_MS: ms(100, 20 * SECOND).describe('Longest a whole fetch (headers and body) may take.'),
  FETCH_CONNECT_TIMEOUT_MS: ms(100, 5 * SECOND).describe('Longest the TCP/TLS connection may take.'),
  FETCH_FIRST_BYTE_TIMEOUT_MS: ms(100, 10 * SECOND).describe('Longest the wait for the response headers may take.'),
  /** Capped below the raw-page topic's 8 MiB record limit: a decoded page can grow in UTF-8. */
  FETCH_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(4 * MIB)
    .default(4 * MIB)
    .describe('Largest response body accepted, in bytes (at most 4 MiB, below the raw-page topic\'s record limit).'),
  FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5).describe('Redirects followed per fetch.'),
  CRAWL_MIN_HOST_DELAY_MS: ms(0, SECOND).describe('Least time between two fetches from one host, across all instances (robots.txt Crawl-delay can raise it).'),
  CRAWL_GLOBAL_CONCURRENCY: z.coerce.number().int().min(1).default(16).describe('Fetches one crawler instance runs at once, over all hosts.'),
  CRAWL_MAX_HOST_WAIT_MS: ms(0, 60 * SECOND).describe('Longest a fetch waits for its host\'s turn; a longer hold (a back-off) fails the request as transient: dead-lettered, replayable.'),
  CRAWL_RETRY_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3).describe('Attempts of a fetch that fails transiently (network trouble, timeouts, 5xx, 408, 429).'),
  CRAWL_RETRY_BASE_MS: ms(1, SECOND).describe('Ceiling of the first retry delay (the delay is random below it); the ceiling doubles per attempt.'),
  CRAWL_RETRY_MAX_MS: ms(1, 30 * SECOND).describe('Cap on the doubling retry delay; a Retry-After header may ask for longer.'),
  CRAWL_REFETCH_WINDOW_MS: ms(0, 24 * HOUR).describe('A URL fetched within this window is not fetched again; 0 turns the check off.'),
  ROBOTS_TTL_MS: ms(SECOND, 24 * HOUR).describe('How long a fetched robots.txt is trusted.'),
  ROBOTS_UNREACHABLE_TTL_MS: ms(SECOND, 10 * 60 * SECOND).describe(
    'How long a site whose robots.txt answered with a 5xx, a 429 or unreadably is treated as disallowing all; a robots.txt fetch with no answer at all (network, timeout) is never cached: the request fails as retryable and asks again.',
  ),
  ROBOTS_MAX_CRAWL_DELAY_MS: ms(0, 60 * SECOND).describe('Cap on the Crawl-delay a robots.txt may impose.'),
};

export const fetchEnvSchema = z.object(fetchEnvShape);
export type FetchEnv = z.infer<typeof fetchEnvSchema>;

export const PRODUCT_TOKEN = 'newsflow-crawler';

export interface CrawlSettings {
  client: WebClientSettings;
  robots: RobotsSettings;
  gate: HostGateSettings;
  polite: PoliteFetcherSettings;
  refetchWindowMs: number;
}

export function crawlSettings(env: FetchEnv, version: string): CrawlSettings {
  const userAgent = env.CRAWLER_USER_AGENT ?? `${PRODUCT_TOKEN}/${version} (+${env.CRAWLER_CONTACT_URL})`;
  return {
    client: {
      userAgent,
      timeoutMs: env.FETCH_TIMEOUT_MS,
      connectTimeoutMs: env.FETCH_CONNECT_TIMEOUT_MS,
      firstByteTimeoutMs: env.FETCH_FIRST_BYTE_TIMEOUT_MS,
      maxBytes: env.FETCH_MAX_BYTES,
      maxRedirects: env.FETCH_MAX_REDIRECTS,
      allowedPrivateHosts: env.CRAWLER_ALLOWED_PRIVATE_HOSTS,
    },
    robots: {
      productToken: userAgent.split(/[/\s]/)[0].toLowerCase(),
      ttlMs: env.ROBOTS_TTL_MS,
      unreachableTtlMs: env.ROBOTS_UNREACHABLE_TTL_MS,
      maxCrawlDelayMs: env.ROBOTS_MAX_CRAWL_DELAY_MS,
    },
    gate: { globalConcurrency: env.CRAWL_GLOBAL_CONCURRENCY, maxWaitMs: env.CRAWL_MAX_HOST_WAIT_MS },
    polite: {
      minHostDelayMs: env.CRAWL_MIN_HOST_DELAY_MS,
      retry: { attempts: env.CRAWL_RETRY_ATTEMPTS, baseDelayMs: env.CRAWL_RETRY_BASE_MS, maxDelayMs: env.CRAWL_RETRY_MAX_MS },
    },
    refetchWindowMs: env.CRAWL_REFETCH_WINDOW_MS,
  };
}

/**
 * robots.txt through the same guarded client, any content type. An HTTP status is an answer; a
 * fetch with no answer (network, timeout) or that we refused throws as it failed; any other failure
 * (too large, a redirect loop) is an unreadable answer.
 */
function robotsFetcher(client: WebClient): RobotsFetch {
  return (url) =>
    client.fetch(url, { accept: [''] }).then(
      (page) => ({ status: page.status, body: page.body }),
      (error: FetchError) => {
        if (error.failure === 'http_status' && error.status) return { status: error.status, body: '' };
        if (error.failure === 'network' || error.failure === 'timeout' || error.failure === 'refused') throw error;
        return undefined;
      },
    );
}

/** The whole polite fetch path on the given state stores. */
export function createPoliteFetcher(settings: CrawlSettings, stores: RobotsStore & HostStateStore): PoliteFetcher {
  const client = new WebClient(settings.client);
  const robots = new RobotsPolicy(robotsFetcher(client), stores, settings.robots);
  return new PoliteFetcher(client, robots, new HostGate(stores, settings.gate), settings.polite);
}

/** Pages are HTML or XHTML; feeds and sitemaps are XML, sitemaps maybe gzipped. */
export const fetchHtml =
  (fetcher: PoliteFetcher, options: PoliteFetchOptions = {}) =>
  (url: string): Promise<FetchedPage> =>
    fetcher.fetch(url, { accept: HTML_TYPES, ...options });
export const fetchFeedIfModified = (fetcher: PoliteFetcher, url: string, validators: Validators): Promise<FetchedPage | NotModified> =>
  fetcher.fetchIfModified(url, { accept: SOURCE_TYPES, validators });

/** A site's feeds and sitemaps looked for through the polite fetch path (robots.txt through its cache). */
export const discoveryPorts = (fetcher: PoliteFetcher): DiscoveryPorts => ({
  fetchPage: fetchHtml(fetcher),
  fetchSource: (url) => fetcher.fetch(url, { accept: SOURCE_TYPES }),
  robotsSitemaps: (url) => fetcher.robots.sitemaps(new URL(url)),
});

/** Crawl state held in memory: for a one-off fetch (the CLI) and for unit tests. */
export class InMemoryCrawlState implements RobotsStore, HostStateStore, FetchHistory {
  private readonly robots = new Map<string, RobotsRecord>();
  private readonly holds = new Map<string, { until: Date; reason: string }>();
  private readonly fetches = new Map<string, Date>();

  async find(origin: string) {
    return this.robots.get(origin);
  }
  async save(record: RobotsRecord) {
    this.robots.set(record.origin, record);
  }
  async nextAllowedAt(host: string) {
    return this.holds.get(host)?.until;
  }
  async hold(host: string, until: Date, reason: string) {
    const current = this.holds.get(host);
    if (!current || current.until < until) this.holds.set(host, { until, reason });
  }
  holdReasons(): string[] {
    return [...this.holds.values()].map((hold) => hold.reason);
  }
  async lastFetchedAt(url: string) {
    return this.fetches.get(url);
  }
  async recordFetch(url: string, at: Date) {
    this.fetches.set(url, at);
  }
}

/** The fetch path for one-off CLI fetches: settings from `env`, state in memory. */
export function createOneOffFetcher(env: Record<string, string | undefined>, version: string): PoliteFetcher {
  return createPoliteFetcher(crawlSettings(fetchEnvSchema.parse(env), version), new InMemoryCrawlState());
}
