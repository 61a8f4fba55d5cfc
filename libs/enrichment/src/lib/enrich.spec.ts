import { enrichText, GAZETTEER_VERSION, stanceExamples } from '../index';

const bodyNames = (text: string) => enrichText(text).bodies.map((b) => `${b.name} (${b.country})`);
const surfacesOf = (text: string, name: string) =>
  enrichText(text)
    .bodies.find((b) => b.name === name)
    ?.mentions.map((m) => m.surface);

describe('coordination splitting', () => {
  it('splits departments listed after a plural head', () => {
    const text = 'Officials from the Departments of Homeland Security, Justice and State took part.';
    expect(bodyNames(text)).toEqual([
      'United States Department of Homeland Security (US)',
      'United States Department of Justice (US)',
      'United States Department of State (US)',
    ]);
    expect(surfacesOf(text, 'United States Department of Justice')).toEqual(['Justice']);
  });

  it('splits ministries and takes the country from the sentence', () => {
    const text = 'Peru sent officials from the Ministries of the Interior and Foreign Affairs.';
    expect(bodyNames(text)).toEqual(['Ministry of the Interior of Peru (PE)', 'Ministry of Foreign Affairs of Peru (PE)']);
  });

  it('gives coordinated country adjectives one body each', () => {
    expect(bodyNames('The Russian and Syrian defense ministries issued a joint statement.')).toEqual([
      'Ministry of Defence of the Russian Federation (RU)',
      'Ministry of Defence of Syria (SY)',
    ]);
  });

  it('keeps a singular head whole', () => {
    expect(bodyNames('The Department of Health and Human Services said so.')).toEqual([
      'United States Department of Health and Human Services (US)',
    ]);
  });
});

describe('acronyms', () => {
  it('lets a known acronym decide the country of its long form', () => {
    const text = 'Talks with US officials ended, according to the Ministry of the Interior (Minint).';
    expect(bodyNames(text)).toEqual(['Ministry of the Interior of Cuba (CU)']);
  });

  it('links an unknown acronym to its long form for the rest of the text', () => {
    const text = 'Kenya said the Ministry of Water Resources (MWR) would act. Later MWR announced a plan.';
    expect(surfacesOf(text, 'Ministry of Water Resources of Kenya')).toEqual(['Ministry of Water Resources', 'MWR', 'MWR']);
  });

  it('reads capitals that spell the initials of a body the text names as that body', () => {
    const text = 'The Oregon Water Resources Department issued the permits. OWRD staff will inspect the wells.';
    expect(surfacesOf(text, 'Oregon Water Resources Department')).toEqual(['Oregon Water Resources Department', 'OWRD']);
    // The initials may leave out the place opening the name.
    const deq = 'The Oregon Department of Environmental Quality issued the permits. The DEQ will inspect the wells.';
    expect(surfacesOf(deq, 'Oregon Department of Environmental Quality')).toEqual(['Oregon Department of Environmental Quality', 'DEQ']);
  });

  it('reads a mixed-case acronym that spells every word of a body the text names as that body', () => {
    const text = 'The Pennsylvania Department of Transportation will close the bridge. PennDOT said the beams had corroded.';
    expect(surfacesOf(text, 'Pennsylvania Department of Transportation')).toEqual(['Pennsylvania Department of Transportation', 'PennDOT']);
    // Small letters may begin a connective only, and every other word must be spelled.
    expect(bodyNames('The Ministry of Health of Kenya acted. McHale said the Ministry was slow. MoH agreed.')).toEqual(['Ministry of Health of Kenya (KE)']);
  });

  it('gives a long form in another language the known body its acronym abbreviates, in the same country', () => {
    const text = 'La CNMC multó a Renfe. En Madrid, la Comisión Nacional de los Mercados y la Competencia (CNMC) dijo que la multa es firme.';
    expect(enrichText(text, 'es').bodies.map((b) => [b.name, b.mentions.length])).toEqual([['National Markets and Competition Commission', 3]]);
  });

  it('does not lend a known acronym to a long form it does not name', () => {
    const text = 'The Financial Stability Board (FSB) published its report.';
    expect(bodyNames(text)).not.toContain('Federal Security Service (RU)');
  });

  it('takes an alias the text names outright with "known as", abbreviation or not', () => {
    const text = 'The tests were run by the Michigan Department of Environment, Great Lakes, and Energy, known as EGLE. EGLE began supplying water.';
    expect(surfacesOf(text, 'Michigan Department of Environment, Great Lakes, and Energy')).toEqual([
      'Michigan Department of Environment, Great Lakes, and Energy',
      'EGLE',
      'EGLE',
    ]);
    expect(bodyNames('The Ministry of Water Resources, known as the best, acted.')).toEqual([]);
  });

  it('reads the initials of a name without its country as that body', () => {
    const text = 'The Cyber Security Agency of Singapore issued an alert. Small firms are the weakest link, the CSA said.';
    expect(surfacesOf(text, 'Cyber Security Agency of Singapore')).toEqual(['Cyber Security Agency of Singapore', 'CSA']);
  });

  it('ignores parentheses that do not abbreviate the long form', () => {
    const text = 'Kenya said the Ministry of Water Resources (Reuters) would act.';
    expect(surfacesOf(text, 'Ministry of Water Resources of Kenya')).toEqual(['Ministry of Water Resources']);
  });
});

