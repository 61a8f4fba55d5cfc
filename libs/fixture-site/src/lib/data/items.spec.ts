import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ITEMS } from '.';
import { SEED_ITEM, SEED_SLUG } from './seed';

const SEED_FILE = join(__dirname, '../../../../../../shared/mission/seed-article.txt');
const wordCount = (item: { paragraphs: string[] }): number => item.paragraphs.join(' ').split(/\s+/).length;
const written = FIXTURE_ITEMS.filter((item) => item.slug !== SEED_SLUG);

describe('fixture data', () => {
  it('holds the seed verbatim: the reader-visible text minus the aggregator chrome and the related-story link', () => {
    const lines = readFileSync(SEED_FILE, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines.slice(0, 2)).toEqual(['Site icon Latin america News', SEED_ITEM.title]);
    expect(lines.slice(-2)).toEqual(['Source link', 'Exit mobile version']);
    const related = 'The United States and Cuba resume bilateral talks between technical commissions on national security';
    expect(lines).toContain(related);
    expect(SEED_ITEM.paragraphs).toEqual(lines.slice(2, -2).filter((line) => line !== related));
  });

  it('has at least 12 hand-written items besides the seed', () => {
    expect(written.length).toBeGreaterThanOrEqual(12);
  });

  it.each(written.map((item) => [item.slug, item] as const))('%s has 4–9 paragraphs, 250–600 words', (_, item) => {
    expect(item.paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(item.paragraphs.length).toBeLessThanOrEqual(9);
    expect(wordCount(item)).toBeGreaterThanOrEqual(250);
    expect(wordCount(item)).toBeLessThanOrEqual(600);
  });

  it('mixes languages and includes aggregator-only items', () => {
    const languages = new Set(FIXTURE_ITEMS.map((item) => item.language));
    expect(languages).toContain('es');
    expect(languages.has('pt') || languages.has('fr')).toBe(true);
    expect(FIXTURE_ITEMS.some((item) => item.sourcePath === undefined)).toBe(true);
  });

  it('derives unique, dated paths', () => {
    expect(new Set(FIXTURE_ITEMS.map((item) => item.slug)).size).toBe(FIXTURE_ITEMS.length);
    expect(SEED_ITEM.itemPath).toBe(`/2023/01/20/${SEED_SLUG}/`);
    expect(SEED_ITEM.sourcePath).toBe(`/caribe-press/2023/01/${SEED_SLUG}.html`);
  });
});
