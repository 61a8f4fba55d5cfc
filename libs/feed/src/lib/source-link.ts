import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import {
  collapseSpace,
  guardDeepTree,
  hasType,
  jsonLdNodes,
  parseHtml,
  resolveHttpUrl,
  siteHost,
  SOURCE_PHRASES as PHRASES,
  SOURCE_WORDS as WORDS,
  stringOf,
  textOf,
} from '@newsflow/extraction';

const ALL = [...PHRASES, ...WORDS].join('|');

const LABEL_ONLY = new RegExp(`^(?:${ALL})\\s*[:：»›→-]?$`, 'iu');
const LABEL_PREFIX = new RegExp(`^(?:(?:${PHRASES.join('|')})\\s*:?|(?:${WORDS.join('|')})\\s*:)\\s*\\S`, 'iu');
const LABEL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:${PHRASES.join('|')})\\s*:?|(?:${WORDS.join('|')})\\s*:)\\s*$`,
  'iu',
);

/**
 * URL of the original article an aggregator page republishes: first an explicitly labelled source
 * anchor, then canonical / og:url / JSON-LD url. Links into the page's own site never count.
 */
export function findSourceLink(html: string, pageUrl: string): string | undefined {
  return guardDeepTree(() => find(html, pageUrl), undefined);
}

function find(html: string, pageUrl: string): string | undefined {
  const $ = parseHtml(html);
  const external = (href: string | undefined): string | undefined => {
    const url = resolveHttpUrl(href, pageUrl);
    return url && !sameSite(url, pageUrl) ? url : undefined;
  };
  for (const anchor of $('a[href]').toArray()) {
    if (isSourceAnchor(anchor)) {
      const url = external(anchor.attribs['href']);
      if (url) return url;
    }
  }
  return declaredUrls($).map(external).find(Boolean);
}

/** Whether two URLs are on one site (same host, `www.` aside, same port), e.g. a "source" back into the aggregator. */
export function sameSite(url: string, other: string): boolean {
  const host = siteHost(url);
  return host !== undefined && host === siteHost(other);
}

/** The canonical (non-AMP) URL of an AMP page (`<html amp>` or `<html ⚡>`); undefined for other pages. */
export function ampCanonicalUrl(html: string, pageUrl: string): string | undefined {
  return guardDeepTree(() => {
    const $ = parseHtml(html);
    const root = $('html');
    if (root.attr('amp') === undefined && root.attr('⚡') === undefined) return undefined;
    const canonical = resolveHttpUrl($('link[rel~="canonical" i]').attr('href'), pageUrl);
    return canonical && canonical !== pageUrl ? canonical : undefined;
  }, undefined);
}

function isSourceAnchor(anchor: Element): boolean {
  const label = collapseSpace(textOf(anchor));
  return LABEL_ONLY.test(label) || LABEL_PREFIX.test(label) || LABEL_BEFORE.test(textBefore(anchor));
}

const INLINE = new Set(['b', 'strong', 'em', 'i', 'span', 'small', 'u']);

// Text right before the anchor in its block, as in "Source: <a>…</a>" or "Source: <b><a>…</a></b>".
function textBefore(anchor: Element): string {
  let start: Element = anchor;
  while (!start.prev && start.parent?.type === 'tag' && INLINE.has(start.parent.name)) start = start.parent;
  let text = '';
  for (let node = start.prev; node && text.length < 80; node = node.prev) text = textOf(node) + text;
  return collapseSpace(text);
}

function declaredUrls($: CheerioAPI): (string | undefined)[] {
  const article = jsonLdNodes($).filter((node) => hasType(node, /Article|BlogPosting|WebPage|Report/i));
  return [
    $('link[rel~="canonical" i]').attr('href'),
    $('meta[property="og:url" i]').attr('content'),
    ...article.flatMap((node) => [stringOf(node['url']), stringOf(node['mainEntityOfPage'])]),
  ];
}
