import { ExecutionContext, HttpException, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DEVELOPMENT_ADMIN_TOKEN } from '@newsflow/feed-registry';
import { AuthFailureThrottle } from '@newsflow/service-kit';
import { AdminTokenGuard } from './admin-token.guard';
import { CrawlerEnv, crawlerEnvSchema } from './crawler.env';

const requestWith = (authorization?: string, ip = '10.0.0.1', headers: Record<string, string> = {}) =>
  ({
    switchToHttp: () => ({
      getRequest: () => ({ headers: { authorization }, ip }),
      getResponse: () => ({ setHeader: (name: string, value: string) => (headers[name] = value) }),
    }),
  }) as ExecutionContext;
const guard = (env: Record<string, string>) => {
  const parsed = crawlerEnvSchema.parse({ HTTP_PORT: '0', MONGO_URI: 'mongodb://127.0.0.1:27017/unused', ...env });
  const config = new ConfigService(parsed) as unknown as ConfigService<CrawlerEnv, true>;
  return new AdminTokenGuard(config, new AuthFailureThrottle(config));
};

describe('AdminTokenGuard', () => {
  it('admits the configured token only', () => {
    const configured = guard({ NODE_ENV: 'production', CRAWLER_ADMIN_TOKEN: 'a-long-enough-secret' });
    expect(configured.canActivate(requestWith('Bearer a-long-enough-secret'))).toBe(true);
    expect(() => configured.canActivate(requestWith('Bearer a-long-enough-secreT'))).toThrow(UnauthorizedException);
    expect(() => configured.canActivate(requestWith(`Bearer ${DEVELOPMENT_ADMIN_TOKEN}`))).toThrow(UnauthorizedException);
    expect(() => configured.canActivate(requestWith())).toThrow(UnauthorizedException);
  });

  it('accepts the development token in development only, and NODE_ENV unset is not development', () => {
    expect(guard({ NODE_ENV: 'development' }).canActivate(requestWith(`Bearer ${DEVELOPMENT_ADMIN_TOKEN}`))).toBe(true);
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'test' }, {}] as Record<string, string>[]) {
      expect(() => guard(env).canActivate(requestWith(`Bearer ${DEVELOPMENT_ADMIN_TOKEN}`))).toThrow(ServiceUnavailableException);
    }
  });

  it('answers 429 with Retry-After to a client past its failed attempts, even with the right token, and not to others', () => {
    const configured = guard({ CRAWLER_ADMIN_TOKEN: 'a-long-enough-secret', AUTH_FAILURE_LIMIT: '3', AUTH_FAILURE_WINDOW_MS: '60000' });
    for (let attempt = 0; attempt < 3; attempt++) expect(() => configured.canActivate(requestWith(`Bearer guess-${attempt}`))).toThrow(UnauthorizedException);
    const headers: Record<string, string> = {};
    let refusal: unknown;
    try {
      configured.canActivate(requestWith('Bearer a-long-enough-secret', '10.0.0.1', headers));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(HttpException);
    expect((refusal as HttpException).getStatus()).toBe(429);
    expect(Number(headers['Retry-After'])).toBeGreaterThanOrEqual(59);
    expect(configured.canActivate(requestWith('Bearer a-long-enough-secret', '10.0.0.2'))).toBe(true);
  });
});
