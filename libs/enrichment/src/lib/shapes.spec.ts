import { enrichText } from '../index';

// Bodies no list names, recognised by the shape of their names; sentences written for this test.
const bodies = (text: string, language?: string) => enrichText(text, language).bodies.map((b) => `${b.name} (${b.country})`);
const surfaces = (text: string, language?: string) =>
  enrichText(text, language).bodies.flatMap((b) => b.mentions.map((m) => m.surface));

describe('English bodies by shape', () => {
  it.each([
    ['The Maryland Public Service Commission approved the rate increase on Tuesday.', 'Maryland Public Service Commission (US)'],
    ['The Senate Judiciary Subcommittee on Crime and Counterterrorism met on Thursday.', 'Senate Judiciary Subcommittee on Crime and Counterterrorism (US)'],
    ['A panel of the Ninth Circuit Court of Appeals heard the case.', 'United States Court of Appeals for the Ninth Circuit (US)'],
    ['The 1st U.S. Circuit Court of Appeals refused to lift the order.', 'United States Court of Appeals for the First Circuit (US)'],
    ['The U.S. Court of Appeals for the D.C. Circuit heard arguments.', 'United States Court of Appeals for the District of Columbia Circuit (US)'],
    ['The Los Angeles City Council voted 12-2 to ban the sale of flavored tobacco.', 'Los Angeles City Council (US)'],
    ['The Fairfax County School Board voted to adopt the phone ban.', 'Fairfax County School Board (US)'],
    ["The Senate Veterans' Affairs Committee advanced the bill.", "Senate Veterans' Affairs Committee (US)"],
    ['The Metropolitan Transportation Authority said trains would run on a weekend schedule.', 'Metropolitan Transportation Authority (US)'],
    ['A report by the NASA Science Mission Directorate listed the delays.', 'NASA Science Mission Directorate (US)'],
    ['Deputies from the Harris County Sheriff’s Office found the car.', "Harris County Sheriff's Office (US)"],
    ['The House Subcommittee on Health, Employment and Pensions held a hearing.', 'House Subcommittee on Health, Employment and Pensions (US)'],
    ['The House of Representatives Judiciary Committee voted 15-10.', 'House of Representatives Judiciary Committee (US)'],
    ['The Department of Justice Office of Inspector General opened a review.', 'United States Department of Justice Office of Inspector General (US)'],
    ['Ohio’s Department of Natural Resources, Parks, the Environment and Water issued the permit.', 'Department of Natural Resources, Parks, the Environment and Water (US)'],
    ['The Ghanaian capital was quiet. The Ghana Revenue Authority extended the filing deadline.', 'Ghana Revenue Authority (GH)'],
    ['The Michigan Department of Environment, Great Lakes, and Energy issued the permit.', 'Michigan Department of Environment, Great Lakes, and Energy (US)'],
    ['The Fox Chapel Area School District asked voters to approve the levy.', 'Fox Chapel Area School District (US)'],
    ['In Singapore, the Ministry of Sustainability and the Environment raised the fine.', 'Ministry of Sustainability and the Environment (SG)'],
    ['In Australia, the Independent Broad-based Anti-corruption Commission charged four officers.', 'Independent Broad-based Anti-corruption Commission (AU)'],
    ['Troopers of the Ohio State Highway Patrol stopped the car.', 'Ohio State Highway Patrol (US)'],
    ['Vermont Emergency Management opened three shelters.', 'Vermont Emergency Management (US)'],
    ['Officials from Alberta Health Services said the wait was long.', 'Alberta Health Services (CA)'],
    ['New Zealand Food Safety recalled the cheese.', 'New Zealand Food Safety (NZ)'],
    ['Toronto Public Health said cases rose.', 'Toronto Public Health (CA)'],
    ['The Senate Health, Education, Labor and Pensions Committee plans a hearing.', 'Senate Health, Education, Labor and Pensions Committee (US)'],
    ["The Cook County State's Attorney's Office dropped the charges.", "Cook County State's Attorney's Office (US)"],
    ['In India, the Greater Hyderabad Municipal Corporation cleared the drains.', 'Greater Hyderabad Municipal Corporation (IN)'],
    ['Crews from the Middleton Fire District reached the barn.', 'Middleton Fire District (US)'],
    ['The U.S. Mission to the United Nations called the vote a mistake.', 'Mission of the United States to the United Nations (US)'],
    ["The Nevada Secretary of State's office certified the count.", "Nevada Secretary of State's Office (US)"],
    ['Chad’s National Commission for the Reception and Reintegration of Refugees and Returnees asked for aid.', 'National Commission for the Reception and Reintegration of Refugees and Returnees (TD)'],
    ['Crews from the Tupelo Fire Department reached the barn.', 'Tupelo Fire Department (US)'],
    ['In Delhi, the Commission for Air Quality Management banned construction.', 'Commission for Air Quality Management (IN)'],
    ["The Lyon prosecutor's office opened an inquiry.", "Lyon Prosecutor's Office (FR)"],
    ['In Kenya, the Office of the Data Protection Commissioner fined the lender.', 'Office of the Data Protection Commissioner (KE)'],
    ["In England, the Office of the Children's Commissioner criticised the plan.", "Office of the Children's Commissioner (GB)"],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toContain(expected);
  });

  it('reads a committee named by its topic as a legislature\'s in a story that names a legislature', () => {
    expect(bodies('LONDON — The Work and Pensions Committee said the benefit cap had failed, and asked the House of Commons to vote.')).toContain(
      'Work and Pensions Committee (GB)',
    );
    expect(bodies('LONDON — The Work and Pensions Committee said the benefit cap had failed.')).toEqual([]);
    // A chamber's plural possessive owns the committee; a role's is part of a name.
    expect(bodies("TOKYO — The House of Councillors' Committee on Economy and Industry approved the bill.")).toEqual([
      'House of Councillors (JP)',
      'Committee on Economy and Industry (JP)',
    ]);
    expect(bodies("CAIRO — The House of Representatives' Economic Affairs Committee approved the law.")).toEqual([
      'House of Representatives of Egypt (EG)',
      'Economic Affairs Committee (EG)',
    ]);
    expect(bodies("SEOUL — The Seoul Central District Prosecutors' Office indicted him.")).toEqual(["Seoul Central District Prosecutors' Office (KR)"]);
  });

  it('names a committee apart from the chamber its complement names, as annotators do', () => {
    expect(bodies('CAIRO — The Plan and Budget Committee of the House of Representatives approved the budget.')).toEqual([
      'Plan and Budget Committee (EG)',
      'House of Representatives of Egypt (EG)',
    ]);
    expect(surfaces("AMMAN — The Agriculture and Water Committee of Jordan's House of Representatives rejected the tariff.")).toEqual([
      'Agriculture and Water Committee',
      'House of Representatives',
    ]);
    // A complement that names no chamber stays in the name.
    expect(surfaces('WASHINGTON — The Senate Committee on Foreign Relations approved the treaty.')).toEqual(['Senate Committee on Foreign Relations']);
  });

  it("reads a plural's apostrophe inside a complement", () => {
    expect(surfaces("WASHINGTON — The House Committee on Veterans' Affairs voted to subpoena the department.")).toEqual(["House Committee on Veterans' Affairs"]);
  });

  it('reads a reserve bank named by its country as the central bank', () => {
    expect(enrichText('SUVA — The Reserve Bank of Fiji kept its policy rate unchanged.').bodies.map((b) => [b.name, b.country, b.kind])).toEqual([
      ['Reserve Bank of Fiji', 'FJ', 'central_bank'],
    ]);
    expect(bodies('The Reserve Bank said rates would stay.')).toEqual([]);
  });

  it('ends the modifiers of a name at another body\'s head before "and", save "Police", often a field', () => {
    expect(surfaces('In Wales, Isle of Anglesey County Council and Gwynedd Council raised the tax.')).not.toContain('Anglesey County Council and Gwynedd Council');
    expect(surfaces('In Wales, Isle of Anglesey County Council and Gwynedd Council raised the tax.')).toContain('Anglesey County Council');
    expect(surfaces('The House Energy and Commerce Committee met.')).toEqual(['House Energy and Commerce Committee']);
  });

  it('leaves a participle opening a name out of it', () => {
    expect(surfaces('The GOP-dominated Ohio Legislature passed the bill.')).not.toContain('GOP-dominated Ohio Legislature');
  });

  it('names a state\'s own agency when a national agency\'s name follows the state, but no body in a title', () => {
    expect(enrichText('The California Department of Justice joined the suit.').bodies.map((b) => [b.name, b.kind])).toEqual([
      ['California Department of Justice', 'subnational'],
    ]);
    // The head closing the national name: the state's agency, not the nation's and not none.
    expect(enrichText('The Ohio Environmental Protection Agency told lawmakers it lacks staff.').bodies.map((b) => [b.name, b.kind])).toEqual([
      ['Ohio Environmental Protection Agency', 'subnational'],
    ]);
    expect(bodies('Indiana House Speaker Brian Bosma spoke before lawmakers.')).not.toContain('Indiana House (US)');
    // A chamber after its state is the state's, when no title follows.
    expect(bodies('AUGUSTA, Maine — The Maine House on Tuesday fell short of the votes to override the veto.')).toEqual(['House of Representatives of Maine (US)']);
  });

  it('keeps a school\'s own board out: only the head "School Board" is exempt from the school exclusion', () => {
    expect(bodies('The Riverside High School Alumni Board approved the reunion.')).toEqual([]);
  });

  it('takes a lowercase office only as the office of a capitalized role with a place or name before it', () => {
    expect(bodies("The Secretary of State's office did not reply.")).toEqual([]);
    expect(bodies("The Attorney General's office did not reply.")).toEqual([]);
    expect(bodies("Mr Brown's office did not reply.")).toEqual([]);
  });

  it('takes a division only as a unit of a body found otherwise, never of a company', () => {
    expect(bodies('A director of the SEC’s Division of Enforcement spoke.')).toContain('Division of Enforcement (US)');
    expect(bodies('Apple’s Consumer Division reported higher sales.')).toEqual([]);
    expect(bodies('The Justice Department’s Antitrust Division sued.')).toContain('Antitrust Division (US)');
  });

  it('reads crime, prosecution and investigation words as government words', () => {
    expect(surfaces('The Metropolitan Police’s Economic Crime Command led the raids in London.')).toContain('Economic Crime Command');
    expect(surfaces('The Serious Fraud Office and the Crown Prosecution Service agreed.')).toContain('Serious Fraud Office');
    expect(surfaces('The Narcotics Bureau said the seizure was its largest.')).toEqual(['Narcotics Bureau']);
  });

  it('reads the portfolios of public works, land, resources, standards and welfare as government words, but not a trade\'s', () => {
    expect(surfaces('The Mineral Resources Authority suspended three mining permits.')).toEqual(['Mineral Resources Authority']);
    expect(surfaces('In Singapore, the Building and Construction Authority ordered the firm to stop work.')).toEqual(['Building and Construction Authority']);
    expect(surfaces('The Citizen Complaint Authority found the officer broke the rules.')).toEqual(['Citizen Complaint Authority']);
    expect(surfaces('Our Digital Marketing Agency grows your sales, says the European Food Information Council.')).toEqual([]);
  });

  it('keeps an ordinal opening a name, and reads "administrative" as a government word', () => {
    expect(surfaces('Judge Ana Ruiz of the 158th District Court ruled in Texas.')).toEqual(['158th District Court']);
    expect(surfaces('Illinois lawmakers on the Joint Committee for Review of Administrative Rules voted.')).toEqual([
      'Joint Committee for Review of Administrative Rules',
    ]);
  });

  it('keeps "People\'s" inside a complement', () => {
    expect(surfaces("The Office for Safeguarding National Security of the Central People's Government said it would act in Hong Kong.")).toEqual([
      "Office for Safeguarding National Security of the Central People's Government",
    ]);
  });

  it('finds a health authority named by its state', () => {
    expect(surfaces('Inspectors from the Oregon Health Authority visited the plant.')).toEqual(['Oregon Health Authority']);
  });

  it('finds a common-noun name after "the" and names it after the story\'s place', () => {
    const text = 'Officials in Inner Mongolia confirmed two cases. No one has shown symptoms, the regional health commission said.';
    expect(bodies(text)).toEqual(['Regional Health Commission of Inner Mongolia (CN)']);
    expect(enrichText(text).stances.map((s) => s.target)).toEqual(['No one has shown symptoms']);
  });

  it('needs a level word and "the" for a common-noun name', () => {
    expect(bodies('A health commission met. Our council voted. The big council agreed.')).toEqual([]);
  });

  it('names the state body for "the state Supreme Court" in a story about one state', () => {
    const text = 'Wisconsin voters return in April. The state Supreme Court struck down the map on Friday.';
    expect(bodies(text)).toContain('Wisconsin Supreme Court (US)');
    expect(surfaces(text)).toContain('state Supreme Court');
  });

  it('keeps a curated name when a shape only adds its country', () => {
    expect(bodies('The U.S. Department of Justice opened an inquiry.')).toEqual(['United States Department of Justice (US)']);
  });

  it('reads a shorter later name as the body named in full before', () => {
    const text = 'The Ohio Civil Rights Commission opened a case. Later the Civil Rights Commission closed it.';
    expect(bodies(text)).toEqual(['Ohio Civil Rights Commission (US)']);
    const opening = 'In Italy, judges waited for the Court of Justice of the European Union. Later the Court of Justice ruled.';
    expect(bodies(opening)).toEqual(['Court of Justice of the European Union (INT)']);
  });

  it('separates a unit from the body it belongs to at a possessive', () => {
    const text = 'The Department of Justice’s Office of Professional Responsibility opened a review.';
    expect(surfaces(text)).toEqual(['Department of Justice', 'Office of Professional Responsibility']);
  });

  it('reads a head written with a hyphen, and gives a unit named after its owner’s possessive the owner’s country', () => {
    const text = 'In Germany, according to the European Commission’s Directorate-General for Agriculture, the firms met.';
    expect(bodies(text)).toEqual(['European Commission (INT)', 'Directorate-General for Agriculture (INT)']);
  });

  it('reads "Affairs" as a government word: a legislature’s committee named by its field', () => {
    expect(surfaces('In London, the Home Affairs Committee said the plan was flawed.')).toContain('Home Affairs Committee');
  });

  it('knows a city’s force by its city, in the city’s country, and a short name as the force named in full before', () => {
    expect(enrichText('The Toronto Police Service arrested two men. Toronto police said they were armed.').bodies.map((b) => [b.name, b.country, b.kind])).toEqual([
      ['Toronto Police Service', 'CA', 'law_enforcement'],
    ]);
    expect(bodies('The Cincinnati Police Department said the chase ended. Cincinnati police said officers fired.')).toEqual(['Cincinnati Police Department (US)']);
  });

  it('knows a force named by the place after it, not a country’s police', () => {
    expect(bodies('Police in Chicago said they arrested two men.')).toEqual(['Chicago Police Department (US)']);
    expect(bodies('In Norway, police in Troms said they arrested two men.')).toEqual(['Troms Police (NO)']);
    expect(bodies('Police in France said they arrested two men.')).toEqual([]);
  });

  it('names a local force of another country as written, in that country', () => {
    expect(bodies('Sydney, Australia — ACT Police said the raid was planned.')).toEqual(['ACT Police (AU)']);
    expect(bodies('Haitian National Police officers retook the road.')).toEqual(['Haitian National Police (HT)']);
  });

  it('gives a force of a place it does not know the story’s country, unless it is written the American way', () => {
    const british = 'LONDON — The Home Office funds the scheme in Britain. Greater Manchester Police said arrests rose.';
    expect(bodies(british)).toEqual(['Home Office (GB)', 'Greater Manchester Police (GB)']);
    const sheriff = 'The Home Office said so. The Bartholomew County Sheriff’s Department arrested two men.';
    expect(bodies(sheriff)).toContain("Bartholomew County Sheriff's Department (US)");
  });
});

