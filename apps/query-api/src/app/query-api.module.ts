import { Module } from '@nestjs/common';
import { MongooseModule, getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ARTICLE_COLLECTION, ArticleDocument, ArticleSearch, articleSchema } from '@newsflow/archive-store';
import { MONGO_READINESS, ServiceCoreModule, mongoFromEnv } from '@newsflow/service-kit';
import { ArticlesController } from './articles.controller';
import { BodiesController } from './bodies.controller';
import { queryApiEnvSchema } from './query-api.env';

/** Reads the archive the archiver writes (which also builds its indexes); never writes. */
@Module({
  imports: [
    ServiceCoreModule.forRoot({ service: 'query-api', envSchema: queryApiEnvSchema, readinessChecks: MONGO_READINESS }),
    mongoFromEnv(),
    MongooseModule.forFeature([{ name: ARTICLE_COLLECTION, schema: articleSchema }]),
  ],
  controllers: [ArticlesController, BodiesController],
  providers: [
    {
      provide: ArticleSearch,
      inject: [getModelToken(ARTICLE_COLLECTION)],
      useFactory: (model: Model<ArticleDocument>) => new ArticleSearch(model),
    },
  ],
})
export class QueryApiModule {}
