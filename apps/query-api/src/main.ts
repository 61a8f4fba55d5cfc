import 'reflect-metadata';
import { bootstrapService } from '@newsflow/service-kit';
import { queryApiHttp } from './app/openapi';
import { QueryApiModule } from './app/query-api.module';

void bootstrapService(QueryApiModule, 'query-api', { consumes: false, ...queryApiHttp });
