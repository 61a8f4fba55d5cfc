import sax from 'sax';
import { resolveHttpUrl } from '@newsflow/extraction';
import { FeedItem } from './parse-feed';

/** A child sitemap listed by a sitemap index. */
export interface SitemapRef {
  url: string;
  lastModified?: string;
}

export interface Sitemap {
  kind: 'urlset' | 'sitemapindex';
  /** The pages of a `<urlset>`, Google News fields (`news:title`, `news:publication_date`, `news:language`) included. */
  items: FeedItem[];
  /** The child sitemaps of a `<sitemapindex>`. */
  sitemaps: SitemapRef[];
  /** Entries beyond `maxEntries`, not read (the parse stopped there). */
  truncated: boolean;
  /** Entries without a usable http(s) `<loc>`. */
  skipped: number;
}

export interface SitemapLimits {
  /** Entries (`<url>` or `<sitemap>`) read from one document; the parse stops at the cap. */
  maxEntries: number;
}

/** A document that is no sitemap, or one refused (DOCTYPE, malformed, nested too deep). */
export class SitemapError extends Error {}

/** Nothing in a sitemap nests deeper than urlset > url > news:news > news:publication > news:name. */
const MAX_ELEMENT_DEPTH = 12;
/** Longer text in one field is cut: URLs beyond 2,048 characters are not crawled anyway. */
const MAX_FIELD_CHARS = 4096;
/** The parse is fed in chunks so that it can stop early once the entry cap is reached. */
const CHUNK_CHARS = 64 * 1024;
const ROOTS = new Set(['urlset', 'sitemapindex']);
const ROOT_ELEMENT = /^(?:\uFEFF)?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*<(?:[\w.-]+:)?(\w+)/;

/** True when the document's root element is a sitemap's (`<urlset>` or `<sitemapindex>`); cheap, for telling sitemaps from feeds. */
export function isSitemap(xml: string): boolean {
  return ROOTS.has(ROOT_ELEMENT.exec(xml.slice(0, 4096))?.[1] ?? '');
}

type Fields = Record<string, string>;

/**
 * Reads a sitemap or sitemap index (sitemaps.org 0.9, with Google News fields) with a streaming
 * parser. Hostile documents are bounded: a DOCTYPE (the door to entity expansion and external
 * entities) is refused outright and no entity beyond XML's five is known; element nesting, field
 * length and the number of entries are capped; the parse stops at the entry cap, so a document of
 * millions of URLs costs no more than the cap. Elements are matched by local name, so a missing or
 * odd namespace declaration does not lose the entries.
 */
export function parseSitemap(xml: string, sitemapUrl: string, limits: SitemapLimits): Sitemap {
  const result: Sitemap = { kind: 'urlset', items: [], sitemaps: [], truncated: false, skipped: 0 };
  const parser = sax.parser(true, { trim: false, normalize: false, xmlns: false, position: false });
  const path: string[] = [];
  let root: string | undefined;
  let entry: Fields | undefined;
  let stopped = false;

  const entries = () => result.items.length + result.sitemaps.length + result.skipped;
  parser.ondoctype = () => {
    throw new SitemapError('a sitemap may not have a DOCTYPE (refused: entity declarations)');
  };
  parser.onopentag = (tag) => {
    const name = localName(tag.name);
    if (!root) {
      if (!ROOTS.has(name)) throw new SitemapError(`not a sitemap: the root element is <${tag.name}>`);
      root = name;
      result.kind = name as Sitemap['kind'];
    }
    path.push(name);
    if (path.length > MAX_ELEMENT_DEPTH) throw new SitemapError(`elements nested deeper than ${MAX_ELEMENT_DEPTH}`);
    if (path.length === 2 && (name === 'url' || name === 'sitemap')) {
      if (entries() >= limits.maxEntries) {
        result.truncated = true;
        stopped = true;
      }
      entry = {};
    }
  };
  parser.ontext = parser.oncdata = (text) => {
    if (!entry || path.length < 3) return;
    // Keyed by the path below the entry: `loc`, `news/title`, … (an `image:loc` is `image/loc`, not the page's).
    const field = path.slice(2).join('/');
    const value = (entry[field] ?? '') + text;
    entry[field] = value.length > MAX_FIELD_CHARS ? value.slice(0, MAX_FIELD_CHARS + 1) : value;
  };
  parser.onclosetag = () => {
    path.pop();
    if (path.length === 1 && entry && !stopped) addEntry(result, entry, sitemapUrl);
    if (path.length === 1) entry = undefined;
  };
  parser.onerror = (error) => {
    throw new SitemapError(`malformed sitemap: ${error.message.split('\n')[0]}`);
  };

  for (let offset = 0; offset < xml.length && !stopped; offset += CHUNK_CHARS) parser.write(xml.slice(offset, offset + CHUNK_CHARS));
  if (!stopped) parser.close();
  if (!root) throw new SitemapError('not a sitemap: no root element');
  return result;
}

function addEntry(result: Sitemap, fields: Fields, sitemapUrl: string): void {
  const loc = fields['loc']?.trim();
  const url = loc && loc.length <= MAX_FIELD_CHARS ? resolveHttpUrl(loc, sitemapUrl) : undefined;
  if (!url) {
    result.skipped += 1;
    return;
  }
  const lastModified = isoDate(fields['lastmod']);
  if (result.kind === 'sitemapindex') {
    result.sitemaps.push({ url, lastModified });
    return;
  }
  result.items.push({
    guid: url,
    url,
    title: fields['news/title']?.trim() || undefined,
    publishedAt: isoDate(fields['news/publication_date']) ?? lastModified,
    language: fields['news/publication/language']?.trim() || undefined,
  });
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function isoDate(value: string | undefined): string | undefined {
  const time = Date.parse(value?.trim() ?? '');
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
