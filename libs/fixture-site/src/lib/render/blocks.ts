import type { Block } from '../data/vocab';
import { esc } from './text';

/**
 * Body blocks as HTML fragments, one per block, so templates can slot chrome between them.
 * relatedHref maps an older story's slug to a URL on the rendering site.
 */
export function renderBlocks(
  blocks: readonly Block[],
  relatedHref: (slug: string) => string,
  paragraphAttrs = '',
): string[] {
  return blocks.map((block) => {
    if (typeof block === 'string') return `<p${paragraphAttrs}>${esc(block)}</p>`;
    if ('heading' in block) return `<h2>${esc(block.heading)}</h2>`;
    return `<p${paragraphAttrs}><a href="${esc(relatedHref(block.slug))}">${esc(block.related)}</a></p>`;
  });
}
