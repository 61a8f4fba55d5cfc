import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** Parses with htmlparser2 (several times faster than parse5, and lenient with broken markup). */
export function parseHtml(html: string): CheerioAPI {
  return load(html ?? '', { xml: { xmlMode: false, decodeEntities: true } });
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Concatenated text of a subtree; a plain recursive walk is much cheaper than cheerio's `.text()`. */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) && node.type !== 'root') return '';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** First element named `name` in document order; stops early, unlike a css-select query. */
export function firstElement(node: AnyNode, name: string): Element | undefined {
  if (isElement(node) && node.name === name) return node;
  if (!isElement(node) && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = firstElement(child, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs `walk` over a parsed tree, answering `fallback` when the tree nests deeper than the call
 * stack allows (markup with thousands of unclosed tags): the recursive walks stay simple and fast.
 */
export function guardDeepTree<T>(walk: () => T, fallback: T): T {
  try {
    return walk();
  } catch (error) {
    if (error instanceof RangeError) return fallback;
    throw error;
  }
}
