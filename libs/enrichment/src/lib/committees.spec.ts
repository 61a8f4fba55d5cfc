import { enrichText } from '../index';

// Lowercase committees of a legislature; sentences written for this test.
const bodies = (text: string) => enrichText(text).bodies.map((b) => `${b.name} [${b.mentions.map((m) => m.surface).join('|')}]`);

describe('committees of a legislature written in lowercase', () => {
  it.each([
    ["CAPE TOWN — Parliament's portfolio committee on mineral resources summoned the minister.", 'Portfolio Committee on Mineral Resources of South Africa [portfolio committee on mineral resources]'],
    ['LONDON — The Commons public accounts committee said the scheme was poor value.', 'Commons public accounts committee [Commons public accounts committee]'],
    ["BAGHDAD — The Iraqi parliament's oil, gas and energy committee called for an audit.", 'Oil, Gas and Energy Committee of Iraq [oil, gas and energy committee]'],
    ['ABUJA, Nigeria — The House of Representatives, whose ad hoc committee on crude theft met on Monday, asked for records.', 'Ad Hoc Committee on Crude Theft of Nigeria [ad hoc committee on crude theft]'],
    ['OTTAWA — The parliamentary finance committee questioned the governor.', 'Parliamentary Finance Committee of Canada [parliamentary finance committee]'],
  ])('reads %s', (text, body) => {
    expect(bodies(text)).toContain(body);
  });

  it('leaves a committee with no legislature before it, or with no words of its own, to other readings', () => {
    expect(bodies('LONDON — The organising committee on the games said tickets were sold out.')).toEqual([]);
    expect(bodies("LONDON — Parliament's committee said so.").filter((b) => b.includes('ommittee'))).toEqual([]);
  });
});
