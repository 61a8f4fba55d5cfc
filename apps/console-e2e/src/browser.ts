import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, Page, chromium } from 'playwright-core';
import { workspaceRoot } from '@newsflow/local-stack';

/** Debian's Chromium, installed by scripts/ensure-chromium.sh (the e2e target's setup-browser step). */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the tests leave their screenshots (git-ignored). */
export const SCREENSHOTS = join(workspaceRoot(), 'test-output', 'console-e2e');

export interface Browser {
  page: Page;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Chromium with a fresh profile (its own --user-data-dir, removed on close) and one page. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'newsflow-chromium-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 1000 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records every Content-Security-Policy violation the page's documents report, from the
 * `securitypolicyviolation` events and from the console, where Chromium logs its refusals.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(`window.addEventListener('securitypolicyviolation', (event) =>
    console.error('securitypolicyviolation: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' in ' + event.documentURI));`);
  page.on('console', (message) => {
    if (/securitypolicyviolation|Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * Waits until `expression` is truthy in the page. page.waitForFunction evals its predicate inside the
 * page on every poll, which the console's CSP (no 'unsafe-eval') refuses; page.evaluate runs it from outside.
 */
export async function waitForExpression(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await page.waitForTimeout(100);
  }
}
