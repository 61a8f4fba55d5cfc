import { isWord } from './shape-words';
import { Token } from './text';

// A name's own acronym says where the name ends: "Direction nationale de la géologie et des mines
// (DNGM)", "Commission wallonne pour l'énergie (CWaPE)". Words a shape would stop at (lowercase
// nouns after "et", adjectives it does not know) belong to the name when the acronym spells them.

/** Words an acronym may skip: articles, prepositions, conjunctions. */
const SKIPPABLE = new Set(
  'a à al ao au aux and d da das de del des do dos du e en et for in l la las le les los of on para pour por the to y'.split(' '),
);
/** How many tokens before its acronym a name may start. */
const MAX_NAME_TOKENS = 14;
/** Letters one word may give an acronym: "Wa" in "Commission wallonne pour l'énergie (CWaPE)". */
const MAX_LETTERS_PER_WORD = 3;
/** Opens with a capital: "AwAC", "CWaPE", "DNGM". */
const ACRONYM_RE = /^[\p{Lu}][\p{L}&]{1,9}$/u;

/**
 * The token index of the "(" that opens an acronym spelling every word from token `from` to it, with
 * nothing but words, apostrophes and hyphens between; undefined when none follows.
 */
export function acronymBoundEnd(tokens: Token[], from: number, text: string): number | undefined {
  for (let k = from + 1; k < tokens.length && k <= from + MAX_NAME_TOKENS; k++) {
    const t = tokens[k];
    if (t.key === '(') return spellsAcronym(tokens, from, k, text) ? k : undefined;
    if (!/^[\p{L}\p{N}'’-]/u.test(t.text) || text.slice(tokens[k - 1].end, t.start).includes('\n')) return undefined;
  }
  return undefined;
}

function spellsAcronym(tokens: Token[], from: number, paren: number, text: string): boolean {
  const acronym = tokens[paren + 1];
  if (!acronym || tokens[paren + 2]?.key !== ')' || !ACRONYM_RE.test(acronym.text)) return false;
  if (text.slice(tokens[paren - 1].end, tokens[paren].start).length > 1) return false;
  const words = tokens.slice(from, paren).filter(isWord).map((t) => plain(t.key));
  return spells(plain(acronym.text.toLowerCase().replace(/&/gu, '')), words);
}

/** Without accents: "État" gives the "E" of "DGE". */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** Whether every word gives the acronym the first one to three letters of its own, in order (skippable words may give none). */
export function spells(acronym: string, words: string[]): boolean {
  // reachable[k]: the first k letters are spelled by the words read so far.
  let reachable = new Set<number>([0]);
  for (const [w, word] of words.entries()) {
    const next = new Set<number>();
    for (const k of reachable) {
      if (w > 0 && SKIPPABLE.has(word)) next.add(k);
      for (let n = 1; n <= MAX_LETTERS_PER_WORD && k + n <= acronym.length && word.startsWith(acronym.slice(k, k + n)); n++) next.add(k + n);
    }
    if (next.size === 0) return false;
    reachable = next;
  }
  return reachable.has(acronym.length);
}
