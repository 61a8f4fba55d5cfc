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
}

export function scanPage(root: AnyNode): PageScan {
  const scan: PageScan = { metas: new Map(), jsonLd: [], title: '', h1: '' };
  const visit = (node: AnyNode): void => {
    if (!isElement(node) && node.type !== 'root') return;
    if (isElement(node)) record(node, scan);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return scan;
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
