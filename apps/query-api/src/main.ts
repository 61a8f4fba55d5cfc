import 'reflect-metadata';
import { bootstrapService } from '@newsflow/service-kit';
import { serveOpenApi } from './app/openapi';
import { QueryApiModule } from './app/query-api.module';

void bootstrapService(QueryApiModule, 'query-api', { consumes: false, configure: serveOpenApi });
