import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Counter, Histogram } from 'prom-client';
import {
  FetchEnv,
  FetchOutcome,
  FetchedPage,
  NotModified,
  PoliteFetcher,
  RefetchWindow,
  Validators,
  crawlSettings,
  fetchEnvShape,
  createPoliteFetcher,
  fetchFeedIfModified,
  discoveryPorts,
  failedFetchOutcome,
  fetchHtml,
} from '@newsflow/crawling';
import { CrawlStateRepository } from '@newsflow/crawl-store';
import { DiscoveryPorts } from '@newsflow/feed';
import { StageMetrics } from '@newsflow/service-kit';
import { version } from '../../../../package.json';
import { CrawlerEnv } from './crawler.env';

type FetchKind = 'page' | 'feed';

/** The crawler's one door to the web: the polite, guarded fetch path, with its state in MongoDB and its outcomes counted. */
@Injectable()
export class PageFetcher implements OnApplicationShutdown {
  private readonly fetcher: PoliteFetcher;
  readonly refetchWindow: RefetchWindow;
  private readonly fetches: Counter<'kind' | 'outcome'>;
  private readonly durations: Histogram<'kind'>;

  constructor(config: ConfigService<CrawlerEnv, true>, state: CrawlStateRepository, metrics: StageMetrics) {
    const env = Object.fromEntries(Object.keys(fetchEnvShape).map((key) => [key, config.get(key as keyof FetchEnv)])) as FetchEnv;
    const settings = crawlSettings(env, version);
    this.fetcher = createPoliteFetcher(settings, state);
    this.refetchWindow = new RefetchWindow(state, settings.refetchWindowMs);
    this.fetches = new Counter({
      name: 'newsflow_fetches_total',
      help: 'Fetches of pages (item pages and source links) and feeds, by outcome: ok, not_modified, refused, timeout, http_status, too_large, …',
      labelNames: ['kind', 'outcome'],
      registers: [metrics.registry],
    });
    this.durations = new Histogram({
      name: 'newsflow_fetch_duration_seconds',
      help: 'Time of a fetch through the polite fetch path, waits for the host included.',
      labelNames: ['kind'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [metrics.registry],
    });
  }

  /** A page; with `yieldSignal` (a crawl of a consumed record), its waits end when the record must be handed back. */
  html(url: string, yieldSignal?: AbortSignal): Promise<FetchedPage> {
    return this.counted('page', () => fetchHtml(this.fetcher, { yieldSignal })(url));
  }

  /** A conditional GET of a feed with the validators of its last poll; 304 comes back as NotModified. */
  feedIfModified(url: string, validators: Validators): Promise<FetchedPage | NotModified> {
    return this.counted('feed', () => fetchFeedIfModified(this.fetcher, url, validators));
  }

  /** Site discovery's fetches, on this fetch path and its state. */
  discoveryPorts(): DiscoveryPorts {
    return discoveryPorts(this.fetcher);
  }

  /**
   * Last of all: the consumer has stopped (its crawls finished or handed back) and the feed poller
   * and the HTTP port are closed, so no fetch is left to fail on a closed client.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.fetcher.client.close();
  }

  private async counted<T extends FetchedPage | NotModified>(kind: FetchKind, fetch: () => Promise<T>): Promise<T> {
    const stopTimer = this.durations.startTimer({ kind });
    let outcome: FetchOutcome = 'ok';
    try {
      const result = await fetch();
      if ('notModified' in result) outcome = 'not_modified';
      return result;
    } catch (error) {
      outcome = failedFetchOutcome(error);
      throw error;
    } finally {
      stopTimer();
      this.fetches.inc({ kind, outcome });
    }
  }
}
