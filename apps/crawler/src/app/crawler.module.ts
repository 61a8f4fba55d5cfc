import { Module } from '@nestjs/common';
import { AuthFailureThrottle, MONGO_READINESS, ServiceKitModule, mongoFromEnv } from '@newsflow/service-kit';
import { AdhocCrawlController } from './adhoc-crawl.controller';
import { AdminTokenGuard } from './admin-token.guard';
import { CrawlRequestsController } from './crawl-requests.controller';
import { CrawlStateModule } from './crawl-state.module';
import { DiscoveryController } from './discovery.controller';
import { crawlerEnvSchema } from './crawler.env';
import { FeedPoller } from './feed-poller';
import { FeedStoreModule } from './feed-store.module';
import { FeedsController } from './feeds.controller';
import { PageFetcher } from './page-fetcher';

@Module({
  imports: [
    ServiceKitModule.forRoot({
      service: 'crawler',
      envSchema: crawlerEnvSchema,
      readinessChecks: MONGO_READINESS,
    }),
    mongoFromEnv(),
    FeedStoreModule,
    CrawlStateModule,
  ],
  controllers: [CrawlRequestsController, FeedsController, DiscoveryController, AdhocCrawlController],
  providers: [PageFetcher, FeedPoller, AuthFailureThrottle, AdminTokenGuard],
})
export class CrawlerModule {}
