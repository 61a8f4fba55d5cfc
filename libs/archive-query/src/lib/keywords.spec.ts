import { keywordsOf, wordsOf } from './keywords';

describe('wordsOf', () => {
  it('lower-cases, removes accents and splits on anything but letters and digits', () => {
    expect(wordsOf('Díaz-Canel met the FBI in 2026, São Paulo!')).toEqual([
      'diaz',
      'canel',
      'met',
      'the',
      'fbi',
      'in',
      '2026',
      'sao',
      'paulo',
    ]);
  });

  it('drops one-letter words', () => {
    expect(wordsOf('a b cd')).toEqual(['cd']);
  });
});

describe('keywordsOf', () => {
  it('keeps each word once across texts', () => {
    expect(keywordsOf('Coast Guard', 'the coast guard said')).toEqual(['coast', 'guard', 'the', 'said']);
  });
});