describe('short references', () => {
  it('gives a head named alone the body named before with its complement', () => {
    const text =
      'He pleaded guilty, the U.S. Attorney’s Office for the Western District of New York said. The U.S. attorney’s office said he called twice.';
    expect(bodyNames(text)).toEqual(["United States Attorney's Office for the Western District of New York (US)"]);
    expect(bodyNames('The U.S. attorney’s office said he called twice.')).toEqual(["United States Attorney's Office (US)"]);
  });

  it('resolves "the Ministry" to the last named ministry', () => {
    const text = 'Ghana’s Ministry of Health and the Ghanaian government met. "We agree," said the Ministry.';
    const result = enrichText(text);
    expect(surfacesOf(text, 'Ministry of Health of Ghana')).toEqual(['Ministry of Health', 'Ministry']);
    expect(result.stances).toContainEqual(expect.objectContaining({ actor: 'Ministry of Health of Ghana', polarity: 'support' }));
  });

  it('resolves a lowercase head, with a modifier, to the last body it heads', () => {
    const text = 'Brazil’s Monetary Policy Committee met. In its statement, the committee said inflation demanded caution. The central bank later warned against cuts.';
    expect(surfacesOf(text, 'Monetary Policy Committee')).toEqual(['Monetary Policy Committee', 'committee']);
    expect(enrichText(text).stances).toContainEqual(expect.objectContaining({ actor: 'Monetary Policy Committee', evidence: expect.objectContaining({ start: text.indexOf('In its') }) }));
    expect(bodyNames('The high court said it would rule soon.')).toEqual([]);
  });

  it('resolves a Romance bare head to the last name it opens, except a government', () => {
    const text = 'HERMOSILLO — La Procuraduría Federal de Protección al Ambiente clausuró la mina. «No vamos a tolerar», afirmó el titular de la Procuraduría.';
    expect(enrichText(text, 'es').bodies.map((b) => b.mentions.map((m) => m.surface))).toEqual([['Procuraduría Federal de Protección al Ambiente', 'Procuraduría']]);
    const government = 'MONTERREY — El Gobierno de Nuevo León pidió agua. El Gobierno respondió que no habrá recortes.';
    expect(enrichText(government, 'es').bodies).toHaveLength(2);
  });

  it('resolves a head after a local level word to the last body it heads', () => {
    const text = 'LONDON — St Ives Town Council met on Monday. In a statement, the town council called for the licence to be reviewed.';
    expect(surfacesOf(text, 'St Ives Town Council')).toEqual(['St Ives Town Council', 'town council']);
  });

  it('resolves a head described by what it is made of or how it stands to the last body it heads', () => {
    const text = 'LONDON — The Public Accounts Committee reviewed the contracts. The cross-party committee called on the Home Office to publish its data.';
    expect(surfacesOf(text, 'Public Accounts Committee')).toEqual(['Public Accounts Committee', 'cross-party committee']);
    const court = 'NAIROBI — The Supreme Court of Kenya heard the petition. The seven-judge court said the levy was lawful. The independent regulator said nothing.';
    expect(surfacesOf(court, 'Supreme Court of Kenya')).toEqual(['Supreme Court of Kenya', 'seven-judge court']);
  });

  it('names a common-noun body with its owner’s possessive, as with an adjective, and a proper name without it', () => {
    expect(surfacesOf('Iran’s parliament voted to suspend cooperation.', 'Islamic Consultative Assembly')).toEqual(['Iran’s parliament']);
    expect(surfacesOf('Iranian parliament voted to suspend cooperation.', 'Islamic Consultative Assembly')).toEqual(['Iranian parliament']);
    expect(surfacesOf('India’s Supreme Court heard the case.', 'Supreme Court of India')).toEqual(['Supreme Court']);
  });

  it('gives a body described with "a" or in the headline to the one body of its kind named in full after it', () => {
    const appeals = 'NEW ORLEANS — A federal appeals court on Friday blocked the rule. The 5th U.S. Circuit Court of Appeals said the agency had overstepped.';
    expect(bodyNames(appeals)).toEqual(['United States Court of Appeals for the Fifth Circuit (US)']);
    expect(surfacesOf(appeals, 'United States Court of Appeals for the Fifth Circuit')).toEqual(['federal appeals court', '5th U.S. Circuit Court of Appeals']);
    expect(bodyNames('Kenyan court suspends mobile money tax\nNAIROBI — The High Court on Monday suspended the levy.')).toEqual(['High Court of Kenya (KE)']);
    expect(enrichText('Tribunal Ambiental anula permiso\nSANTIAGO, Chile — El Primer Tribunal Ambiental anuló el permiso.', 'es').bodies.map((b) => b.name)).toEqual(['Primer Tribunal Ambiental']);
    // A headline's short name opens the full name the list holds under another name.
    const mexico = 'Suprema Corte ordena pago\nCIUDAD DE MÉXICO — El pleno de la Suprema Corte de Justicia de la Nación resolvió el caso.';
    expect(enrichText(mexico, 'es').bodies.map((b) => `${b.name}: ${b.mentions.map((m) => m.surface).join(', ')}`)).toEqual([
      'Supreme Court of Justice of the Nation: Suprema Corte, Suprema Corte de Justicia de la Nación',
    ]);
    // A description the story uses again is a body of its own.
    const rome = 'A Rome court refused to validate the detentions. Judges at the Court of Rome said they could not. The ministry will appeal to the Court of Cassation.';
    expect(bodyNames(rome)).toEqual(['Courts of Italy (IT)', 'Court of Cassation of Italy (IT)']);
  });

  it('resolves "the court" to the last court, though "court" with a country is a country’s courts', () => {
    const text = 'The Supreme Court of India heard the case. Later, the court said the law was unconstitutional.';
    expect(surfacesOf(text, 'Supreme Court of India')).toEqual(['Supreme Court of India', 'court']);
    expect(bodyNames('A Kenyan court blocked the levy.')).toEqual(['Courts of Kenya (KE)']);
  });

  it('resolves Spanish, Portuguese and French short references, to bodies named in English or in their language', () => {
    const es = 'El Ministerio de Agricultura de España publicó el dato. El ministerio afirmó que la subida es grave.';
    expect(enrichText(es, 'es').bodies.map((b) => b.mentions.map((m) => m.surface))).toEqual([['Ministerio de Agricultura de España', 'ministerio']]);
    const pt = 'O Ministério do Meio Ambiente do Brasil comemorou. A pasta acrescentou que a queda continua.';
    expect(enrichText(pt, 'pt').bodies.map((b) => b.mentions.map((m) => m.surface))).toEqual([['Ministério do Meio Ambiente do Brasil', 'pasta']]);
    // A court named in Spanish ("Corte …") is what "el tribunal" refers back to.
    const corte = 'La Corte Constitucional de Ecuador anuló la consulta. Luego el tribunal ordenó un nuevo proceso.';
    expect(enrichText(corte, 'es').bodies.map((b) => b.mentions.map((m) => m.surface))).toEqual([['Corte Constitucional de Ecuador', 'tribunal']]);
    const fr = 'Le Tribunal administratif de Paris a rejeté la requête. La juridiction a estimé que la mesure était illégale.';
    expect(enrichText(fr, 'fr').bodies.map((b) => [b.name, b.mentions.length])).toEqual([['Administrative Court of Paris', 2]]);
    expect(enrichText('El Banco de México recortó la tasa. El banco central advirtió que la incertidumbre es alta.', 'es').bodies[0].mentions.length).toBe(2);
    expect(enrichText('El ministerio de Salud de Chile publicó el dato.', 'es').bodies.map((b) => b.mentions.length)).toEqual([1]);
    // "de" opening a verb ("declaró", "defendió") is no complement.
    const verb = 'El Ministerio de Agricultura de España publicó el dato. El ministerio declaró que la subida es grave.';
    expect(enrichText(verb, 'es').bodies.map((b) => b.mentions.map((m) => m.surface))).toEqual([['Ministerio de Agricultura de España', 'ministerio']]);
    const shortForm = 'La Policía Metropolitana de Bogotá reforzó la vigilancia. La Policía Metropolitana informó que detuvo a 12 personas.';
    expect(enrichText(shortForm, 'es').bodies.map((b) => b.mentions.map((m) => m.surface))).toEqual([['Policía Metropolitana de Bogotá', 'Policía Metropolitana']]);
  });

  it('resolves a head spelt the other way ("organisation", "centre") to the body it heads', () => {
    const text = 'The World Health Organization met. The organisation advised against travel bans.';
    expect(surfacesOf(text, 'World Health Organization')).toEqual(['World Health Organization', 'organisation']);
  });

  it('resolves an office named by its holder\'s role to the last office of that role', () => {
    const text = 'The Hamilton County Sheriff\'s Office and the Cincinnati Police Department searched the house. The sheriff\'s office said it found nothing.';
    expect(surfacesOf(text, "Hamilton County Sheriff's Office")).toEqual(["Hamilton County Sheriff's Office", "sheriff's office"]);
    const canada = 'The Office of the Commissioner of Canada Elections opened a probe. The commissioner\'s office said the fine was fair.';
    expect(surfacesOf(canada, 'Office of the Commissioner of Canada Elections')).toHaveLength(2);
    expect(bodyNames("The mayor's office said nothing.")).toEqual([]);
  });

  it('resolves a head after a country or place to that place\'s last body of the head', () => {
    const text = 'The Ohio Division of Financial Institutions and the Texas Division of Emergency Management joined. The Ohio division said it had helped.';
    expect(surfacesOf(text, 'Ohio Division of Financial Institutions')).toEqual(['Ohio Division of Financial Institutions', 'Ohio division']);
    const brazil = 'The Brazilian Ministry of Health and the Argentine Ministry of Health met. The Brazilian ministry said the vaccine was safe.';
    expect(surfacesOf(brazil, 'Ministry of Health of Brazil')).toEqual(['Brazilian Ministry of Health', 'Brazilian ministry']);
  });

  it('gives an alias of one country\'s body to a longer name of another country it ends, named before', () => {
    const text = "Kenya's National Treasury defended the levy. In a statement, the Treasury said the ruling creates uncertainty.";
    expect(surfacesOf(text, 'National Treasury of Kenya')).toEqual(['National Treasury', 'Treasury']);
    expect(bodyNames('The Treasury said the ruling creates uncertainty.')).toEqual(['United States Department of the Treasury (US)']);
  });

  it('reads "the Highway Patrol" back to the state\'s highway patrol', () => {
    const text = 'The Ohio State Highway Patrol chased the car. The Highway Patrol said troopers end a chase when the danger is high.';
    expect(surfacesOf(text, 'Ohio State Highway Patrol')).toEqual(['Ohio State Highway Patrol', 'Highway Patrol']);
  });

  it('ignores a short reference with no antecedent', () => {
    expect(bodyNames('The Ministry said nothing.')).toEqual([]);
  });
});

