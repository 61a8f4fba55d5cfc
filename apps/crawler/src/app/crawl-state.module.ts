import { Module } from '@nestjs/common';
import { MongooseModule, getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { RobotsRecord } from '@newsflow/crawling';
import {
  CrawlStateRepository,
  FETCH_HISTORY_COLLECTION,
  FetchHistoryDocument,
  HOST_STATE_COLLECTION,
  HostStateDocument,
  ROBOTS_COLLECTION,
  fetchHistorySchema,
  hostStateSchema,
  robotsSchema,
} from '@newsflow/crawl-store';

/** The fetch path's persisted state (robots.txt, host holds, fetch history) on the app's MongoDB connection. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ROBOTS_COLLECTION, schema: robotsSchema },
      { name: HOST_STATE_COLLECTION, schema: hostStateSchema },
      { name: FETCH_HISTORY_COLLECTION, schema: fetchHistorySchema },
    ]),
  ],
  providers: [
    {
      provide: CrawlStateRepository,
      inject: [getModelToken(ROBOTS_COLLECTION), getModelToken(HOST_STATE_COLLECTION), getModelToken(FETCH_HISTORY_COLLECTION)],
      useFactory: (robots: Model<RobotsRecord>, hosts: Model<HostStateDocument>, fetches: Model<FetchHistoryDocument>) =>
        new CrawlStateRepository(robots, hosts, fetches),
    },
  ],
  exports: [CrawlStateRepository],
})
export class CrawlStateModule {}
