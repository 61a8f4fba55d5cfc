import { FeedItem, Sitemap, SitemapRef, parseSitemap } from '@newsflow/feed';

export interface SitemapSettings {
  /** Entries published (or, lacking that, modified) longer ago are left out, undated ones too; 0 takes every entry. */
  recentWindowMs: number;
  /** Levels of sitemap indexes followed below the registered sitemap. */
  maxDepth: number;
  /** Sitemap files fetched in one poll, the registered one included. */
  maxFiles: number;
  /** Entries read in one poll, all files together; reading stops at the cap. */
  maxEntries: number;
}

/** What one poll read from a sitemap and the indexes below it. */
export interface SitemapRead {
  /** The recent pages, each once, in document order (breadth first). */
  items: FeedItem[];
  /** The registered sitemap is an index, whose children can change while it does not. */
  index: boolean;
  /** Entries left out as older than the window (or undated). */
  old: number;
  /** Limits reached and children that failed, in words, for the poll report. */
  notes: string[];
}

interface Pending {
  url: string;
  depth: number;
}

/**
 * Reads a registered sitemap (its body already fetched) and, breadth first, the sitemaps its index
 * lists, newest first, down to `maxDepth` levels and `maxFiles` files in all. Children whose lastmod
 * is older than the window are not fetched: nothing in them can be recent. A child that fails or is
 * no sitemap is noted and skipped; only a bad registered document fails the poll.
 */
export async function readSitemap(
  root: { url: string; body: string },
  fetchSitemap: (url: string) => Promise<{ finalUrl: string; body: string }>,
  settings: SitemapSettings,
  now: Date,
): Promise<SitemapRead> {
  const read: SitemapRead = { items: [], index: false, old: 0, notes: [] };
  const recent = isRecent(settings.recentWindowMs, now);
  const visited = new Set<string>([root.url]);
  const queue: Pending[] = [];
  let entries = 0;
  let files = 1;

  const take = (sitemap: Sitemap, url: string, depth: number): void => {
    entries += sitemap.items.length + sitemap.sitemaps.length;
    if (sitemap.truncated) read.notes.push(`${url}: cut, ${settings.maxEntries} entries per poll reached`);
    for (const item of sitemap.items) {
      if (recent(item.publishedAt)) read.items.push(item);
      else read.old += 1;
    }
    const children = sitemap.sitemaps.filter((child) => !visited.has(child.url));
    if (children.length === 0) return;
    if (depth >= settings.maxDepth) return void read.notes.push(`${url}: index nested deeper than ${settings.maxDepth} level(s), not followed`);
    const wanted = newestFirst(children.filter((child) => child.lastModified === undefined || recent(child.lastModified)));
    const room = Math.max(0, settings.maxFiles - files);
    if (wanted.length > room) read.notes.push(`${url}: ${wanted.length - room} child sitemap(s) beyond ${settings.maxFiles} files per poll, not fetched`);
    for (const child of wanted.slice(0, room)) {
      visited.add(child.url);
      queue.push({ url: child.url, depth: depth + 1 });
    }
    files += Math.min(room, wanted.length);
  };

  const first = parseSitemap(root.body, root.url, { maxEntries: settings.maxEntries });
  read.index = first.kind === 'sitemapindex';
  take(first, root.url, 0);
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (entries >= settings.maxEntries) {
      read.notes.push(`${next.url} and ${queue.length} more: not read, ${settings.maxEntries} entries per poll reached`);
      break;
    }
    try {
      const child = await fetchSitemap(next.url);
      take(parseSitemap(child.body, child.finalUrl, { maxEntries: settings.maxEntries - entries }), next.url, next.depth);
    } catch (error) {
      read.notes.push(`${next.url}: ${(error as Error).message}`);
    }
  }
  return read;
}

function isRecent(windowMs: number, now: Date): (date: string | undefined) => boolean {
  if (windowMs <= 0) return () => true;
  return (date) => date !== undefined && now.getTime() - Date.parse(date) <= windowMs;
}

function newestFirst(children: SitemapRef[]): SitemapRef[] {
  const time = (child: SitemapRef) => (child.lastModified ? Date.parse(child.lastModified) : 0);
  return [...children].sort((a, b) => time(b) - time(a));
}
