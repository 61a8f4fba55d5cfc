import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom';

// Never article text, whatever the page.
const CHROME_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio',
  'button', 'input', 'select', 'textarea', 'option', 'nav', 'aside', 'menu', 'dialog', 'head', 'title',
]);
// Page scaffolding that sometimes wraps article text on sloppy sites: dropped in strict mode only.
const SCAFFOLD_TAGS = new Set(['header', 'footer', 'figcaption', 'figure']);

// Chrome words that hardly occur inside the name of a content block: they count anywhere in a
// class/id, even camel-cased ("imageEmbedCaption"); shorter or vaguer ones only as whole words.
const NEGATIVE_ANYWHERE =
  /caption|credit|share|social|related|newsletter|cookie|sidebar|breadcrumb|disqus|outbrain|taboola|sponsor|promo|popup|rollover|tooltip|popover|hovercard|byline/i;
const NEGATIVE_WORD = new RegExp(
  '(?:^|[\\s_-])(?:recommend\\w*|subscri\\w*|signup|consent|gdpr|comments?|widget\\w*|advert\\w*|ads?|adslot|dfp|' +
    'banner|modal|masthead|footer|header|navbar|nav|navigation|menu|pagination|pager|toolbar|print|skip|tags|topics|' +
    'more-?stories|read-?more|most-?popular|trending|sr-only|screen-reader-text|visually-hidden|hidden|site-icon|' +
    'author-?bio|follow|donate|jump-?link)(?=$|[\\s_-])',
  'i',
);
// "embed" covers quoted posts (tweets) that sit in "social-media-embed" wrappers.
const POSITIVE = /article|body|content|entry|main|post|story|text|blog|prose|hentry|embed/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Boilerplate subtrees: chrome tags and hidden elements always; in strict mode also page scaffolding
 * and elements whose class/id says share/related/newsletter/cookie/comments/sidebar… (Readability's
 * "unlikely candidates"), unless a positive hint such as "article-body" vouches for them or they hold
 * most of the page's text (a wrapper named "page-ad-margins" is no ad).
 */
export function findBoilerplate(root: Element, strict: boolean): Set<AnyNode> {
  const dropped = new Set<AnyNode>();
  const pageText = strict ? visibleText(root) : 0;
  const visit = (node: AnyNode): void => {
    if (node.type === 'comment' || node.type === 'directive') {
      dropped.add(node);
      return;
    }
    if (!isElement(node)) return;
    if (isChrome(node, strict) || (strict && looksLikeBoilerplate(node) && visibleText(node) * 2 < pageText)) {
      dropped.add(node);
      return;
    }
    for (const child of node.children) visit(child);
  };
  for (const child of root.children) visit(child);
  return dropped;
}

// The lenient pass keeps hidden elements: streaming renderers park the whole article in a hidden
// element that a script reveals.
function isChrome(el: Element, strict: boolean): boolean {
  return CHROME_TAGS.has(el.name) || (strict && isHidden(el));
}

function isHidden(el: Element): boolean {
  const style = el.attribs['style'];
  return 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true' || (!!style && HIDDEN_STYLE.test(style));
}

function looksLikeBoilerplate(el: Element): boolean {
  if (SCAFFOLD_TAGS.has(el.name) || el.attribs['role'] === 'complementary') return true;
  if (el.name === 'article') return false;
  const hints = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
  return isNegative(hints) && !POSITIVE.test(hints);
}

/** Length of the text outside chrome tags (raw, whitespace included: only ratios matter). */
function visibleText(el: Element): number {
  let total = 0;
  for (const child of el.children) {
    if (child.type === 'text') total += child.data.length;
    else if (isElement(child) && !CHROME_TAGS.has(child.name)) total += visibleText(child);
  }
  return total;
}

/** Readability's class weight: content-ish class/id names attract the candidate search, chrome repels it. */
export function classWeight(el: Element): number {
  const hints = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
  if (hints.length < 2) return 0;
  return (POSITIVE.test(hints) ? 25 : 0) - (isNegative(hints) ? 25 : 0);
}

function isNegative(hints: string): boolean {
  return NEGATIVE_ANYWHERE.test(hints) || NEGATIVE_WORD.test(hints);
}
