import 'reflect-metadata';
import { bootstrapService } from '@newsflow/service-kit';
import { CrawlerModule } from './app/crawler.module';

void bootstrapService(CrawlerModule, 'crawler');