describe('stance polarity', () => {
  it.each([
    ['El Ministerio de Salud de Chile calificó de inaceptable la decisión del tribunal.', 'es', 'oppose'],
    ['O Ministério da Saúde do Brasil aplaudiu a decisão.', 'pt', 'support'],
    ["Le ministère de l'Intérieur a déploré la décision du tribunal.", 'fr', 'oppose'],
  ])('reads Spanish, Portuguese and French cues: %s', (text, language, polarity) => {
    expect(enrichText(text, language).stances.map((s) => s.polarity)).toEqual([polarity]);
  });

  it.each([
    ['El Ministerio de Salud de Chile advierte que la medida perjudica a los pacientes.', 'es', 'oppose'],
    ['El Ministerio de Salud de Chile autorizó el uso de la vacuna.', 'es', 'support'],
    ['O Ministério da Saúde do Brasil congratulou-se com a decisão.', 'pt', 'support'],
    ['O Ministério da Saúde do Brasil recusou o pedido, apesar da pressão.', 'pt', 'oppose'],
    ["Le ministère de l'Intérieur se réjouit de la décision et appuie le projet.", 'fr', 'support'],
    ["Le ministère de l'Intérieur reproche au maire une décision injuste.", 'fr', 'oppose'],
  ])('reads the Spanish, Portuguese and French equivalents of the English cues: %s', (text, language, polarity) => {
    expect(stanceExamples(text, language).examples.map((e) => e.rule)).toEqual([polarity]);
  });

  it('reads negation as flipping a cue', () => {
    const [stance] = enrichText('The State Department said it does not support the plan.').stances;
    expect(stance).toMatchObject({ actor: 'United States Department of State', polarity: 'oppose' });
  });

  it('attributes text after "according to" and stays neutral without cues', () => {
    const [stance] = enrichText('Ten people died, according to the United Nations.').stances;
    expect(stance).toMatchObject({ actor: 'United Nations', polarity: 'neutral' });
  });

  it('attributes an official to the ministry when that ministry is tagged', () => {
    const text = 'France’s Ministry for Europe and Foreign Affairs was briefed. French Foreign Minister Jean Dupont condemned the attack.';
    expect(enrichText(text).stances).toContainEqual(
      expect.objectContaining({ actor: 'Ministry for Europe and Foreign Affairs of France', polarity: 'oppose' }),
    );
  });

  it('reads an agency that estimates, encourages or recommends in the present tense as taking a position', () => {
    expect(enrichText('The U.S. Department of Energy estimates that smart thermostats save 10% a year.').stances).toContainEqual(
      expect.objectContaining({ actor: 'United States Department of Energy', polarity: 'neutral' }),
    );
    expect(enrichText('The FDA encourages patients to report problems to its MedWatch program.').stances).toContainEqual(
      expect.objectContaining({ actor: 'Food and Drug Administration', polarity: 'support' }),
    );
  });

  it('reads a plan announced "in conjunction with" a partner as support', () => {
    expect(enrichText('The UK Treasury announced a scheme in conjunction with the Bank of England.').stances).toContainEqual(
      expect.objectContaining({ actor: 'HM Treasury', polarity: 'support' }),
    );
  });

  it('reads a body that fined someone as opposing them', () => {
    const text = 'In May 2024, the Financial Transactions and Reports Analysis Centre of Canada fined a crypto exchange C$6 million.';
    expect(enrichText(text).stances).toContainEqual(
      expect.objectContaining({ actor: 'Financial Transactions and Reports Analysis Centre of Canada', polarity: 'oppose' }),
    );
  });

  it('knows national science, standards and financial-crime bodies by name and acronym', () => {
    const text = 'The NSF, NIST, FinCEN, NIOSH, the FATF and the Reserve Bank of New Zealand were named.';
    expect(bodyNames(text)).toEqual(
      expect.arrayContaining([
        'National Science Foundation (US)',
        'National Institute of Standards and Technology (US)',
        'Financial Crimes Enforcement Network (US)',
        'National Institute for Occupational Safety and Health (US)',
        'Financial Action Task Force (INT)',
        'Reserve Bank of New Zealand (NZ)',
      ]),
    );
  });
});

