import 'reflect-metadata';
import { join } from 'node:path';
import cookieParser from 'cookie-parser';
import { bootstrapService } from '@newsflow/service-kit';
import { ConsoleModule } from './app/console.module';
import { SessionCookies } from './app/auth/session-cookies';

void bootstrapService(ConsoleModule, 'console', {
  consumes: false,
  configure: (app) => {
    app.use(cookieParser(app.get(SessionCookies).secret));
    // Scripts, styles and the charting library: no data in them, so no login needed.
    app.useStaticAssets(join(__dirname, 'assets'), { prefix: '/static/', index: false });
  },
});
