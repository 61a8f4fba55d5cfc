import { enrichText } from '../index';
import { targetOf } from './target';

// Stances with the target a reader expects: sentences written for this test (not from the bench
// gold), one body each, in English, Spanish, Portuguese and French.
interface Case {
  text: string;
  actor: string;
  polarity: 'support' | 'oppose' | 'neutral';
  target: string;
  language?: string;
}

const CASES: Case[] = [
  // English: verbs of approval and rejection, rulings, votes, filings, warnings, reports.
  { text: 'The Senate approved the rail safety bill on Thursday.', actor: 'United States Senate', polarity: 'support', target: 'the rail safety bill' },
  { text: 'The Ninth Circuit Court of Appeals ruled the detention policy unlawful.', actor: 'Ninth Circuit Court of Appeals', polarity: 'oppose', target: 'the detention policy' },
  { text: 'The Environmental Protection Agency rejected the refinery permit after a long review.', actor: 'United States Environmental Protection Agency', polarity: 'oppose', target: 'the refinery permit' },
  { text: 'The Federal Trade Commission sued to block the merger of the two grocery chains.', actor: 'Federal Trade Commission', polarity: 'oppose', target: 'the merger of the two grocery chains' },
  { text: 'The Maryland Public Service Commission approved the rate increase requested by the utility.', actor: 'Maryland Public Service Commission', polarity: 'support', target: 'the rate increase requested by the utility' },
  { text: 'The Los Angeles City Council voted to ban flavored tobacco sales.', actor: 'Los Angeles City Council', polarity: 'oppose', target: 'flavored tobacco sales' },
  { text: 'The State Department condemned the missile test, calling it reckless.', actor: 'United States Department of State', polarity: 'oppose', target: 'the missile test' },
  { text: 'The Ministry of Health of Ghana welcomed the donation of vaccines from Japan.', actor: 'Ministry of Health of Ghana', polarity: 'support', target: 'the donation of vaccines from Japan' },
  { text: 'The Pentagon denied the report that troops would leave the base.', actor: 'United States Department of Defense', polarity: 'oppose', target: 'the report' },
  { text: 'The Federal Reserve warned that inflation could rise again next year.', actor: 'Federal Reserve', polarity: 'oppose', target: 'inflation could rise again' },
  { text: 'The Oregon Health Authority praised the hospital staff for their quick response.', actor: 'Oregon Health Authority', polarity: 'support', target: 'the hospital staff' },
  { text: 'The European Commission criticized the new tariffs on steel.', actor: 'European Commission', polarity: 'oppose', target: 'the new tariffs on steel' },
  { text: 'The Supreme Court upheld the voting rights law in a 6-3 decision.', actor: 'Supreme Court of the United States', polarity: 'support', target: 'the voting rights law' },
  { text: 'The Food and Drug Administration approved the first generic version of the drug.', actor: 'Food and Drug Administration', polarity: 'support', target: 'the first generic version of the drug' },
  { text: 'The Harris County Sheriff’s Office opposed the early release of the inmates.', actor: "Harris County Sheriff's Office", polarity: 'oppose', target: 'the early release of the inmates' },
  { text: 'The United Nations Security Council endorsed the ceasefire agreement.', actor: 'United Nations Security Council', polarity: 'support', target: 'the ceasefire agreement' },
  { text: 'The Metropolitan Transportation Authority said the fare increase would take effect in March.', actor: 'Metropolitan Transportation Authority', polarity: 'neutral', target: 'the fare increase would take effect' },
  { text: 'According to the Texas Department of State Health Services, measles cases doubled in a month.', actor: 'Texas Department of State Health Services', polarity: 'neutral', target: 'measles cases doubled' },
  { text: 'The World Health Organization urged governments to expand vaccination programs.', actor: 'World Health Organization', polarity: 'support', target: 'governments to expand vaccination programs' },
  { text: 'The Senate Judiciary Subcommittee on Crime and Counterterrorism criticized the bureau’s handling of the case.', actor: 'Senate Judiciary Subcommittee on Crime and Counterterrorism', polarity: 'oppose', target: 'the bureau’s handling of the case' },
  { text: 'The proposal was criticized by the Federal Communications Commission.', actor: 'Federal Communications Commission', polarity: 'oppose', target: 'The proposal' },
  { text: '“We will not accept these terms,” the Foreign Ministry of Japan said.', actor: 'Ministry of Foreign Affairs of Japan', polarity: 'oppose', target: 'these terms' },
  { text: '“Prices will keep falling this winter,” the Bank of England said.', actor: 'Bank of England', polarity: 'neutral', target: 'Prices will keep falling this winter' },
  { text: 'The Securities and Exchange Commission does not support the exchange’s listing plan.', actor: 'Securities and Exchange Commission', polarity: 'oppose', target: 'the exchange’s listing plan' },
  // Recommending a measure advocates it: support, as the written sets' annotators read it.
  { text: 'The National Transportation Safety Board recommended stricter inspections of the bridges.', actor: 'National Transportation Safety Board', polarity: 'support', target: 'stricter inspections of the bridges' },
  { text: 'The Arizona Corporation Commission rejected the solar tariff proposed by the utility.', actor: 'Arizona Corporation Commission', polarity: 'oppose', target: 'the solar tariff proposed by the utility' },
  { text: 'The Kremlin dismissed the sanctions as meaningless.', actor: 'Kremlin', polarity: 'oppose', target: 'the sanctions' },
  { text: 'The Indian government welcomed the trade deal with Australia.', actor: 'Government of India', polarity: 'support', target: 'the trade deal with Australia' },
  { text: 'The Cuban government denounced the blockade as a violation of international law.', actor: 'Government of Cuba', polarity: 'oppose', target: 'the blockade' },
  { text: 'The Indiana state government is under pressure. Indiana Gov. Eric Holcomb praised the teacher pay plan.', actor: 'Government of Indiana', polarity: 'support', target: 'the teacher pay plan' },
  // Spanish.
  { language: 'es', text: 'El Ministerio de Salud Pública rechazó la propuesta de cerrar los hospitales rurales.', actor: 'Ministerio de Salud Pública', polarity: 'oppose', target: 'la propuesta de cerrar los hospitales rurales' },
  { language: 'es', text: 'La Corte Suprema de Justicia aprobó la reforma electoral el martes.', actor: 'Corte Suprema de Justicia', polarity: 'support', target: 'la reforma electoral' },
  { language: 'es', text: 'La Fiscalía General de la Nación criticó la liberación de los detenidos.', actor: 'Fiscalía General de la Nación', polarity: 'oppose', target: 'la liberación de los detenidos' },
  { language: 'es', text: 'La Policía Nacional apoyó el plan de seguridad del alcalde.', actor: 'Policía Nacional', polarity: 'support', target: 'el plan de seguridad del alcalde' },
  { language: 'es', text: 'El Senado condenó el ataque contra la embajada.', actor: 'Senado', polarity: 'oppose', target: 'el ataque contra la embajada' },
  // Portuguese.
  { language: 'pt', text: 'O Ministério da Saúde rejeitou a proposta de reduzir o orçamento das vacinas.', actor: 'Ministério da Saúde', polarity: 'oppose', target: 'a proposta de reduzir o orçamento das vacinas' },
  { language: 'pt', text: 'O Supremo Tribunal Federal aprovou a lei de proteção de dados.', actor: 'Supremo Tribunal Federal', polarity: 'support', target: 'a lei de proteção de dados' },
  { language: 'pt', text: 'A Polícia Federal criticou a decisão do juiz.', actor: 'Polícia Federal', polarity: 'oppose', target: 'a decisão do juiz' },
  { language: 'pt', text: 'A Câmara dos Deputados apoiou o acordo comercial com a Argentina.', actor: 'Câmara dos Deputados', polarity: 'support', target: 'o acordo comercial com a Argentina' },
  { language: 'pt', text: 'O Supremo Tribunal Federal suspendeu nesta quinta-feira a lei aprovada pelo Congresso Nacional.', actor: 'Supremo Tribunal Federal', polarity: 'oppose', target: 'a lei aprovada pelo Congresso Nacional' },
  { language: 'es', text: 'El Ministerio de Salud de Colombia rechazó este jueves la propuesta de reforma sanitaria.', actor: 'Ministerio de Salud de Colombia', polarity: 'oppose', target: 'la propuesta de reforma sanitaria' },
  // French.
  { language: 'fr', text: 'Le ministère des Affaires étrangères a condamné l’attaque contre le convoi humanitaire.', actor: 'ministère des Affaires étrangères', polarity: 'oppose', target: 'l’attaque contre le convoi humanitaire' },
  { language: 'fr', text: 'Le Conseil d’État a rejeté le recours des associations.', actor: 'Conseil d’État', polarity: 'oppose', target: 'le recours des associations' },
  { language: 'fr', text: 'La Cour des comptes a approuvé le budget de la sécurité sociale.', actor: 'Cour des comptes', polarity: 'support', target: 'le budget de la sécurité sociale' },
  { language: 'fr', text: 'La Gendarmerie nationale a salué le courage des pompiers.', actor: 'Gendarmerie nationale', polarity: 'support', target: 'le courage des pompiers' },
];

