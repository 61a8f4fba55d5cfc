import type { AnyNode, Element } from 'domhandler';
import { collapseSpace, isElement, textOf } from './dom';

/** The head-ish facts metadata needs, gathered in one walk (one css-select query each costs as much). */
export interface PageScan {
  /** `<meta>` contents keyed by lower-cased property/name/itemprop/http-equiv, in document order. */
  metas: Map<string, string[]>;
  jsonLd: string[];
  canonical?: string;
  base?: string;
  lang?: string;
  title: string;
  h1: string;
  time?: string;
  /** Texts of byline elements (author microdata, rel=author, .byline, .author-name), first few, in document order. */
  bylines: string[];
}

const MAX_BYLINES = 4;

export function scanPage(root: AnyNode): PageScan {
  const scan: PageScan = { metas: new Map(), jsonLd: [], title: '', h1: '', bylines: [] };
  const visit = (node: AnyNode, inAuthor: boolean): void => {
    if (!isElement(node) && node.type !== 'root') return;
    let author = inAuthor;
    if (isElement(node)) {
      record(node, scan);
      author ||= hasWord(node.attribs['itemprop'], 'author');
      if (scan.bylines.length < MAX_BYLINES && isByline(node, inAuthor)) scan.bylines.push(textOf(node));
    }
    for (const child of node.children) visit(child, author);
  };
  visit(root, false);
  return scan;
}

// The walk's equivalent of `[itemprop~=author] [itemprop~=name], [rel~=author], [itemprop~=author], .byline, .author-name`.
function isByline(el: Element, inAuthor: boolean): boolean {
  const { itemprop, rel, class: className } = el.attribs;
  return (
    (inAuthor && hasWord(itemprop, 'name')) ||
    hasWord(rel, 'author') ||
    hasWord(itemprop, 'author') ||
    hasWord(className, 'byline') ||
    hasWord(className, 'author-name')
  );
}

/** CSS `~=`: `word` is one of the whitespace-separated words of `value`. */
function hasWord(value: string | undefined, word: string): boolean {
  if (!value || !value.includes(word)) return false;
  return value.split(/\s+/).includes(word);
}

function record(el: Element, scan: PageScan): void {
  const attr = el.attribs;
  switch (el.name) {
    case 'meta': {
      const key = (attr['property'] ?? attr['name'] ?? attr['itemprop'] ?? attr['http-equiv'])?.trim().toLowerCase();
      const content = collapseSpace(attr['content'] ?? '');
      if (key && content) scan.metas.set(key, [...(scan.metas.get(key) ?? []), content]);
      return;
    }
    case 'script':
      if (attr['type']?.trim().toLowerCase() === 'application/ld+json') scan.jsonLd.push(textOf(el));
      return;
    case 'link':
      if (/(?:^|\s)canonical(?:\s|$)/i.test(attr['rel'] ?? '')) scan.canonical ??= attr['href'];
      return;
    case 'base':
      scan.base ??= attr['href'];
      return;
    case 'html':
      scan.lang ??= attr['lang'] ?? attr['xml:lang'];
      return;
    case 'title':
      scan.title ||= collapseSpace(textOf(el));
      return;
    case 'h1':
      scan.h1 ||= collapseSpace(textOf(el));
      return;
    case 'time':
      scan.time ??= attr['datetime'];
      return;
  }
}
