import { ExecutionContext, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DEVELOPMENT_ADMIN_TOKEN } from '@newsflow/feed-registry';
import { AdminTokenGuard } from './admin-token.guard';

const requestWith = (authorization?: string) =>
  ({ switchToHttp: () => ({ getRequest: () => ({ headers: { authorization } }) }) }) as ExecutionContext;
const guard = (env: Record<string, string>) => new AdminTokenGuard(new ConfigService(env));

describe('AdminTokenGuard', () => {
  it('admits the configured token only', () => {
    const configured = guard({ NODE_ENV: 'production', CRAWLER_ADMIN_TOKEN: 'a-long-enough-secret' });
    expect(configured.canActivate(requestWith('Bearer a-long-enough-secret'))).toBe(true);
    expect(() => configured.canActivate(requestWith('Bearer a-long-enough-secreT'))).toThrow(UnauthorizedException);
    expect(() => configured.canActivate(requestWith(`Bearer ${DEVELOPMENT_ADMIN_TOKEN}`))).toThrow(UnauthorizedException);
    expect(() => configured.canActivate(requestWith())).toThrow(UnauthorizedException);
  });

  it('accepts the development token in development only', () => {
    expect(guard({ NODE_ENV: 'development' }).canActivate(requestWith(`Bearer ${DEVELOPMENT_ADMIN_TOKEN}`))).toBe(true);
    for (const NODE_ENV of ['production', 'test']) {
      expect(() => guard({ NODE_ENV }).canActivate(requestWith(`Bearer ${DEVELOPMENT_ADMIN_TOKEN}`))).toThrow(ServiceUnavailableException);
    }
  });
});
