import { ConfigService } from '@nestjs/config';
import type { Request, Response } from 'express';
import { SessionRevocations } from './revoked-sessions';
import { SESSION_COOKIE, SessionCookies } from './session-cookies';

/** Logged-out ids in memory: what RevokedSessions keeps in MongoDB (tested against it in console.infra.spec). */
class MemoryRevocations implements SessionRevocations {
  private readonly ids = new Set<string>();
  async revoke(id: string): Promise<void> {
    this.ids.add(id);
  }
  async isRevoked(id: string): Promise<boolean> {
    return this.ids.has(id);
  }
}

const SECRET = 's'.repeat(40);
const sessions = (token: string, secret: string | undefined = SECRET) =>
  new SessionCookies(
    new ConfigService({ CONSOLE_ADMIN_TOKEN: token, CONSOLE_SESSION_SECRET: secret, CONSOLE_SESSION_HOURS: 1, CONSOLE_SECURE_COOKIE: false }),
    new MemoryRevocations(),
  );
const requestWith = (cookie: string) => ({ cookies: { [SESSION_COOKIE]: cookie } }) as unknown as Request;
const response = () => ({ clearCookie: jest.fn(), cookie: jest.fn() }) as unknown as Response;

describe('SessionCookies', () => {
  afterEach(() => jest.useRealTimers());

  it('opens a session for a cookie it issued, until it expires', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const console = sessions('the-admin-token-1');
    const cookie = console.issue();
    expect(await console.hasSession(requestWith(cookie))).toBe(true);
    jest.setSystemTime(1_000_000 + 3_600_000);
    expect(await console.hasSession(requestWith(cookie))).toBe(false);
  });

  it('ends every session when the admin token changes, the session secret staying the same', async () => {
    const cookie = sessions('the-admin-token-1').issue();
    expect(await sessions('the-admin-token-1').hasSession(requestWith(cookie))).toBe(true);
    expect(await sessions('the-admin-token-2').hasSession(requestWith(cookie))).toBe(false);
    expect(await sessions('the-admin-token-1', 't'.repeat(40)).hasSession(requestWith(cookie))).toBe(false);
  });

  it('revokes a session on logout, and only that one', async () => {
    const console = sessions('the-admin-token-1');
    const [mine, other] = [console.issue(), console.issue()];
    const answer = response();
    await console.close(requestWith(mine), answer);
    expect(answer.clearCookie).toHaveBeenCalledWith(SESSION_COOKIE, expect.objectContaining({ httpOnly: true }));
    expect(await console.hasSession(requestWith(mine))).toBe(false);
    expect(await console.hasSession(requestWith(other))).toBe(true);
  });

  it('refuses tampered, truncated and foreign values', async () => {
    const console = sessions('the-admin-token-1');
    const [id, expiry, signature] = console.issue().split('.');
    for (const value of [`${id}.${Number(expiry) + 1}.${signature}`, `${id}.${expiry}`, `${id}.${expiry}.${signature}.x`, '', 'anything']) {
      expect(await console.hasSession(requestWith(value))).toBe(false);
    }
  });
});
