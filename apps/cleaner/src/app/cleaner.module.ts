import { Module } from '@nestjs/common';
import { MONGO_READINESS, ServiceKitModule, mongoFromEnv } from '@newsflow/service-kit';
import { cleanerEnvSchema } from './cleaner.env';
import { RawPagesController } from './raw-pages.controller';
import { StoryStoreModule } from './story-store.module';

@Module({
  imports: [
    ServiceKitModule.forRoot({ service: 'cleaner', envSchema: cleanerEnvSchema, readinessChecks: MONGO_READINESS }),
    mongoFromEnv(),
    StoryStoreModule,
  ],
  controllers: [RawPagesController],
})
export class CleanerModule {}
