import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { HttpAppOptions, OWN_ORIGIN_PAGE_CSP } from '@newsflow/service-kit';
import { ConsoleEnv } from './console.env';

/** Express set-up of the console: cookies, and the page's scripts and styles. */
export function configureConsoleHttp(app: NestExpressApplication): void {
  // Session cookies carry their own signature (SessionCookies), bound to the admin token.
  app.use(cookieParser());
  // Scripts, styles and the charting library: no data in them, so no login needed.
  app.useStaticAssets(join(__dirname, 'assets'), { prefix: '/static/', index: false });
}

/**
 * The console's HTTP port: pages that load only their own scripts and styles and cannot be framed;
 * HSTS when the session cookie is HTTPS-only, i.e. when the console is served over TLS.
 */
export const consoleHttp: HttpAppOptions<ConsoleEnv> = {
  configure: configureConsoleHttp,
  security: (config) => ({ csp: OWN_ORIGIN_PAGE_CSP, tls: config.get('CONSOLE_SECURE_COOKIE', { infer: true }) }),
};
