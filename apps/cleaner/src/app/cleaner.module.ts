import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@newsflow/service-kit';
import { RawPagesController } from './raw-pages.controller';

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'cleaner' })],
  controllers: [RawPagesController],
})
export class CleanerModule {}
