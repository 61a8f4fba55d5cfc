import type { Block } from './blocks';
import { isSourceLine } from './source-labels';

// Whole lines that are site furniture rather than article text (English plus the languages we ingest,
// including the labels of common WordPress/Jetpack and Blogger widgets). Source attributions are
// matched by `isSourceLine`, from the list the crawler's source-link detection uses.
const CHROME_LINE = new RegExp(
  '^(?:exit mobile version|site icon\\b.*|share(?: this(?: article| story| post)?| on \\w+| via \\w+)?|' +
    'sharing is caring!?|like this|like loading|tweet|email|e-mail|print|comments?|\\d+ comments?|post a comment|' +
    'advert|advertisement|advertising|anzeige|publicidad|publicidade|publicité|iklan|sponsored(?: content)?|' +
    'related(?: articles?| stories| posts| content| news| topics| roundup:.*)?|terkait|sukai ini|suka memuat|' +
    'read more|see also|more|topics|tags|filed under:.*|highlights|caption|close|don\'t miss|trending(?: news| now)?|' +
    'more from \\S+|you may (?:also )?like(?: these posts)?|recommended(?: for you)?|most (?:read|popular|viewed)|' +
    'popular(?: posts| on .*)?|skip to (?:main )?content|sign up(?: for \\S+)?|subscribe(?: now)?|follow us(?: on \\w+)?|' +
    'leer más|leia mais|lire aussi|relacionad[oa]s?|(?:photo|image|video) credit.*|' +
    'continue reading(?: below)?|top stories|this slideshow requires javascript|\\d+ (?:of|/) \\d+|tempo de leitura:.*)' +
    '\\s*[:.…›»|]*$',
  'iu',
);
// Unrendered WordPress shortcodes such as "[button link=…]Send us…[/button]".
const SHORTCODE = /^\[[a-z_]+\b[^\]]*\].*\[\/[a-z_]+\]$/i;
// "By Jane Doe, Staff Writer"; a sentence such as "By Monday, it was over." ends with punctuation.
const BYLINE = /^(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Dd]oor)\s+\p{Lu}[^.!?]*$/u;
const COPYRIGHT = /^(?:copyright|©|\(c\))/i;
// Wire-style reporting credits: "(Reporting by …; Editing by …)", "… contributed to this report."
const CREDITS = /^\(?(?:additional )?reporting by\b|\bcontributed (?:reporting|to this (?:report|story))\b[^.]*\.?\)?$/i;
const PROMO = /\b(?:newsletters?|inbox)\b/i;
const PROMO_ACTION = /\b(?:subscribe|sign up|delivered|get)\b/i;
const DATE_FILLER = /^(?:\d+(?:st|nd|rd|th)?|[ap]m|[apm]|utc|gmt|[a-z]?[sd]t|updated|published|posted|on|at|of|de|le|el|um|às|am)$/iu;
const DATE_NAME = new RegExp(
  '^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|' +
    'october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
    'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|' +
    'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|' +
    'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$',
  'iu',
);
const LINK_LIST_TAGS = new Set(['li', 'dt', 'dd', 'td', 'th']);

export interface PageContext {
  title: string;
  authors: string[];
}

/**
 * Predicate keeping the blocks a reader would call the article: no chrome lines, link lists, titles,
 * bylines or datelines. The page's title and author names are normalised once, not per block.
 */
export function articleBlockFilter(page: PageContext): (block: Block) => boolean {
  const title = normalize(page.title);
  const authors = new Set(page.authors.map(normalize));
  const authorWords = new Set(page.authors.flatMap((author) => author.toLowerCase().split(/\s+/)));
  return (block) => {
    const { text } = block;
    const maxLinks = LINK_LIST_TAGS.has(block.tag) || /^h\d$/.test(block.tag) ? 0.3 : 0.7;
    if (block.linkDensity > maxLinks || CHROME_LINE.test(text) || SHORTCODE.test(text) || isSourceLine(text)) return false;
    // Credits run to a few lines, the other furniture to one; anything longer is prose.
    if (text.length > 400) return true;
    if (CREDITS.test(text)) return false;
    if (text.length > 200) return true;
    const normalized = normalize(text);
    const isTitle = normalized.length >= title.length * 0.6 && title.includes(normalized);
    const isByline = text.length <= 80 && (BYLINE.test(text) || authors.has(normalized));
    const isPromo = PROMO.test(text) && PROMO_ACTION.test(text);
    return !(block.tag === 'h1' || isTitle || isByline || isPromo || COPYRIGHT.test(text) || isDateline(text, authorWords));
  };
}

// Lines made only of date and time words, maybe with the author: "Nov. 19, 2019, 8:41 AM UTC",
// "Updated 1:39 am EST", "Jane Doe - Nov 19, 2019".
function isDateline(text: string, authorWords: Set<string>): boolean {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length > 12 || !(/\d:\d\d/.test(text) || words.some((word) => DATE_NAME.test(word)))) return false;
  const others = words.filter((w) => !DATE_NAME.test(w) && !DATE_FILLER.test(w) && !authorWords.has(w.toLowerCase()));
  return others.length <= 1;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
