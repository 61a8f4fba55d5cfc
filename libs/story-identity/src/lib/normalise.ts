import { createHash } from 'node:crypto';

/**
 * The words of a text, as compared across copies: Unicode-normalised (NFKC), lower-cased, with
 * punctuation and symbols dropped so that typographic quotes, dashes and spacing do not count.
 */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** SHA-256 (hex) of the normalised words: equal for copies that differ only in case, punctuation or spacing. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalisedWords(text).join(' ')).digest('hex');
}
