import type { Element } from 'domhandler';
import { isElement, textOf } from './dom';
import { linkDensity, type Stats } from './measure';
import { classWeight } from './prune';

const MIN_DECLARED_TEXT = 300;
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const INLINE_CONTAINERS = new Set(['div', 'section', 'span', 'font', 'center']);
const TAG_BONUS: Record<string, number> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/**
 * Readability's content scoring: every paragraph-like element scores for its commas and length and
 * hands that score to its ancestors (decaying with distance); the winner, discounted by its link
 * density, is the content container. Returns the containers to emit, in document order.
 */
export function pickContent(body: Element, stats: Map<Element, Stats>): Element[] {
  const declared = declaredBody(stats);
  if (declared) return [declared];
  const scores = scoreCandidates(stats);
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(stats.get(el)));
    scores.set(el, final);
    if (final > bestScore) [best, bestScore] = [el, final];
  }
  if (!best) return [body];
  const top = climb(best, scores);
  return withSiblings(top, scores, stats);
}

// A schema.org articleBody the publisher marked up is the surest hint, when it holds real text.
function declaredBody(stats: Map<Element, Stats>): Element | undefined {
  const marked = [...stats.keys()].filter((el) => /(?:^|\s)articleBody(?:\s|$)/i.test(el.attribs['itemprop'] ?? ''));
  return marked.length === 1 && (stats.get(marked[0])?.text ?? 0) >= MIN_DECLARED_TEXT ? marked[0] : undefined;
}

function scoreCandidates(stats: Map<Element, Stats>): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const [el, s] of stats) {
    if (s.text < 25 || !isParagraphLike(el, s)) continue;
    const points = 1 + s.commas + Math.min(Math.floor(s.text / 100), 3);
    let ancestor = el.parent;
    for (let level = 0; level < 5 && ancestor?.type === 'tag'; level++, ancestor = ancestor.parent) {
      const base = scores.get(ancestor) ?? initialScore(ancestor);
      scores.set(ancestor, base + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  return scores;
}

function isParagraphLike(el: Element, s: Stats): boolean {
  return PARAGRAPH_TAGS.has(el.name) || (INLINE_CONTAINERS.has(el.name) && !s.hasBlock);
}

function initialScore(el: Element): number {
  return (TAG_BONUS[el.name] ?? 0) + classWeight(el);
}

// Climbs to an ancestor that scores about as well: the article is often split over sibling blocks.
function climb(top: Element, scores: Map<Element, number>): Element {
  let current = top;
  let lastScore = scores.get(top) ?? 0;
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent?.type === 'tag' && parent.name !== 'body'; parent = parent.parent) {
    const score = scores.get(parent);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > lastScore) {
      current = parent;
      break;
    }
    lastScore = score;
  }
  while (current.parent?.type === 'tag' && current.parent.name !== 'body' && elementChildren(current.parent).length === 1) {
    current = current.parent;
  }
  const section = current.parent;
  return section?.type === 'tag' && isSectionOf(current, section) && hasSectionSiblings(section) ? section : current;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup']);

// Whether `parent` is `child` with nothing but headings around it: the section a heading opens and
// `child` holds. Lifted to it, a section's siblings (the other sections of a split article) can join.
function isSectionOf(child: Element, parent: Element): boolean {
  return elementChildren(parent).every((sibling) => sibling === child || HEADINGS.has(sibling.name));
}

function hasSectionSiblings(section: Element): boolean {
  const parent = section.parent;
  const kind = section.attribs['class'];
  if (!kind || parent?.type !== 'tag' || !isTitledSection(section)) return false;
  return elementChildren(parent).some((sibling) => sibling !== section && sibling.attribs['class'] === kind && isTitledSection(sibling));
}

// Siblings that score well or read like prose (a lead paragraph in its own div) belong to the
// article too: Readability's rule, widened from <p> to any paragraph-like element.
function withSiblings(top: Element, scores: Map<Element, number>, stats: Map<Element, Stats>): Element[] {
  const parent = top.parent;
  if (!parent || parent.type !== 'tag') return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs['class'] ?? '';
  return elementChildren(parent).filter((sibling) => {
    if (sibling === top) return true;
    const s = stats.get(sibling);
    if (!s || s.text === 0) return false;
    const sameClass = Boolean(topClass) && sibling.attribs['class'] === topClass;
    if (sameClass && isTitledSection(top) && isTitledSection(sibling) && linkDensity(s) < 0.5) return true;
    const bonus = sameClass ? topScore * 0.2 : 0;
    if ((scores.get(sibling) ?? 0) + bonus >= threshold) return true;
    if (!isParagraphLike(sibling, s)) return false;
    const density = linkDensity(s);
    return (s.text > 80 && density < 0.25) || (density === 0 && /\.(?: |$)/.test(textOf(sibling)));
  });
}

// A section of a document: it opens with a heading that links nowhere else (a card's title is a link
// to another page; a section's heading at most to itself). Sections of one class are one article.
function isTitledSection(el: Element): boolean {
  const first = elementChildren(el)[0];
  return first !== undefined && HEADINGS.has(first.name) && !linksAway(first);
}

function linksAway(el: Element): boolean {
  return elementChildren(el).some((child) => (child.name === 'a' && !(child.attribs['href'] ?? '').startsWith('#')) || linksAway(child));
}

function elementChildren(el: Element): Element[] {
  return el.children.filter((child): child is Element => isElement(child));
}
