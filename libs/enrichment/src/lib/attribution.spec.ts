import { enrichText, stanceExamples } from '../index';

const stancesOf = (text: string) => enrichText(text).stances.map((s) => [s.actor, s.polarity]);
/** Who is given a statement, whichever side the stance model reads in it. */
const actorsOf = (text: string) => enrichText(text).stances.map((s) => s.actor);
/** Each candidate's actors and how they were found, whether or not the model reads a stance. */
const actorKinds = (text: string, language?: string) => stanceExamples(text, language).examples.map((e) => `${e.actors.join(', ')}: ${e.kind}`);
/** Who is given the statement of the sentence holding `words`. */
const actorsIn = (text: string, words: string) => enrichText(text).stances.filter((s) => s.evidence.text.includes(words)).map((s) => s.actor);

describe('stance attribution', () => {
  it('reads "according to" in any case', () => {
    expect(stancesOf('According to the Pentagon, the base is an outpost.')).toEqual([['United States Department of Defense', 'neutral']]);
  });

  it('reads a body opening a lead after a Spanish, Portuguese or French dateline with an abbreviated month as its subject', () => {
    expect(actorKinds('Fallo sobre la mina\n\nLIMA, 3 dic. — La Corte Suprema del Perú dejó sin efecto este jueves la licencia de la mina.')).toEqual(['Corte Suprema del Perú: acting']);
    expect(actorKinds('Decisão sobre a mina\n\nBRASÍLIA, 3 dez. — O Supremo Tribunal Federal deixou sem efeito nesta quinta-feira a licença da mina.')).toEqual(['Supreme Federal Court: acting']);
  });

  it('takes an official\'s country from before the title, not from what the official speaks of', () => {
    const text =
      'HAVANA — The Cuban Foreign Ministry summoned the U.S. envoy. Foreign Minister Ernesto Valdés wrote on social media that the American statements were "cynical interference."';
    expect(actorsIn(text, 'Foreign Minister Ernesto')).toEqual(['Ministry of Foreign Affairs of Cuba']);
  });

  it('reads a vice-president or vice-chair as an official of the body', () => {
    const text = 'BRUSSELS — The European Commission fined the firm. "Customers should be free to switch," Marta Lindqvist, the Commission\'s executive vice-president for competition, told a news conference.';
    expect(actorsIn(text, 'free to switch')).toEqual(['European Commission']);
  });

  it('gives a governor\'s words to the state\'s government, else to the one central bank the story names', () => {
    const bank = 'TOKYO — The Bank of Japan raised rates. "Wages and prices are rising together," Governor Kenji Arakawa told reporters.';
    expect(actorsIn(bank, 'Governor Kenji Arakawa')).toEqual(['Bank of Japan']);
    const state = 'SACRAMENTO, Calif. — The California government and the Federal Reserve spoke. "We will not back down," Governor Gavin Newsom told reporters.';
    expect(actorsIn(state, 'Governor Gavin Newsom')).toEqual(['Government of California']);
  });

  it('takes the subject after a speech verb only when the verb follows the quote', () => {
    expect(stancesOf('“We reject the plan,” said the State Department.')).toEqual([['United States Department of State', 'oppose']]);
    expect(stancesOf('The companies accused the FBI of spying.')).toEqual([]);
  });

  it('reads a name with its own verb after a verb that follows a comma as what was said, not as an inverted subject', () => {
    const text = 'PRETORIA — The National Energy Regulator of South Africa cut the increase. Announcing it, the regulator, known as Nersa, said Eskom had failed to justify its spending.';
    expect(actorsIn(text, 'said Eskom')).toEqual(['National Energy Regulator of South Africa']);
    expect(actorsOf('“We reject the plan,” said Jane Roe, who had led the talks. The ministry agreed.')).toEqual([]);
  });

  it('gives what a document says to the body that filed or released it, and not to a body it merely names', () => {
    expect(stancesOf('The report, released by the Government Accountability Office, criticized the program.')).toEqual([
      ['Government Accountability Office', 'oppose'],
    ]);
    expect(stancesOf('Officials from the Government Accountability Office criticized the program.')).toEqual([]);
  });

  it('gives an accusation to the bodies before the verb, not to its object', () => {
    const text = 'The Russian and Syrian defense ministries accused U.S. forces of blocking aid.';
    expect(stancesOf(text)).toEqual([
      ['Ministry of Defence of the Russian Federation', 'oppose'],
      ['Ministry of Defence of Syria', 'oppose'],
    ]);
  });

  it('attributes an appositive official to the body and remembers the person', () => {
    const text =
      'Tensions are a threat to growth, John Williams, the president of the Federal Reserve Bank of New York, said. ' +
      'Later, Williams criticized the tariffs.';
    expect(stancesOf(text)).toEqual([
      ['Federal Reserve Bank of New York', 'oppose'],
      ['Federal Reserve Bank of New York', 'oppose'],
    ]);
  });

  it('links "<Name>, <Body> spokesman" after an inverted verb', () => {
    const text = 'Officers arrested two men, said Lt. Matt Harris, Columbus Police Department spokesman. Both were released, Harris said.';
    expect(stancesOf(text)).toEqual([
      ['Columbus Police Department', 'neutral'],
      ['Columbus Police Department', 'neutral'],
    ]);
  });

  it('reads the subject after an inverted or passive verb with its owner’s possessive before it', () => {
    expect(actorsOf("The law was condemned by Qatar's Ministry of Foreign Affairs.")).toEqual(['Ministry of Foreign Affairs of Qatar']);
    expect(actorsOf("The plan is unfair, said Ghana's Ministry of Finance.")).toEqual(['Ministry of Finance of Ghana']);
  });

  it('gives an unnamed spokesperson to the body named before', () => {
    const text = 'Customs and Border Protection measures seizures by pounds, an agency spokesman told us.';
    expect(stancesOf(text)).toEqual([['United States Customs and Border Protection', 'neutral']]);
  });

  it('reads "said in a <body> statement" as the body speaking', () => {
    expect(stancesOf('Water was found, the lead author said in a NASA statement.')).toEqual([
      ['National Aeronautics and Space Administration', 'neutral'],
    ]);
  });

  it('lets "he" refer back to a person, not to a body', () => {
    expect(stancesOf('The FBI welcomed the ruling. Later he said it was a mistake.')).toEqual([['Federal Bureau of Investigation', 'support']]);
    expect(stancesOf('FBI Director Jane Roe welcomed the ruling. He said it was a success.')).toEqual([
      ['Federal Bureau of Investigation', 'support'],
      ['Federal Bureau of Investigation', 'support'],
    ]);
  });

  it('does not let former officials, scientists or a naming verb speak for a body', () => {
    expect(stancesOf('Former National Security Council official Tim Morris said he opposed it.')).toEqual([]);
    expect(stancesOf('JPL scientist Mike Malaska said the results were a success.')).toEqual([]);
    expect(stancesOf('NASA is developing a mission called Europa Clipper.')).toEqual([]);
  });

  it('gives no body before "…, said <someone>" the statement: the subject follows the verb', () => {
    const envoy = 'The Trump administration sent him. He was a disgrace despite being the U.S. envoy in Brussels, said another witness, Jane Roe.';
    expect(stancesOf(envoy)).toEqual([]);
    expect(stancesOf('The State Department plan is a disgrace, said Jane Roe.')).toEqual([]);
    // A verb with an object keeps its subject before it; a day after "said" is no subject.
    expect(actorsOf('The FBI, in a statement, said Tuesday that the raid was a success.')).toEqual(['Federal Bureau of Investigation']);
    expect(stancesOf('The plan failed, but General Ann Lee, chairman of the Joint Chiefs of Staff, told US media it was unlawful.')).toEqual([
      ['Joint Chiefs of Staff', 'oppose'],
    ]);
  });

  it('keeps the opening body (its owner’s possessive before it or not) as the subject when the comma before the verb closes a clause about it', () => {
    expect(actorsOf('The Interior Ministry of Mexico, which runs the federal police, said the cuts were unfair.')).toEqual([
      'Ministry of the Interior of Mexico',
    ]);
    expect(actorsOf("Ghana's Ministry of Finance, whose restructuring of its Eurobonds ended last year, said it supported the proposal.")).toEqual([
      'Ministry of Finance of Ghana',
    ]);
    // The clause may hold a number with a comma, and the verb may be one that inverts ("…, told the committee").
    const fingal = 'The Joint Committee on Housing met. Fingal County Council, which has approved 2,300 homes, told the committee the shortfall was serious.';
    expect(stanceExamples(fingal).examples.filter((e) => e.start > 0).map((e) => e.actors)).toEqual([['Fingal County Council']]);
    expect(actorsOf('The Interior Ministry of Mexico hired a firm. The cuts were unfair, said the officers.')).not.toContain(
      expect.stringContaining('Interior'),
    );
  });

  it('gives the opening body its main clause when a later body is the one reported', () => {
    const text = 'A Agência Nacional de Mineração (ANM) disse que suspendeu duas permissões usadas, segundo a Polícia Federal, para lavar ouro.';
    expect(stanceExamples(text, 'pt').examples.map((e) => [e.actors, e.kind])).toEqual([
      [['Federal Police of Brazil'], 'reported'],
      [['National Mining Agency of Brazil'], 'acting'],
    ]);
  });

  it('does not take a body inside the clause about the opening subject for the subject', () => {
    expect(actorsOf('The Home Office, which oversees the Metropolitan Police Service, approved the plan.')).toEqual(['Home Office']);
  });

  it('reads "the force", "the bench", "the city" and "the office" back to the last body of that kind or name', () => {
    const text =
      'Officers of the Metropolitan Police Service arrested two men. No one was hurt, the force said. ' +
      'The case went to the Supreme Court of India. The delay was unacceptable, the bench said. ' +
      'The City of Cape Town paid the bill. The city said it regretted the cost.';
    expect(actorsOf(text)).toEqual(expect.arrayContaining(['Metropolitan Police Service', 'Supreme Court of India', 'City of Cape Town']));
  });

  it('gives a clause of its own to the body that opens it, besides the sentence’s actor', () => {
    expect(actorsOf('The Federal Trade Commission sued the company on Monday, and the Justice Department said it would join the case.')).toEqual([
      'Federal Trade Commission',
      'United States Department of Justice',
    ]);
    expect(actorsOf('The Federal Trade Commission sued the company after talks with the Justice Department failed.')).toEqual(['Federal Trade Commission']);
  });

  it('gives a sentence that is all quote to the speaker of the sentence before', () => {
    const text = 'The Philippine Coast Guard said the boat was hit. “We will continue to support our fishermen.”';
    expect(stancesOf(text)).toContainEqual(['Philippine Coast Guard', 'support']);
    expect(stancesOf('The Philippine Coast Guard said the boat was hit. Fishermen met on Monday. “We will continue to support our fishermen.”')).not.toContainEqual([
      'Philippine Coast Guard',
      'support',
    ]);
  });

  it('reads the subject after a short adverbial opening the sentence', () => {
    expect(actorsOf('Separately, the Interior Ministry of Mexico, which runs the federal police, said the cuts were unfair.')).toEqual([
      'Ministry of the Interior of Mexico',
    ]);
    expect(actorsOf('After the raid, the Interior Ministry of Mexico, which runs the federal police, said the cuts were unfair.')).toEqual([
      'Ministry of the Interior of Mexico',
    ]);
  });

  it('does not give a quote to the body before it when a person of its own says it', () => {
    const carried = 'The Federal Reserve raised rates. “It is a popular time to buy,” Jessica Caldwell, an Edmunds analyst, said in a statement.';
    expect(actorsIn(carried, 'popular time')).not.toContain('Federal Reserve');
    const fragment = 'He urged the International Criminal Court to open an investigation, he added.';
    expect(enrichText(fragment).stances.filter((s) => s.evidence.text.startsWith('He urged'))).toEqual([]);
  });

  it("lets a governor speak for the state's government, else for the governor's office", () => {
    const office = "The governor's office was closed. South Dakota Gov. Kristi Noem is defending the anti-drug campaign.";
    expect(stancesOf(office)).toEqual([['Office of the Governor of South Dakota', 'support']]);
    expect(stancesOf(`The state government of South Dakota met. ${office}`)).toEqual([['Government of South Dakota', 'support']]);
  });

  it("lets a House speaker speak for the place's legislature, or the nation's House", () => {
    const state = 'Teachers rallied in Indiana. The Legislature met. Indiana House Speaker Brian Bosma defended the state budget.';
    expect(stancesOf(state)).toEqual([['Indiana Legislature', 'support']]);
    const nation = 'The House of Representatives met in Washington. House Speaker Nancy Pelosi defended the bill.';
    expect(stancesOf(nation)).toEqual([['United States House of Representatives', 'support']]);
  });

  it('does not take a sentence-opening body as the subject of a verb with its own', () => {
    expect(stancesOf('The Pentagon was silent on the deal, but Smith has said he welcomed it.')).toEqual([]);
  });

  it('keeps the opening official as the subject of a pronoun in the same sentence', () => {
    const text = 'The Cuban Ministry of Foreign Affairs met. Cuban Foreign Minister Ana Ruiz spoke, where she wrote that cooperation benefits both.';
    expect(stancesOf(text)).toContainEqual(['Ministry of Foreign Affairs of Cuba', 'support']);
  });

  it("reads an official's country next to the title, not from a country named later", () => {
    const story = 'The Mexican government said on Monday it would review the deal. ';
    expect(actorsOf(story + 'The president said the talks had been useful. Later, Cuba’s government rejected the plan.').slice(0, 2)).toEqual(['Government of Mexico', 'Government of Mexico']);
    expect(actorsOf(story + 'The ambassador of Cuba said the talks had been useful. The Cuban government rejected the plan.').slice(0, 2)).toEqual(['Government of Mexico', 'Government of Cuba']);
  });

  it('gives an envoy whose country goes unnamed to no government: envoys serve abroad', () => {
    expect(actorsOf('The Mexican government said on Monday it would review the deal. The ambassador said the talks had been useful.')).toEqual(['Government of Mexico']);
  });
});

