import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { ConsumingStage, DeadLetter } from '@newsflow/contracts';
import { articleHtml, uniqueWords } from './articles';
import { Respond, send } from './crawl-site';

const MIB = 1024 * 1024;
const HTML = 'text/html; charset=UTF-8';

/** What becomes of a page: stored as an article, or a dead letter of a stage with its class. */
export type PageOutcome = 'stored' | { stage: ConsumingStage; errorClass: DeadLetter['errorClass'] };

const paragraphs = (count: number) => Array.from({ length: count }, () => `<p>The minister said ${uniqueWords(40)} on Monday.</p>`).join('');

/** Hostile or broken pages a site may serve, each with the outcome the pipeline owes it. */
export const HOSTILE_PAGES: [name: string, respond: () => Respond, outcome: PageOutcome][] = [
  ['malformed HTML (unclosed and stray tags)', () => send(HTML, `<html><body><div><span><table><tr><td><article><h1>Broken</h2>${paragraphs(4).replace(/<\/p>/g, '')}</div></span></i></b>`), 'stored'],
  ['truncated HTML (cut mid-tag)', () => send(HTML, articleHtml('Cut short').slice(0, -60) + '<p class="a'), 'stored'],
  // Observed: the extraction finds no text under 20 000 levels, so the page is a dead letter (clear, but its text is lost).
  ['deeply nested HTML (20 000 levels)', () => send(HTML, `<html><body>${'<div>'.repeat(20_000)}<article>${paragraphs(4)}</article>${'</div>'.repeat(20_000)}</body></html>`), { stage: 'cleaner', errorClass: 'bad_data' }],
  ['binary bytes served as text/html', () => send(HTML, randomBytes(256 * 1024)), { stage: 'cleaner', errorClass: 'bad_data' }],
  ['invalid UTF-8 in a UTF-8 page', () => send(HTML, Buffer.concat([Buffer.from(articleHtml('Bad bytes').replace('<p>', '<p>\u0000')), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82])])), 'stored'],
  ['gzip bomb (512 MiB of zeros in 500 KiB)', () => send(HTML, gzipSync(Buffer.alloc(512 * MIB)), { 'Content-Encoding': 'gzip' }), { stage: 'crawler', errorClass: 'policy' }],
  ['response cut off mid-body (Content-Length unmet)', () => (res) => {
    res.writeHead(200, { 'Content-Type': HTML, 'Content-Length': String(1 * MIB) });
    res.write(articleHtml('Never finished'));
    setTimeout(() => res.destroy(), 100);
  }, { stage: 'crawler', errorClass: 'transient' }],
];

/** Addresses the SSRF guard must refuse; 127.0.0.1:27418 and :19492 are the suite's own store and broker. */
export const SSRF_URLS = [
  'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
  'http://127.0.0.1:27418/',
  'http://localhost:19492/',
  'http://[::1]:3204/metrics',
  'http://10.0.0.1/admin',
  'http://0.0.0.0:3202/health',
  'http://2130706433/',
];

/** The one item of the XXE feed: its title is the external entity, which must stay unexpanded. */
export const XXE_ITEM_URL = 'http://example.invalid/xxe';

/** Feeds no parser should trust; `refused`: the poll fails (else it succeeds without expanding anything). */
export const HOSTILE_FEEDS: [name: string, respond: () => Respond, refused: boolean][] = [
  ['entity expansion (billion laughs)', () => send('application/rss+xml', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`).join('')}]><rss version="2.0"><channel><title>&bbbbbbbbb;</title><item><title>&bbbbbbbbb;</title><link>http://example.invalid/x</link></item></channel></rss>`), true],
  ['external entity (XXE to /etc/passwd)', () => send('application/rss+xml', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><link>${XXE_ITEM_URL}</link></item></channel></rss>`), false],
  ['huge feed (12 MiB)', () => send('application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>huge</title>${'<item><title>x</title><link>http://example.invalid/huge</link></item>'.repeat(12 * 16 * 1024)}</channel></rss>`), true],
  ['binary served as a feed', () => send('application/rss+xml', randomBytes(64 * 1024)), true],
];
