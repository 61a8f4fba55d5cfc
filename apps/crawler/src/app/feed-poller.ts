import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CRAWL_REQUEST_VERSION, CrawlRequest, Topics, crawlRequestKey, newEnvelope } from '@newsflow/contracts';
import { newFeedItems } from '@newsflow/crawling';
import { parseFeed } from '@newsflow/feed';
import { EventPublisher } from '@newsflow/service-kit';
import { CrawlerEnv } from './crawler.env';
import { PageFetcher } from './page-fetcher';

/** Polls the configured feeds and turns every new item into a crawl request. */
@Injectable()
export class FeedPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FeedPoller.name);
  private readonly seen = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly config: ConfigService<CrawlerEnv, true>,
    private readonly fetcher: PageFetcher,
    private readonly publisher: EventPublisher,
  ) {}

  onApplicationBootstrap(): void {
    const feeds: string[] = this.config.get('FEED_URLS', { infer: true });
    if (feeds.length === 0) return;
    const poll = () => void Promise.all(feeds.map((feed) => this.pollFeed(feed)));
    poll();
    this.timer = setInterval(poll, this.config.get('FEED_POLL_INTERVAL_MS'));
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async pollFeed(feedUrl: string): Promise<void> {
    try {
      const feed = await this.fetcher.feed(feedUrl);
      const items = newFeedItems(await parseFeed(feed.body, feed.finalUrl), this.seen);
      for (const item of items) {
        const request: CrawlRequest = {
          ...newEnvelope('crawler', CRAWL_REQUEST_VERSION),
          url: item.url,
          followSource: true,
          origin: 'feed',
          feedUrl,
        };
        await this.publisher.publish(Topics.crawlRequests, crawlRequestKey(request), request);
      }
      this.logger.log({ feedUrl, newItems: items.length }, 'polled feed');
    } catch (error) {
      this.logger.warn({ feedUrl, error: (error as Error).message }, 'feed poll failed');
    }
  }
}