describe('office holders and appositive names', () => {
  it('gives what a minister says to the ministry the article names, though it holds more portfolios', () => {
    const text = "Poland's Ministry of Interior and Administration said the border was sealed. \"This is a hybrid operation,\" Deputy Interior Minister Tomasz Kaliński told lawmakers.";
    expect(actorsOf(text)).toEqual(['Ministry of Interior and Administration of Poland', 'Ministry of Interior and Administration of Poland']);
  });

  it('gives what a U.S. attorney says to the attorney\'s office the article names, and reads French initials', () => {
    const text = 'The U.S. Attorney\'s Office for the District of New Jersey charged him. "Inspectors must protect tenants," U.S. Attorney Kendra Voss said.';
    expect(actorsOf(text)[1]).toBe("United States Attorney's Office for the District of New Jersey");
    const quebec = 'The Sûreté du Québec raided the farm. "Grow operations are a fire hazard," SQ spokesperson Marie Gagnon told reporters.';
    expect(actorsOf(quebec)).toContain('Sûreté du Québec');
  });

  it('gives what a titled office holder says to the office the article names', () => {
    const court = 'The case is before the U.S. District Court for the District of Oregon. U.S. District Judge Ann Park wrote that the rule was unlawful.';
    expect(stancesOf(court)).toContainEqual(['U.S. District Court for the District of Oregon', 'oppose']);
    const office = "The Ohio Attorney General's Office sued the firm. Ohio Attorney General Dave Roe welcomed the settlement.";
    expect(stancesOf(office).map(([actor]) => actor)).toEqual(expect.arrayContaining([expect.stringContaining('Attorney General')]));
    expect(stancesOf(office)).not.toContainEqual(expect.arrayContaining(['Ohio Attorney General Dave Roe']));
  });

  it('gives what "its secretary-general" or "its chief executive" says to the body speaking before', () => {
    const text = 'The International Maritime Organization said shipping was at risk. Its secretary-general has repeatedly warned that crews pay the price.';
    expect(enrichText(text).stances.filter((s) => s.evidence.text.startsWith('Its'))).toEqual([
      expect.objectContaining({ actor: 'International Maritime Organization' }),
    ]);
    expect(actorsOf('The International Maritime Organization said shipping was at risk. Its rivals have warned that crews pay the price.')).toEqual(['International Maritime Organization']);
  });

  it('reads "<Body> spokesperson, <Name>, said" as the body speaking, and remembers the name', () => {
    const text = 'An FBI spokesperson, Laura Chen, said the bureau rejected the claims. Chen said the bureau welcomed the review.';
    expect(stancesOf(text)).toEqual([
      ['Federal Bureau of Investigation', 'oppose'],
      ['Federal Bureau of Investigation', 'support'],
    ]);
  });

  it('does not carry a body over to a sentence whose own subject is described between commas', () => {
    const text = 'The FBI said it rejected the plan. The Acme Association, an industry group, welcomed the plan.';
    expect(stancesOf(text)).toEqual([['Federal Bureau of Investigation', 'oppose']]);
    const ofName = 'The FBI said it rejected the plan. The Conference Board of Canada, an independent think tank, warned that costs would rise.';
    expect(stancesOf(ofName)).toEqual([['Federal Bureau of Investigation', 'oppose']]);
  });

  it('carries a body that opens a sentence acting over to a pronoun reporting in the next', () => {
    const text = 'The Federal Aviation Administration grounded the fleet on Monday. It said it welcomed the review of the engines.';
    expect(stancesOf(text)).toEqual([['Federal Aviation Administration', 'support']]);
  });

  it('does not carry a body over to a pronoun whose antecedent is the sentence’s own subject', () => {
    const text = 'The FBI said it rejected the plan. Gulfmark Energy, which runs four coal plants, said it welcomed the plan.';
    expect(stancesOf(text)).toEqual([['Federal Bureau of Investigation', 'oppose']]);
  });

  it('does not carry a body over to a quote whose speaker follows the verb, and does to one it speaks after', () => {
    const other = 'The FBI said it rejected the plan. “The plan is a good start,” said Luz Marina Quintero, who runs a shelter.';
    expect(stancesOf(other)).toEqual([['Federal Bureau of Investigation', 'oppose']]);
    const same = 'The FBI said it rejected the plan. “The plan is unlawful,” it said.';
    expect(actorsOf(same)).toEqual(['Federal Bureau of Investigation', 'Federal Bureau of Investigation']);
  });

  it('does not give a body a verb whose subject is a common noun of a clause of its own', () => {
    expect(actorsOf('“The city is asking companies to pay for a safety problem,” the group said.')).toEqual([]);
    expect(actorsOf('The New York Police Department, which seized mopeds last year, was not involved in drafting the bill, council staff said.')).toEqual([]);
    expect(actorsOf("Kenya's National Treasury will present its proposals next week, which opposition lawmakers say include too much borrowing.")).not.toContain(
      'National Treasury of Kenya',
    );
    expect(actorsOf('The FBI raided the offices on Monday, the agency said.')).toEqual(['Federal Bureau of Investigation']);
  });

  it('does not give a body the statement of someone who speaks of its act', () => {
    const speakersOf = (text: string, sentence: string) => enrichText(text).stances.filter((s) => s.evidence.text.startsWith(sentence)).map((s) => s.actor);
    expect(speakersOf("The Federal Court ruled against the fund. Coastline Super said it accepted the court's decision.", 'Coastline')).toEqual([]);
    expect(speakersOf("The FTC sued the firm. The firm's lawyer, Chidi Eze, said his client had acted within the guidelines.", "The firm's")).toEqual([]);
  });

  it('reads a Spanish, Portuguese or French body opening a sentence as its subject, acting by its verb', () => {
    const readings = (text: string, language: string) => stanceExamples(text, language).examples.map((e) => [e.kind, e.rule]);
    expect(readings("Le Conseil d'État suspend le décret sur la reconnaissance faciale.", 'fr')).toEqual([['acting', 'oppose']]);
    expect(readings('O Supremo Tribunal Federal derrubou a lei estadual.', 'pt')).toEqual([['acting', 'oppose']]);
  });

  it('gives what a spokesperson or official named by a body\'s head says to the last body of that head', () => {
    const text = "Indonesia's Ministry of Health opened an audit. \"We will act,\" ministry spokeswoman Rina Wulandari said. A ministry official told reporters the audit would end soon.";
    const later = stanceExamples(text).examples.filter((e) => e.start > 0);
    expect(later.map((e) => [e.actors, e.kind])).toEqual([
      [['Ministry of Health of Indonesia'], 'reported'],
      [['Ministry of Health of Indonesia'], 'reported'],
    ]);
  });

  it('gives what a Spanish, Portuguese or French role of a body says to the body, and remembers the name', () => {
    const text = 'La CNMC de España multó a Renfe. La sanción es justa, afirmó la presidenta de la CNMC, Beatriz Albendea. Albendea añadió que la multa es firme.';
    const reported = stanceExamples(text, 'es').examples.filter((e) => e.kind === 'reported' && e.start > 0).map((e) => [e.actors, text.slice(e.start, e.end).slice(0, 12)]);
    expect(reported).toEqual([
      [['National Markets and Competition Commission'], 'La sanción e'],
      [['National Markets and Competition Commission'], 'Albendea aña'],
    ]);
  });

  it('gives what a Romance minister of a portfolio says to the ministry of that portfolio the article names', () => {
    const text = 'El Ministerio del Medio Ambiente de Chile publicó el plan. La ministra del Medio Ambiente, Francisca Órdenes, rechazó las críticas.';
    const second = stanceExamples(text, 'es').examples.filter((e) => e.start > 0);
    expect(second.map((e) => [e.actors, e.kind])).toEqual([[['Ministerio del Medio Ambiente de Chile'], 'reported']]);
    const unnamed = 'El Ministerio de Salud de Chile publicó el plan. La ministra del Medio Ambiente, Francisca Órdenes, rechazó las críticas.';
    expect(stanceExamples(unnamed, 'es').examples.filter((e) => e.start > 0)).toEqual([]);
  });

  it('reads a participle after an English article as an adjective, not a reporting verb', () => {
    const kinds = stanceExamples("The People's Bank of China cut the reserve ratio, releasing an estimated 1 trillion yuan.").examples.map((e) => e.kind);
    expect(kinds).toEqual(['acting']);
  });
});

