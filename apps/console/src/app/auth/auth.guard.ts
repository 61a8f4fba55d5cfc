import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthFailureThrottle, bearerTokenOf } from '@newsflow/service-kit';
import type { Request, Response } from 'express';
import { SessionCookies } from './session-cookies';

/**
 * Admits requests with the admin bearer token or a live session; sends browsers asking for pages to
 * the login form. Wrong bearer tokens are throttled per client (429 with Retry-After).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionCookies,
    private readonly throttle: AuthFailureThrottle,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const bearer = bearerTokenOf(request);
    if (bearer !== undefined ? this.throttle.attempt(request, response, () => this.sessions.admin.matches(bearer)) : await this.sessions.hasSession(request)) {
      return true;
    }
    if (request.method === 'GET' && request.accepts(['json', 'html']) === 'html') {
      response.redirect(303, '/login');
      return false;
    }
    throw new UnauthorizedException('log in or send Authorization: Bearer <CONSOLE_ADMIN_TOKEN>');
  }
}
