/** What one HTTP fetch returned, decoded. */
export interface FetchedPage {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: string;
  bytes: number;
  elapsedMs: number;
  /** The response's validators, for the next conditional GET. */
  etag?: string;
  lastModified?: string;
}

/** Validators of an earlier response, sent as If-None-Match / If-Modified-Since. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A 304 answer to a conditional GET: the copy held is still current. */
export interface NotModified {
  notModified: true;
  url: string;
  finalUrl: string;
  status: 304;
  elapsedMs: number;
  etag?: string;
  lastModified?: string;
}

export interface FetchOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Content types accepted (prefix match on the media type). */
  accept: readonly string[];
}

export type FetchFailure = 'network' | 'timeout' | 'http_status' | 'too_large' | 'content_type';

export class FetchError extends Error {
  constructor(
    readonly failure: FetchFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export const HTML_TYPES = ['text/html', 'application/xhtml+xml'] as const;
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'] as const;

/** GETs a URL with a total time limit and a size cap, and decodes it with the declared charset. */
export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const page = await fetchIfModified(url, options, {});
  if ('notModified' in page) throw new FetchError('http_status', `HTTP 304 from ${url} to an unconditional GET`, 304);
  return page;
}

/** A conditional GET: 304 comes back as NotModified (with the validators it carries), anything else as fetchPage. */
export async function fetchIfModified(url: string, options: FetchOptions, validators: Validators): Promise<FetchedPage | NotModified> {
  const started = Date.now();
  const response = await request(url, options, conditionalHeaders(validators));
  const finalUrl = response.url || url;
  if (response.status === 304) {
    await response.body?.cancel();
    return { notModified: true, url, finalUrl, status: 304, elapsedMs: Date.now() - started, ...validatorsOf(response) };
  }
  if (!response.ok) throw new FetchError('http_status', `HTTP ${response.status} from ${url}`, response.status);
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (!options.accept.some((type) => mediaType.startsWith(type))) {
    throw new FetchError('content_type', `unexpected content type "${mediaType || 'none'}" from ${url}`);
  }
  const bytes = await readCapped(response, options.maxBytes, url);
  return {
    url,
    finalUrl,
    status: response.status,
    contentType,
    body: decode(bytes, contentType),
    bytes: bytes.length,
    elapsedMs: Date.now() - started,
    ...validatorsOf(response),
  };
}

function conditionalHeaders({ etag, lastModified }: Validators): Record<string, string> {
  return { ...(etag && { 'if-none-match': etag }), ...(lastModified && { 'if-modified-since': lastModified }) };
}

function validatorsOf(response: Response): Validators {
  return { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
}

async function request(url: string, options: FetchOptions, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, {
      headers: { ...headers, 'user-agent': options.userAgent, accept: options.accept.join(', ') },
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new FetchError(timedOut ? 'timeout' : 'network', `${timedOut ? 'timed out' : 'failed'} fetching ${url}: ${causeOf(error)}`);
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause;
  return cause?.message ?? (error as Error).message;
}

/** Reads the body but stops as soon as it passes the cap, so a huge page cannot exhaust memory. */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body ?? []) {
    total += chunk.length;
    if (total > maxBytes) throw new FetchError('too_large', `${url} is larger than ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
