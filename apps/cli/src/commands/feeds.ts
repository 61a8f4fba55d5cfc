import { Command } from 'commander';
import { createOneOffFetcher, discoveryPorts } from '@newsflow/crawling';
import { DiscoveredSource, Discovery, discoverSources } from '@newsflow/feed';
import { ADMIN_FEEDS_PATH, DEVELOPMENT_ADMIN_TOKEN, FeedSettingsInput, FeedView, feedIdFor } from '@newsflow/feed-registry';
import { SERVICE_PORTS } from '@newsflow/local-stack';
import { version } from '../../../../package.json';

interface CrawlerOptions {
  crawler: string;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function feedsCommand(): Command {
  const feeds = new Command('feeds')
    .description("the crawler's feed registry, through its admin API (token from CRAWLER_ADMIN_TOKEN)")
    .option('--crawler <url>', 'the crawler', process.env['NEWSFLOW_CRAWLER_URL'] ?? `http://127.0.0.1:${SERVICE_PORTS.crawler}`);
  feeds
    .command('list')
    .description('every feed with its state: next poll, last success, failures, last error')
    .option('--json', 'print the feeds as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const { feeds: found } = await callCrawler<{ feeds: FeedView[] }>(command, 'GET', '');
      if (options.json) return console.log(JSON.stringify(found, null, 2));
      console.log(`${found.length} feed(s)`);
      found.forEach(printFeed);
    });
  feeds
    .command('add')
    .description('add a feed (polled at once), or change the settings of a known one')
    .argument('<url>', 'the feed URL (RSS 2.0, Atom or RDF) or a sitemap (index), gzipped or not')
    .option('--interval <duration>', "poll interval: 90s, 10m, 2h or milliseconds (default: the crawler's)")
    .option('--no-follow-source', "take item pages as the articles instead of following their source links")
    .action(async (url: string, options: { interval?: string; followSource: boolean }, command: Command) => {
      const settings: FeedSettingsInput = { url, followSource: options.followSource };
      if (options.interval !== undefined) settings.pollIntervalMs = durationMs(options.interval);
      printFeed(await callCrawler<FeedView>(command, 'POST', '', settings));
    });
  feeds
    .command('remove')
    .description('remove a feed and its state')
    .argument('<url|id>', 'the feed URL or its id')
    .action(async (feed: string, _options: unknown, command: Command) => {
      const feedId = feedIdOf(feed);
      await callCrawler(command, 'DELETE', `/${encodeURIComponent(feedId)}`);
      console.log(`removed ${feedId}`);
    });
  feeds
    .command('poll')
    .description('poll a feed or sitemap now (within a second), whatever its schedule or backoff')
    .argument('<url|id>', 'the feed URL or its id')
    .action(async (feed: string, _options: unknown, command: Command) => {
      printFeed(await callCrawler<FeedView>(command, 'POST', `/${encodeURIComponent(feedIdOf(feed))}/poll`));
      console.log('  polling now');
    });
  feeds
    .command('discover')
    .description("find a site's feeds (linked from its home page, or at common paths) and sitemaps (robots.txt, common paths), through the crawler's fetch path")
    .argument('<site-url>', "the site's home page")
    .option('--add', 'register every source found with the crawler')
    .option('--no-follow-source', 'with --add: take item pages as the articles instead of following their source links')
    .option('--json', 'print what was found as JSON')
    .action(async (siteUrl: string, options: { add?: boolean; followSource: boolean; json?: boolean }, command: Command) => {
      const discovery = await discoverLocally(siteUrl);
      if (options.json) console.log(JSON.stringify(discovery, null, 2));
      else printDiscovery(discovery);
      if (!options.add) return;
      for (const source of [...discovery.feeds, ...discovery.sitemaps]) {
        printFeed(await callCrawler<FeedView>(command, 'POST', '', { url: source.url, followSource: options.followSource }));
      }
    });
  return feeds;
}

/** Discovery on the crawler's fetch path, from the same environment as the service (state in memory), like `newsflow fetch`. */
async function discoverLocally(siteUrl: string): Promise<Discovery> {
  const fetcher = createOneOffFetcher(process.env, version);
  try {
    return await discoverSources(siteUrl, discoveryPorts(fetcher));
  } finally {
    await fetcher.client.close();
  }
}

function printDiscovery({ siteUrl, feeds: found, sitemaps, rejected }: Discovery): void {
  const describe = (source: DiscoveredSource) => {
    const what = source.kind === 'feed' ? `${source.entries} item(s)` : source.index ? `index of ${source.entries} sitemap(s)` : `${source.entries} page(s)`;
    return `  ${source.url}  (${what}; via ${source.via}${source.title ? `: ${source.title}` : ''})`;
  };
  console.log(`${siteUrl}\n${found.length} feed(s)`);
  found.forEach((source) => console.log(describe(source)));
  console.log(`${sitemaps.length} sitemap(s)`);
  sitemaps.forEach((source) => console.log(describe(source)));
  rejected.forEach(({ url, reason }) => console.log(`  not a source: ${url} (${reason})`));
}

function feedIdOf(feed: string): string {
  return URL.canParse(feed) ? feedIdFor(feed) : feed;
}

function durationMs(text: string): number {
  const match = /^(\d+)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`not a duration: ${text} (examples: 90s, 10m, 2h, 300000)`);
  return Number(match[1]) * UNIT_MS[match[2] ?? 'ms'];
}

/** One admin API call; a refusal becomes an error carrying the crawler's own message. */
async function callCrawler<T>(command: Command, method: string, path: string, body?: unknown): Promise<T> {
  const { crawler } = command.optsWithGlobals<CrawlerOptions>();
  const url = `${crawler.replace(/\/$/, '')}${ADMIN_FEEDS_PATH}${path}`;
  const token = process.env['CRAWLER_ADMIN_TOKEN'] ?? DEVELOPMENT_ADMIN_TOKEN;
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch((error: Error) => {
    throw new Error(`cannot reach the crawler at ${crawler} (${(error.cause as Error | undefined)?.message ?? error.message})`);
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`the crawler refused (${response.status}): ${messageOf(text)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

function messageOf(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message ?? text);
  } catch {
    return text;
  }
}

function printFeed(feed: FeedView): void {
  const interval = feed.pollIntervalMs === undefined ? 'default interval' : `every ${feed.pollIntervalMs / 1000}s`;
  const kind = feed.kind ? `${feed.kind}, ` : '';
  console.log(`\n${feed.url}\n  id ${feed.feedId}  (${kind}${feed.origin}, ${interval}${feed.followSource ? ', follows source links' : ''})`);
  console.log(`  next poll ${feed.nextPollAt}   last success ${feed.lastSuccessAt ?? 'never'}   last status ${feed.lastStatus ?? '-'}`);
  if (feed.consecutiveFailures > 0) console.log(`  ${feed.consecutiveFailures} failure(s) in a row, last: ${feed.lastError}`);
  feed.lastNotes?.forEach((note) => console.log(`  note: ${note}`));
}
