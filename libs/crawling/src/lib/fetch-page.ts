import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync, InputType, ZlibOptions } from 'node:zlib';
import { Agent, Dispatcher, request } from 'undici';
import { AllowedPrivateHosts, checkTarget, guardedLookup, refusalIn } from './address-guard';
import { DecodedText, decodeHtml, decodeXml } from './charset';
import { HostBackingOffError } from './host-gate';
import { parseRetryAfter } from './retry';

/** What one HTTP fetch returned, decoded. */
export interface FetchedPage {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: string;
  /** Bytes of the (decompressed) body. */
  bytes: number;
  /** The encoding the body was decoded from, e.g. "UTF-8", "windows-1252". */
  charset: string;
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

export interface WebClientSettings {
  userAgent: string;
  /** Total time of one fetch, redirects and body included. */
  timeoutMs: number;
  connectTimeoutMs: number;
  /** Time from sending the request to the response headers. */
  firstByteTimeoutMs: number;
  /** Largest body accepted, compressed on the wire and decompressed. */
  maxBytes: number;
  maxRedirects: number;
  /** `host` or `host:port` entries that may resolve to loopback/private addresses (CRAWLER_ALLOWED_PRIVATE_HOSTS). */
  allowedPrivateHosts: readonly string[];
}

export interface FetchOptions {
  /** Content types accepted (prefix match on the media type). */
  accept: readonly string[];
  validators?: Validators;
  /** Called for the first URL and every redirect target before it is requested; throws RefusedError to refuse (robots.txt). */
  permit?: (url: URL) => Promise<void>;
  /** Runs each hop (request and whole answer, redirects too); the polite fetcher takes the hop's host's turn here. */
  turn?: <T>(target: URL, send: () => Promise<T>) => Promise<T>;
}

type HopAnswer = { redirectTo: URL } | Omit<FetchedPage, 'url' | 'elapsedMs'> | Omit<NotModified, 'url' | 'elapsedMs'>;

export type FetchFailure = 'network' | 'timeout' | 'http_status' | 'too_large' | 'content_type' | 'redirect' | 'refused';

export class FetchError extends Error {
  constructor(
    readonly failure: FetchFailure,
    message: string,
    readonly status?: number,
    /** From a Retry-After header of a 429 or 503. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export const HTML_TYPES = ['text/html', 'application/xhtml+xml'] as const;
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'] as const;
/** Feeds and sitemaps; sitemaps are often gzipped files (`sitemap.xml.gz`) served under a generic type. */
export const SOURCE_TYPES = [...FEED_TYPES, 'application/gzip', 'application/x-gzip', 'application/octet-stream'] as const;
const GZIP_MAGIC = [0x1f, 0x8b];
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The crawler's one HTTP client. Only http(s); every hop (the first URL and each redirect, followed
 * here, not by undici) is checked against the SSRF guard and the caller's `permit`; names resolve
 * through `guardedLookup`, which connects to the address it checked. Caps connect time, time to
 * first byte, total time and body size; decompresses gzip, deflate and brotli; decodes the charset.
 */
export class WebClient {
  private readonly allowed: AllowedPrivateHosts;
  private readonly guarded: Agent;
  private readonly unguarded: Agent;

  constructor(readonly settings: WebClientSettings) {
    this.allowed = new AllowedPrivateHosts(settings.allowedPrivateHosts);
    const agentOptions = { headersTimeout: settings.firstByteTimeoutMs, bodyTimeout: settings.timeoutMs, maxResponseSize: settings.maxBytes };
    this.guarded = new Agent({ ...agentOptions, connect: { timeout: settings.connectTimeoutMs, lookup: guardedLookup } });
    this.unguarded = new Agent({ ...agentOptions, connect: { timeout: settings.connectTimeoutMs } });
  }

  /** GETs a page; 304 is an error here (no validators were sent). */
  async fetch(url: string, options: Omit<FetchOptions, 'validators'>): Promise<FetchedPage> {
    const page = await this.fetchIfModified(url, options);
    if ('notModified' in page) throw new FetchError('http_status', `HTTP 304 from ${url} to an unconditional GET`, 304);
    return page;
  }

  /** A (conditional) GET: 304 comes back as NotModified with the validators it carries. */
  async fetchIfModified(url: string, options: FetchOptions): Promise<FetchedPage | NotModified> {
    const started = Date.now();
    const turn = options.turn ?? ((_target, send) => send());
    // The time limit counts the hops themselves, not the waits for their hosts' turns.
    let budgetMs = this.settings.timeoutMs;
    const timed = async (hop: URL): Promise<HopAnswer> => {
      const hopStarted = Date.now();
      try {
        return await this.answer(hop, options, AbortSignal.timeout(Math.max(1, budgetMs)));
      } finally {
        budgetMs -= Date.now() - hopStarted;
      }
    };
    try {
      const visited = new Set<string>();
      let target = new URL(url);
      for (;;) {
        target.hash = '';
        if (visited.has(target.href)) throw new FetchError('redirect', `redirect loop at ${target.href} from ${url}`);
        if (visited.size > this.settings.maxRedirects) throw new FetchError('redirect', `more than ${this.settings.maxRedirects} redirects from ${url}`);
        visited.add(target.href);
        const hop = target;
        const answer = await turn(hop, () => timed(hop));
        if (!('redirectTo' in answer)) return { ...answer, url, elapsedMs: Date.now() - started };
        target = answer.redirectTo;
      }
    } catch (error) {
      // A redirect target's host backing off (see PoliteFetcher) is the caller's to handle, not a fetch failure.
      throw error instanceof HostBackingOffError ? error : asFetchError(error, url, this.settings.maxBytes);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.guarded.close(), this.unguarded.close()]);
  }

