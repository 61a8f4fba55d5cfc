import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { SessionCookies } from './auth/session-cookies';

/** Express set-up of the console: signed session cookies, and the page's scripts and styles. */
export function configureConsoleHttp(app: NestExpressApplication): void {
  app.use(cookieParser(app.get(SessionCookies).secret));
  // Scripts, styles and the charting library: no data in them, so no login needed.
  app.useStaticAssets(join(__dirname, 'assets'), { prefix: '/static/', index: false });
}
