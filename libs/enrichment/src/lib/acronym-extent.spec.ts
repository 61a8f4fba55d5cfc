import { spells } from './acronym-extent';

describe('spells', () => {
  it.each([
    ['dngm', ['direction', 'nationale', 'de', 'la', 'geologie', 'et', 'des', 'mines']],
    ['cwape', ['commission', 'wallonne', 'pour', 'l', 'energie']],
    ['awac', ['agence', 'wallonne', 'de', 'l', 'air', 'et', 'du', 'climat']],
    ['oig', ['office', 'of', 'inspector', 'general']],
  ])('%s spells %j', (acronym, words) => {
    expect(spells(acronym, words)).toBe(true);
  });

  it.each([
    // A word of substance the acronym skips.
    ['dgm', ['direction', 'nationale', 'de', 'la', 'geologie', 'et', 'des', 'mines']],
    // Letters left over.
    ['oneca', ['office', 'national', 'des', 'examens', 'et', 'concours']],
    // The first word may not be skipped.
    ['pw', ['de', 'paris', 'wallonie']],
  ])('%s does not spell %j', (acronym, words) => {
    expect(spells(acronym, words)).toBe(false);
  });
});
