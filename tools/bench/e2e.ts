// The whole pipeline under load: N article pages from ../shared/bench (extraction and wcxb pages, each
// made distinct by a unique phrase at the end of every paragraph) served through the fixture page site
// (RSS feeds of 500 items on one loopback host, the crawler's per-host delay off: CRAWL_MIN_HOST_DELAY_MS=0),
// crawled, cleaned, enriched and archived by the four built services on the local stack, into a database
// of their own. Reports sustained articles/s, raw page → stored latency, per-stage throughput, CPU seconds
// and peak RSS per process, and, in the same run, the standalone throughput of the cleaner + enricher logic
// on the same pages (one thread, no Kafka, no store).
// `--preload 50000` first fills that database's archive and story store, so the run measures a grown system.
// Usage: npm run bench:e2e [-- --articles 5000] [--preload 0] [--standalone 300] [--port-base 3111] [--no-build]
// Stack: the one `newsflow stack up` runs for NEWSFLOW_STACK_HOME / NEWSFLOW_*_PORT (default the shared ports;
// there the services join the real consumer groups, so run it under the e2e lock).
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import mongoose from 'mongoose';
import { ArticleRepository, articleSchema } from '@newsflow/archive-store';
import { counterTotal } from '@newsflow/console-status';
import { RawPage } from '@newsflow/contracts';
import { enrichText } from '@newsflow/enrichment';
import { extractArticle } from '@newsflow/extraction';
import { startPageSite } from '@newsflow/fixture-site';
import {
  SERVICES,
  ServiceName,
  answers,
  buildApps,
  ferretDbDaemon,
  kafkaBrokers,
  kafkaDaemon,
  runningPid,
  serviceDaemon,
  stackSettings,
  stackUp,
  startDaemon,
  stopDaemon,
  waitUntilReady,
} from '@newsflow/local-stack';
import { newCrawlRequest, toCleanArticle, toEnrichedArticle, toRawPage } from '@newsflow/pipeline';
import { storyModelsOn } from '@newsflow/story-store';
import { fillArchive, fillStories } from './store-fill';
import { seededRandom } from './seeded-random';

const BENCH = '../shared/bench';
const CLOCK_TICKS = 100;
const STALL_MS = 180_000;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    preload: { type: 'string', default: '0' },
    standalone: { type: 'string', default: '300' },
    'port-base': { type: 'string', default: '3111' },
    'no-build': { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const preload = Number(values.preload);

/** Every bench page with paragraphs (a page without any could not be made distinct). */
function benchPages(): string[] {
  const extraction = join(BENCH, 'extraction', 'html');
  const wcxb = join(BENCH, 'wcxb', 'html');
  const pages = [
    ...readdirSync(extraction).map((file) => readFileSync(join(extraction, file), 'utf8')),
    ...readdirSync(wcxb).map((file) => gunzipSync(readFileSync(join(wcxb, file))).toString('utf8')),
  ];
  return pages.filter((html) => /<\/p>/i.test(html));
}

/** Page `index`: a bench page whose every paragraph ends with a phrase of its own. */
function distinctPage(pages: string[], index: number): string {
  const next = seededRandom(index + 1);
  const phrase = Array.from({ length: 6 }, () => `w${Math.floor(next() * 1e6).toString(36)}`).join(' ');
  return pages[index % pages.length].replace(/<\/p>/gi, ` ${phrase} ${index}.</p>`);
}

/** The cleaner's and enricher's logic on `count` pages in this thread: articles per second. */
function standaloneRate(page: (index: number) => string, count: number): { perSecond: number; cpuPerArticle: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const url = `http://bench.invalid/pages/${i}/`;
    const request = newCrawlRequest({ url, followSource: false, origin: 'feed', feedUrl: 'http://bench.invalid/feeds/0.xml' });
    const html = page(i);
    const fetched = { url, finalUrl: url, status: 200, contentType: 'text/html; charset=UTF-8', body: html, bytes: html.length, charset: 'UTF-8', elapsedMs: 0 };
    const raw: RawPage = toRawPage(request, { page: fetched, sourceUrl: url });
    const clean = toCleanArticle(raw, extractArticle);
    if (clean.ok) toEnrichedArticle(clean.event, enrichText);
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { perSecond: count / seconds, cpuPerArticle: (used.user + used.system) / 1e6 / count };
}

interface ProcessUse {
  cpuSeconds: number;
  peakRssMiB: number;
}

function processUse(pid: number): ProcessUse {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSeconds, peakRssMiB: Number(peak?.[1] ?? 0) / 1024 };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function counters(port: number): Promise<{ consumed: number; produced: number }> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(10_000) })).text();
    return {
      consumed: counterTotal(text, 'newsflow_messages_consumed_total') ?? 0,
      produced: counterTotal(text, 'newsflow_messages_produced_total', (labels) => !labels.includes('dlq')) ?? 0,
    };
  } catch {
    return { consumed: NaN, produced: NaN };
  }
}

