import 'reflect-metadata';
import { bootstrapService } from '@newsflow/service-kit';
import { EnricherModule } from './app/enricher.module';

void bootstrapService(EnricherModule, 'enricher', { batches: true });
