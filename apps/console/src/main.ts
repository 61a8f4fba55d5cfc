import 'reflect-metadata';
import { bootstrapService } from '@newsflow/service-kit';
import { ConsoleModule } from './app/console.module';
import { configureConsoleHttp } from './app/http-setup';

void bootstrapService(ConsoleModule, 'console', { consumes: false, configure: configureConsoleHttp });
