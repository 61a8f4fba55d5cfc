import { contentHash, normalisedWords } from './normalise';

describe('normalisedWords', () => {
  it('lower-cases, applies NFKC and drops punctuation, symbols and spacing', () => {
    expect(normalisedWords('“Ｆull-width” TEXT — and\u00a0ﬁne… 2026!')).toEqual(['full', 'width', 'text', 'and', 'fine', '2026']);
  });

  it('keeps letters of any script', () => {
    expect(normalisedWords('Čeština, Ελληνικά; 日本語')).toEqual(['čeština', 'ελληνικά', '日本語']);
  });
});

describe('contentHash', () => {
  it('is equal for texts that differ only in case, punctuation and spacing', () => {
    expect(contentHash('The mayor said: "No."\n\nThen left.')).toBe(contentHash('the mayor said no then   left'));
  });

  it('differs when one word differs', () => {
    expect(contentHash('The mayor said no.')).not.toBe(contentHash('The mayor said yes.'));
  });

  it('is a sha256 hex digest', () => {
    expect(contentHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});
