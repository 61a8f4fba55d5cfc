import type { CheerioAPI } from 'cheerio';

export type JsonLdNode = Record<string, unknown>;

/** Every object of every JSON-LD script of the page, with `@graph` members and arrays flattened. */
export function jsonLdNodes($: CheerioAPI): JsonLdNode[] {
  return parseJsonLd($('script[type="application/ld+json" i]').toArray().map((el) => $(el).text()));
}

/** Every object of the given JSON-LD script texts; unparsable scripts are skipped. */
export function parseJsonLd(scripts: string[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of scripts) {
    try {
      collect(JSON.parse(sanitize(script)), nodes);
    } catch {
      // Broken JSON-LD is common in the wild; the page's other metadata still counts.
    }
  }
  return nodes;
}

/** True when the node's @type (string or list) matches `pattern`. */
export function hasType(node: JsonLdNode, pattern: RegExp): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && pattern.test(t));
}

/** A string value, or the first string of a list, or the `@id`/`url`/`name` of an object. */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(stringOf).find(Boolean);
  if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    return stringOf(node['url']) ?? stringOf(node['@id']) ?? stringOf(node['name']);
  }
  return undefined;
}

// CMSes wrap JSON-LD in comments/CDATA and leave raw line breaks inside strings, which JSON rejects.
function sanitize(text: string): string {
  return text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '')
    .replace(/[\t\n\r\f\v]+/g, ' ')
    .replace(/;\s*$/, '');
}

function collect(value: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as JsonLdNode;
  out.push(node);
  if (node['@graph']) collect(node['@graph'], out);
}
