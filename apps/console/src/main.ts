import 'reflect-metadata';
import { bootstrapService } from '@newsflow/service-kit';
import { ConsoleModule } from './app/console.module';
import { consoleHttp } from './app/http-setup';

void bootstrapService(ConsoleModule, 'console', { consumes: false, ...consoleHttp });
