import { join } from 'node:path';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { AuthFailureThrottle } from '@newsflow/service-kit';
import type { Request, Response } from 'express';
import { SessionCookies } from './session-cookies';

const LOGIN_PAGE = join(__dirname, 'assets', 'login.html');

/**
 * The login form: the admin token as password, a signed session cookie in return. Wrong passwords
 * count with wrong bearer tokens against the client (429 with Retry-After beyond the limit).
 */
@Controller()
export class LoginController {
  constructor(
    private readonly sessions: SessionCookies,
    private readonly throttle: AuthFailureThrottle,
  ) {}

  @Get('login')
  form(@Res() response: Response): void {
    response.sendFile(LOGIN_PAGE);
  }

  @Post('login')
  login(@Body() body: { token?: unknown }, @Req() request: Request, @Res() response: Response): void {
    const token = typeof body?.token === 'string' ? body.token : undefined;
    if (this.throttle.attempt(request, response, () => this.sessions.admin.matches(token))) {
      this.sessions.open(response);
      return response.redirect(303, '/');
    }
    response.redirect(303, '/login?failed=1');
  }

  @Post('logout')
  @HttpCode(303)
  async logout(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.sessions.close(request, response);
    response.redirect(303, '/login');
  }
}
