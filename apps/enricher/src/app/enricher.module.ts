import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@newsflow/service-kit';
import { CleanArticlesController } from './clean-articles.controller';

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'enricher' })],
  controllers: [CleanArticlesController],
})
export class EnricherModule {}
