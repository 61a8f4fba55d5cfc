import { Module } from '@nestjs/common';
import { MongooseModule, getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { FEED_COLLECTION, FEED_LEASE_COLLECTION, FeedDocument, FeedLeaseDocument, FeedRepository, feedLeaseSchema, feedSchema } from '@newsflow/feed-store';

/** The feed registry's repository on the app's MongoDB connection. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: FEED_COLLECTION, schema: feedSchema },
      { name: FEED_LEASE_COLLECTION, schema: feedLeaseSchema },
    ]),
  ],
  providers: [
    {
      provide: FeedRepository,
      inject: [getModelToken(FEED_COLLECTION), getModelToken(FEED_LEASE_COLLECTION)],
      useFactory: (feeds: Model<FeedDocument>, leases: Model<FeedLeaseDocument>) => new FeedRepository(feeds, leases),
    },
  ],
  exports: [FeedRepository],
})
export class FeedStoreModule {}
