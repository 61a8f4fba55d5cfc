import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionCookies } from './session-cookies';

/** Admits requests with the admin bearer token or a live session; sends browsers asking for pages to the login form. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly sessions: SessionCookies) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (this.sessions.authenticated(request)) return true;
    if (request.method === 'GET' && request.accepts(['json', 'html']) === 'html') {
      context.switchToHttp().getResponse<Response>().redirect(303, '/login');
      return false;
    }
    throw new UnauthorizedException('log in or send Authorization: Bearer <CONSOLE_ADMIN_TOKEN>');
  }
}
