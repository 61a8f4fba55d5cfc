import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import { MongooseHealthIndicator } from '@nestjs/terminus';
import { READINESS_CHECKS, ServiceKitModule } from '@newsflow/service-kit';
import { AdminTokenGuard } from './admin-token.guard';
import { CrawlRequestsController } from './crawl-requests.controller';
import { CrawlerEnv, crawlerEnvSchema } from './crawler.env';
import { FeedPoller } from './feed-poller';
import { FeedStoreModule } from './feed-store.module';
import { FeedsController } from './feeds.controller';
import { PageFetcher } from './page-fetcher';

@Module({
  imports: [
    ServiceKitModule.forRoot({
      service: 'crawler',
      envSchema: crawlerEnvSchema,
      readinessChecks: {
        provide: READINESS_CHECKS,
        inject: [MongooseHealthIndicator],
        useFactory: (mongo: MongooseHealthIndicator) => [() => mongo.pingCheck('mongodb')],
      },
    }),
    MongooseModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<CrawlerEnv, true>) => ({ uri: config.get('MONGO_URI'), autoIndex: true }),
    }),
    FeedStoreModule,
  ],
  controllers: [CrawlRequestsController, FeedsController],
  providers: [PageFetcher, FeedPoller, AdminTokenGuard],
})
export class CrawlerModule {}
