import { join } from 'node:path';
import { Body, Controller, Get, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { SessionCookies } from './session-cookies';

const LOGIN_PAGE = join(__dirname, 'assets', 'login.html');

/** The login form: the admin token as password, a signed session cookie in return. Rate-limited against guessing. */
@Controller()
export class LoginController {
  constructor(private readonly sessions: SessionCookies) {}

  @Get('login')
  form(@Res() response: Response): void {
    response.sendFile(LOGIN_PAGE);
  }

  @Post('login')
  @UseGuards(ThrottlerGuard)
  @Throttle({ admin: { limit: 10, ttl: 60_000 } })
  login(@Body() body: { token?: unknown }, @Res() response: Response): void {
    if (typeof body?.token === 'string' && this.sessions.tokenMatches(body.token)) {
      this.sessions.open(response);
      return response.redirect(303, '/');
    }
    response.redirect(303, '/login?failed=1');
  }

  @Post('logout')
  @HttpCode(303)
  logout(@Res() response: Response): void {
    this.sessions.close(response);
    response.redirect(303, '/login');
  }
}
