import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { Topics, crawlRequestKey } from '@newsflow/contracts';
import { ADMIN_CRAWL_PATH, AdhocCrawl, adhocCrawlSchema, newCrawlRequest } from '@newsflow/pipeline';
import { EventPublisher, ZodValidationPipe } from '@newsflow/service-kit';
import { AdminTokenGuard } from './admin-token.guard';

export interface AdhocCrawlAccepted {
  eventId: string;
  correlationId: string;
  topic: string;
}

/** Ad-hoc crawling: an admin's URL becomes a crawl request on the topic, crawled like a feed item. */
@Controller(ADMIN_CRAWL_PATH)
@UseGuards(AdminTokenGuard)
export class AdhocCrawlController {
  constructor(private readonly publisher: EventPublisher) {}

  /** 202: queued, not yet fetched; the correlation id follows the article to the archive. */
  @Post()
  @HttpCode(202)
  async request(@Body(new ZodValidationPipe(adhocCrawlSchema)) crawl: AdhocCrawl): Promise<AdhocCrawlAccepted> {
    const request = newCrawlRequest({ ...crawl, origin: 'adhoc' });
    await this.publisher.publish(Topics.crawlRequests, crawlRequestKey(request), request);
    return { eventId: request.eventId, correlationId: request.correlationId, topic: Topics.crawlRequests };
  }
}
