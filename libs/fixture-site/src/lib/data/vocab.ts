export type Language = 'en' | 'es' | 'pt' | 'fr';

export type Category =
  | 'Politics'
  | 'Courts'
  | 'Police'
  | 'Economy'
  | 'World'
  | 'Health'
  | 'Society'
  | 'Sports';

/** Article body block: a paragraph, an inline subheading, or a one-line link to an older story. */
export type Block = string | { heading: string } | { related: string; slug: string };

/** A related-story link is site furniture inside the body, not article text. */
export function isRelatedLink(block: Block): block is { related: string; slug: string } {
  return typeof block !== 'string' && 'related' in block;
}

export function blockText(block: Block): string {
  if (typeof block === 'string') return block;
  return 'heading' in block ? block.heading : block.related;
}
