import { parse } from 'yaml';
import { z } from 'zod';
import { FeedSettings, feedIdFor, feedSettingsSchema } from './feed-settings';

/** A feeds file: `feeds:` lists URLs, or objects with `url` and optional `pollIntervalMs`, `followSource`. */
const feedsFileSchema = z
  .object({
    feeds: z.array(z.union([z.string().transform((url) => ({ url })), z.record(z.string(), z.unknown())]).pipe(feedSettingsSchema)),
  })
  .strict();

/**
 * Reads the feeds declared in a YAML (or JSON, which is YAML) document. Throws one error naming
 * `source` and every bad entry, or a URL declared twice.
 */
export function parseFeedsFile(text: string, source: string): FeedSettings[] {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new Error(`${source}: not YAML or JSON: ${(error as Error).message}`);
  }
  const result = feedsFileSchema.safeParse(document);
  if (!result.success) throw new Error(`${source}: invalid feeds file:\n${z.prettifyError(result.error)}`);
  rejectDuplicates(result.data.feeds, source);
  return result.data.feeds;
}

/**
 * The feeds declared at start-up: those of the feeds file and those listed in FEED_URLS (which
 * follow their source links and poll at the default interval). A feed in both is an error.
 */
export function declaredFeeds(file: { path: string; text: string } | undefined, urls: readonly string[]): FeedSettings[] {
  const feeds = [...(file ? parseFeedsFile(file.text, file.path) : []), ...urls.map((url) => feedSettingsSchema.parse({ url }))];
  rejectDuplicates(feeds, file ? `${file.path} and FEED_URLS` : 'FEED_URLS');
  return feeds;
}

function rejectDuplicates(feeds: FeedSettings[], source: string): void {
  const seen = new Map<string, string>();
  for (const feed of feeds) {
    const earlier = seen.get(feedIdFor(feed.url));
    if (earlier) throw new Error(`${source}: ${feed.url} is declared twice (also as ${earlier})`);
    seen.set(feedIdFor(feed.url), feed.url);
  }
}
