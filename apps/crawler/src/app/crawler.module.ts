import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@newsflow/service-kit';
import { CrawlRequestsController } from './crawl-requests.controller';
import { crawlerEnvSchema } from './crawler.env';
import { FeedPoller } from './feed-poller';
import { PageFetcher } from './page-fetcher';

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'crawler', envSchema: crawlerEnvSchema })],
  controllers: [CrawlRequestsController],
  providers: [PageFetcher, FeedPoller],
})
export class CrawlerModule {}
