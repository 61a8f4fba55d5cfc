import { createHash } from 'node:crypto';

/** Query parameters that only track the visitor and never select content. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src)$/i;
const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

/**
 * Normalises a URL so that the same page reached by different links gets one identity:
 * lower-case scheme and host (WHATWG URL does that), no default port, no fragment,
 * no tracking parameters, query parameters sorted.
 */
export function normalizeUrl(input: string): string {
  const url = new URL(input);
  if (DEFAULT_PORT[url.protocol] === url.port) url.port = '';
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  }
  url.searchParams.sort();
  return url.toString();
}

/** Article id: SHA-256 (hex) of the normalised article URL. Stable across services and re-crawls. */
export function articleIdFor(articleUrl: string): string {
  return createHash('sha256').update(normalizeUrl(articleUrl)).digest('hex');
}
