import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom';

export interface Stats {
  /** Text length with whitespace runs counted as one character. */
  text: number;
  /** Part of `text` inside links. */
  links: number;
  commas: number;
  /** Whether any descendant is a block element (a div without one reads like a paragraph). */
  hasBlock: boolean;
}

export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr',
  'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'figcaption', 'header',
  'footer', 'form', 'hr', 'address', 'fieldset', 'details', 'summary', 'center', 'caption',
]);

/** Bottom-up text statistics of every kept element, skipping `dropped` subtrees. */
export function measure(root: Element, dropped: Set<AnyNode>): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const visit = (el: Element): Stats => {
    const own: Stats = { text: 0, links: 0, commas: 0, hasBlock: false };
    for (const child of el.children) {
      if (dropped.has(child)) continue;
      if (child.type === 'text') {
        addText(own, child.data);
      } else if (isElement(child)) {
        const s = visit(child);
        own.text += s.text;
        own.links += s.links;
        own.commas += s.commas;
        own.hasBlock ||= s.hasBlock || BLOCK_TAGS.has(child.name);
      }
    }
    if (el.name === 'a') own.links = own.text;
    stats.set(el, own);
    return own;
  };
  visit(root);
  return stats;
}

function addText(into: Stats, data: string): void {
  into.text += spacedLength(data);
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001) into.commas++; // Latin and CJK commas
  }
}

/** Length of a text with whitespace runs counted as one character, without allocating. */
export function spacedLength(data: string): number {
  let count = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const isSpace = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!isSpace || !space) count++;
    space = isSpace;
  }
  return count;
}

export function linkDensity(s: Stats | undefined): number {
  return s && s.text > 0 ? s.links / s.text : 0;
}