async function main(): Promise<void> {
  const settings = stackSettings();
  const home = join(settings.home, 'bench-e2e');
  const database = `bench_e2e_${randomUUID().slice(0, 8)}`;
  const mongoUri = `mongodb://127.0.0.1:${settings.mongoPort}/${database}`;
  const pages = benchPages();
  const page = (index: number) => distinctPage(pages, index);
  console.log(`${pages.length} bench pages with paragraphs; ${articles} distinct articles; database ${database}`);

  const standaloneCount = Math.min(articles, Number(values.standalone));
  const standalone = standaloneRate(page, standaloneCount);
  console.log(`standalone cleaner + enricher logic: ${standalone.perSecond.toFixed(1)} articles/s on ${standaloneCount} pages (${(standalone.cpuPerArticle * 1000).toFixed(0)} ms CPU each)`);

  await stackUp(() => undefined, settings);
  const connection = await mongoose.createConnection(mongoUri).asPromise();
  const archive = new ArticleRepository(connection.model('Article', articleSchema));
  await archive.ensureIndexes();
  if (preload > 0) {
    const started = performance.now();
    const stories = storyModelsOn(connection);
    await Promise.all(Object.values(stories).map((model) => model.createIndexes()));
    await fillArchive(connection.model('Article'), 0, preload);
    await fillStories(stories, 0, preload);
    console.log(`preloaded ${preload} articles and story documents in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }

  const site = await startPageSite({ pageCount: articles, page });
  if (!values['no-build']) buildApps(SERVICES);
  const portBase = Number(values['port-base']);
  const ports = Object.fromEntries(SERVICES.map((service, i) => [service, portBase + i])) as Record<ServiceName, number>;
  const host = new URL(site.origin).host;
  // The pages are the articles: bench pages link to real sites, which are not to be followed.
  const feedsFile = join(home, 'feeds.json');
  mkdirSync(home, { recursive: true });
  writeFileSync(feedsFile, JSON.stringify({ feeds: site.feedUrls.map((url) => ({ url, followSource: false })) }));
  const env = (service: ServiceName): NodeJS.ProcessEnv => ({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    KAFKA_BROKERS: kafkaBrokers(settings).join(','),
    MONGO_URI: mongoUri,
    HTTP_PORT: String(ports[service]),
    ...(service === 'crawler' && {
      FEEDS_FILE: feedsFile,
      FEED_POLL_INTERVAL_MS: '3600000',
      CRAWLER_ALLOWED_PRIVATE_HOSTS: host,
      CRAWL_MIN_HOST_DELAY_MS: '0',
    }),
  });
  const infrastructure = { kafka: runningPid(kafkaDaemon(settings)), ferretdb: runningPid(ferretDbDaemon(settings)) };
  const infraBefore = Object.fromEntries(Object.entries(infrastructure).map(([name, pid]) => [name, pid ? processUse(pid).cpuSeconds : 0]));
  const benchCpuBefore = process.cpuUsage();

  // The crawler last: the run starts when it polls the feeds.
  const daemons = new Map<ServiceName, ReturnType<typeof serviceDaemon>>();
  for (const service of [...SERVICES].reverse()) {
    const daemon = serviceDaemon(home, service, env(service));
    startDaemon(daemon);
    // The archiver's start-up looks for documents of an older archiver (a scan on FerretDB): slow after a preload.
    await waitUntilReady(daemon, () => answers(`http://127.0.0.1:${ports[service]}/health/ready`), 1_200_000);
    daemons.set(service, daemon);
  }
  const startedAt = Date.now();
  console.log(`services up; crawling ${site.feedUrls.length} feeds from ${site.origin}`);

  const timeline: { at: number; counts: Record<ServiceName, { consumed: number; produced: number }> }[] = [];
  let lastProgress = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const counts = Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, await counters(ports[s])] as const))) as Record<ServiceName, { consumed: number; produced: number }>;
    const previous = timeline[timeline.length - 1];
    if (!previous || SERVICES.some((s) => counts[s].consumed !== previous.counts[s].consumed)) lastProgress = Date.now();
    timeline.push({ at: Date.now(), counts });
    const { cleaner, enricher, archiver, crawler } = counts;
    if (timeline.length % 15 === 0) console.log(`  ${((Date.now() - startedAt) / 1000).toFixed(0)} s: crawler produced ${crawler.produced}, cleaned ${cleaner.consumed}, enriched ${enricher.consumed}, archived ${archiver.consumed}`);
    const drained = cleaner.consumed >= articles && enricher.consumed >= cleaner.produced && archiver.consumed >= enricher.produced;
    if (drained || Date.now() - lastProgress > STALL_MS) break;
  }

  const use = Object.fromEntries(
    [...daemons].map(([service, daemon]) => {
      const pid = runningPid(daemon);
      return [service, pid ? processUse(pid) : { cpuSeconds: NaN, peakRssMiB: NaN }];
    }),
  ) as Record<string, ProcessUse>;
  for (const [name, pid] of Object.entries(infrastructure)) {
    if (pid) use[name] = { ...processUse(pid), cpuSeconds: processUse(pid).cpuSeconds - infraBefore[name] };
  }
  const benchCpu = process.cpuUsage(benchCpuBefore);
  use['bench (fixture site, driver)'] = { cpuSeconds: (benchCpu.user + benchCpu.system) / 1e6, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
  for (const daemon of daemons.values()) await stopDaemon(daemon);
  await site.close();

  const stored = await connection
    .model('Article')
    .find({ sourceSite: host }, { _id: 0, fetchedAt: 1, storedAt: 1 })
    .lean<{ fetchedAt: Date; storedAt: Date }[]>()
    .exec();
  await connection.dropDatabase();
  await connection.close();

  const latencies = stored.map((a) => a.storedAt.getTime() - a.fetchedAt.getTime()).sort((a, b) => a - b);
  const storedTimes = stored.map((a) => a.storedAt.getTime()).sort((a, b) => a - b);
  const overallPerSecond = stored.length / ((storedTimes[storedTimes.length - 1] - startedAt) / 1000);
  // Sustained: between the 10th and the 90th percentile of store times, past the start-up and the tail.
  const [t10, t90] = [quantile(storedTimes, 0.1), quantile(storedTimes, 0.9)];
  const sustained = t90 > t10 ? (0.8 * stored.length) / ((t90 - t10) / 1000) : overallPerSecond;
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => quantile(latencies, q));

  console.log(`\nstored ${stored.length} of ${articles} articles (the rest: exact duplicates or dead letters) in ${((storedTimes[storedTimes.length - 1] - startedAt) / 1000).toFixed(0)} s`);
  console.log(`throughput: ${sustained.toFixed(1)} articles/s sustained (10th-90th percentile of store times), ${overallPerSecond.toFixed(1)} overall`);
  console.log(`raw page → stored latency: p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms`);
  console.log('per stage (records consumed / time from first to last):');
  for (const service of SERVICES) {
    const active = timeline.filter((sample) => sample.counts[service].consumed > 0);
    const last = timeline.findIndex((sample) => sample.counts[service].consumed === timeline[timeline.length - 1].counts[service].consumed);
    const done = timeline[last].counts[service].consumed;
    const seconds = active.length ? (timeline[last].at - (active[0].at - 2000)) / 1000 : NaN;
    console.log(`  ${service}: ${done} records, ${(done / seconds).toFixed(1)}/s`);
  }
  const totalCpu = Object.values(use).reduce((sum, u) => sum + u.cpuSeconds, 0);
  console.log('per process (CPU seconds during the run, peak RSS):');
  for (const [name, u] of Object.entries(use)) console.log(`  ${name}: ${u.cpuSeconds.toFixed(1)} s CPU, ${u.peakRssMiB.toFixed(0)} MiB`);
  console.log(`CPU per stored article: ${((totalCpu / stored.length) * 1000).toFixed(0)} ms (all processes); standalone logic: ${(standalone.cpuPerArticle * 1000).toFixed(0)} ms`);
  console.log(
    `RESULT articles=${stored.length} articles_per_s=${sustained.toFixed(1)} p50_ms=${p50} p99_ms=${p99} standalone_articles_per_s=${standalone.perSecond.toFixed(1)} ratio=${(sustained / standalone.perSecond).toFixed(2)} preloaded=${preload}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