describe('look-alikes stay out', () => {
  it.each([
    'Professors in the Department of Physics at MIT welcomed the grant.',
    'Authority Brands Inc bought a plumbing company in Ohio.',
    'The FIFA Council approved the new match calendar.',
    'The Council on Foreign Relations published a report on trade.',
    'The American Farm Bureau said prices were falling.',
    'The Spokane Police Guild, the union representing officers, said it had not been consulted.',
    'She studied at the Department of Health Sciences of a London university.',
    'The Democratic National Committee raised money in Texas.',
    'The Oval Office was quiet on Sunday.',
    'The Atlantic Council hosted a panel on energy.',
    'The Pro-Growth Alliance Council met in Ohio.',
    'Ontario Power Generation restarted the reactor.',
    'Officials at Blair House said the visit went well.',
    'Government House said the governor was away.',
    'Ohio Health Resources opened a clinic.',
    "She is a professor in Georgetown University Medical Center's Department of Psychiatry.",
    "The NHL's Department of Player Safety will hold a hearing.",
  ])('%s', (text) => {
    expect(bodies(text)).toEqual([]);
  });

  it("keeps a unit whose owner is a legislature described by a party's participle", () => {
    expect(surfaces("The Republican-controlled Legislature's Joint Committee for Review of Administrative Rules voted 6-4.")).toContain(
      'Joint Committee for Review of Administrative Rules',
    );
  });
});

