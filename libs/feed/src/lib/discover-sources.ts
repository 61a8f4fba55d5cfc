import { parseHtml, resolveHttpUrl } from '@newsflow/extraction';
import { parseFeed } from './parse-feed';
import { isSitemap, parseSitemap } from './parse-sitemap';

/** How a source was found: the home page's `<link rel="alternate">`, robots.txt's `Sitemap:` lines, or a common path. */
export type DiscoveredVia = 'link' | 'robots' | 'path';

export interface DiscoveredSource {
  url: string;
  kind: 'feed' | 'sitemap';
  via: DiscoveredVia;
  /** The link's title, for feeds found on the home page. */
  title?: string;
  /** Items of a feed, pages of a sitemap, child sitemaps of an index. */
  entries: number;
  index?: boolean;
}

export interface Discovery {
  siteUrl: string;
  feeds: DiscoveredSource[];
  sitemaps: DiscoveredSource[];
  /** Candidates that were not a feed or sitemap, with the reason (404s of common paths are left out). */
  rejected: { url: string; via: DiscoveredVia; reason: string }[];
}

export interface DiscoveryPorts {
  /** The site's home page (HTML), through the crawler's guarded, polite fetch path. */
  fetchPage(url: string): Promise<{ finalUrl: string; body: string }>;
  /** A candidate feed or sitemap (XML, gzip unpacked). */
  fetchSource(url: string): Promise<{ finalUrl: string; body: string }>;
  /** The `Sitemap:` URLs of the origin's robots.txt. */
  robotsSitemaps(siteUrl: string): Promise<string[]>;
}

const FEED_LINK_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);
/** Probed only when the home page links no feed: WordPress, generic, Blogger, Hugo/Jekyll. */
export const COMMON_FEED_PATHS = ['/feed/', '/rss.xml', '/feed.xml', '/atom.xml', '/index.xml', '/feeds/posts/default'];
export const COMMON_SITEMAP_PATHS = ['/sitemap.xml', '/news-sitemap.xml'];
/** Candidates checked per discovery: each is a fetch held to the site's politeness delay. */
const MAX_CANDIDATES = 20;
const PROBE_LIMITS = { maxEntries: 50_000 };

/** A URL that may be a feed or sitemap, not yet fetched. */
export interface Candidate {
  url: string;
  via: DiscoveredVia;
  title?: string;
}

/**
 * Finds a site's feeds and sitemaps: feeds linked from its home page (or, when none is, at common
 * paths) and sitemaps named in robots.txt or at common paths. Every candidate is fetched and kept
 * only if it parses as a feed or sitemap, so what is reported can be registered as it is.
 */
export async function discoverSources(siteUrl: string, ports: DiscoveryPorts): Promise<Discovery> {
  const discovery: Discovery = { siteUrl, feeds: [], sitemaps: [], rejected: [] };
  const home = await ports.fetchPage(siteUrl).catch((error: Error) => {
    discovery.rejected.push({ url: siteUrl, via: 'link', reason: `home page: ${error.message}` });
    return undefined;
  });
  const linked = home ? feedLinks(home.body, home.finalUrl) : [];
  const base = home?.finalUrl ?? siteUrl;
  const robots = await ports.robotsSitemaps(base).catch(() => []);
  const candidates = unique([
    ...linked,
    ...(linked.length === 0 ? COMMON_FEED_PATHS.map((path) => ({ url: new URL(path, base).href, via: 'path' as const })) : []),
    ...robots.flatMap((line) => {
      const url = resolveHttpUrl(line, base);
      return url ? [{ url, via: 'robots' as const }] : [];
    }),
    ...COMMON_SITEMAP_PATHS.map((path) => ({ url: new URL(path, base).href, via: 'path' as const })),
  ]).slice(0, MAX_CANDIDATES);
  for (const candidate of candidates) await check(candidate, ports, discovery);
  return discovery;
}

async function check(candidate: Candidate, ports: DiscoveryPorts, discovery: Discovery): Promise<void> {
  try {
    const { finalUrl, body } = await ports.fetchSource(candidate.url);
    if (isSitemap(body)) {
      const sitemap = parseSitemap(body, finalUrl, PROBE_LIMITS);
      const index = sitemap.kind === 'sitemapindex';
      discovery.sitemaps.push({ ...candidate, kind: 'sitemap', entries: index ? sitemap.sitemaps.length : sitemap.items.length, index });
    } else {
      discovery.feeds.push({ ...candidate, kind: 'feed', entries: (await parseFeed(body, finalUrl)).length });
    }
  } catch (error) {
    const reason = (error as Error).message;
    // A common path that is not there is no finding.
    if (candidate.via !== 'path' || !/HTTP 404|HTTP 410/.test(reason)) discovery.rejected.push({ url: candidate.url, via: candidate.via, reason });
  }
}

/** `<link rel="alternate">` of RSS, Atom and RDF types in a page, resolved against it. */
export function feedLinks(html: string, pageUrl: string): Candidate[] {
  const $ = parseHtml(html);
  return $('link[rel~="alternate"][href]')
    .toArray()
    .flatMap((link) => {
      const type = ($(link).attr('type') ?? '').split(';')[0].trim().toLowerCase();
      const url = resolveHttpUrl($(link).attr('href'), pageUrl);
      return FEED_LINK_TYPES.has(type) && url ? [{ url, via: 'link' as const, title: $(link).attr('title')?.trim() || undefined }] : [];
    });
}

function unique(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = candidate.url.replace(/#.*$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
