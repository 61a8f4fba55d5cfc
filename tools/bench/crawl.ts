// Pages per second through the crawler's real fetch path (SSRF guard, robots.txt, host gate, charset
// decoding) against 50 local hosts (50 loopback ports, served by a child process so the server's CPU
// is not ours), politeness delays off, with all 10,000 URLs queued at once; and the peak RSS meanwhile.
// Usage: npm run bench:crawl. Last line: RESULT pages_per_s=<n> peak_rss_mb=<n>
import { spawn } from 'node:child_process';
import { HTML_TYPES, InMemoryCrawlState, createPoliteFetcher, crawlSettings, fetchEnvSchema } from '@newsflow/crawling';

const HOSTS = 50;
const URLS = 10_000;
const CONCURRENCY = 32;

const SERVERS = `
const http = require('node:http');
const page = '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>' + '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(150) + '</body></html>';
const ports = [];
let open = 0;
for (let i = 0; i < ${HOSTS}; i++) {
  const server = http.createServer((req, res) => {
    if (req.url === '/robots.txt') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  server.listen(0, '127.0.0.1', () => {
    ports.push(server.address().port);
    if (++open === ${HOSTS}) console.log(JSON.stringify(ports));
  });
}`;

async function startServers(): Promise<{ ports: number[]; stop: () => void }> {
  const child = spawn(process.execPath, ['-e', SERVERS], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ports = await new Promise<number[]>((resolve) => child.stdout.once('data', (data: Buffer) => resolve(JSON.parse(data.toString()))));
  return { ports, stop: () => child.kill() };
}

async function main(): Promise<void> {
  const { ports, stop } = await startServers();
  const env = fetchEnvSchema.parse({
    CRAWLER_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
    CRAWL_MIN_HOST_DELAY_MS: '0',
    CRAWL_GLOBAL_CONCURRENCY: String(CONCURRENCY),
  });
  const fetcher = createPoliteFetcher(crawlSettings(env, 'bench'), new InMemoryCrawlState());
  const urls = Array.from({ length: URLS }, (_, index) => `http://127.0.0.1:${ports[index % HOSTS]}/story-${index}.html`);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  // Only sizes are kept: a crawler hands each page on and forgets it.
  const sizes = await Promise.all(urls.map(async (url) => (await fetcher.fetch(url, { accept: HTML_TYPES })).bytes));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  await fetcher.client.close();
  stop();
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  console.log(`fetched ${sizes.length} pages (${(bytes / 1e6).toFixed(1)} MB) from ${HOSTS} hosts in ${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (crawler process)`);
  console.log(`RESULT pages_per_s=${Math.round(sizes.length / seconds)} peak_rss_mb=${Math.round(peakRss / 1024 / 1024)}`);
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
