import type { AnyNode, Element } from 'domhandler';
import { firstElement, isElement } from './dom';

// Never article text, whatever the page.
const CHROME_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio',
  'button', 'input', 'select', 'textarea', 'option', 'nav', 'aside', 'menu', 'dialog', 'head', 'title',
]);
// Chrome by their tag, but holding most of the page's text only when an unclosed one swallowed the page.
const LAYOUT_TAGS = new Set(['nav', 'aside', 'menu', 'dialog']);
// Page scaffolding that sometimes wraps article text on sloppy sites: dropped in strict mode only.
const SCAFFOLD_TAGS = new Set(['header', 'footer', 'figcaption', 'figure']);

// Chrome words that hardly occur inside the name of a content block: they count anywhere in a
// class/id, even camel-cased ("imageEmbedCaption"); shorter or vaguer ones only as whole words.
const NEGATIVE_ANYWHERE =
  /caption|credit|share|social|related|newsletter|cookie|sidebar|breadcrumb|disqus|outbrain|taboola|sponsor|promo|popup|rollover|tooltip|popover|hovercard|byline/i;
const wholeWord = (words: string) => new RegExp(`(?:^|[\\s_-])(?:${words})(?=$|[\\s_-])`, 'i');
// Whole words that name chrome outright.
const NEGATIVE_WORD = wholeWord(
  'recommend\\w*|subscri\\w*|signup|consent|gdpr|comments?|advert\\w*|ads?|adslot|dfp|footer|header|navbar|nav|' +
    'navigation|menu|pagination|pager|more-?stories|read-?more|most-?popular|trending|author-?bio|donate',
);
// Whole words that page builders and themes also put on wrappers of the article itself
// ("elementor-widget-container", "remove_no_follow"): trusted by the strict pass only.
const VAGUE_NEGATIVE_WORD = wholeWord(
  'widget\\w*|banner|modal|masthead|toolbar|print|skip|tags|topics|sr-only|screen-reader-text|visually-hidden|' +
    'hidden|site-icon|follow|jump-?link',
);
// "embed" covers quoted posts (tweets) that sit in "social-media-embed" wrappers.
const POSITIVE = /article|body|content|entry|main|post|story|text|blog|prose|hentry|embed/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * How hard to prune: `strict` trusts every hint; `relaxed` keeps hidden elements and those named by a
 * vague word only; `lenient` drops chrome tags only.
 */
export type Pruning = 'strict' | 'relaxed' | 'lenient';

/**
 * Boilerplate subtrees: chrome tags always; in strict mode hidden elements, page scaffolding and
 * elements whose class/id says share/related/newsletter/cookie/comments/sidebar… (Readability's
 * "unlikely candidates"), unless a positive hint such as "article-body" vouches for them or they hold
 * most of the page's text (a wrapper named "page-ad-margins" is no ad).
 */
export function findBoilerplate(root: Element, pruning: Pruning): Set<AnyNode> {
  const dropped = new Set<AnyNode>();
  const strict = pruning === 'strict';
  const hinted = pruning !== 'lenient';
  const pageText = visibleText(root);
  const visit = (node: AnyNode): void => {
    if (node.type === 'comment' || node.type === 'directive') {
      dropped.add(node);
      return;
    }
    if (!isElement(node)) return;
    const chrome = isChrome(node, strict) && !(LAYOUT_TAGS.has(node.name) && visibleText(node) * 2 >= pageText);
    if (chrome || (hinted && looksLikeBoilerplate(node, strict) && visibleText(node) * 2 < pageText)) {
      dropped.add(node);
      return;
    }
    for (const child of node.children) visit(child);
  };
  for (const child of root.children) visit(child);
  return dropped;
}

// Only the strict pass drops hidden elements: streaming renderers park the whole article in a hidden
// element that a script reveals.
function isChrome(el: Element, strict: boolean): boolean {
  return CHROME_TAGS.has(el.name) || (strict && isHidden(el));
}

function isHidden(el: Element): boolean {
  const style = el.attribs['style'];
  return 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true' || (!!style && HIDDEN_STYLE.test(style));
}

function looksLikeBoilerplate(el: Element, strict: boolean): boolean {
  if (SCAFFOLD_TAGS.has(el.name)) return !isTableFigure(el);
  if (el.attribs['role'] === 'complementary') return true;
  if (el.name === 'article') return false;
  const hints = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
  return (isNegative(hints) || (strict && VAGUE_NEGATIVE_WORD.test(hints))) && !POSITIVE.test(hints);
}

// A figure wrapping a table (WordPress's "wp-block-table", the HTML spec's advice) is the article's data.
function isTableFigure(el: Element): boolean {
  return el.name === 'figure' && firstElement(el, 'table') !== undefined;
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
  return (POSITIVE.test(hints) ? 25 : 0) - (isNegative(hints) || VAGUE_NEGATIVE_WORD.test(hints) ? 25 : 0);
}

function isNegative(hints: string): boolean {
  return NEGATIVE_ANYWHERE.test(hints) || NEGATIVE_WORD.test(hints);
}
