import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@newsflow/service-kit';
import { CleanArticlesController } from './clean-articles.controller';
import { enricherEnvSchema } from './enricher.env';

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'enricher', envSchema: enricherEnvSchema })],
  controllers: [CleanArticlesController],
})
export class EnricherModule {}
