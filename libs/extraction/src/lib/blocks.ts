import type { AnyNode, Element } from 'domhandler';
import { collapseSpace, isElement } from './dom';
import { BLOCK_TAGS } from './measure';

const BARE_URL = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

export interface Block {
  text: string;
  /** Share of the text inside links. */
  linkDensity: number;
  /** Tag of the innermost block element holding the text. */
  tag: string;
}

/**
 * Flattens containers into text blocks in reading order: every block element and every `<br>`
 * starts a new block, so "text<br>Read more: <a>…</a>" splits into prose and a link line.
 */
export function collectBlocks(containers: Element[], dropped: Set<AnyNode>): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let tag = 'p';
  const flush = (): void => {
    const text = collapseSpace(parts.join(''));
    if (text) blocks.push({ text, linkDensity: Math.min(1, linkChars / text.length), tag });
    parts = [];
    linkChars = 0;
  };
  const visit = (node: AnyNode, inLink: boolean): void => {
    if (dropped.has(node)) return;
    if (node.type === 'text') {
      parts.push(node.data);
      // A link whose text is a bare URL is a reference the author typed out, not navigation.
      if (inLink && !BARE_URL.test(node.data)) linkChars += collapseSpace(node.data).length;
      return;
    }
    if (!isElement(node)) return;
    if (node.name === 'br') return flush();
    if (!BLOCK_TAGS.has(node.name)) {
      for (const child of node.children) visit(child, inLink || node.name === 'a');
      return;
    }
    flush();
    const outer = tag;
    tag = node.name;
    for (const child of node.children) visit(child, inLink);
    flush();
    tag = outer;
  };
  for (const container of containers) {
    visit(container, false);
    flush();
  }
  return blocks;
}
