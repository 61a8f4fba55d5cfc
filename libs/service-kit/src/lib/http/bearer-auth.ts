import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { FailureLimiter } from './failure-limiter';

/** Settings of the services with an admin token (crawler admin API, console). */
export const authFailureEnvShape = {
  AUTH_FAILURE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .default(10)
    .describe('Failed authentications (wrong bearer token or login password) one client address may make per window; then it is answered 429 with Retry-After until the window ends.'),
  AUTH_FAILURE_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000).describe('The window AUTH_FAILURE_LIMIT counts failures in, in milliseconds.'),
};

type AuthFailureEnv = z.infer<z.ZodObject<typeof authFailureEnvShape>>;

/** The token of `Authorization: Bearer <token>`, if the request carries one. */
export function bearerTokenOf(request: { headers: { authorization?: string } }): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
}

/** A secret token, kept as its digest; digests have one length, so comparing takes the same time whatever was presented. */
export class TokenDigest {
  private readonly digest: Buffer;

  constructor(token: string) {
    this.digest = sha256(token);
  }

  matches(presented: string | undefined): boolean {
    return presented !== undefined && timingSafeEqual(sha256(presented), this.digest);
  }
}

/**
 * Throttles failed authentications per client address (FailureLimiter): a client over the limit is
 * answered 429 with Retry-After (seconds) before its credentials are even looked at.
 */
@Injectable()
export class AuthFailureThrottle {
  private readonly limiter: FailureLimiter;

  constructor(config: ConfigService<AuthFailureEnv, true>) {
    this.limiter = new FailureLimiter({
      maxFailures: config.get('AUTH_FAILURE_LIMIT', { infer: true }),
      windowMs: config.get('AUTH_FAILURE_WINDOW_MS', { infer: true }),
    });
  }

  /** Whether `authenticate` admits the request; a refusal counts against the client. */
  attempt(request: Request, response: Response, authenticate: () => boolean): boolean {
    const client = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const waitMs = this.limiter.retryAfterMs(client);
    if (waitMs > 0) {
      response.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
      throw new HttpException('too many failed authentications from this address: try again later', HttpStatus.TOO_MANY_REQUESTS);
    }
    const admitted = authenticate();
    if (!admitted) this.limiter.recordFailure(client);
    return admitted;
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
