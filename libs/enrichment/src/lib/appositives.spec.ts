import { enrichText } from '../index';

// Names the story describes as government bodies; sentences written for this test.
const bodies = (text: string) => enrichText(text).bodies.map((b) => `${b.name} (${b.country}, ${b.kind})`);
const surfaces = (text: string) => enrichText(text).bodies.flatMap((b) => b.mentions.map((m) => m.surface));

describe('names described as government bodies', () => {
  it.each([
    ["BOGOTA, Colombia — Migración Colombia, the country's migration agency, said the bridge would stay shut.", 'Migración Colombia (CO, executive)'],
    ['LONDON — Comhairle nan Eilean Siar, the local council for the Western Isles, said islanders were let down.', 'Comhairle nan Eilean Siar (GB, subnational)'],
    ['NAIROBI — The fine was announced on Monday by the energy regulator Epra after a two-year inquiry.', 'Epra (KE, regulator)'],
    ['ACCRA, Ghana — Galamsey Watch, a state agency that tracks illegal mining, said rivers were turning brown.', 'Galamsey Watch (GH, executive)'],
  ])('reads %s', (text, body) => {
    expect(bodies(text)).toContain(body);
  });

  it('names the body wherever its one-word name stands once the story described it', () => {
    const text = 'NAIROBI — Epra said the spills were unlawful. The fine, set by the energy regulator Epra, is the largest. Epra will publish its decision in spring.';
    expect(surfaces(text)).toEqual(['Epra', 'Epra', 'Epra']);
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

describe('descriptions beside a name', () => {
  it.each([
    ['TORONTO — Ontario Health, the provincial agency that manages surgical wait lists, will assign patients.', ['Ontario Health']],
    ['LONDON — Comhairle nan Eilean Siar, the local authority for the Western Isles, said islanders were let down.', ['Comhairle nan Eilean Siar']],
  ])('reads the common noun after %s as that name, not another body', (text, names) => {
    expect(enrichText(text).bodies.map((b) => b.name)).toEqual(names);
  });

  it('keeps a common noun that names its own body after a person', () => {
    const text = "DENVER — Jane Roe, the state health department's spokeswoman, said the tests were clean. Colorado officials agreed.";
    expect(surfaces(text)).toContain('state health department');
  });

  it.each([
    ['WASHINGTON — The American Immigration Council, a Washington-based advocacy group, said the rule would hurt families.'],
    ['MADISON, Wis. — The Wisconsin Industrial Council, a business group, said it would keep lobbying. The Wisconsin Industrial Council has 900 members.'],
    ["PARIS — Le syndicat Alliance Police a regretté une décision qui « prive les forces de l'ordre d'un outil »."],
  ])('leaves out a name the story describes as a private or civil body: %s', (text) => {
    expect(bodies(text)).toEqual([]);
  });

  it.each([
    ['LONDON — The Home Affairs Committee, a cross-party group of MPs, said in a report that the deal had failed.', 'Home Affairs Committee'],
    ['NAIROBI — The Kenya Water Regulatory Board, a government-funded organisation, said tariffs would rise.', 'Kenya Water Regulatory Board'],
  ])('keeps a body described as a group of public officers or a public organisation: %s', (text, surface) => {
    expect(surfaces(text)).toContain(surface);
  });
});