describe('acts without a reporting verb', () => {
  it('reads a body opening a sentence with a side-taking verb as taking that side', () => {
    expect(stancesOf('The Federal Trade Commission blocked the merger on Monday.')).toEqual([['Federal Trade Commission', 'oppose']]);
  });

  it('gives the agent of a side-taking participle that side, with what the participle describes as target', () => {
    const agent = (text: string, language = 'en') => enrichText(text, language).stances.map((s) => [s.actor, s.polarity, s.target]);
    expect(agent('The Senate met. The law, approved by the Senate in March, requires grid operators to buy power.')).toContainEqual(['United States Senate', 'support', 'The law']);
    expect(agent('The plan, criticized by the Environmental Protection Agency, was shelved.')).toEqual([['United States Environmental Protection Agency', 'oppose', 'The plan']]);
    expect(agent('La reforma, aprobada por el Senado de México, entró en vigor.', 'es')).toEqual([['Senate of Mexico', 'support', 'La reforma']]);
    expect(agent('La ley fue aprobada en 2023 por el Senado de México tras un largo debate.', 'es')).toEqual([['Senate of Mexico', 'support', 'La ley']]);
    expect(agent('The plan, criticized last week by the Environmental Protection Agency, was shelved.')).toEqual([['United States Environmental Protection Agency', 'oppose', 'The plan']]);
    expect(agent('A decisão foi criticada pelo Ministério da Fazenda.', 'pt')).toEqual([['Ministry of Finance of Brazil', 'oppose', 'A decisão']]);
    expect(agent('La loi a été adoptée par l’Assemblée nationale française.', 'fr')).toEqual([['National Assembly of France', 'support', 'La loi']]);
  });

  it('leaves a side-taking word far from the acting body to what it describes', () => {
    const sides = stancesOf('The FDA is aware of several websites in other countries selling counterfeit drugs.').filter(([, polarity]) => polarity !== 'neutral');
    expect(sides).toEqual([]);
  });
});

