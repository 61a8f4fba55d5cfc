import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule, getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ARTICLE_COLLECTION, ArticleDocument, ArticleRepository, ArticleWriteBuffer, articleSchema } from '@newsflow/archive-store';
import { MONGO_READINESS, ServiceKitModule, classifyFailure, mongoFromEnv } from '@newsflow/service-kit';
import { ArchiverEnv, archiverEnvSchema } from './archiver.env';
import { EnrichedArticlesController } from './enriched-articles.controller';

@Module({
  imports: [
    ServiceKitModule.forRoot({
      service: 'archiver',
      envSchema: archiverEnvSchema,
      readinessChecks: MONGO_READINESS,
    }),
    mongoFromEnv(),
    MongooseModule.forFeature([{ name: ARTICLE_COLLECTION, schema: articleSchema }]),
  ],
  controllers: [EnrichedArticlesController],
  providers: [
    {
      provide: ArticleRepository,
      inject: [getModelToken(ARTICLE_COLLECTION)],
      useFactory: (model: Model<ArticleDocument>) => new ArticleRepository(model),
    },
    {
      provide: ArticleWriteBuffer,
      inject: [ArticleRepository, ConfigService],
      useFactory: (articles: ArticleRepository, config: ConfigService<ArchiverEnv, true>) =>
        new ArticleWriteBuffer(
          (batch) => articles.upsertMany(batch),
          { maxBatch: config.get('ARCHIVER_BATCH_SIZE'), maxWaitMs: config.get('ARCHIVER_BATCH_WAIT_MS') },
          // An unreachable store fails every document alike: no point writing them one by one.
          (error) => classifyFailure(error) !== 'infrastructure',
        ),
    },
  ],
})
export class ArchiverModule {}
