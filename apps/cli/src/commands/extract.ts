import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Command } from 'commander';
import { createOneOffFetcher, fetchHtml } from '@newsflow/crawling';
import { extractArticle } from '@newsflow/extraction';
import { version } from '../../../../package.json';

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
      const page = /^https?:\/\//i.test(source) ? await fetchPage(source) : await readHtml(source, options.url);
      const article = extractArticle(page.html, page.url);
      // An empty body means nothing usable was found: fail so scripts do not store a blank article.
      if (!article.text) throw new Error(`no article text found in ${source}`);
      console.log(JSON.stringify({ url: page.url, ...article }, null, 2));
    });
}

/** Through the crawler's fetch path (its guards and settings, from the same env), as `newsflow fetch`. */
async function fetchPage(url: string): Promise<Page> {
  const fetcher = createOneOffFetcher(process.env, version);
  try {
    const page = await fetchHtml(fetcher)(url);
    // After redirects, the final URL is the one relative links and the canonical fallback refer to.
    return { html: page.body, url: page.finalUrl };
  } finally {
    await fetcher.client.close();
  }
}

async function readHtml(file: string, url: string | undefined): Promise<Page> {
  if (url !== undefined && !URL.canParse(url)) throw new Error(`--url is not a valid URL: ${url}`);
  const path = resolve(file);
  const raw = await readFile(path);
  // Saved pages are taken as UTF-8, the encoding of nearly all news pages.
  return { html: (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'), url: url ?? pathToFileURL(path).href };
}
