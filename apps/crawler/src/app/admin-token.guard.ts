import { CanActivate, ExecutionContext, Injectable, Logger, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DEVELOPMENT_ADMIN_TOKEN } from '@newsflow/feed-registry';
import { AuthFailureThrottle, TokenDigest, bearerTokenOf } from '@newsflow/service-kit';
import type { Request, Response } from 'express';
import { CrawlerEnv } from './crawler.env';

/**
 * Admits admin API requests carrying `Authorization: Bearer <CRAWLER_ADMIN_TOKEN>`. Without a
 * token, development accepts the well-known development token; any other environment refuses
 * every admin request, so a deployment never runs with a guessable token. Wrong tokens are
 * throttled per client (429 with Retry-After).
 */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  private readonly token?: TokenDigest;

  constructor(
    config: ConfigService<CrawlerEnv, true>,
    private readonly throttle: AuthFailureThrottle,
  ) {
    const configured = config.get('CRAWLER_ADMIN_TOKEN', { infer: true });
    const token = configured ?? (config.get('NODE_ENV', { infer: true }) === 'development' ? DEVELOPMENT_ADMIN_TOKEN : undefined);
    if (token) this.token = new TokenDigest(token);
    else new Logger(AdminTokenGuard.name).warn('CRAWLER_ADMIN_TOKEN is not set: the admin API refuses every request');
  }

  canActivate(context: ExecutionContext): boolean {
    const { token } = this;
    if (!token) throw new ServiceUnavailableException('admin API disabled: CRAWLER_ADMIN_TOKEN is not set');
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    if (!this.throttle.attempt(request, response, () => token.matches(bearerTokenOf(request)))) {
      throw new UnauthorizedException('missing or wrong admin token');
    }
    return true;
  }
}