describe('stance polarity cues', () => {
  it('reads negated opposition as taking no side', () => {
    expect(stancesOf('The police department said there is no threat to the public.')).toEqual([]);
    expect(stancesOf('There is no threat to the public, the FBI said.')).toEqual([['Federal Bureau of Investigation', 'neutral']]);
  });

  it('reads a challenge or an appeal against a decision as opposing it, in four languages', () => {
    expect(stancesOf('The City of Johannesburg said it would challenge the decision in court.')).toEqual([['City of Johannesburg', 'oppose']]);
    expect(stancesOf('The National Treasury of Kenya said it would appeal the ruling.')).toEqual([['National Treasury of Kenya', 'oppose']]);
    expect(stancesOf('El Ministerio de Economía anunció que recurrirá el fallo.').map(([, p]) => p)).toEqual(['oppose']);
    expect(stancesOf('O Ministério da Fazenda afirmou que vai recorrer da decisão.').map(([, p]) => p)).toEqual(['oppose']);
    expect(stancesOf('Le ministère de l’Intérieur a annoncé qu’il fera appel de la décision.').map(([, p]) => p)).toEqual(['oppose']);
  });

  it('reads an aim to end something as opposing it, unless negated', () => {
    expect(stancesOf('The State Department said it has the power to end the unrest.')).toEqual([['United States Department of State', 'oppose']]);
    expect(stancesOf('The State Department said it is not able to end the unrest.')).toEqual([['United States Department of State', 'neutral']]);
  });

  it('reads "critical" as opposing only when it judges ("critical of", "highly critical"), not in "a critical step"', () => {
    expect(stancesOf('The State Department said the bill was a critical step toward safer streets.')).not.toContainEqual(['United States Department of State', 'oppose']);
    expect(stancesOf('The State Department said it was highly critical of the bill.')).toEqual([['United States Department of State', 'oppose']]);
  });

  it('reads a court declaring a decree unconstitutional or a body disagreeing as opposing, and an avoided criticism as none', () => {
    const polarities = (text: string, language: string) => enrichText(text, language).stances.map((s) => s.polarity);
    expect(polarities('La Corte Constitucional de Colombia declaró inexequible el decreto.', 'es')).toEqual(['oppose']);
    expect(polarities('El Ministerio de Economía expresó su desacuerdo con la decisión.', 'es')).toEqual(['oppose']);
    expect(polarities('O Ministério da Fazenda evitou críticas ao Banco Central.', 'pt')).not.toContain('oppose');
  });

  it('reads the subject of a lead after a wire dateline, however far its verb', () => {
    const lead = 'el proyecto de laminación de avenidas del barranco, la obra prometida tras la dana, y defendió que su calendario es el más rápido.';
    expect(actorsOf(`MADRID, 3 dic (2026) — El Ministerio de Sanidad presentó este jueves ${lead}`)).toEqual(['Ministerio de Sanidad']);
    const english = 'the cleanup plan for the river basin and the three reservoirs upstream of the city, and defended its timetable as the fastest the law allows.';
    expect(actorsOf(`NAIROBI, Kenya, Dec. 4 (Reuters) — The Kenya Water Resources Authority presented ${english}`)).toEqual(['Kenya Water Resources Authority']);
    // A hyphen between spaces closes a dateline too, and a dateline may name two cities.
    const kinds = (text: string) => stanceExamples(text).examples.map((e) => e.kind);
    expect(kinds('TOKYO, Jan. 23 - The Bank of Japan raised its policy rate to 0.75%.')).toEqual(['acting']);
    expect(kinds('WASHINGTON/OTTAWA, Oct. 2 — The Bank of Canada cut its policy rate to 2.5%.')).toEqual(['acting']);
  });

  it('reads a vote tally as a count, not as a side', () => {
    const polarities = (text: string, language: string) => enrichText(text, language).stances.map((s) => s.polarity);
    const reform = 'una reforma que restituye la reelección inmediata de alcaldes, con 87 votos a favor, 24 en contra y 6 abstenciones.';
    expect(polarities(`El Congreso de la República del Perú aprobó el jueves ${reform}`, 'es')).toEqual(['support']);
    expect(polarities('Le Grand Conseil du Valais a adopté la résolution par 98 voix contre 24 en Suisse.', 'fr')).toEqual(['support']);
    // The rule's own reading: "contre 130" no longer cancels "adopté".
    const rules = stanceExamples("PARIS — L'Assemblée nationale a adopté le projet de loi par 289 voix contre 130.").examples.map((e) => e.rule);
    expect(rules).toEqual(['support']);
  });

  it('ignores cue words inside body names', () => {
    expect(stancesOf('Fort Worth Police Department confirmed the car was found.')).toEqual([['Fort Worth Police Department', 'neutral']]);
  });

  it('gives a clause opened by a definite description to the latest body it describes, by a word of its name or, for "the regulator", its kind', () => {
    const regulator = 'LONDON — Ofcom fined Horizon TV on Monday. The breaches were serious and repeated, the regulator said.';
    expect(actorsIn(regulator, 'the regulator said')).toEqual(['Office of Communications']);
    const court = 'The Supreme Court heard the case. Separately, the Federal Trade Commission opened a review. The court said the law was clear.';
    expect(actorsIn(court, 'The court said')).toEqual(['Supreme Court of the United States']);
    const french = "La préfecture du Finistère a interdit la manifestation. Le tribunal administratif de Rennes a suspendu l'arrêté. Dans un communiqué, la préfecture a dénoncé une décision « regrettable ».";
    expect(actorsIn(french, 'la préfecture a dénoncé')).toEqual(['préfecture du Finistère']);
  });

  it('reads no definite description governed by a preposition, or describing no body named before, as the speaker', () => {
    expect(actorsIn('Ofcom fined Horizon TV. Lawyers for the company told the regulator they would appeal.', 'told the regulator')).toEqual([]);
    expect(actorsIn('The weather was mild. The court said the law was clear.', 'The court said')).toEqual([]);
  });

  it('reads a body owning the subject, a thing that is neither its voice nor its act, as no speaker', () => {
    expect(actorKinds("Two decades ago, NASA's Galileo spacecraft found evidence of a fluid.")).toEqual([]);
    expect(actorKinds("Two decades ago, NASA's report found evidence of a fluid.")).toEqual(['National Aeronautics and Space Administration: reported']);
  });

  it('gives what a published document says to the body that published it: its author after "by" or "from"', () => {
    expect(actorKinds('Data from the Canada Energy Regulator show oil sands production averaged a record 3.5 million barrels a day.')).toEqual(['Canada Energy Regulator: reported']);
    expect(actorKinds('Figures released last week by Statistics Canada showed the economy grew at an annualized rate of 0.8%.')).toEqual(['Statistics Canada: reported']);
    expect(actorKinds('A report published in November by the National Audit Office found that a third of the buildings were in poor condition.')).toEqual(['National Audit Office: reported']);
    expect(actorKinds('Inflation rose to 14.2% in September, according to data from the Central Agency for Public Mobilization and Statistics.')).toEqual([
      'Central Agency for Public Mobilization and Statistics: reported',
    ]);
  });

  it('reads "according to" a document in Spanish, Portuguese and French, and a document of an owner\'s body in English', () => {
    expect(actorKinds('Según datos del Instituto Nacional de Estadística, el paro bajó al 11 % en octubre.', 'es')).toEqual(['Instituto Nacional de Estadística: reported']);
    expect(actorKinds('Segundo o mais recente mapa de ruído da Agência Portuguesa do Ambiente, 380 mil pessoas vivem em zonas de ruído.', 'pt')).toEqual([
      'Agência Portuguesa do Ambiente: reported',
    ]);
    expect(actorKinds('Selon les derniers chiffres du Haut-Commissariat au Plan, publiés mardi, la hausse des prix a atteint 1,9 %.', 'fr')).toEqual([
      'High Commission for Planning: reported',
    ]);
    expect(actorKinds("About 420 nurses are still waiting for permits, according to figures from the province's Department of Labour, Skills and Immigration.")).toEqual([
      'Department of Labour, Skills and Immigration: reported',
    ]);
  });

  it('gives what an official titled by words of a body named before says to that body, but not what a member says', () => {
    const council = "The Newark Municipal Council voted on Monday. The city's inspections were too slow, Council President Andre Fulton said.";
    expect(actorsIn(council, 'Council President')).toEqual(['Newark Municipal Council']);
    const office = 'The Office of the Privacy Commissioner of Canada opened an inquiry. “Canadians do not lose their privacy online,” Privacy Commissioner Marianne Leclair said.';
    expect(actorsIn(office, 'Privacy Commissioner Marianne')).toEqual(['Office of the Privacy Commissioner of Canada']);
    const member = 'The Boise City Council approved the increase. Council member Luis Arvizu said the increase would hurt hourly workers.';
    expect(actorsIn(member, 'Council member')).not.toContain('Boise City Council');
  });

  it('reads the body a possessive owner opening the sentence owns as its subject, not the owner', () => {
    const text = "The Bundestag's Committee on Labour and Social Affairs will hold a public hearing on the proposal in September, its chair said.";
    expect(actorsOf(text)).toEqual(['Committee on Labour and Social Affairs']);
  });

  it('gives a chamber a measure passed the measure\'s side, but not a body cleared of something', () => {
    expect(stancesOf('ATLANTA — The bill passed the Georgia Senate 35-20 on Tuesday.')).toEqual([['Senate of Georgia', 'support']]);
    expect(stancesOf('The inquiry cleared the Senate of any wrongdoing.')).toEqual([]);
  });

  it("reads counsel or lawyers for a body as speaking for it, not other people's lawyers", () => {
    expect(actorKinds('Counsel for the Delhi government argued that the city was paying the price for fires it could not control.')).toEqual([
      'Government of Delhi: reported',
    ]);
    expect(actorKinds('Lawyers for the plaintiffs told the court the Department of Justice had acted unlawfully.')).toEqual([]);
  });

  it('reads a Spanish, Portuguese or French adverbial opening a sentence as no part of its subject', () => {
    expect(actorKinds('Por su parte, el Gobierno Regional de Atacama valoró el rechazo.', 'es')).toEqual(['Gobierno Regional de Atacama: reported']);
    expect(actorKinds('Em paralelo, a Polícia Federal instaurou inquérito para identificar os autores.', 'pt')).toEqual(['Federal Police of Brazil: acting']);
    expect(actorKinds("De son côté, l'Autorité des marchés publics a indiqué qu'elle examinait le contrat.", 'fr')).toEqual(['Autorité des marchés publics: reported']);
  });

  it('reads "police" with no article before a reporting verb as the police force named before, not another force', () => {
    expect(actorKinds('The Houston Police Department arrested two men on Monday. Police said the men had stolen 40 catalytic converters.')).toEqual([
      'Houston Police Department: acting',
      'Houston Police Department: reported',
    ]);
    expect(actorKinds('The Houston Police Department arrested two men. State police said the men had fled.')).toEqual(['Houston Police Department: acting']);
  });

  it("reads a subject's side after a relative clause describing it, not in the clause, unless the clause is all it says", () => {
    const rules = (text: string, language?: string) => stanceExamples(text, language).examples.map((e) => [e.actors.join(), e.rule]);
    expect(rules('The Israel Competition Authority, which has long criticised the concentration of the banking sector, said it supported the levy.')).toEqual([
      ['Israel Competition Authority', 'support'],
    ]);
    const agent = 'A ação foi movida pelo Ministério Público de Minas Gerais (MPMG), que acusa a mineradora de ter omitido, por ao menos dois anos, laudos de risco.';
    expect(enrichText(agent, 'pt').stances.map((x) => [x.actor, x.polarity])).toEqual([['Ministério Público de Minas Gerais', 'oppose']]);
  });

  it('reads a forecast as reported and a body that passed a bill as supporting it', () => {
    expect(actorKinds('The National Weather Service forecast highs of 108 degrees in the valleys through Sunday.')).toEqual(['National Weather Service: reported']);
    const passed = stanceExamples('The California State Assembly passed a bill in May that would require districts to notify families.').examples;
    expect(passed.map((e) => [e.actors, e.rule])).toEqual([[['California State Assembly'], 'support']]);
  });

  it('reads Spanish and Portuguese reporting verbs in the present and after a perfect tense\'s auxiliary, not a participle alone', () => {
    expect(actorKinds('La Contraloría General de la República había señalado que el proyecto costará 40 millones.', 'es')).toEqual([
      'Contraloría General de la República: reported',
    ]);
    expect(actorKinds('El Banco de España indica que el crédito creció un 3 % en octubre.', 'es')).toEqual(['Bank of Spain: reported']);
    expect(actorKinds('O Banco Central do Brasil tinha alertado que a inflação seguiria alta.', 'pt')).toEqual(['Central Bank of Brazil: reported']);
    expect(actorKinds('La Contraloría General de la República publicó el informe señalado por los diputados.', 'es')).toEqual([
      'Contraloría General de la República: acting',
    ]);
  });

  it('reads a name with a bracketed acronym opening a sentence as its own subject, not a pronoun for the body before', () => {
    const text = 'El Banco Central de la República Argentina recortó la tasa. La Unión Industrial Argentina (UIA), en cambio, valoró la baja de tasas.';
    expect(stanceExamples(text, 'es').examples.filter((e) => e.start > 0)).toEqual([]);
  });

  it('reads a participial phrase opening a sentence as no part of its subject', () => {
    const text =
      "The Economic and Financial Crimes Commission arraigned the defendants. Speaking to journalists after the proceedings, the commission's spokesman, Mr. Dele Oyewale-Ibe, said the defendants had returned N1.1 billion.";
    expect(actorsIn(text, 'Speaking to journalists')).toEqual(['Economic and Financial Crimes Commission']);
  });

  it('reads "show" as reporting only after a published document, and a body cited by someone reported speaking as no speaker', () => {
    expect(actorKinds('The Federal Trade Commission shows up at the motor show every year.')).toEqual(['Federal Trade Commission: acting']);
    expect(actorKinds('Experts said on Monday that inflation rose, according to data from Statistics Canada.')).toEqual([]);
  });
});
