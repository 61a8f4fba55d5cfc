import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigService } from '@nestjs/config';
import { OWN_ORIGIN_PAGE_CSP } from '@newsflow/service-kit';
import { ConsoleEnv } from './console.env';
import { consoleHttp } from './http-setup';

const ASSETS = join(__dirname, '..', 'assets');

describe("the console's HTTP security", () => {
  const securityWith = (secureCookie: boolean) =>
    consoleHttp.security?.(new ConfigService<ConsoleEnv, true>({ CONSOLE_SECURE_COOKIE: secureCookie } as unknown as ConsoleEnv));

  it('serves pages of its own origin only, and sends HSTS when the session cookie is HTTPS-only', () => {
    expect(securityWith(false)).toEqual({ csp: OWN_ORIGIN_PAGE_CSP, tls: false });
    expect(securityWith(true)).toEqual({ csp: OWN_ORIGIN_PAGE_CSP, tls: true });
  });

  it('ships pages without inline script, style or event handler for the policy to refuse', () => {
    const pages = readdirSync(ASSETS).filter((name) => name.endsWith('.html'));
    expect(pages.sort()).toEqual(['index.html', 'login.html']);
    for (const name of pages) {
      const page = readFileSync(join(ASSETS, name), 'utf8');
      expect(page).toMatch(/<script src="\/static\//);
      expect(page).not.toMatch(/<script(?![^>]*\bsrc=)|<style|\sstyle=|\son[a-z]+=|javascript:/i);
    }
  });
});
