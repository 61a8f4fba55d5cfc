import { Server } from 'node:http';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Content-Security-Policy directives, as helmet takes them. */
export type CspDirectives = Record<string, string[]>;

/** A port that serves JSON and text only (health, metrics, APIs): nothing may load, frame or be framed. */
export const API_CSP: CspDirectives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Pages whose scripts, styles and data all come from their own origin, with no inline script or style. */
export const OWN_ORIGIN_PAGE_CSP: CspDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** What differs between HTTP surfaces; everything else is the same hardening for all. */
export interface HttpSecurity {
  /** Default API_CSP. */
  csp?: CspDirectives;
  /** Served over TLS (directly or behind a TLS-terminating proxy): send HSTS and upgrade insecure requests. */
  tls?: boolean;
  /** Origins whose pages may call this port from a browser (CORS); every other origin is refused. Default none. */
  corsOrigins?: readonly string[];
}

/** The limits every HTTP port applies (from the base environment). */
export interface HttpLimits {
  /** Express's `trust proxy` (HTTP_TRUST_PROXY): whose X-Forwarded-For gives the client address. */
  trustProxy: boolean | number | string[];
  bodyLimitBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

const HSTS_MAX_AGE_S = 365 * 24 * 3600;

/**
 * Hardens a Nest/Express port before anything else is mounted: security headers (helmet), no
 * X-Powered-By, client addresses from the trusted proxies only, cross-origin requests refused unless their origin is allowed, bounded bodies and
 * bounded time to send a request.
 */
export function hardenHttp(app: NestExpressApplication, { csp = API_CSP, tls = false, corsOrigins = [] }: HttpSecurity, limits: HttpLimits): void {
  app.disable('x-powered-by');
  app.set('trust proxy', limits.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: tls ? { ...csp, 'upgrade-insecure-requests': [] } : csp },
      strictTransportSecurity: tls ? { maxAge: HSTS_MAX_AGE_S, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use(refuseForeignOrigins(new Set(corsOrigins)));
  if (corsOrigins.length > 0) app.enableCors({ origin: [...corsOrigins], maxAge: 600 });
  app.useBodyParser('json', { limit: limits.bodyLimitBytes });
  app.useBodyParser('urlencoded', { limit: limits.bodyLimitBytes, extended: false });
  app.use(bodyErrorsAsJson);
  limitRequestTime(app.getHttpServer(), limits);
}

/**
 * Browsers name the page's origin in `Origin` on cross-origin requests (and on same-origin writes);
 * `Sec-Fetch-Site` says whether it is this origin. Requests without `Origin` (navigations, probes,
 * curl) pass; so do this origin's own and the allowed ones.
 */
export function isForeignOrigin(request: Pick<Request, 'headers'>, allowed: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || allowed.has(origin)) return false;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin';
  // Older browsers: compare with the Host the request was sent to.
  return hostOf(origin) !== request.headers.host;
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function refuseForeignOrigins(allowed: ReadonlySet<string>) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!isForeignOrigin(request, allowed)) return next();
    response.status(403).json({ statusCode: 403, error: 'Forbidden', message: `cross-origin requests from ${request.headers.origin} are refused` });
  };
}

/** Body-parser's refusals (413 too large, 400 malformed, 415 charset) as Nest-shaped JSON, not Express's HTML page. */
function bodyErrorsAsJson(error: Error & { status?: number; type?: string }, _request: Request, response: Response, next: NextFunction): void {
  if (!error.type || !error.status || error.status < 400 || error.status >= 500) return next(error);
  response.status(error.status).json({ statusCode: error.status, message: error.message });
}

/** Node's own timeouts: a 408 and a closed socket for clients too slow to send headers or body. */
function limitRequestTime(server: Server, { headersTimeoutMs, requestTimeoutMs }: HttpLimits): void {
  server.requestTimeout = requestTimeoutMs;
  server.headersTimeout = Math.min(headersTimeoutMs, requestTimeoutMs);
  // Node checks the timeouts every 30 s by default (a createServer option, read again when listening):
  // check often enough that they mean what they say.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(1000, server.headersTimeout / 2);
}