describe('who speaks a quote', () => {
  it('does not make a body inside the quote the subject of the quote\'s own "we asked"', () => {
    const stances = enrichText('“Congress is giving us the tools we asked for,” the Federal Trade Commission said.').stances;
    expect(stances.map((s) => s.actor)).toEqual(['Federal Trade Commission']);
  });
});

describe('non-government actors', () => {
  const actors = (text: string) => enrichText(text).stances.filter((s) => s.actorType === 'non_government').map((s) => s.actor);

  it("does not take the end of a quote or clause into the speaker's name", () => {
    expect(actors('“I know we’re happy to get rid of the old plan, which was a disaster for Fortress,” Cooperman told reporters.')).toEqual([]);
    expect(actors('To clear the air over Delhi, Prakash said the government would act.')).toEqual([]);
  });

  it('keeps abbreviations and the commas of a listed name', () => {
    expect(actors('Gov. Elena Márquez called the cuts "reckless" in a post on social media.')).toEqual(['Gov. Elena Márquez']);
    expect(actors('The Banks, Insurance and Financial Institutions Employees Union said it opposed the merger plan.')).toEqual([
      'Banks, Insurance and Financial Institutions Employees Union',
    ]);
  });
});

describe('exclusions', () => {
  it('does not tag people, parties or bare country names', () => {
    expect(bodyNames('Attorney General William Barr and Republicans met; Washington said Russia erred.')).toEqual([]);
  });
});

describe('offsets', () => {
  it('gives mentions and evidence as exact slices of the text', () => {
    const text = 'In Havana, the Cuban government\nwelcomed the FBI.\n\nThe Pentagon said “we condemn it.”';
    const result = enrichText(text);
    const mentions = result.bodies.flatMap((b) => b.mentions);
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    for (const s of result.stances) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
  });

  it('reports the gazetteer version', () => {
    expect(enrichText('').gazetteerVersion).toBe(GAZETTEER_VERSION);
    expect(GAZETTEER_VERSION).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });
});

describe('bodies of the state an article is about', () => {
  const story =
    'Thousands of teachers rallied in Indianapolis on Tuesday. Indiana ranks low on teacher pay, and ' +
    'Indiana teachers want more. ';

  it('reads "the Legislature" and "state government" as the main state’s', () => {
    const text = story + 'Leaders of the Legislature and the state government said the budget already raised pay.';
    expect(bodyNames(text)).toEqual(['Indiana Legislature (US)', 'Government of Indiana (US)']);
    expect(enrichText(text).bodies.map((b) => b.kind)).toEqual(['legislature', 'subnational']);
  });

  it('names a state’s legislature one way, by its state or as "the state legislature", and with a state named "… State"', () => {
    expect(bodyNames('The Ohio Legislature passed the bill. Later, the state legislature and the Ohio legislature voted again.')).toEqual(['Ohio Legislature (US)']);
    expect(surfacesOf('The Washington State Legislature passed a law.', 'Washington State Legislature')).toEqual(['Washington State Legislature']);
    // No body of the province named before: the province's own legislature.
    expect(bodyNames('TORONTO — The bill passed the Ontario legislature on Tuesday.')).toEqual(['Ontario Legislature (CA)']);
  });

  it('names no body for a state-level phrase when no state is in the story', () => {
    expect(bodyNames('The state government said the budget already raised pay.')).toEqual([]);
  });

  it('does not take a state’s own chamber or court for the national one', () => {
    expect(bodyNames(story + 'Indiana House Speaker Brian Bosma spoke to lawmakers.')).not.toContain('United States House of Representatives (US)');
    expect(bodyNames('The California Supreme Court ruled on Monday.')).toEqual(['Supreme Court of California (US)']);
  });
});

