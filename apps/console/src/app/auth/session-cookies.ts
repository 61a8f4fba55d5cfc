import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CookieOptions, Request, Response } from 'express';
import { ConsoleEnv } from '../console.env';

export const SESSION_COOKIE = 'newsflow_console_session';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * The console's credentials: the admin token (bearer header or login form) and the signed session
 * cookie a successful login sets. The cookie holds only its expiry; its signature proves it is ours.
 */
@Injectable()
export class SessionCookies {
  readonly secret: string;
  private readonly tokenDigest: Buffer;
  private readonly lifetimeMs: number;
  private readonly secure: boolean;

  constructor(config: ConfigService<ConsoleEnv, true>) {
    this.tokenDigest = sha256(config.get('CONSOLE_ADMIN_TOKEN', { infer: true }));
    this.secret = config.get('CONSOLE_SESSION_SECRET', { infer: true }) ?? randomBytes(32).toString('hex');
    this.lifetimeMs = config.get('CONSOLE_SESSION_HOURS', { infer: true }) * 3_600_000;
    this.secure = config.get('CONSOLE_SECURE_COOKIE', { infer: true });
  }

  /** Compares digests, which have one length, so the time taken says nothing about the token. */
  tokenMatches(presented: string | undefined): boolean {
    return presented !== undefined && timingSafeEqual(sha256(presented), this.tokenDigest);
  }

  authenticated(request: Request): boolean {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer !== undefined) return this.tokenMatches(bearer);
    const expiresAt = Number((request.signedCookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE]);
    return Number.isFinite(expiresAt) && expiresAt > Date.now();
  }

  open(response: Response): void {
    response.cookie(SESSION_COOKIE, String(Date.now() + this.lifetimeMs), { ...this.options(), maxAge: this.lifetimeMs });
  }

  close(response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.options());
  }

  private options(): CookieOptions {
    return { signed: true, httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/' };
  }
}
