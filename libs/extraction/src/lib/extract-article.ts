import type { AnyNode, Element } from 'domhandler';
import { collectBlocks } from './blocks';
import { articleBlockFilter, type PageContext } from './chrome';
import { pickContent } from './candidates';
import { type DensityMap, densityMap } from './density';
import { collapseSpace, firstElement, guardDeepTree, parseHtml } from './dom';
import { articleLanguage } from './language';
import { measure } from './measure';
import { type ArticleMetadata, readMetadata } from './metadata';
import { classWeight, findBoilerplate } from './prune';

export interface ExtractedArticle extends ArticleMetadata {
  /** Main text: paragraphs (headings included) separated by a blank line. */
  text: string;
}

// Below this much text the strict pass probably pruned the article itself (Readability's retry).
const MIN_TEXT = 250;
// Containers holding less than this share of the density region's prose are outvoted by it; up to
// the doubtful share, unless the markup encloses them in a content element below the region.
const WEAK_SHARE = 0.45;
const DOUBTFUL_SHARE = 0.65;
// A strict text under this share of the lenient pass's prose region was pruned too hard.
const PRUNED_SHARE = 0.5;

/** Main text and metadata of an article page. Never throws on bad markup: returns empty text. */
export function extractArticle(html: string, url: string): ExtractedArticle {
  return guardDeepTree(() => extract(html, url), { title: '', text: '', authors: [], tags: [] });
}

function extract(html: string, url: string): ExtractedArticle {
  const root = parseHtml(html).root()[0];
  const { metadata, declaredBody } = readMetadata(root, url);
  const body = firstElement(root, 'body') ?? firstElement(root, 'html') ?? bodyOfFragment(html);
  let text = body ? articleText(body, metadata) : '';
  // Script-rendered pages carry their text only in JSON-LD.
  if (declaredBody && text.length < MIN_TEXT) text = longer(text, paragraphsOf(declaredBody));
  return { ...metadata, language: articleLanguage(metadata.language, text), text };
}

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

function paragraphsOf(plain: string): string {
  return plain
    .split(/\r?\n/)
    .map(collapseSpace)
    .filter(Boolean)
    .join('\n\n');
}

// htmlparser2 adds no <body> to a bare fragment; wrapping one gives the extractor its root element.
function bodyOfFragment(html: string): Element | undefined {
  return html.trim() ? firstElement(parseHtml(`<body>${html}</body>`).root()[0], 'body') : undefined;
}

// The strict pass, unless its text is short, or short against the prose the relaxed pass (hidden
// elements and vaguely named wrappers kept) finds: then such a hint pruned the article itself.
// Readability's last retry, without any class hint, when both find almost nothing.
function articleText(body: Element, page: PageContext): string {
  const strict = mainText(body, page, findBoilerplate(body, 'strict'));
  const relaxedDropped = findBoilerplate(body, 'relaxed');
  const relaxedDensity = densityMap(body, relaxedDropped);
  const relaxedProse = relaxedDensity.best ? (relaxedDensity.prose.get(relaxedDensity.best) ?? 0) : 0;
  if (strict.length >= MIN_TEXT && strict.length >= relaxedProse * PRUNED_SHARE) return strict;
  const text = longer(strict, mainText(body, page, relaxedDropped, relaxedDensity));
  return text.length < MIN_TEXT ? longer(text, mainText(body, page, findBoilerplate(body, 'lenient'))) : text;
}

function mainText(body: Element, page: PageContext, dropped: Set<AnyNode>, density = densityMap(body, dropped)): string {
  const stats = measure(body, dropped);
  const blocks = collectBlocks(vote(pickContent(body, stats), density), dropped);
  return blocks
    .filter(articleBlockFilter(page))
    .map((block) => block.text)
    .join('\n\n');
}

// The paragraph scoring's containers, unless they hold little of the prose the density method found
// in its region: then they are one card of a layout, one section of a split article, or a sidebar.
// When they hold about half of it, the region wins only when it widens them to their own wrapper: an
// <article> or content-named element between them means the region reaches past the article.
function vote(picked: Element[], density: DensityMap): Element[] {
  const region = density.best;
  if (!region) return picked;
  const pickedProse = picked.reduce((sum, el) => sum + (density.prose.get(el) ?? 0), 0);
  const regionProse = density.prose.get(region) ?? 0;
  if (regionProse < MIN_TEXT || pickedProse >= regionProse * DOUBTFUL_SHARE) return picked;
  if (pickedProse < regionProse * WEAK_SHARE) return [region];
  return widens(region, picked[0]) ? [region] : picked;
}

// Whether the region encloses the pick with no <article> or content-named element (class/id) between
// them: a wrapper of the article's own sections rather than of the page's other blocks.
function widens(region: Element, picked: Element): boolean {
  for (let el = picked.parent; el?.type === 'tag'; el = el.parent) {
    if (el === region) return true;
    if (el.name === 'article' || classWeight(el) > 0) return false;
  }
  return false;
}
