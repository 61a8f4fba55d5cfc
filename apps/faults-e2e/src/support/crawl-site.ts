import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { articleHtml } from './articles';

export type Respond = (res: ServerResponse, req: IncomingMessage) => void | Promise<void>;

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const rss = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>faults</title><link>http://faults.invalid/</link><description>fault suite</description>\n${items
    .map((url) => `<item><title>${xmlText(url)}</title><link>${xmlText(url)}</link><guid>${xmlText(url)}</guid></item>`)
    .join('\n')}\n</channel></rss>`;

export const send = (contentType: string, body: string | Buffer, headers: Record<string, string> = {}) => (res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body)), ...headers }).end(body);
};

/**
 * A loopback site the crawler reads in the suite: RSS feeds over pages whose every response the case
 * chooses (normal articles, slow ones, hostile bytes), counting the requests each path gets.
 */
export class CrawlSite {
  private readonly routes = new Map<string, Respond>();
  private readonly counts = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void this.answer(req, res));
    this.route('/robots.txt', send('text/plain', 'User-agent: *\nAllow: /\n'));
  }

  static async start(port: number): Promise<CrawlSite> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    return new CrawlSite(server, `http://127.0.0.1:${port}`);
  }

  get host(): string {
    return new URL(this.origin).host;
  }

  /** Serves `respond` at `path`; returns the page's URL. */
  route(path: string, respond: Respond): string {
    this.routes.set(path, respond);
    return `${this.origin}${path}`;
  }

  /** An RSS feed listing `items`; returns its URL. */
  feed(name: string, items: string[]): string {
    return this.route(`/feeds/${name}.xml`, send('application/rss+xml; charset=UTF-8', rss(items)));
  }

  /** `count` article pages under `/<tag>/<i>/`, each answered after `delayMs(i)`; returns their URLs. */
  articles(tag: string, count: number, delayMs: (index: number) => number = () => 0): string[] {
    return Array.from({ length: count }, (_, i) => {
      const html = articleHtml(`${tag} article ${i}`);
      return this.route(`/${tag}/${i}/`, async (res) => {
        await sleep(delayMs(i));
        send('text/html; charset=UTF-8', html)(res);
      });
    });
  }

  /** Requests a path has had. */
  hits(path: string): number {
    return this.counts.get(path) ?? 0;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', this.origin).pathname;
    this.counts.set(path, this.hits(path) + 1);
    const respond = this.routes.get(path);
    try {
      if (respond) await respond(res, req);
      else res.writeHead(404).end();
    } catch {
      res.destroy();
    }
  }
}