/** The stance of the case's actor: matched by canonical name or by the surface it was found under. */
function stanceOf(c: Case) {
  const result = enrichText(c.text, c.language);
  const body = result.bodies.find((b) => b.name === c.actor || b.mentions.some((m) => m.surface === c.actor));
  return result.stances.find((s) => s.actor === body?.name);
}

describe('stance targets', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_, c) => {
    expect(stanceOf(c)).toMatchObject({ polarity: c.polarity, target: c.target });
  });

  it('never gives a stance whose target is its actor', () => {
    const texts = [
      ...CASES.map((c) => c.text),
      'Republican lawmakers criticized Republican lawmakers in the state for the vote.',
      'The FBI said the FBI had no comment.',
      'The Department of Justice defended the Department of Justice.',
    ];
    for (const text of texts) {
      for (const s of enrichText(text).stances) expect(s.target.toLowerCase()).not.toBe(s.actor.toLowerCase());
    }
  });

  it('takes the target of a stance reported with a pronoun from its own sentence', () => {
    const stances = enrichText('The Metropolitan Police Service said it had read the report. It said it accepted the watchdog’s findings in full.').stances;
    expect(stances.map((s) => s.target)).toContain('the watchdog’s findings in full');
  });

  it('gives no target when the sentence names nothing besides the actor', () => {
    const [stance] = enrichText('“No,” said the State Department.').stances;
    expect(stance.target).toBe('');
  });
});