describe('long-tail patterns', () => {
  it('reads a town’s name before a council’s head as a local government, and its short form as the same council', () => {
    const text = 'LEEDS, England — Oldham Council was condemned. Oldham Metropolitan Borough Council said it accepted the findings.';
    expect(enrichText(text).bodies.map((b) => `${b.name} (${b.kind}): ${b.mentions.map((m) => m.surface).join(', ')}`)).toEqual([
      'Oldham Metropolitan Borough Council (subnational): Oldham Council, Oldham Metropolitan Borough Council',
    ]);
    expect(bodyNames('LONDON — Cornwall Council welcomed the fine.')).toEqual(['Cornwall Council (GB)']);
    // No town: a think tank.
    expect(bodyNames('LONDON — The Atlantic Council said the sanctions would fail.')).toEqual([]);
  });

  it('reads a defence ministry named by shape as military, and one body with the list\'s of the same words', () => {
    expect(enrichText('BERLIN — The Federal Ministry of Defence said. A Defence Ministry spokesman said.').bodies.map((b) => [b.name, b.kind, b.mentions.length])).toEqual([
      ['Federal Ministry of Defence of Germany', 'military', 2],
    ]);
  });

  it('reads a body named by some words of another body’s name, in order and with its head, as that body', () => {
    const surfaces = (text: string) => enrichText(text).bodies.map((b) => `${b.name}: ${b.mentions.map((m) => m.surface).join(', ')}`);
    expect(surfaces('BERLIN — The Federal Ministry of Labour and Social Affairs said it would appeal. A spokesman for the labour ministry said the ruling was wrong.')).toEqual([
      'Federal Ministry of Labour and Social Affairs: Federal Ministry of Labour and Social Affairs, labour ministry',
    ]);
    expect(surfaces('SEOUL — The Korea Fair Trade Commission fined the firm. The Fair Trade Commission said the fine was its largest.')).toEqual([
      'Korea Fair Trade Commission: Korea Fair Trade Commission, Fair Trade Commission',
    ]);
    // Two short names of one coordinated name: bodies of their own.
    expect(bodyNames('BAGHDAD — The Ministry of Agriculture and the Ministry of Water Resources blamed the drought. In Erbil, the Ministry of Agriculture and Water Resources said farmers needed help.')).toHaveLength(3);
    // A listed body is an institution of its own.
    expect(bodyNames('AUSTIN, Texas — The Texas Supreme Court ruled on Friday. The U.S. Supreme Court declined to hear the case.')).toEqual([
      'Supreme Court of Texas (US)',
      'Supreme Court of the United States (US)',
    ]);
  });

  it('keeps a court seated by a place after "for" whole, though the court alone is listed', () => {
    expect(bodyNames('In a 38-page opinion, the US District Court for the District of Columbia said Spain had agreed.')).toEqual([
      'US District Court for the District of Columbia (US)',
    ]);
  });

  it('keeps a body overseen after "for" inside the name of the office that oversees it', () => {
    expect(bodyNames('The Office of the Inspector General for the NYPD said the unit lacked rules.')).toEqual([
      'Office of the Inspector General for the NYPD (US)',
    ]);
  });

  it('reads a ministry whatever its portfolio\'s words ("Primary Industries", "Universities")', () => {
    expect(bodyNames("New Zealand's Ministry for Primary Industries said the ban would stay.")).toEqual(['Ministry for Primary Industries (NZ)']);
    expect(bodyNames('The Department of Anthropology at Harvard said so.')).toEqual([]);
  });

  it('reads a local force that calls itself a service or a force by that name', () => {
    expect(bodyNames('Hamilton Police Service said it would help in Ontario.')).toEqual(['Hamilton Police Service (CA)']);
  });

  it('does not take the article into a topic ministry ("the Interior Ministry")', () => {
    expect(surfacesOf('Police detained 1,400 people in Turkey, according to the Interior Ministry.', 'Ministry of the Interior of Turkey')).toEqual([
      'Interior Ministry',
    ]);
  });

  it('gives a topic ministry the ministry named before that holds the topic among others', () => {
    const text = "Colombia's Ministry of Environment and Sustainable Development said deforestation fell. The Environment Ministry also defended its programme.";
    expect(surfacesOf(text, 'Ministry of Environment and Sustainable Development of Colombia')).toEqual([
      'Ministry of Environment and Sustainable Development',
      'Environment Ministry',
    ]);
  });

  it('gives a country\'s generic head the body of that country named before whose name it ends', () => {
    const text = 'The Finnish Border Guard said it tracked the ships. Later the Border Guard\'s commander spoke.';
    expect(surfacesOf(text, 'Finnish Border Guard')).toEqual(['Finnish Border Guard', 'Border Guard']);
    expect(bodyNames('The International Court of Justice ruled. The European Union\'s top court disagreed.')).toContain('Court of Justice of the European Union (INT)');
  });

  it('reads a capitalized Romance head that names the country’s body by itself when no body of its kind came before', () => {
    const names = (text: string, language: string) => enrichText(text, language).bodies.map((b) => `${b.name} (${b.country})`);
    expect(names('BRASÍLIA — O Banco Central manteve a taxa Selic no Brasil.', 'pt')).toEqual(['Central Bank of Brazil (BR)']);
    expect(names('La Fiscalía abrió una investigación en Colombia.', 'es')).toEqual(["Prosecutor's Office of Colombia (CO)"]);
  });

  it('keeps the French Parliament apart from the National Assembly', () => {
    const text = 'Le Parlement a adopté la loi. L’Assemblée nationale avait voté le texte en juin, puis le Sénat.';
    expect(enrichText(text, 'fr').bodies.map((b) => b.name)).toEqual(['Parliament of France', 'National Assembly of France', 'Senate of France']);
  });

  it('knows every UN member state by name, capital and adjective, in English and in Spanish, Portuguese and French', () => {
    expect(bodyNames('The Chadian government said it needed aid.')).toEqual(['Government of Chad (TD)']);
    expect(bodyNames('Botswana’s central bank cut rates in Gaborone.')).toEqual(['Central Bank of Botswana (BW)']);
    expect(enrichText('O governo moçambicano anunciou o plano.', 'pt').bodies.map((b) => b.country)).toEqual(['MZ']);
  });

  it('reads a place’s government named by its level, the place known or not', () => {
    expect(bodyNames('In Nigeria, the Plateau State government said it had filed a suit.')).toEqual(['Plateau State Government (NG)']);
    // Niger State is Nigeria's, though Niger is a country.
    expect(bodyNames('In Nigeria, the Niger State government said it had filed a suit.')).toEqual(['Government of Niger State (NG)']);
    expect(bodyNames('In Kenya, the Turkana county government sent tankers.')).toEqual(['Turkana County Government (KE)']);
    expect(bodyNames('In South Africa, the Gauteng provincial government sent tankers.')).toEqual(['Government of Gauteng (ZA)']);
    expect(bodyNames('The Ontario provincial government said it would appeal.')).toEqual(['Government of Ontario (CA)']);
    expect(bodyNames('Teachers rallied against the Republican-dominated state government of Indiana.')).not.toContainEqual(
      expect.stringContaining('Republican'),
    );
    expect(bodyNames('The regional government said it would appeal.')).toEqual([]);
    // A metropolitan government is its city's, though a capital stands for its country elsewhere.
    expect(bodyNames('SEOUL, March 3 — The Seoul Metropolitan Government said it would ban old diesel cars.')).toEqual(['Seoul Metropolitan Government (KR)']);
  });

  it('knows UK departments by their current names and the agencies under them', () => {
    expect(bodyNames('In London, the Department for Culture, Media and Sport and the Valuation Office Agency replied.')).toEqual([
      'Department for Digital, Culture, Media and Sport (GB)',
      'Valuation Office Agency (GB)',
    ]);
  });

  it('reads "the City of <capital>" as the city’s government, though the capital stands for its country elsewhere', () => {
    expect(bodyNames('The City of Cape Town said it would appeal.')).toEqual(['City of Cape Town (ZA)']);
  });

  it('reads German courts and state police by their seat, and a Crown Court by its place', () => {
    expect(bodyNames('The Oberlandesgericht Düsseldorf sentenced him; the Landeskriminalamt Baden-Württemberg had arrested him.')).toEqual([
      'Higher Regional Court of Düsseldorf (DE)',
      'Landeskriminalamt Baden-Württemberg (DE)',
    ]);
    expect(bodyNames('In London, he appeared at Southwark Crown Court.')).toEqual(['Southwark Crown Court (GB)']);
  });

  it('names a U.S. Attorney’s Office by its judicial district', () => {
    const text = 'A man pleaded guilty, the U.S. Attorney’s Office for the Western District of New York announced Monday.';
    expect(bodyNames(text)).toEqual(["United States Attorney's Office for the Western District of New York (US)"]);
    expect(bodyNames('The U.S. Attorney’s Office declined to comment.')).toEqual(["United States Attorney's Office (US)"]);
  });

  it('reads "<Role> <Name>’s office" as the role’s office (a title, not a common noun), its country from the story', () => {
    const text = 'Protests in Bolivia went on. Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds.';
    expect(bodyNames(text)).toEqual(["Ombudsman's Office of Bolivia (BO)"]);
    expect(bodyNames('Texas Attorney General Ken Paxton’s office said it would appeal.')).toEqual(["Attorney General's Office of Texas (US)"]);
    expect(bodyNames('Protests in Bolivia went on. The ombudsman Nadia Cruz’s office said so.')).toEqual([]);
  });

  it('reads a sheriff’s office whose place carries a state abbreviation', () => {
    const text = 'Deputies from the Orange County, Calif., sheriff’s office arrived.';
    expect(surfacesOf(text, "Orange County Sheriff's Office")).toEqual(['Orange County, Calif., sheriff’s office']);
  });
});

