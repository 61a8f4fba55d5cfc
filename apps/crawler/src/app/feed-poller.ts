import { readFile } from 'node:fs/promises';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Counter } from 'prom-client';
import { Topics, crawlRequestKey } from '@newsflow/contracts';
import { redactUrl, redactUrlsIn } from '@newsflow/crawling';
import { FeedItem } from '@newsflow/feed';
import { FeedPollingLoop, FeedRecord, PollReport, SourceKind, declaredFeeds } from '@newsflow/feed-registry';
import { FeedRepository } from '@newsflow/feed-store';
import { newCrawlRequest } from '@newsflow/pipeline';
import { EventPublisher, StageMetrics } from '@newsflow/service-kit';
import { CrawlerEnv } from './crawler.env';
import { PageFetcher } from './page-fetcher';

/** How often this instance looks for due feeds: the finest poll timing the registry can give. */
const TICK_MS = 1000;

/**
 * Polls the feeds of the registry that are due, turning every new item into a crawl request.
 * At start-up it declares the feeds of FEEDS_FILE and FEED_URLS; the admin API changes them later.
 */
@Injectable()
export class FeedPoller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(FeedPoller.name);
  private readonly loop: FeedPollingLoop;
  private readonly polls: Counter<'outcome'>;
  private readonly newItems: Counter;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly config: ConfigService<CrawlerEnv, true>,
    private readonly feeds: FeedRepository,
    fetcher: PageFetcher,
    private readonly publisher: EventPublisher,
    metrics: StageMetrics,
  ) {
    this.polls = new Counter({
      name: 'newsflow_feed_polls_total',
      help: 'Feed polls, by outcome (fetched, not_modified, failed; deferred: its new items could not be published, the feed not blamed).',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
    this.newItems = new Counter({ name: 'newsflow_feed_new_items_total', help: 'New feed items turned into crawl requests.', registers: [metrics.registry] });
    this.loop = new FeedPollingLoop(
      {
        claims: feeds,
        fetchFeed: (url, validators) => fetcher.feedIfModified(url, validators),
        emit: (feed, items, kind) => this.emit(feed, items, kind),
        onPolled: (report, stored, storeError) => this.record(report, stored, storeError),
      },
      {
        defaultIntervalMs: config.get('FEED_POLL_INTERVAL_MS'),
        schedule: { jitter: config.get('FEED_POLL_JITTER'), maxBackoffMs: config.get('FEED_MAX_BACKOFF_MS') },
        maxSeenKeys: 2 * config.get('FEED_SEEN_ITEMS_MAX'),
        sitemap: {
          recentWindowMs: config.get('SITEMAP_RECENT_WINDOW_MS'),
          maxDepth: config.get('SITEMAP_MAX_DEPTH'),
          maxFiles: config.get('SITEMAP_MAX_FILES'),
          maxEntries: config.get('SITEMAP_MAX_URLS'),
        },
        concurrency: config.get('FEED_POLL_CONCURRENCY'),
        leaseMs: config.get('FEED_LEASE_MS'),
      },
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.declareConfiguredFeeds();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.tick();
  }

  /** Before the Kafka producer closes: polls in flight finish and store their state. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.loop.stop();
  }

  /** The feeds file and FEED_URLS are the truth about `config` feeds; with neither set, those are left alone. */
  private async declareConfiguredFeeds(): Promise<void> {
    const path = this.config.get('FEEDS_FILE', { infer: true });
    const urls = this.config.get('FEED_URLS', { infer: true });
    if (!path && urls.length === 0) return;
    const file = path ? { path, text: await readFile(path, 'utf8') } : undefined;
    const synced = await this.feeds.syncConfig(declaredFeeds(file, urls));
    this.logger.log({ feedsFile: path, ...synced }, 'declared the configured feeds');
  }

  private tick(): void {
    this.loop.fill().catch((error: Error) => this.logger.warn({ error: error.message }, 'could not claim due feeds'));
  }

  private async emit(feed: FeedRecord, items: FeedItem[], kind: SourceKind): Promise<void> {
    for (const item of items) {
      const request = newCrawlRequest({ url: item.url, followSource: feed.followSource, origin: kind, feedUrl: feed.url });
      await this.publisher.publish(Topics.crawlRequests, crawlRequestKey(request), request);
    }
  }

  private record(report: PollReport, stored: boolean, storeError?: Error): void {
    this.polls.inc({ outcome: report.outcome });
    this.newItems.inc(report.newItems);
    const { feedId, url, outcome, newItems, oldEntries, notes, error, state } = report;
    const fields = { feedId, feedUrl: redactUrl(url), kind: state.kind, outcome, newItems, oldEntries, nextPollAt: state.nextPollAt };
    if (notes?.length) this.logger.warn({ ...fields, notes }, 'sitemap poll bounded or partly failed');
    if (storeError) this.logger.error({ ...fields, error: redactUrlsIn(storeError.message) }, 'could not store the feed state');
    else if (!stored) this.logger.warn(fields, 'feed removed, or its lease lost, while polling: state not stored');
    else if (outcome === 'deferred') this.logger.warn({ ...fields, error }, 'feed poll deferred: new items not published, polled again without backoff');
    else if (error) this.logger.warn({ ...fields, error, consecutiveFailures: state.consecutiveFailures }, 'feed poll failed');
    else this.logger.log(fields, 'polled feed');
  }
}
