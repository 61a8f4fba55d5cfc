import 'reflect-metadata';
import { bootstrapService } from '@newsflow/service-kit';
import { CleanerModule } from './app/cleaner.module';

void bootstrapService(CleanerModule, 'cleaner', { batches: true });
