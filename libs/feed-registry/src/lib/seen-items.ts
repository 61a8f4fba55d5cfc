import { createHash } from 'node:crypto';
import { normalizeUrl } from '@newsflow/contracts';
import { FeedItem } from '@newsflow/feed';

export interface NewItems {
  fresh: FeedItem[];
  /** The keys to remember, newest first. */
  seenKeys: string[];
}

/** An item is known by its guid and by its normalised link; both are hashed to keep the state small. */
function itemKeys(item: FeedItem): string[] {
  return [`guid:${item.guid}`, `url:${normalizeUrl(item.url)}`].map((key) =>
    createHash('sha256').update(key).digest('base64url').slice(0, 16),
  );
}

/**
 * Keeps the items whose guid and normalised link were both never seen (so tracking-parameter
 * variants and re-dated copies count as seen), and the keys to remember: this feed document's own
 * keys first, then older ones up to `maxKeys`. Keys of items still in the feed are never dropped,
 * however small the bound, so an item cannot come back as new while the feed still lists it.
 */
export function selectNewItems(items: readonly FeedItem[], seenKeys: readonly string[], maxKeys: number): NewItems {
  const seen = new Set(seenKeys);
  const current = new Set<string>();
  const fresh: FeedItem[] = [];
  for (const item of items) {
    const keys = itemKeys(item);
    if (!keys.some((key) => seen.has(key) || current.has(key))) fresh.push(item);
    keys.forEach((key) => current.add(key));
  }
  const older = seenKeys.filter((key) => !current.has(key));
  return { fresh, seenKeys: [...current, ...older.slice(0, Math.max(0, maxKeys - current.size))] };
}
