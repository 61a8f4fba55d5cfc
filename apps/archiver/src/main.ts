import 'reflect-metadata';
import { bootstrapService } from '@newsflow/service-kit';
import { ArchiverModule } from './app/archiver.module';

void bootstrapService(ArchiverModule, 'archiver', { batches: true });
