import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { CrawlRequest, INPUT_TOPIC, Received, Topics } from '@newsflow/contracts';
import { FetchError, HostBackingOffError, crawlArticle, isRetryable, redactUrl, redactUrlsIn } from '@newsflow/crawling';
import { toRawPage } from '@newsflow/pipeline';
import { Counter } from 'prom-client';
import { BadRecordError, ConsumerLifecycle, EventPublisher, EventReceiver, StageMetrics } from '@newsflow/service-kit';
import { PageFetcher } from './page-fetcher';

@Controller()
export class CrawlRequestsController {
  private readonly logger = new Logger(CrawlRequestsController.name);
  private readonly skipped: Counter;

  constructor(
    private readonly receiver: EventReceiver,
    private readonly publisher: EventPublisher,
    private readonly fetcher: PageFetcher,
    private readonly lifecycle: ConsumerLifecycle,
    metrics: StageMetrics,
  ) {
    this.skipped = new Counter({
      name: 'newsflow_crawl_requests_skipped_total',
      help: 'Crawl requests for a URL fetched within the refetch window (listed by several feeds or sitemaps, or again), not fetched again.',
      registers: [metrics.registry],
    });
  }

  @EventPattern(INPUT_TOPIC.crawler)
  onCrawlRequest(_payload: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.receiver.handle(INPUT_TOPIC.crawler, context, (request) => this.crawl(request));
  }

  /** A crawl request's `origin` does not change how the page is crawled: a newer origin is crawled the same. */
  private async crawl(request: Received<CrawlRequest>): Promise<void> {
    const fetchedAt = await this.fetcher.refetchWindow.fetchedRecently(request.url);
    if (fetchedAt) {
      this.skipped.inc();
      this.logger.log({ url: redactUrl(request.url), fetchedAt }, 'fetched within the refetch window: skipped');
      return;
    }
    // Stopping or rebalancing, a crawl waiting for its host gives the record back (HandBackError) instead of holding the partition.
    const { yieldSignal } = this.lifecycle;
    const crawled = await crawlArticle(request.url, request.followSource, (url) => this.fetcher.html(url, yieldSignal)).catch((error: unknown) => {
      throw asBadRecord(error);
    });
    const rawPage = toRawPage(request, crawled);
    await this.publisher.publish(Topics.rawPages, rawPage.articleId, rawPage);
    await this.fetcher.refetchWindow.record([request.url, crawled.page.finalUrl, crawled.sourceUrl]);
  }
}

/**
 * Dead-letter classes of a failed crawl: refusals (SSRF guard, robots.txt) and oversized pages are
 * policy; wrong content and client errors are bad data; the rest (timeouts, 5xx, 429, a host backing
 * off) is transient, dead-lettered after the retries and replayable.
 */
function asBadRecord(error: unknown): unknown {
  // The reason is stored on the dead letter and shown in the console: no credentials of the URL in it.
  const reason = () => redactUrlsIn((error as Error).message);
  if (error instanceof HostBackingOffError) return new BadRecordError(reason(), 'transient');
  if (!(error instanceof FetchError)) return error;
  if (error.failure === 'refused' || error.failure === 'too_large') return new BadRecordError(reason(), 'policy');
  return new BadRecordError(reason(), isRetryable(error) ? 'transient' : 'bad_data');
}