describe('the country of generic heads', () => {
  it('counts the curated bodies a story names, not only the countries it names', () => {
    const text =
      'The Court of Appeal ruled that a Home Office detention policy was unlawful. The two claimants came ' +
      'from Sudan and neither was removed from the UK. A Home Office spokesperson said the department ' +
      'would consider an appeal to the Supreme Court.';
    expect(bodyNames(text)).toEqual([
      'Court of Appeal of the United Kingdom (GB)',
      'Home Office (GB)',
      'Supreme Court of the United Kingdom (GB)',
    ]);
  });

  it('counts a curated body named by its full name, not by an acronym other countries’ bodies share', () => {
    const text =
      'Galway City Council kept its notices after the EPA downgraded the beach. The EPA said overflows were to blame. ' +
      "The EPA called on the utility to act. Nationally, most of Ireland's bathing waters met the standard, according to the EPA.";
    expect(bodyNames(text)).toContain('Galway City Council (IE)');
  });

  it('reads a name holding an intergovernmental body’s name, or a region’s, and no state’s as intergovernmental', () => {
    expect(bodyNames('JUBA — The African Union Peace and Security Council said it was concerned by fighting in South Sudan.')).toEqual([
      'African Union Peace and Security Council (INT)',
    ]);
    expect(bodyNames('TASHKENT — The Interstate Commission for Water Coordination of Central Asia said Uzbekistan agreed.')).toEqual([
      'Interstate Commission for Water Coordination of Central Asia (INT)',
    ]);
    expect(enrichText('DAKAR - La Commission de l’UEMOA a condamné le coup d’État au Mali.', 'fr').bodies.map((b) => b.country)).toEqual(['INT']);
    // A state's name inside keeps the body the state's, and so does an intergovernmental body listed beside its own field.
    expect(enrichText('BOGOTÁ — La Dirección de Investigación Criminal e Interpol capturó a tres personas.', 'es').bodies.map((b) => b.country)).toEqual(['CO']);
    expect(bodyNames('NEW YORK — The U.S. Mission to the United Nations said it opposed the resolution.')).toEqual([
      'Mission of the United States to the United Nations (US)',
    ]);
  });

  it('counts a wire dateline’s country as several mentions', () => {
    const text =
      'India cuts tariffs under UK pact\n\nNEW DELHI — Whisky from the UK and British cars get cheaper as Britain’s trade pact takes effect. ' +
      'Parliament approved the pact on Friday.';
    expect(bodyNames(text)).toEqual(['Parliament of India (IN)']);
  });

  it('reads "Washington" before a state body’s head or title as the state, elsewhere as the capital', () => {
    expect(bodyNames('OLYMPIA — The Washington Department of Fish and Wildlife welcomed the ruling.')).toEqual([
      'Washington Department of Fish and Wildlife (US)',
    ]);
    expect(bodyNames('The Washington Supreme Court ruled on Thursday.')).toEqual(['Supreme Court of Washington (US)']);
    expect(bodyNames('Washington imposed sanctions on Iran’s Ministry of Defense.')).toEqual(['Ministry of Defence of Iran (IR)']);
  });

  it('reads "Korea" alone as South Korea, as the news writes it', () => {
    expect(bodyNames("US groups lobbied. Korea's Ministry of Trade, Industry and Energy said the rules were fair.")).toEqual([
      'Ministry of Trade, Industry and Energy (KR)',
    ]);
    expect(bodyNames("PYONGYANG — North Korea's Foreign Ministry called the drills a provocation.")).toEqual(['Ministry of Foreign Affairs of North Korea (KP)']);
  });

  it('knows capitals by their Spanish, Portuguese and French names', () => {
    const countryOf = (text: string, language: string) => enrichText(text, language).bodies.map((b) => b.country);
    expect(countryOf('En San José, el Ministerio de Salud anunció el cierre de la playa.', 'es')).toEqual(['CR']);
    expect(countryOf('À Berne, le Conseil fédéral a adopté le projet.', 'fr')).toEqual(['CH']);
    expect(countryOf('Em Lisboa, o Ministério das Finanças apresentou o orçamento.', 'pt')).toEqual(['PT']);
  });
});

