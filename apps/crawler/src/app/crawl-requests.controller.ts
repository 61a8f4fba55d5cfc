import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { CrawlRequest, Topics } from '@newsflow/contracts';
import { FetchError, crawlArticle } from '@newsflow/crawling';
import { toRawPage } from '@newsflow/pipeline';
import { BadRecordError, EventPublisher, EventReceiver } from '@newsflow/service-kit';
import { PageFetcher } from './page-fetcher';

@Controller()
export class CrawlRequestsController {
  constructor(
    private readonly receiver: EventReceiver,
    private readonly publisher: EventPublisher,
    private readonly fetcher: PageFetcher,
  ) {}

  @EventPattern(Topics.crawlRequests)
  onCrawlRequest(_payload: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.receiver.handle(Topics.crawlRequests, context, (request) => this.crawl(request));
  }

  private async crawl(request: CrawlRequest): Promise<void> {
    const crawled = await crawlArticle(request.url, request.followSource, (url) => this.fetcher.html(url)).catch(
      (error: unknown) => {
        if (!(error instanceof FetchError)) throw error;
        // A page that failed now may succeed later: dead-lettered as transient, replayable.
        throw new BadRecordError(error.message, isPermanent(error) ? 'bad_data' : 'transient');
      },
    );
    const rawPage = toRawPage(request, crawled);
    await this.publisher.publish(Topics.rawPages, rawPage.articleId, rawPage);
  }
}

/** Wrong content and client errors will not change on retry; timeouts, 5xx, 408 and 429 may. */
function isPermanent(error: FetchError): boolean {
  if (error.failure === 'content_type') return true;
  const status = error.status ?? 0;
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}