describe('Spanish, Portuguese and French bodies by shape', () => {
  it.each([
    ['es', 'El Ministerio de Salud Pública de Ecuador informó que los casos bajaron.', 'Ministerio de Salud Pública de Ecuador'],
    ['es', 'La Policía Nacional detuvo a tres personas en Bogotá, según la Fiscalía General de la Nación.', 'Policía Nacional'],
    ['es', 'La Policía Nacional detuvo a tres personas en Bogotá, según la Fiscalía General de la Nación.', 'Fiscalía General de la Nación'],
    ['pt', 'O Supremo Tribunal Federal decidiu que a lei é inconstitucional, segundo o Ministério da Saúde.', 'Supremo Tribunal Federal'],
    ['pt', 'A Polícia Federal prendeu o empresário em São Paulo, disse a Receita Federal.', 'Polícia Federal'],
    ['pt', 'A Secretaria de Estado de Meio Ambiente e Sustentabilidade do Pará emitiu a licença.', 'Secretaria de Estado de Meio Ambiente e Sustentabilidade do Pará'],
    ['es', 'En Chile, el Primer Tribunal Ambiental anuló el permiso.', 'Primer Tribunal Ambiental'],
    ['fr', 'Le ministère des Affaires étrangères a condamné l’attaque, selon le Conseil constitutionnel.', 'ministère des Affaires étrangères'],
    ['fr', 'La Cour de cassation a rejeté le pourvoi et la Gendarmerie nationale a ouvert une enquête.', 'Cour de cassation'],
    ['fr', 'L’Agence de l’eau Loire-Bretagne a financé le projet en France.', 'Agence de l’eau Loire-Bretagne'],
    ['fr', 'Le ministère de la Transition écologique a publié le décret en France.', 'ministère de la Transition écologique'],
    ['fr', 'En France, le ministère de l’Économie rappelle que la loi est claire.', 'ministère de l’Économie'],
  ])('%s: %s', (language, text, surface) => {
    expect(surfaces(text, language)).toContain(surface);
  });

  it('reads a French qualified head with its adjective in lowercase', () => {
    const text = "MONTRÉAL — Selon un avis de l'Institut national de santé publique du Québec, l'exposition est dangereuse. Le Rassemblement national a critiqué l'avis.";
    expect(enrichText(text, 'fr').bodies.map((b) => b.name)).toEqual(['Institut national de santé publique du Québec']);
  });

  it('reads a French department named by its field and its country, not a company so named', () => {
    const text = 'MONTRÉAL — Environnement et Changement climatique Canada a ouvert une enquête. Ressources naturelles Canada a publié un avis. Air Canada a refusé.';
    expect(enrichText(text, 'fr').bodies.map((b) => b.mentions[0].surface)).toEqual(['Environnement et Changement climatique Canada', 'Ressources naturelles Canada']);
  });

  it('names a committee named after its chamber by its own words, as a legislature’s, and gives it what it does', () => {
    const text = 'CIUDAD DE MÉXICO — La Comisión de Medio Ambiente y Recursos Naturales de la Cámara de Diputados aprobó el dictamen.';
    const result = enrichText(text, 'es');
    expect(result.bodies.map((b) => [b.name, b.kind, b.mentions.map((m) => m.surface)])).toEqual([
      ['Comisión de Medio Ambiente y Recursos Naturales', 'legislature', ['Comisión de Medio Ambiente y Recursos Naturales de la Cámara de Diputados']],
    ]);
    expect(result.stances.map((s) => s.actor)).toEqual(['Comisión de Medio Ambiente y Recursos Naturales']);
    // A commission not named after a chamber keeps its head's kind.
    expect(enrichText('BRASÍLIA — A Comissão de Valores Mobiliários multou a empresa.', 'pt').bodies.map((b) => b.kind)).toEqual(['regulator']);
  });

  it('detects the language when none is declared', () => {
    expect(surfaces('El Gobierno de México rechazó la propuesta y el Senado aprobó la ley con los votos del partido.')).toEqual(
      expect.arrayContaining(['Gobierno de México', 'Senado']),
    );
  });

  it('names a bare head with the nation as its complement as the bare head alone', () => {
    expect(bodies('LIMA — El Congreso de la República aprobó la reforma. El Congreso también rechazó la moción. Perú vive una crisis.', 'es')).toEqual(['Congress of Peru (PE)']);
  });

  it('names a bare head with only its country as complement by the bare head\'s name', () => {
    expect(bodies('El Senado de Chile votó la ley y el Ejército de Colombia informó.', 'es')).toEqual(['Senate of Chile (CL)', 'Army of Colombia (CO)']);
    expect(bodies("Le Parlement du Sénégal a voté la loi.", 'fr')).toEqual(['Parliament of Senegal (SN)']);
  });

  it('does not read Spanish heads in an English story', () => {
    expect(surfaces('The band Ministerio de Salud played in Austin, and the Tribunal Records label signed them.')).toEqual([]);
  });

  it('ends a name at a comma that does not open a list closed by "and"', () => {
    expect(surfaces('The Norwegian Directorate for Cultural Heritage, and its partners, said so.')).toEqual(['Norwegian Directorate for Cultural Heritage']);
    expect(surfaces('The Ohio Department of Health, Governor Roe and the mayor agreed.')).toEqual(['Ohio Department of Health']);
  });

  it('gives a body named in Spanish a Spanish-speaking country of the story, though it names the United States more', () => {
    const text = 'La Policía Nacional detuvo a dos hombres buscados por Estados Unidos. Según Estados Unidos, operaban en Colombia. Washington pidió su extradición a Estados Unidos.';
    expect(bodies(text, 'es')).toEqual(['Policía Nacional (CO)']);
  });

  it('keeps a chamber of commerce out', () => {
    expect(surfaces('La Cámara de Comercio de Lima criticó el impuesto.', 'es')).toEqual([]);
  });

  it('takes the country of a lowercase country adjective after the head', () => {
    expect(bodies('Le ministère malien de la Communication a suspendu la chaîne.', 'fr')).toEqual(['ministère malien de la Communication (ML)']);
    expect(bodies('El gobierno cubano rechazó la medida, y la Cancillería mexicana respondió.', 'es')).toEqual([
      'Government of Cuba (CU)',
      'Secretariat of Foreign Affairs of Mexico (MX)',
    ]);
    expect(bodies('Les Forces armées maliennes ont repris la ville.', 'fr')).toEqual(['Armed Forces of Mali (ML)']);
  });

  it('goes on past a preposition only to a capitalized word that is no place, person or other body', () => {
    expect(surfaces('La Procuraduría Federal de Protección al Ambiente clausuró la mina.', 'es')).toEqual(['Procuraduría Federal de Protección al Ambiente']);
    // "en" goes on only after "specialised": elsewhere it names the seat.
    expect(surfaces('La Fiscalía Especializada en Materia Ambiental de La Libertad abrió una investigación.', 'es')).toEqual([
      'Fiscalía Especializada en Materia Ambiental de La Libertad',
    ]);
    expect(surfaces('A Justiça Federal em Itaituba suspendeu a licença.', 'pt')).toEqual(['Justiça Federal']);
    expect(surfaces('La Comisión Presidencial por la Paz respondió al Ministerio de Salud para Colombia.', 'es')).toEqual([
      'Comisión Presidencial por la Paz',
      'Ministerio de Salud',
    ]);
    expect(surfaces('El caso llegó a la Corte por la Comisión Interamericana de Derechos Humanos.', 'es')).not.toContain(
      'Corte por la Comisión Interamericana de Derechos Humanos',
    );
  });

  it('reads the executive and judicial powers as the country\'s government and judiciary', () => {
    expect(bodies('MONTEVIDEO — El Poder Ejecutivo envió el proyecto; el Poder Judicial no se pronunció.', 'es')).toEqual([
      'Government of Uruguay (UY)',
      'Judiciary of Uruguay (UY)',
    ]);
    expect(bodies('BRASÍLIA — O Poder Judiciário suspendeu a norma.', 'pt')).toEqual(['Judiciary of Brazil (BR)']);
  });

  it('needs a head that names one body by itself when only a country adjective follows it', () => {
    expect(bodies('El ministerio cubano no respondió.', 'es')).toEqual([]);
  });

  it('keeps the lowercase words of a French name, up to a verb, a date or a preposition of the sentence', () => {
    expect(surfaces('La Cour nationale du droit d’asile a rejeté le recours.', 'fr')).toEqual(['Cour nationale du droit d’asile']);
    expect(surfaces('Au Liban, la Commission de contrôle des banques a sanctionné la banque mardi.', 'fr')).toEqual(['Commission de contrôle des banques']);
    expect(surfaces('Au Mali, la Haute Autorité de la communication a suspendu la chaîne.', 'fr')).toEqual(['Haute Autorité de la communication']);
    expect(surfaces('En Tunisie, la Commission électorale indépendante a publié les résultats.', 'fr')).toEqual(['Commission électorale indépendante']);
    expect(surfaces('Le Sénat adopte le texte.', 'fr')).toEqual(['Sénat']);
    expect(surfaces('Au Mali, la Haute Autorité de régulation retient cinq dossiers.', 'fr')).toEqual(['Haute Autorité de régulation']);
  });

  it('names a diplomatic mission after the country that sends it, with its seat', () => {
    expect(bodies('El Consulado de México en Houston dijo que apoya a los detenidos.', 'es')).toEqual(['Consulado de México en Houston (MX)']);
    expect(surfaces('A Embaixada do Brasil em Pequim informou que o acordo foi assinado.', 'pt')).toEqual(['Embaixada do Brasil em Pequim']);
    expect(surfaces("L'ambassade de France à Alger a dénoncé la décision.", 'fr')).toEqual(['ambassade de France à Alger']);
  });

  it('reads heads of regional governments and general directorates, hyphenated or not', () => {
    expect(surfaces('A Procuradoria-Geral da República e a Advocacia-Geral da União defenderam a lei no Brasil.', 'pt')).toEqual([
      'Procuradoria-Geral da República',
      'Advocacia-Geral da União',
    ]);
    expect(surfaces('La Consejería de Sanidad y la Diputación de Sevilla rechazaron el plan en España.', 'es')).toEqual(['Consejería de Sanidad', 'Diputación de Sevilla']);
    expect(surfaces('La Direction générale des finances publiques a confirmé le montant en France.', 'fr')).toEqual(['Direction générale des finances publiques']);
  });

  it('reads a municipality only capitalized and with its complement: a lowercase one is a place', () => {
    expect(surfaces('BUENOS AIRES — El Municipio de La Matanza rechazó la medida y anunció que apelará.', 'es')).toEqual(['Municipio de La Matanza']);
    expect(surfaces('SÃO PAULO — O Município de Campinas informou que vai recorrer.', 'pt')).toEqual(['Município de Campinas']);
    expect(surfaces('La policía detuvo a tres personas en el municipio de Zapopan.', 'es')).toEqual([]);
  });

  it('reads offices, services, presidencies and departments only capitalized and with their complement', () => {
    expect(surfaces('El Servicio de Evaluación Ambiental aprobó el proyecto en Chile.', 'es')).toEqual(['Servicio de Evaluación Ambiental']);
    expect(surfaces('O Serviço de Inspeção Federal suspendeu o frigorífico no Brasil.', 'pt')).toEqual(['Serviço de Inspeção Federal']);
    expect(surfaces('La Presidencia de la República respondió en Perú.', 'es')).toEqual(['Presidencia de la República']);
    expect(surfaces('El FMI aprobó el Servicio Ampliado para Argentina.', 'es')).not.toContain('Servicio Ampliado');
    expect(surfaces('Los migrantes acudieron a la oficina de Tapachula en México.', 'es')).toEqual([]);
  });

  it('reads a list inside a name, but two bodies joined by a conjunction as two', () => {
    expect(surfaces('El Ministerio de Agricultura, Pesca y Alimentación apoyó el acuerdo.', 'es')).toEqual(['Ministerio de Agricultura, Pesca y Alimentación']);
    expect(surfaces('El Ejército y la Policía Nacional rechazaron la propuesta.', 'es')).toEqual(['Ejército', 'Policía Nacional']);
    expect(surfaces('La Fiscalía y Policía Nacional rechazaron la propuesta.', 'es')).toEqual(['Fiscalía', 'Policía Nacional']);
  });

  it('reads a head after a conjunction inside a name as part of it unless it opens a name of its own', () => {
    expect(surfaces('A Comissão de Constituição e Justiça aprovou o texto em Brasília.', 'pt')).toEqual(['Comissão de Constituição e Justiça']);
    expect(surfaces('El Ministerio para la Transición Ecológica y el Reto Demográfico valoró la decisión en España.', 'es')).toEqual([
      'Ministerio para la Transición Ecológica y el Reto Demográfico',
    ]);
  });

  it('reads a list of complements opening with "de", but not a list item opening with an article', () => {
    expect(surfaces('Au Québec, le ministère de l’Économie, de l’Innovation et de l’Énergie a précisé le plafond.', 'fr')).toEqual([
      'ministère de l’Économie, de l’Innovation et de l’Énergie',
    ]);
    expect(surfaces('En México, la Cámara de Diputados, la Comisión de Hacienda y el Senado revisaron el plan.', 'es')).toEqual(
      expect.arrayContaining(['Cámara de Diputados', 'Comisión de Hacienda']),
    );
  });

  it('reads a complement head with its adjectives before the complement, and joint commands', () => {
    expect(surfaces('El Servicio Nacional de Atención Integral a Personas Privadas de Libertad informó en Quito, Ecuador.', 'es')).toEqual([
      'Servicio Nacional de Atención Integral a Personas Privadas de Libertad',
    ]);
    expect(surfaces('El FMI aprobó el Servicio Ampliado para Argentina.', 'es')).not.toContain('Servicio Ampliado');
    expect(surfaces('El Comando Conjunto de las Fuerzas Armadas informó en Quito, Ecuador.', 'es')).toEqual(['Comando Conjunto de las Fuerzas Armadas']);
  });

  it('reads city governments, courts of justice, air forces, ombudsmen and auditors general by their heads', () => {
    expect(surfaces('La Ville de Montréal et la Défenseure des droits ont salué la décision au Canada.', 'fr')).toEqual(['Ville de Montréal', 'Défenseure des droits']);
    expect(surfaces('A Justiça Federal e a Força Aérea Brasileira atuaram no Pará.', 'pt')).toEqual(['Justiça Federal', 'Força Aérea Brasileira']);
    expect(surfaces('El Concejo de Bogotá aprobó el plan en Colombia.', 'es')).toEqual(['Concejo de Bogotá']);
    expect(surfaces('The Parliamentary and Health Service Ombudsman criticised the trust in England.')).toEqual(['Parliamentary and Health Service Ombudsman']);
  });

  it('reads boards, directorates, units and services only capitalized and with their complement', () => {
    expect(surfaces('La Junta de Andalucía y la Dirección de Vialidad respondieron en España.', 'es')).toEqual(['Junta de Andalucía', 'Dirección de Vialidad']);
    expect(surfaces('A Junta de Freguesia de Arroios aprovou a proposta em Portugal.', 'pt')).toEqual(['Junta de Freguesia de Arroios']);
    expect(surfaces('Le Service de la protection civile a évacué le village en Suisse.', 'fr')).toEqual(['Service de la protection civile']);
    expect(surfaces('La junta de vecinos y la dirección de la empresa firmaron en Chile.', 'es')).toEqual([]);
  });

  it('reads a chamber only by its legislative or audit words, a numbered court whole, and no lowercase head before a name', () => {
    expect(surfaces('La Cámara Nacional de Turismo y la Cámara de Comercio criticaron a la Cámara de Cuentas en República Dominicana.', 'es')).toEqual([
      'Cámara de Cuentas',
    ]);
    expect(surfaces('A Câmara Municipal do Porto aprovou o plano em Portugal.', 'pt')).toEqual(['Câmara Municipal do Porto']);
    expect(surfaces('La jueza del Juzgado de Primera Instancia número 5 de Sevilla archivó la causa en España.', 'es')).toEqual([
      'Juzgado de Primera Instancia número 5 de Sevilla',
    ]);
    expect(surfaces('O diretor da agência Paulo Souza respondeu no Brasil.', 'pt')).toEqual([]);
  });

  it('reads French departmental and communal adjectives inside a lowercase name', () => {
    expect(surfaces('En France, le conseil départemental de la Gironde a voté une motion.', 'fr')).toEqual(['conseil départemental de la Gironde']);
  });

  it('reads lowercase words under a lowercase French head only when a capitalized complement closes the name', () => {
    expect(surfaces('En France, la préfecture de police de Paris a interdit la manifestation.', 'fr')).toEqual(['préfecture de police de Paris']);
    expect(surfaces("En France, l'agence régionale de santé de Bretagne a émis un avis.", 'fr')).toEqual(['agence régionale de santé de Bretagne']);
    expect(surfaces('En France, la Défenseure des droits, autorité administrative indépendante, a salué la décision.', 'fr')).toEqual(['Défenseure des droits']);
    expect(surfaces("Au Sénégal, l'enquête vise des responsables du ministère et de plusieurs sociétés publiques.", 'fr')).toEqual([]);
    expect(surfaces("Au Sénégal, l'agence de notation Moody's a abaissé la note.", 'fr')).toEqual([]);
  });

  it('reads a French name to its last complement: adjectives after a complement, hyphenated places, lists closed by "et de"', () => {
    expect(surfaces('Au Cameroun, le ministère des Travaux publics a suspendu le chantier.', 'fr')).toEqual(['ministère des Travaux publics']);
    expect(surfaces('Au Québec, le ministère des Transports et de la Mobilité durable a confirmé le report.', 'fr')).toEqual([
      'ministère des Transports et de la Mobilité durable',
    ]);
    expect(surfaces('En France, la préfecture de police des Bouches-du-Rhône a interdit le rassemblement.', 'fr')).toEqual(['préfecture de police des Bouches-du-Rhône']);
    expect(surfaces('En France, la préfecture de Tarn-et-Garonne indique que la route reste fermée.', 'fr')).toEqual(['préfecture de Tarn-et-Garonne']);
    expect(surfaces('En Suisse, le Service de la chasse, de la pêche et de la faune a autorisé le tir.', 'fr')).toEqual(['Service de la chasse, de la pêche et de la faune']);
    expect(surfaces('Au Québec, le ministère de l’Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs a refusé le permis.', 'fr')).toEqual([
      'ministère de l’Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs',
    ]);
    // A verb's participle or infinitive after the name is none of it.
    expect(surfaces('Au Québec, le gouvernement demande à la Ville de Montréal d’augmenter le budget.', 'fr')).toEqual(['Ville de Montréal']);
    expect(surfaces('Au Québec, un règlement de la Ville de Montréal obligeant les propriétaires à agir entre en vigueur.', 'fr')).toEqual(['Ville de Montréal']);
  });

  it('reads a name as far as the acronym after it spells, and a head its complement would not make public when a public word is spelled', () => {
    expect(surfaces('Au Mali, la Direction nationale de la géologie et des mines (DNGM) a suspendu les permis.', 'fr')).toEqual(['Direction nationale de la géologie et des mines', 'DNGM']);
    expect(surfaces("En Belgique, l'Agence wallonne de l'air et du climat (AwAC) et la Commission wallonne pour l'énergie (CWaPE) ont rendu un avis.", 'fr')).toEqual([
      "Agence wallonne de l'air et du climat",
      'AwAC',
      "Commission wallonne pour l'énergie",
      'CWaPE',
    ]);
    expect(surfaces('En Belgique, le Service public de Wallonie (SPW) a publié la carte.', 'fr')).toEqual(['Service public de Wallonie', 'SPW']);
    // An acronym that does not spell the words after the head leaves the name where it was.
    expect(surfaces("En Algérie, l'Office national des examens et concours (BEM) a publié les résultats.", 'fr')).toEqual(['Office national des examens']);
    // Spelling alone makes no institute public.
    expect(surfaces('El Instituto de Estudios Peruanos (IEP) publicó una encuesta en Lima, Perú.', 'es')).toEqual([]);
  });

  it('reads French adjectives in -iel, compound adjectives, and a lowercase adjective before a complement head\'s complement', () => {
    expect(surfaces('En Haïti, le Conseil présidentiel de transition a salué la décision.', 'fr')).toEqual(['Conseil présidentiel de transition']);
    expect(surfaces('Au Luxembourg, selon la Police grand-ducale, le vol a eu lieu lundi.', 'fr')).toEqual(['Police grand-ducale']);
    expect(surfaces('Au Mali, la Direction nationale de la géologie et des mines a suspendu les permis.', 'fr')).toEqual(['Direction nationale de la géologie et des mines']);
    // A Romance article opening a sentence is no place of a police force.
    expect(surfaces('La Police enquête sur le vol à Genève, en Suisse.', 'fr')).not.toContain('La Police');
  });

  it('reads French guards, navies and units only with a public adjective, and governorates and urban communities by their place', () => {
    expect(surfaces('En Tunisie, la Garde nationale et le gouvernorat de Sfax ont annoncé des contrôles.', 'fr')).toEqual(['Garde nationale', 'gouvernorat de Sfax']);
    expect(surfaces('Au Cameroun, la Communauté urbaine de Douala a fermé le marché.', 'fr')).toEqual(['Communauté urbaine de Douala']);
    expect(surfaces('Au Sénégal, la Marine nationale a saisi un navire.', 'fr')).toEqual(['Marine nationale']);
    expect(surfaces('Au Sénégal, le suspect est en garde à vue et la marine marchande est à quai.', 'fr')).toEqual([]);
  });

  it('reads institutes, units and chambers only with a public adjective or a numeral', () => {
    expect(surfaces('El Instituto Nacional de Estadística y la Unidad Reguladora de Servicios de Comunicaciones publicaron datos en Uruguay.', 'es')).toEqual([
      'Instituto Nacional de Estadística',
      'Unidad Reguladora de Servicios de Comunicaciones',
    ]);
    expect(surfaces('La Sala Constitucional y la Sala III fallaron en Costa Rica.', 'es')).toEqual(['Sala Constitucional', 'Sala III']);
    expect(surfaces('El Instituto de Estudios Urbanos y la Sala de Conciertos abrieron en Lima, Perú.', 'es')).toEqual([]);
    expect(surfaces('O Instituto Brasileiro de Defesa do Consumidor criticou a regra no Brasil.', 'pt')).toEqual([]);
  });
});

