import { FeedItem } from '@newsflow/feed';
import { normalizeUrl } from '@newsflow/contracts';

/**
 * Keeps the feed items not seen before (by guid and by normalised link), remembering them in `seen`.
 */
export function newFeedItems(items: readonly FeedItem[], seen: Set<string>): FeedItem[] {
  const fresh: FeedItem[] = [];
  for (const item of items) {
    const keys = [`guid:${item.guid}`, `url:${normalizeUrl(item.url)}`];
    if (keys.some((key) => seen.has(key))) continue;
    keys.forEach((key) => seen.add(key));
    fresh.push(item);
  }
  return fresh;
}
