import { enrichText } from '../index';

// Names the story describes as government bodies; sentences written for this test.
const bodies = (text: string) => enrichText(text).bodies.map((b) => `${b.name} (${b.country}, ${b.kind})`);
const surfaces = (text: string) => enrichText(text).bodies.flatMap((b) => b.mentions.map((m) => m.surface));

describe('names described as government bodies', () => {
  it.each([
    ["BOGOTA, Colombia — Migración Colombia, the country's migration agency, said the bridge would stay shut.", 'Migración Colombia (CO, executive)'],
    ['LONDON — Comhairle nan Eilean Siar, the local council for the Western Isles, said islanders were let down.', 'Comhairle nan Eilean Siar (GB, subnational)'],
    ['LONDON — The fine was announced on Monday by the water regulator Ofwat after a two-year inquiry.', 'Ofwat (GB, regulator)'],
    ['ACCRA, Ghana — Galamsey Watch, a state agency that tracks illegal mining, said rivers were turning brown.', 'Galamsey Watch (GH, executive)'],
  ])('reads %s', (text, body) => {
    expect(bodies(text)).toContain(body);
  });

  it('names the body wherever its one-word name stands once the story described it', () => {
    const text = 'LONDON — Ofwat said the spills were unlawful. The fine, set by the water regulator Ofwat, is the largest. Ofwat will publish its decision in spring.';
    expect(surfaces(text)).toEqual(['Ofwat', 'Ofwat', 'Ofwat']);
  });

  it.each([
    ['LONDON — Reuters, the news agency, reported the fine first.'],
    ["LONDON — Thames Water, the country's largest water company, said it would appeal."],
    ["LONDON — Jane Smith, the agency's director, said the review was fair."],
    ['LONDON — Meanwhile, the ministry said it would act.'],
    ['SINGAPORE — It fined a tuition platform S$74,000 and a property agency S$31,000.'],
    ['LONDON — Harbour Homes, a private agency that places tenants, said rents had risen.'],
  ])('leaves out %s', (text) => {
    expect(bodies(text)).toEqual([]);
  });
});
