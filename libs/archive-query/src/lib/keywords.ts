/** Words shorter than this are too common to narrow a search and would bloat the index. */
const MIN_WORD_LENGTH = 2;

/**
 * The searchable words of a text: Unicode letters and digits, lower-cased, accents removed
 * ("Díaz-Canel" → "diaz", "canel"). Used both to store an article's keywords and to read a query,
 * so the two always agree. FerretDB has no `$text`; an indexed array of words works on both servers.
 */
export function wordsOf(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= MIN_WORD_LENGTH);
}

/** Every distinct word of the given texts, in first-seen order. */
export function keywordsOf(...texts: string[]): string[] {
  return [...new Set(texts.flatMap(wordsOf))];
}