describe('the world\'s first-level subdivisions', () => {
  it('takes a story\'s country from a region it names, where no country is named', () => {
    expect(bodyNames('HAMILTON — The Environment Court overturned the consent, ruling that the Waikato Regional Council failed to assess the risk.')).toEqual([
      'Environment Court (NZ)',
      'Waikato Regional Council (NZ)',
    ]);
  });

  it('names a department\'s or prefecture\'s government after it', () => {
    expect(bodyNames('FLORENCIA — The Caquetá departmental government closed the roads.')).toEqual(['Government of Caquetá (CO)']);
    expect(bodyNames('TOKYO — The Osaka prefectural government said.')).toEqual(['Government of Osaka (JP)']);
  });

  it('leaves out names of direction and names of other countries\' towns', () => {
    // Haiti's "Ouest" department is no place here.
    expect(bodyNames("DAKAR — La Banque centrale des Etats de l'Afrique de l'Ouest a relevé ses taux.")).toEqual([
      "Banque centrale des Etats de l'Afrique de l'Ouest (INT)",
    ]);
  });
});

describe('a ministry or department named with its country after it', () => {
  it.each([
    ['The Ministry of Health of Ghana condemned the law.', 'Ministry of Health of Ghana (GH)'],
    ['The Department of Justice of the Philippines filed the case.', 'Department of Justice of the Philippines (PH)'],
    ['The Department of Health of Ontario said cases rose.', 'Ontario Department of Health (CA)'],
    ['The Department of State of the United States said so.', 'United States Department of State (US)'],
  ])('%s', (text, expected) => {
    expect(bodyNames(text)).toEqual([expected]);
  });
});

describe('heads that name a body in some countries only', () => {
  it('reads "the Chamber of Deputies" as the lower house of the story’s country, where it is so called', () => {
    expect(bodyNames('In Argentina, the Chamber of Deputies voted down the bill.')).toEqual(['Argentine Chamber of Deputies (AR)']);
    expect(bodyNames('In France, the Chamber of Deputies met.')).toEqual([]);
  });

  it('reads "Congress" as a legislature only where the legislature is so called', () => {
    expect(bodyNames("Peru's Congress voted to remove the president on Thursday.")).toEqual(['Congress of Peru (PE)']);
    expect(bodyNames('In New Delhi, Congress leader Rahul Gandhi criticized the Indian government.')).not.toContain('Congress of India (IN)');
  });
});

describe('national bodies of many countries', () => {
  it('knows Spanish, Portuguese and French bodies by their own names, and their short forms after them', () => {
    const paris = 'PARIS — La préfecture de police de Paris a interdit la manifestation. La Préfecture de police a indiqué que la décision était définitive.';
    expect(enrichText(paris, 'fr').bodies.map((b) => `${b.name} (${b.country}): ${b.mentions.map((m) => m.surface).join(', ')}`)).toEqual([
      'Paris Police Prefecture (FR): préfecture de police de Paris, Préfecture de police',
    ]);
    expect(enrichText('CARACAS — La Guardia Nacional Bolivariana detuvo a tres personas.', 'es').bodies.map((b) => `${b.name} (${b.country})`)).toEqual([
      'Bolivarian National Guard (VE)',
    ]);
  });

  it('knows Asian, African and Middle Eastern bodies by their own names', () => {
    expect(bodyNames('BEIJING — The Eastern Theater Command said drills had ended. The Taiwan Affairs Office blamed Taipei.')).toEqual([
      'Eastern Theater Command (CN)',
      'Taiwan Affairs Office (CN)',
    ]);
    expect(bodyNames('ABUJA — The Department of State Services arrested two men.')).toEqual(['Department of State Services (NG)']);
  });

  it('knows European and intergovernmental bodies, and leaves a body’s possessive before another’s name to the owner', () => {
    expect(bodyNames('THE HAGUE — The Hoge Raad upheld the ruling, and UNFPA said it would appeal for funds.')).toEqual([
      'Supreme Court of the Netherlands (NL)',
      'United Nations Population Fund (INT)',
    ]);
    expect(bodyNames('STOCKHOLM — Skatteverket said the rules were clear; UNOPS will run the programme.')).toEqual([
      'Swedish Tax Agency (SE)',
      'United Nations Office for Project Services (INT)',
    ]);
    expect(bodyNames('BRUSSELS — The European Parliament’s Committee on Economic and Monetary Affairs voted for the plan.')).toEqual([
      'European Parliament (INT)',
      'Committee on Economic and Monetary Affairs (INT)',
    ]);
  });

  it('knows agencies whose names hold no word of government', () => {
    expect(bodyNames('The Farm Service Agency said it would close 112 offices.')).toEqual(['Farm Service Agency (US)']);
    expect(bodyNames('LONDON — Ofwat fined the water company £14m.')).toEqual(['Water Services Regulation Authority (GB)']);
    expect(bodyNames('DUBLIN — The Health Service Executive said waiting lists grew.')).toEqual(['Health Service Executive (IE)']);
    expect(bodyNames('SYDNEY — The Fair Work Commission raised the minimum wage.')).toEqual(['Fair Work Commission (AU)']);
  });

  it('reads French courts, lowercase by French usage, by their type and seat', () => {
    const text = "En Tunisie, la cour d'appel de Tunis a confirmé la peine prononcée par le tribunal de première instance de Tunis.";
    expect(enrichText(text, 'fr').bodies.map((b) => `${b.name} (${b.country})`)).toEqual([
      'Court of Appeal of Tunis (TN)',
      'Court of First Instance of Tunis (TN)',
    ]);
  });

  it('knows central banks and statistics offices by name, native name and acronym', () => {
    expect(bodyNames('Spain’s central bank and the Banco de España agree; in Argentina, INDEC said prices rose.')).toEqual([
      'Bank of Spain (ES)',
      'National Institute of Statistics and Census of Argentina (AR)',
    ]);
  });

  it('knows tax, health, weather, space and environment agencies by name, native name and acronym', () => {
    expect(bodyNames('In Brazil, Ibama and the Receita Federal raided the mine; Anvisa approved the vaccine.')).toEqual([
      'Brazilian Institute of Environment and Renewable Natural Resources (BR)',
      'Federal Revenue Service of Brazil (BR)',
      'Brazilian Health Regulatory Agency (BR)',
    ]);
  });

  it('reads "the Office of the President" and "presidential office" as the office of the country attached', () => {
    expect(bodyNames('The Office of the President of Ukraine said on Monday.')).toEqual(['Office of the President of Ukraine (UA)']);
    expect(bodyNames('Ukraine’s presidential office said so.')).toEqual(['Office of the President of Ukraine (UA)']);
  });

  it('knows regional organisations and development banks, and reads "EIB-204" as a document’s code', () => {
    expect(bodyNames('Mercosur and CARICOM leaders met the African Development Bank.')).toEqual([
      'Southern Common Market (INT)',
      'Caribbean Community (INT)',
      'African Development Bank (INT)',
    ]);
    expect(bodyNames('See the report (EIB-204, January 2019).')).toEqual([]);
  });

  it('knows UN missions and the African Union Commission, and courts of cassation and Iraq’s Council of Representatives', () => {
    expect(bodyNames('In Lebanon, UNIFIL said it was attacked; the African Union Commission condemned it.')).toEqual([
      'United Nations Interim Force in Lebanon (INT)',
      'African Union Commission (INT)',
    ]);
    expect(bodyNames('In Italy, the Court of Cassation upheld it.')).toEqual(['Court of Cassation of Italy (IT)']);
    expect(bodyNames('In Iraq, the Council of Representatives voted.')).toEqual(['Council of Representatives of Iraq (IQ)']);
  });

  it('knows the seats that stand for an office and Spanish regions’ own names for their governments', () => {
    expect(bodyNames('Matignon and Palazzo Chigi declined to comment; the Xunta de Galicia objected.')).toEqual([
      'Office of the Prime Minister of France (FR)',
      'Office of the Prime Minister of Italy (IT)',
      'Regional Government of Galicia (ES)',
    ]);
  });

  it('knows legislatures, forces and regulators by their English and native names', () => {
    expect(bodyNames('The Sejm passed the bill, and the Polish Border Guard reported fewer crossings.')).toEqual([
      'Sejm (PL)',
      'Polish Border Guard (PL)',
    ]);
  });

  it('takes a national body\'s acronym only in a story that names its country', () => {
    expect(bodyNames('Nach § 630f BGB muss die Arztakte elektronisch geführt werden.')).toEqual([]);
    expect(bodyNames('In Bangladesh, the BGB said it had stopped the boats.')).toEqual(['Border Guard Bangladesh (BD)']);
  });

  it('reads "the National Treasury" as the story\'s own where the body is so called', () => {
    expect(bodyNames('In Nairobi, Kenya, the National Treasury cut spending.')).toEqual(['National Treasury of Kenya (KE)']);
  });
});

