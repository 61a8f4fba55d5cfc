import Parser from 'rss-parser';
import { collapseSpace, parseHtml, resolveHttpUrl, textOf } from '@newsflow/extraction';

export interface FeedItem {
  guid: string;
  url: string;
  title?: string;
  publishedAt?: string;
  /** Declared by Google News sitemaps (`news:language`). */
  language?: string;
}

type RawItem = Parser.Item & { id?: unknown; 'rdf:about'?: unknown; atomPublished?: unknown; atomUpdated?: unknown };

const parser = new Parser<object, RawItem>({ customFields: { item: ['atomPublished', 'atomUpdated'] } });

/**
 * Items of an RSS 2.0, Atom or RDF feed. Links are resolved against `feedUrl`, items without an
 * http(s) link are skipped, and the guid falls back to the link. Rejects when `xml` is no feed.
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<FeedItem[]> {
  const feed = await parseLeniently(xml);
  return feed.items.flatMap((item) => toFeedItem(item, feedUrl) ?? []);
}

// rss-parser throws on the whole feed when one Atom entry has an unparsable date, so Atom dates
// are renamed out of its way and converted by `isoDate` instead.
function parseLeniently(xml: string): Promise<Parser.Output<RawItem>> {
  const renamed = xml.replace(/<(\/?)(published|updated)(?=[\s>/])/g, (_, slash: string, name: string) =>
    `<${slash}atom${name[0].toUpperCase()}${name.slice(1)}`,
  );
  return parser.parseString(renamed);
}

function isoDate(value: unknown): string | undefined {
  const time = Date.parse(text(value) ?? '');
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function toFeedItem(item: RawItem, feedUrl: string): FeedItem | undefined {
  const url = resolveHttpUrl(text(item.link) ?? text(item['rdf:about']), feedUrl);
  if (!url) return undefined;
  return {
    guid: text(item.guid) ?? text(item.id) ?? url,
    url,
    title: plainText(text(item.title)),
    publishedAt: item.isoDate ?? isoDate(item.atomPublished) ?? isoDate(item.atomUpdated),
  };
}

/** Titles are often HTML (WordPress escapes its curly quotes as `&#8220;` even inside CDATA). */
function plainText(html: string | undefined): string | undefined {
  return html === undefined ? undefined : collapseSpace(textOf(parseHtml(html).root()[0])) || undefined;
}

// xml2js yields objects for elements with attributes only; those carry no usable text here.
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}
