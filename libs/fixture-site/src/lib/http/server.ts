import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Resource, Site } from './sites';

export interface Listening {
  server: Server;
  /** e.g. http://127.0.0.1:41234, built from the address actually bound. */
  origin: string;
}

/** Binds before routes exist: pages embed absolute URLs, which need the real port first. */
export function listen(host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({ server, origin: originOf(server) });
    });
  });
}

// A wildcard bind is reachable on loopback; its literal address is not a usable URL host.
const WILDCARD_TO_LOOPBACK: Record<string, string> = { '0.0.0.0': '127.0.0.1', '::': '::1' };

function originOf(server: Server): string {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Expected a TCP listener');
  const host = WILDCARD_TO_LOOPBACK[address.address] ?? address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

export function serveSite(server: Server, site: Site): void {
  server.on('request', (req: IncomingMessage, res: ServerResponse) => respond(site, req, res));
}

function respond(site: Site, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const path = new URL(req.url ?? '/', 'http://fixture.invalid').pathname;
  const resource = site.routes.get(path) ?? slashRedirect(site, path) ?? site.notFound;
  send(res, resource, req.method === 'HEAD');
}

/** WordPress answers a permalink without its trailing slash with a 301, so crawlers see that too. */
function slashRedirect(site: Site, path: string): Resource | undefined {
  const target = `${path}/`;
  if (!site.routes.has(target)) return undefined;
  return { status: 301, contentType: 'text/html; charset=UTF-8', body: '', location: target };
}

function send(res: ServerResponse, resource: Resource, headOnly: boolean): void {
  res.writeHead(resource.status, {
    'Content-Type': resource.contentType,
    'Content-Length': Buffer.byteLength(resource.body),
    ...(resource.location === undefined ? {} : { Location: resource.location }),
  });
  res.end(headOnly ? undefined : resource.body);
}

export function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets (fetch keeps them open) would otherwise hold close() back.
    server.closeAllConnections();
  });
}
