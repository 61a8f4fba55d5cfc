import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom';
import { BLOCK_TAGS, spacedLength } from './measure';

// A run of inline text this long with few links reads as prose; shorter runs are labels, menus, captions.
const MIN_PROSE = 80;
const MAX_PROSE_LINKS = 0.3;
// What a char of non-prose text costs a region: links cost fully, short labels a little.
const LINK_COST = 1;
const LABEL_COST = 0.3;
// A small subtree whose prose has link runs of a fifth of its length beside it is a teaser card.
const MAX_CARD_TEXT = 600;
const CARD_LINK_SHARE = 0.2;

export interface DensityMap {
  /** Prose characters inside each element (runs of inline text that read as prose). */
  prose: Map<Element, number>;
  /** The element whose subtree gains most: prose minus the cost of links and labels around it. */
  best?: Element;
}

interface Tally {
  prose: number;
  gain: number;
  /** Characters of link-dense runs (headline links, menus). */
  linkRuns: number;
  text: number;
}

/**
 * A text-density method independent of the paragraph scoring: the page is cut into runs of inline
 * text (each block element's own text), prose runs gain their length, link lists and short labels
 * cost theirs, and the region is the subtree with the largest net gain. It sees text that sits
 * straight in a div beside other blocks, and articles whose paragraphs hide under deep wrappers.
 */
export function densityMap(body: Element, dropped: Set<AnyNode>): DensityMap {
  const prose = new Map<Element, number>();
  let best: Element | undefined;
  let bestGain = 0;
  const visit = (el: Element): Tally => {
    const tally: Tally = { prose: 0, gain: 0, linkRuns: 0, text: 0 };
    let run = 0;
    let runLinks = 0;
    const endRun = (): void => {
      if (run > 0) addRun(tally, run, runLinks);
      run = runLinks = 0;
    };
    const inline = (node: AnyNode, inLink: boolean): void => {
      if (dropped.has(node)) return;
      if (node.type === 'text') {
        const length = spacedLength(node.data);
        run += length;
        if (inLink) runLinks += length;
        return;
      }
      if (!isElement(node)) return;
      if (node.name === 'br') return;
      if (node.name === 'pre') return endRun(); // code listings: neither prose nor chrome
      if (BLOCK_TAGS.has(node.name)) {
        endRun();
        const inner = visit(node);
        tally.prose += inner.prose;
        tally.gain += inner.gain;
        tally.linkRuns += inner.linkRuns;
        tally.text += inner.text;
        return;
      }
      for (const child of node.children) inline(child, inLink || node.name === 'a');
    };
    for (const child of el.children) inline(child, el.name === 'a');
    endRun();
    if (isCard(tally)) discountCard(tally);
    prose.set(el, tally.prose);
    if (tally.gain > bestGain) [best, bestGain] = [el, tally.gain];
    return tally;
  };
  visit(body);
  return { prose, best };
}

function addRun(tally: Tally, length: number, links: number): void {
  const density = links / length;
  tally.text += length;
  if (length >= MIN_PROSE && density < MAX_PROSE_LINKS) {
    tally.prose += length;
    tally.gain += length - links;
  } else {
    tally.gain -= links * LINK_COST + (length - links) * LABEL_COST;
    if (density >= MAX_PROSE_LINKS) tally.linkRuns += length;
  }
}

// A teaser card: a headline link beside a short blurb. Its blurb reads as prose but is no article.
function isCard(tally: Tally): boolean {
  return tally.prose > 0 && tally.text < MAX_CARD_TEXT && tally.linkRuns >= tally.prose * CARD_LINK_SHARE;
}

function discountCard(tally: Tally): void {
  tally.gain -= tally.prose;
  tally.prose = 0;
}
