// Sitemap parsing speed and memory: a Google News sitemap of 1,000 entries (the format's maximum), a
// plain sitemap of 40,000 entries (about the 4 MiB body cap), and a hostile one of 1,000,000 URLs read
// to the default 50,000-entry cap. Wall and CPU time per parse (median of the runs), and the heap
// growth while the last result is held.
// Usage: npm run bench:sitemap. Last line: RESULT news_1k_ms=<n> plain_40k_ms=<n> capped_1m_ms=<n>
import { parseSitemap } from '@newsflow/feed';
import { median } from './stats';

const RUNS = 5;
const BASE = 'https://news.example.org/sitemap.xml';

const news = (count: number) =>
  `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${Array.from(
    { length: count },
    (_, n) =>
      `<url><loc>https://news.example.org/2026/01/02/story-${n}</loc><news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-01-02T10:00:00Z</news:publication_date><news:title>Story number ${n} &amp; more</news:title></news:news></url>`,
  ).join('')}</urlset>`;
const plain = (count: number) =>
  `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from(
    { length: count },
    (_, n) => `<url><loc>https://news.example.org/p/${n}</loc><lastmod>2026-01-02</lastmod></url>`,
  ).join('')}</urlset>`;

function measure(name: string, xml: string, maxEntries: number): number {
  const walls: number[] = [];
  const cpus: number[] = [];
  let entries = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    entries = parseSitemap(xml, BASE, { maxEntries }).items.length;
    const used = process.cpuUsage(cpu);
    walls.push(performance.now() - wall);
    cpus.push((used.user + used.system) / 1000);
  }
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const held = parseSitemap(xml, BASE, { maxEntries });
  const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  console.log(
    `${name}: ${(xml.length / 1024 / 1024).toFixed(1)} MB, ${held.items.length} entries read (${entries}), wall ${median(walls).toFixed(0)} ms, cpu ${median(cpus).toFixed(0)} ms, heap +${heapMb.toFixed(1)} MB`,
  );
  return median(cpus);
}

const newsMs = measure('news sitemap, 1,000 entries', news(1000), 50_000);
const plainMs = measure('plain sitemap, 40,000 entries', plain(40_000), 50_000);
const cappedMs = measure('hostile sitemap, 1,000,000 URLs, cap 50,000', plain(1_000_000), 50_000);
console.log(`RESULT news_1k_ms=${newsMs.toFixed(0)} plain_40k_ms=${plainMs.toFixed(0)} capped_1m_ms=${cappedMs.toFixed(0)} (cpu, median of ${RUNS})`);
