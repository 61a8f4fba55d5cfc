import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable, Logger, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DEVELOPMENT_ADMIN_TOKEN } from '@newsflow/feed-registry';
import { CrawlerEnv } from './crawler.env';

/**
 * Admits admin API requests carrying `Authorization: Bearer <CRAWLER_ADMIN_TOKEN>`. Without a
 * token, development accepts the well-known development token; any other environment refuses
 * every admin request, so a deployment never runs with a guessable token.
 */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  private readonly digest?: Buffer;

  constructor(config: ConfigService<CrawlerEnv, true>) {
    const configured = config.get('CRAWLER_ADMIN_TOKEN', { infer: true });
    const token = configured ?? (config.get('NODE_ENV', { infer: true }) === 'development' ? DEVELOPMENT_ADMIN_TOKEN : undefined);
    if (token) this.digest = sha256(token);
    else new Logger(AdminTokenGuard.name).warn('CRAWLER_ADMIN_TOKEN is not set: the admin API refuses every request');
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.digest) throw new ServiceUnavailableException('admin API disabled: CRAWLER_ADMIN_TOKEN is not set');
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    const presented = /^Bearer\s+(\S+)$/i.exec(request.headers['authorization'] ?? '')?.[1];
    // Digests have one length, so the comparison takes the same time whatever was presented.
    if (!presented || !timingSafeEqual(sha256(presented), this.digest)) throw new UnauthorizedException('missing or wrong admin token');
    return true;
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
