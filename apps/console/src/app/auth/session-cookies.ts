import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TokenDigest } from '@newsflow/service-kit';
import type { CookieOptions, Request, Response } from 'express';
import { ConsoleEnv } from '../console.env';
import { RevokedSessions, SessionRevocations } from './revoked-sessions';

export const SESSION_COOKIE = 'newsflow_console_session';

const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text).digest();

/**
 * The console's credentials: the admin token (bearer header or login form) and the session cookie a
 * successful login sets: `<session id>.<expiry>.<signature>`. The signing key is derived from the
 * session secret and the admin token, so changing CONSOLE_ADMIN_TOKEN ends every session; logging
 * out revokes the session's id on every replica (RevokedSessions) until it would have expired.
 */
@Injectable()
export class SessionCookies {
  readonly admin: TokenDigest;
  private readonly key: Buffer;
  private readonly lifetimeMs: number;
  private readonly secure: boolean;

  constructor(
    config: ConfigService<ConsoleEnv, true>,
    @Inject(RevokedSessions) private readonly revoked: SessionRevocations,
  ) {
    const token = config.get('CONSOLE_ADMIN_TOKEN', { infer: true });
    this.admin = new TokenDigest(token);
    const secret = config.get('CONSOLE_SESSION_SECRET', { infer: true }) ?? randomBytes(32).toString('hex');
    this.key = hmac(secret, `newsflow console session key for admin token ${hmac('newsflow', token).toString('hex')}`);
    this.lifetimeMs = config.get('CONSOLE_SESSION_HOURS', { infer: true }) * 3_600_000;
    this.secure = config.get('CONSOLE_SECURE_COOKIE', { infer: true });
  }

  /** A new session's cookie value. */
  issue(): string {
    const body = `${randomUUID()}.${Date.now() + this.lifetimeMs}`;
    return `${body}.${this.sign(body)}`;
  }

  /** The session a cookie value opens: signed with the current key, unexpired, not logged out. */
  async sessionOf(value: unknown): Promise<{ id: string; expiresAt: number } | undefined> {
    if (typeof value !== 'string') return undefined;
    const [id, expiry, signature, ...rest] = value.split('.');
    if (!id || !expiry || !signature || rest.length > 0) return undefined;
    const expected = Buffer.from(this.sign(`${id}.${expiry}`), 'base64url');
    const presented = Buffer.from(signature, 'base64url');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return undefined;
    const expiresAt = Number(expiry);
    if (!(expiresAt > Date.now()) || (await this.revoked.isRevoked(id))) return undefined;
    return { id, expiresAt };
  }

  async hasSession(request: Request): Promise<boolean> {
    return (await this.sessionOf(cookieOf(request))) !== undefined;
  }

  open(response: Response): void {
    response.cookie(SESSION_COOKIE, this.issue(), { ...this.options(), maxAge: this.lifetimeMs });
  }

  /** Ends the request's session here and now: its cookie no longer opens anything, even if kept. */
  async close(request: Request, response: Response): Promise<void> {
    const session = await this.sessionOf(cookieOf(request));
    if (session) await this.revoked.revoke(session.id, session.expiresAt);
    response.clearCookie(SESSION_COOKIE, this.options());
  }

  private sign(body: string): string {
    return hmac(this.key, body).toString('base64url');
  }

  private options(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/' };
  }
}

function cookieOf(request: Request): unknown {
  return (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
}