describe('names shared by several countries', () => {
  it('reads "the Treasury" as the body of the story’s country', () => {
    expect(bodyNames('The UK government backs fintech. Last year, the Treasury announced a plan for London.')).toContain('HM Treasury (GB)');
    expect(bodyNames('The Treasury announced new sanctions on Monday, Washington officials said.')).toContain(
      'United States Department of the Treasury (US)',
    );
  });

  it('reads a name many countries share as the story’s own body when the story never names the listed body’s country', () => {
    expect(bodyNames('DUBLIN (Reuters) - Ireland will tighten asylum rules, the Department of Justice said.')).toEqual(['Department of Justice of Ireland (IE)']);
    expect(bodyNames('SYDNEY (AAP) - Treasury forecasts for Australia were cut.')).toEqual(['Treasury of Australia (AU)']);
    expect(bodyNames("TOKYO — Japan's economy slowed. Separately, the Cabinet Office downgraded its assessment.")).toEqual(['Cabinet Office of Japan (JP)']);
    const quebec = 'MONTRÉAL - Au Canada, l’Assemblée nationale a adopté le projet de loi du Québec sur les tarifs.';
    expect(enrichText(quebec, 'fr').bodies.map((b) => `${b.name} (${b.country})`)).toEqual(['National Assembly of Canada (CA)']);
    expect(bodyNames('Ireland and the United States signed a treaty, the Department of Justice said.')).toEqual(['United States Department of Justice (US)']);
    expect(bodyNames('DUBLIN (Reuters) - Ireland will cooperate with the Federal Bureau of Investigation.')).toContain('Federal Bureau of Investigation (US)');
  });

  it('reads a name many countries share, with another country’s name or adjective before it, as that country’s body', () => {
    expect(bodyNames("ISLAMABAD — Pakistan's Foreign Office rejected the allegations.")).toEqual(['Foreign Office of Pakistan (PK)']);
    // A name no other country's body bears keeps its own body, or none.
    expect(bodyNames("LONDON — Pakistan's Foreign, Commonwealth and Development Office rejected the allegations.")).not.toContain('Foreign, Commonwealth and Development Office of Pakistan (PK)');
  });

  it('reads a short name as the body named before whose head it is, not one it completes', () => {
    const text = "Kenya's National Treasury cut spending. Parliament met. The Treasury said it would borrow less.";
    expect(bodyNames(text)).toContain('National Treasury of Kenya (KE)');
    expect(bodyNames(text)).not.toContain('Treasury of Kenya (KE)');
    const complement = 'The House Committee on Homeland Security met in Washington. Homeland Security said it would hire more officers.';
    expect(bodyNames(complement)).toContain('United States Department of Homeland Security (US)');
  });
});

describe('a national institution of another country', () => {
  it('moves a listed institution to the country whose adjective or name stands beside it, in every mention', () => {
    const text = "Côte d'Ivoire : le Conseil constitutionnel retient cinq candidats. Le Conseil constitutionnel ivoirien a publié la liste.";
    expect(enrichText(text, 'fr').bodies.map((b) => [b.name, b.country, b.mentions.length])).toEqual([["Constitutional Council of Côte d'Ivoire", 'CI', 2]]);
    expect(enrichText('Le Conseil constitutionnel a censuré la loi.', 'fr').bodies.map((b) => b.country)).toEqual(['FR']);
  });
});

describe('native names', () => {
  it.each([
    ['Le Conseil constitutionnel a censuré la loi ; le ministère de l’Intérieur a pris acte.', ['Constitutional Council of France (FR)', 'Ministry of the Interior of France (FR)']],
    ['El Senado de la República aprobó la ley y la Comisión Nacional del Agua (Conagua) tendrá nuevas facultades.', ['Senate of Mexico (MX)', 'National Water Commission of Mexico (MX)']],
    ['O Copom do Banco Central do Brasil manteve a Selic; o Ministério da Fazenda discordou.', ['Monetary Policy Committee of Brazil (BR)', 'Central Bank of Brazil (BR)', 'Ministry of Finance of Brazil (BR)']],
    ['El FMI y el Departamento de Estado respaldaron el plan; la Reserva Federal guardó silencio.', ['International Monetary Fund (INT)', 'United States Department of State (US)', 'Federal Reserve (US)']],
  ])('tags bodies named in their own language: %s', (text, names) => {
    expect(bodyNames(text)).toEqual(names);
  });
});
