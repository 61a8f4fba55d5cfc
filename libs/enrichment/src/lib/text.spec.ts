import { spellsWords, Token, tokenize } from './text';

/** The tokens' definition, as a regular expression: the scan in text.ts must read every text as it does. */
const REFERENCE_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+|['’]s\b|[^\s\p{L}\p{N}]/gu;
const spans = (tokens: Pick<Token, 'text' | 'start'>[]) => tokens.map((t) => `${t.start}:${t.text}`);
const reference = (text: string) => spans([...text.matchAll(REFERENCE_RE)].map((m) => ({ text: m[0], start: m.index })));

/** Characters where the two could part: dots after capitals, apostrophes, accents, astral letters, odd spaces. */
const ALPHABET = ['U', 'S', 'A', 'é', 'É', 'İ', 'ß', 's', 'a', '1', '.', '.', "'", '’', '-', ' ', ' ', '\n', '\u00a0', '\u2009', '𝐀', '😀', '_', '"', 'ñ', 'Ω', 'ω', '٣'];

/** A fixed pseudo-random sequence (a linear congruential generator), so a failure reproduces. */
function randomTexts(count: number, length: number): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(''));
}

describe('tokenize', () => {
  it('splits dotted abbreviations, words, possessives and symbols', () => {
    expect(tokenize("The U.S.-led team's plan, A. Smith’s and O'Hara's.").map((t) => t.text)).toEqual([
      'The',
      'U.S.',
      '-',
      'led',
      'team',
      "'s",
      'plan',
      ',',
      'A',
      '.',
      'Smith',
      '’s',
      'and',
      'O',
      "'",
      'Hara',
      "'s",
      '.',
    ]);
  });

  it('folds case, dots and curly apostrophes into keys and marks capitalized words', () => {
    expect(tokenize('U.S. Court’s İstanbul').map((t) => [t.key, t.cap])).toEqual([
      ['us', true],
      ['court', true],
      ["'s", false],
      ['i̇stanbul', true],
    ]);
  });

  it('reads any text as the reference regular expression does', () => {
    for (const text of randomTexts(2000, 40)) expect(spans(tokenize(text))).toEqual(reference(text));
  });
});

describe('spellsWords', () => {
  it.each([
    ['PennDOT', 'Pennsylvania Department of Transportation', true],
    ['MoHRE', 'Ministry of Human Resources and Emiratisation', true],
    ['DfE', 'Department for Education', true],
    ['DoT', 'Department of Transportation and Infrastructure', false],
    ['McHale', 'Ministry of Culture and Health', false],
    ['MoH', 'Ministry', false],
  ])('%s spells %s: %s', (acronym, name, expected) => {
    expect(spellsWords(acronym, name)).toBe(expected);
  });
});
