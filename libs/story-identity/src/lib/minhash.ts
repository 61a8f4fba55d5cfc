import { normalisedWords } from './normalise';

/** Words per shingle: long enough that shared stock phrases match rarely across distinct stories. */
export const SHINGLE_WORDS = 3;
/** Hash functions in a signature; each agrees between two texts with probability = their shingle Jaccard. */
export const SIGNATURE_SIZE = 64;
/** LSH: the signature is cut into bands of this many rows; texts sharing one whole band are candidates. */
export const BAND_ROWS = 2;

/**
 * Least similarity of two texts of one story, measured by `npm run bench:story`: aggregator copies
 * of the 111 benchmark articles scored 0.375 and up, distinct articles 0.125 at most; 0.3 sits in the gap.
 */
export const SAME_STORY_SIMILARITY = 0.3;

/** A MinHash signature: per hash function, the least 32-bit hash over the text's shingles. */
export type Signature = readonly number[];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const EMPTY_SLOT = 0xffffffff;

/** FNV-1a (32-bit) of a word's UTF-16 code units. */
function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the whole 32-bit result. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One seed per hash function; hash function i of a shingle is mix(shingle ^ seed i). */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + Math.imul(i, 0x7f4a7c15)));

/** Hashes of the text's word shingles; a text shorter than a shingle is one shingle, and so is a text without words. */
function shingleHashes(text: string): number[] {
  const words = normalisedWords(text).map(wordHash);
  if (words.length === 0) return [wordHash(text.trim())];
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const shingles: number[] = [];
  for (let start = 0; start < count; start++) {
    let hash = 0x2545f491;
    for (let i = start; i < Math.min(start + SHINGLE_WORDS, words.length); i++) hash = mix(hash ^ words[i]);
    shingles.push(hash);
  }
  return shingles;
}

/** The MinHash signature of a text (32-bit integer arithmetic only, each word hashed once). */
export function minhash(text: string): Signature {
  const signature = new Array<number>(SIGNATURE_SIZE).fill(EMPTY_SLOT);
  for (const shingle of shingleHashes(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(shingle ^ SEEDS[i]);
      if (value < signature[i]) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of two texts' shingle sets: the share of agreeing signature slots. */
export function similarity(a: Signature, b: Signature): number {
  if (a.length !== SIGNATURE_SIZE || b.length !== SIGNATURE_SIZE) {
    throw new RangeError(`signatures must have ${SIGNATURE_SIZE} slots, got ${a.length} and ${b.length}`);
  }
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * LSH band keys: one per band of BAND_ROWS slots. Two texts of similarity s share at least one key
 * with probability 1 - (1 - s^rows)^bands (about 0.95 at s = 0.3, 0.03 at s = 0.03 with 32 bands of 2).
 */
export function bandKeys(signature: Signature): string[] {
  const keys: string[] = [];
  for (let start = 0; start < signature.length; start += BAND_ROWS) {
    const rows = signature.slice(start, start + BAND_ROWS).map((slot) => slot.toString(16).padStart(8, '0'));
    keys.push(`${start / BAND_ROWS}:${rows.join('')}`);
  }
  return keys;
}
