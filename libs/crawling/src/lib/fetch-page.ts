/** What one HTTP fetch returned, decoded. */
export interface FetchedPage {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: string;
  bytes: number;
  elapsedMs: number;
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
  const started = Date.now();
  const response = await request(url, options);
  if (!response.ok) throw new FetchError('http_status', `HTTP ${response.status} from ${url}`, response.status);
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (!options.accept.some((type) => mediaType.startsWith(type))) {
    throw new FetchError('content_type', `unexpected content type "${mediaType || 'none'}" from ${url}`);
  }
  const bytes = await readCapped(response, options.maxBytes, url);
  return {
    url,
    finalUrl: response.url || url,
    status: response.status,
    contentType,
    body: decode(bytes, contentType),
    bytes: bytes.length,
    elapsedMs: Date.now() - started,
  };
}

async function request(url: string, options: FetchOptions): Promise<Response> {
  try {
    return await fetch(url, {
      headers: { 'user-agent': options.userAgent, accept: options.accept.join(', ') },
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