describe('stance targets past where, when and by whom it was said, and past the predicate', () => {
  const targets = (text: string, language = 'en') => enrichText(text, language).stances.map((s) => s.target);

  it.each([
    ['The Financial Services Agency said in a statement that Japanese banks were well prepared for higher rates.', 'en', 'Japanese banks were well prepared for higher rates'],
    ['The Singapore Police Force said separately that victims had lost S$385 million to scams.', 'en', 'victims had lost S$385 million to scams'],
    ['The Pentagon told reporters that the troops would stay.', 'en', 'the troops would stay'],
    ['"We know this is unwelcome news for households," Ofgem\'s chief executive, Margaret Ellery, said.', 'en', 'know this is unwelcome news for households'],
    ['El Ministerio de Salud señaló en un comunicado que la vacuna es segura.', 'es', 'la vacuna es segura'],
    ['O Ministério da Saúde afirmou em nota que a campanha de vacinação será ampliada.', 'pt', 'a campanha de vacinação será ampliada'],
    ['Le ministère de la Santé a indiqué dans un communiqué que la campagne sera prolongée.', 'fr', 'la campagne sera prolongée'],
    ['The Kenyan Ministry of Health said it had no suspected cases of the virus.', 'en', 'no suspected cases of the virus'],
    ['The State Department condemned what it described as China’s dangerous actions near the shoal.', 'en', 'China’s dangerous actions near the shoal'],
    ['“The ministry has failed us,” the Senate committee chairman said.', 'en', 'The ministry has failed us'],
  ])('%s', (text, language, target) => {
    expect(targets(text, language)).toEqual([target]);
  });

  it('reads the quote, not the speaker named after an inverted verb', () => {
    const spanOf = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const english = '“Our members are the ones breathing this in,” said Rosa Elizondo of the farm workers’ union.';
    expect(targetOf({ text: english, verb: spanOf(english, 'said'), actorNames: [] })).toBe('Our members are the ones breathing this');
    const spanish = '"Es un golpe directo al cartel", dijo entonces el director de la policía.';
    expect(targetOf({ text: spanish, verb: spanOf(spanish, 'dijo'), actorNames: [] })).toBe('Es un golpe directo al cartel');
  });

  it('reads the clause after an actor named with its acronym in brackets', () => {
    expect(targets('According to the Bureau of Labor Statistics (BLS), prices rose 3 percent in October.')).toEqual(['prices rose 3 percent']);
  });

  it('reads the predicate past the chamber a committee belongs to, not the chamber', () => {
    const text = 'The Finance Committee of the National Assembly wants a new audit law.';
    const actor = { start: 4, end: 21 };
    expect(targetOf({ text, actor, actorNames: ['Finance Committee'] })).toBe('wants a new audit law');
  });

  it("keeps a phrase that opens with the actor's possessive when no person or unit follows", () => {
    expect(targets('The Federal Reserve’s decision to cut its benchmark interest rate should keep auto loan rates low.')).toEqual([
      'decision to cut its benchmark interest rate',
    ]);
  });
});

describe('stance cues follow the article language', () => {
  it('reads Spanish cues in a Spanish article and not in an English one', () => {
    expect(stanceOf({ language: 'es', text: 'La Policía Nacional rechazó las acusaciones.', actor: 'Policía Nacional', polarity: 'oppose', target: '' })?.polarity).toBe('oppose');
    expect(enrichText('The Senate rechazó the proposal.', 'en').stances).toEqual([]);
  });

  it('takes the actor after "según", "segundo" and "selon"', () => {
    const stances = (text: string, language: string) => enrichText(text, language).stances.map((s) => s.actor);
    expect(stances('Los casos bajaron, según el Ministerio de Salud.', 'es')).toEqual(['Ministerio de Salud']);
    expect(stances('Os casos caíram, segundo o Ministério da Saúde.', 'pt')).toEqual(['Ministério da Saúde']);
    expect(stances('Les cas ont baissé, selon le ministère de la Santé.', 'fr')).toEqual(['ministère de la Santé']);
  });
});
