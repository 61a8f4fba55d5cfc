import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Command } from 'commander';
import { HTML_TYPES, fetchPage } from '@newsflow/crawling';
import { extractArticle } from '@newsflow/extraction';

const USER_AGENT = 'newsflow-cli/0.1 (+https://github.com/newsflow/newsflow)';
const TIMEOUT_MS = 20_000;
const MAX_BYTES = 10 * 1024 * 1024;

interface ExtractOptions {
  url?: string;
}

interface Page {
  html: string;
  url: string;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('print the clean article (text and metadata) of a web page or a saved .html / .html.gz file as JSON')
    .argument('<url|file>', 'an http(s) URL to fetch, or a local file')
    .option('--url <url>', 'the page URL for a local file (resolves its links; default: its file:// URL)')
    .action(async (source: string, options: ExtractOptions) => {
      const page = /^https?:\/\//i.test(source) ? await fetchHtml(source) : await readHtml(source, options.url);
      const article = extractArticle(page.html, page.url);
      // An empty body means nothing usable was found: fail so scripts do not store a blank article.
      if (!article.text) throw new Error(`no article text found in ${source}`);
      console.log(JSON.stringify({ url: page.url, ...article }, null, 2));
    });
}

async function fetchHtml(url: string): Promise<Page> {
  const page = await fetchPage(url, { userAgent: USER_AGENT, timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES, accept: HTML_TYPES });
  // After redirects, the final URL is the one relative links and the canonical fallback refer to.
  return { html: page.body, url: page.finalUrl };
}

async function readHtml(file: string, url: string | undefined): Promise<Page> {
  if (url !== undefined && !URL.canParse(url)) throw new Error(`--url is not a valid URL: ${url}`);
  const path = resolve(file);
  const raw = await readFile(path);
  // Saved pages are taken as UTF-8, the encoding of nearly all news pages.
  return { html: (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'), url: url ?? pathToFileURL(path).href };
}