describe('English local bodies and courts by shape', () => {
  it('reads a country owning a name with a possessive as its evidence, as it reads one inside it', () => {
    expect(bodies("Kenya's Anti-Counterfeit Authority seized the goods.")).toEqual(['Anti-Counterfeit Authority (KE)']);
    expect(bodies('The Anti-Counterfeit Authority seized the goods.')).toEqual([]);
    expect(bodies("Apple's Developer Authority seized the goods.")).toEqual([]);
  });

  it('reads a department named by its field and its country, not a company so named', () => {
    const text = 'Transport Canada agreed with Immigration, Refugees and Citizenship Canada and Public Safety Canada. Air Canada objected.';
    expect(bodies(text)).toEqual([
      'Transport Canada (CA)',
      'Immigration, Refugees and Citizenship Canada (CA)',
      'Public Safety Canada (CA)',
    ]);
    // A state may close the name too.
    expect(bodies('MELBOURNE — Energy Safe Victoria said it had inspected 260 installations.')).toEqual(['Energy Safe Victoria (AU)']);
  });

  it('reads a lowercase head with the words of a body named before as that body', () => {
    const text = 'DENVER — The Colorado Department of Public Health and Environment tested the wells. Later the state health department said results were due.';
    expect(bodies(text)).toEqual(['Colorado Department of Public Health and Environment (US)']);
    // A word the body named before lacks makes it another body of the place.
    expect(bodies('DENVER — The Colorado Department of Public Health tested the wells. The state transportation department closed the road.')).toEqual([
      'Colorado Department of Public Health (US)',
      'Colorado transportation department (US)',
    ]);
  });

  it('reads a commission’s topic after "on", as a committee’s', () => {
    expect(bodies('NAIROBI — The Kenya National Commission on Human Rights said the bill was unconstitutional.')).toEqual(['Kenya National Commission on Human Rights (KE)']);
  });

  it('reads an ordinal inside a name’s complement', () => {
    expect(bodies('TAMPA, Fla. — The Office of the State Attorney for the 10th Judicial Circuit said it would seek charges.')).toEqual([
      'Office of the State Attorney for the 10th Judicial Circuit (US)',
    ]);
  });

  it('reads "the state of X" acting as its government, not the state as a place', () => {
    expect(bodies('BISMARCK, N.D. — The lawsuit was filed in August by the state of North Dakota and 13 other states.')).toEqual(['State of North Dakota (US)']);
    expect(bodies('CULIACÁN, Mexico — Soldiers raided a lab in the northwestern state of Sinaloa on Tuesday.')).toEqual([]);
    expect(bodies('AUSTIN — Most of the wells are in the state of Texas.')).toEqual([]);
  });

  it('reads "the City of X" as its government, "in the City of X" as the place', () => {
    expect(bodies('The City of Kelowna said the bylaw takes effect in May, officials in British Columbia said.')).toContain('City of Kelowna (CA)');
    expect(bodies('The Municipal District of Greenview voted to oppose the plan, officials in Alberta said.')).toContain('Municipal District of Greenview (CA)');
    expect(bodies('Residents in the City of Newark were told to boil water.')).toEqual([]);
  });

  it.each([
    ["The timing was criticized by the O'Hara Township Council, which passed a resolution.", "O'Hara Township Council (US)"],
    ["The case was heard at the Durban Magistrate's Court in South Africa.", "Durban Magistrate's Court (ZA)"],
    ['The Sindh High Court in Pakistan suspended the order.', 'High Court of Sindh (PK)'],
    ['The Winnipeg city council voted to keep the bylaw.', 'Winnipeg City Council (CA)'],
    ["Haiti's Transitional Presidential Council welcomed the resolution.", 'Transitional Presidential Council (HT)'],
    ['The Senate Committee on Anti-Corruption in Nigeria summoned the minister.', 'Senate Committee on Anti-Corruption (NG)'],
    ['The Philippine Western Command said the launch posed no immediate threat.', 'Philippine Western Command (PH)'],
    ['The Alberta Energy Regulator ordered the operator to shut the well.', 'Alberta Energy Regulator (CA)'],
    ['The Auditor-General of Kenya flagged the payments.', 'Auditor-General of Kenya (KE)'],
    ['The Zambia Defence Force sent engineers to rebuild the bridge.', 'Zambia Defence Force (ZM)'],
    ['In Wiltshire, England, the Chippenham Parish Council objected to the plan.', 'Chippenham Parish Council (GB)'],
    ["A spokeswoman for the Milwaukee County Executive's Office said the budget was balanced.", "Milwaukee County Executive's Office (US)"],
    ['In Nigeria, the Lagos State House of Assembly passed the bill.', 'Lagos State House of Assembly (NG)'],
    ['In Nigeria, the bill asks the Federal Government to pay the arrears.', 'Government of Nigeria (NG)'],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toContain(expected);
  });
});