  /** One hop, its body read (or dumped) in full: a redirect's target, a 304, or the page. */
  private async answer(target: URL, options: FetchOptions, signal: AbortSignal): Promise<HopAnswer> {
    const response = await this.hop(target, options, signal);
    const location = headerOf(response.headers, 'location');
    if (REDIRECTS.has(response.statusCode) && location) {
      await response.body.dump();
      return { redirectTo: new URL(location, target) };
    }
    const finalUrl = target.href;
    const validators = validatorsOf(response.headers);
    if (response.statusCode === 304) {
      await response.body.dump();
      return { notModified: true, finalUrl, status: 304, ...validators };
    }
    const contentType = headerOf(response.headers, 'content-type') ?? '';
    const { text, charset, bytes } = await this.readBody(response, finalUrl, contentType, options.accept);
    return { finalUrl, status: response.statusCode, contentType, body: text, bytes, charset, ...validators };
  }

  private async hop(target: URL, options: FetchOptions, signal: AbortSignal): Promise<Dispatcher.ResponseData> {
    checkTarget(target, this.allowed);
    await options.permit?.(target);
    return request(target, {
      dispatcher: this.allowed.allows(target) ? this.unguarded : this.guarded,
      signal,
      headers: {
        'user-agent': this.settings.userAgent,
        accept: options.accept.join(', '),
        'accept-encoding': 'gzip, deflate, br',
        ...conditionalHeaders(options.validators ?? {}),
      },
    });
  }

  private async readBody(response: Dispatcher.ResponseData, url: string, contentType: string, accept: readonly string[]): Promise<DecodedText & { bytes: number }> {
    const status = response.statusCode;
    if (status < 200 || status > 299) {
      await response.body.dump();
      const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(headerOf(response.headers, 'retry-after')) : undefined;
      throw new FetchError('http_status', `HTTP ${status} from ${url}`, status, retryAfterMs);
    }
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    if (!accept.some((type) => mediaType.startsWith(type))) {
      await response.body.dump();
      throw new FetchError('content_type', `unexpected content type "${mediaType || 'none'}" from ${url}`);
    }
    const wire = Buffer.from(await response.body.arrayBuffer());
    const decoded = this.decompress(wire, headerOf(response.headers, 'content-encoding'), url);
    const bytes = !mediaType.includes('html') && isGzipFile(decoded) ? this.decompress(decoded, 'gzip', url) : decoded;
    const text = mediaType.includes('html') ? decodeHtml(bytes, contentType) : decodeXml(bytes, contentType);
    return { ...text, bytes: bytes.length };
  }

  private decompress(wire: Buffer, encoding: string | undefined, url: string): Buffer {
    const limit: ZlibOptions = { maxOutputLength: this.settings.maxBytes };
    const decoders: Record<string, (input: InputType) => Buffer> = {
      gzip: (input) => gunzipSync(input, limit),
      'x-gzip': (input) => gunzipSync(input, limit),
      // "deflate" should be zlib-wrapped, but some servers send raw deflate.
      deflate: (input) => (Buffer.from(input as Buffer)[0] === 0x78 ? inflateSync(input, limit) : inflateRawSync(input, limit)),
      br: (input) => brotliDecompressSync(input, limit),
    };
    const name = (encoding ?? 'identity').trim().toLowerCase();
    if (name === 'identity' || name === '') return wire;
    const decoder = decoders[name];
    if (!decoder) throw new FetchError('content_type', `unsupported content encoding "${name}" from ${url}`);
    try {
      return decoder(wire);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(url, this.settings.maxBytes);
      throw new FetchError('network', `bad ${name} body from ${url}: ${(error as Error).message}`);
    }
  }
}

/** A gzip file as the body itself (not a Content-Encoding), e.g. `sitemap.xml.gz`: unpacked under the same cap. */
function isGzipFile(bytes: Buffer): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

function tooLarge(url: string, maxBytes: number): FetchError {
  return new FetchError('too_large', `${url} is larger than ${maxBytes} bytes`);
}

function headerOf(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function conditionalHeaders({ etag, lastModified }: Validators): Record<string, string> {
  return { ...(etag && { 'if-none-match': etag }), ...(lastModified && { 'if-modified-since': lastModified }) };
}

function validatorsOf(headers: Dispatcher.ResponseData['headers']): Validators {
  return { etag: headerOf(headers, 'etag'), lastModified: headerOf(headers, 'last-modified') };
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Every failure of a fetch as a FetchError that says what went wrong, for the caller's retry decision. */
function asFetchError(error: unknown, url: string, maxBytes: number): FetchError {
  if (error instanceof FetchError) return error;
  const refused = refusalIn(error);
  if (refused) return new FetchError('refused', `refused: ${refused.reason}`);
  const { name, code, message } = error as NodeJS.ErrnoException;
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return tooLarge(url, maxBytes);
  if (name === 'TimeoutError' || name === 'AbortError' || TIMEOUT_CODES.has(code ?? '')) return new FetchError('timeout', `timed out fetching ${url}: ${message}`);
  return new FetchError('network', `failed fetching ${url}: ${message}`);
}
