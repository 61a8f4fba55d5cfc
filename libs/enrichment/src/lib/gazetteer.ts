import { createHash } from 'node:crypto';
import { z } from 'zod';
import cn from '../gazetteer/cn.json';
import countriesJson from '../gazetteer/countries.json';
import cu from '../gazetteer/cu.json';
import g20 from '../gazetteer/g20.json';
import gb from '../gazetteer/gb.json';
import genericJson from '../gazetteer/generic.json';
import hk from '../gazetteer/hk.json';
import india from '../gazetteer/in.json';
import int from '../gazetteer/int.json';
import leadersJson from '../gazetteer/leaders.json';
import national from '../gazetteer/national.json';
import placesJson from '../gazetteer/places.json';
import subdivisionsJson from '../gazetteer/subdivisions.json';
import townsJson from '../gazetteer/towns.json';
import ru from '../gazetteer/ru.json';
import shapesJson from '../gazetteer/shapes.json';
import us from '../gazetteer/us.json';
import world from '../gazetteer/world.json';
import stanceLexicon from '../lexicon/stance.json';
import stanceModel from '../model/stance.json';
import { bodyKindSchema } from '@newsflow/contracts';
import { VALENCE } from './stance-cues';
import { BodyRef } from './types';
import { phraseKey } from './text';


const entrySchema = z.object({
  name: z.string().min(1),
  country: z.string().regex(/^(?:[A-Z]{2}|INT)$/),
  kind: bodyKindSchema,
  aliases: z.array(z.string().min(1)),
  acronyms: z.array(z.string().min(1)),
});
const fileSchema = z.object({ entries: z.array(entrySchema) });
const countrySchema = z.object({
  code: z.string().length(2),
  name: z.string(),
  names: z.array(z.string()),
  adjectives: z.array(z.string()),
  romanceAdjectives: z.array(z.string()).optional(),
  languages: z.array(z.enum(['en', 'es', 'pt', 'fr'])).optional(),
});
const headSchema = z.object({
  phrase: z.string(),
  name: z.string().includes('{C}'),
  kind: bodyKindSchema,
  needsModifier: z.boolean().optional(),
  notIn: z.array(z.string()).optional(),
  onlyIn: z.array(z.string()).optional(),
  placeName: z.string().includes('{P}').optional(),
  needsPlace: z.boolean().optional(),
});
const genericSchema = z.object({
  heads: z.array(headSchema),
  ministryTopics: z.record(z.string(), z.string()),
  titles: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])),
  officeTitles: z.record(z.string(), z.string()),
});

export type GazetteerEntry = z.infer<typeof entrySchema>;
export type Country = z.infer<typeof countrySchema>;
export type GenericHead = z.infer<typeof headSchema>;

const ENTRY_FILES = [us, cu, gb, int, cn, hk, india, ru, g20, world, national];

export const ENTRIES: readonly GazetteerEntry[] = ENTRY_FILES.flatMap((f) => fileSchema.parse(f).entries);
export const COUNTRIES: readonly Country[] = z.array(countrySchema).parse(countriesJson.countries);
const generic = genericSchema.parse(genericJson);
export const GENERIC_HEADS: readonly GenericHead[] = generic.heads;
const placeSchema = z.object({ name: z.string(), country: z.string(), city: z.boolean().optional(), beforeHead: z.boolean().optional() });
const CURATED_PLACES = z.array(placeSchema).parse(placesJson.places);
/** Curated places, then the world's first-level subdivisions (subdivisions.json) no curated place or country cue names. */
export const PLACES: readonly z.infer<typeof placeSchema>[] = [...CURATED_PLACES, ...subdivisionsNamedByNoOther()];

function subdivisionsNamedByNoOther(): z.infer<typeof placeSchema>[] {
  const taken = new Set([...CURATED_PLACES.map((p) => p.name), ...COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives])].map(phraseKey));
  return z
    .array(placeSchema)
    .parse(subdivisionsJson.subdivisions)
    .filter((p) => !taken.has(phraseKey(p.name)));
}
export const LEADERS = z.record(z.string(), z.array(z.string())).parse(leadersJson.leaders);

const withoutDocs = <T>(r: Record<string, T>) => Object.entries(r).filter(([k]) => k !== '_doc');
/** Ministry topic as written (lowercase key) -> canonical topic. */
export const MINISTRY_TOPICS = new Map(withoutDocs(generic.ministryTopics).map(([k, v]) => [phraseKey(k), v]));
/** Official title (lowercase key) -> body name templates, the preferred first. */
export const TITLES = new Map(withoutDocs(generic.titles).map(([k, v]) => [phraseKey(k), typeof v === 'string' ? [v] : v]));
/** Title before a person's name (lowercase key) -> words of the named body the holder speaks for. */
export const OFFICE_TITLES = new Map(withoutDocs(generic.officeTitles).map(([k, v]) => [phraseKey(k), v.toLowerCase()]));

export const COUNTRY_BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

/** Canonical names and aliases -> entry, so templated names ("Senate of the United States") find curated entries. */
const byName = new Map<string, GazetteerEntry>();
for (const e of ENTRIES) {
  for (const n of [e.name, ...e.aliases]) {
    const k = phraseKey(n);
    if (!byName.has(k)) byName.set(k, e);
  }
}

export function entryByName(name: string): GazetteerEntry | undefined {
  return byName.get(phraseKey(name));
}

export function refOf(e: GazetteerEntry): BodyRef {
  return { name: e.name, country: e.country, kind: e.kind };
}

/** Display name of a country code or place used inside templated names. */
export function countryDisplayName(code: string): string {
  return COUNTRY_BY_CODE.get(code)?.name ?? code;
}

/** "Ministry of the Interior" and "Ministry of Interior and Administration" are written with or without the article. */
const withoutArticles = (name: string) => name.replace(/\bthe /gu, '');

/** A name closed by its own country, without it ("Constitutional Council of France" → "Constitutional Council"); none for other names. */
export function nameWithoutCountry({ name, country }: Pick<BodyRef, 'name' | 'country'>): string | undefined {
  const ofCountry = ` of ${countryDisplayName(country)}`;
  return name.endsWith(ofCountry) ? name.slice(0, -ofCountry.length) : undefined;
}

/** The head of a country's generic name ("Border Guard of Finland" → "Border Guard"), articles left out; none for other names. */
export function genericHead(generic: Pick<BodyRef, 'name' | 'country'>): string | undefined {
  const head = nameWithoutCountry(generic);
  return head === undefined ? undefined : withoutArticles(head);
}

/**
 * Whether a body named before is the one a country's generic name (its head `head`) means: "Finnish
 * Border Guard" for "Border Guard of Finland"; "Ministry of Environment and Sustainable Development"
 * for "Ministry of Environment of Colombia", which holds more portfolios. Same country and kind, and
 * its name ends with the head or adds to it.
 */
export function isNamedByGeneric(full: BodyRef, generic: BodyRef, head: string): boolean {
  if (full === generic || full.country !== generic.country || full.kind !== generic.kind) return false;
  const name = withoutArticles(full.name);
  return name.endsWith(` ${head}`) || name.startsWith(`${head} and `) || name.startsWith(`${head}, `);
}

/**
 * Content hash of all data files, body shapes and stance lexicon included: changes whenever any
 * entry, shape or cue changes. The rules that read the data are versioned by the prefix (1.1: bodies
 * by shape, stance targets, Spanish/Portuguese/French cues; 1.2: subjects after inverted speech
 * verbs, titles speaking for several bodies, offices named after their holder, a head named alone
 * as the body named in full before; 1.3: present-tense agency statements; 1.4: a state's own agency
 * named with a national agency's name, courts of appeals by circuit; 1.5: acronyms by initials,
 * titles speaking for offices; 1.6: the stance model, local forces of unknown places in the story's
 * country, the countries speaking a Spanish, Portuguese or French article's language first; 1.7 and
 * 1.8: organs, place governments, national data, the retrained model; 1.9: diplomatic missions,
 * special districts, names with hyphens, lists and lowercase French words, services with no head,
 * subjects after an opening adverbial, short references by kind, quotes going on; 1.10: an official's
 * country from a cue touching the title, envoys; 1.11: owners' possessives, places before common-noun
 * names, Spanish, Portuguese and French short references, one name per state legislature; 1.12:
 * aliases named with "known as", references by role, place or spelling, institutions moved to the
 * country beside them, generic heads joining the body named before; 1.13: the stance model reads
 * word valence, and a side several cues read is harder to overrule; 1.13.1: a non-government
 * speaker's name stops where a quote or clause before it ends; 1.13.2: a stance's target is not
 * where, when or by whom it was said, and a quote's own "we" is not the body it names; 1.13.3: an
 * owner's possessive names a common-noun body, offices of roles named with "of" or in lowercase,
 * fire departments, a place's prosecutor's office, descriptions before the name, Romance short
 * forms, hyphens, ordinals and nation complements, longer complements, every UN member, and the
 * agent of a side-taking participle takes its side; 1.13.4: a challenge or an appeal against a
 * decision opposes it; 1.13.5: "air quality" marks a government name, the French Parliament apart
 * from the National Assembly, a bare Romance "Banco Central" is the country's, and a verb with a
 * subject of its own takes no body from an earlier sentence; 1.13.6: a sentence a pronoun attributes
 * is a stance only where the rule reads a side; 1.14.0: a verb whose subject is a common noun of a
 * clause of its own ("…, council staff said"), a person named between commas or a name before the
 * verb is not the body's, nor what someone says of a body's act; Spanish, Portuguese and French
 * bodies open sentences as subjects; "an estimated" is no verb; "critical" opposes only as a
 * judgement; 1.14.1: a name many countries' bodies share, in a story that never names the listed
 * body's country, is the story's own body, and a short name joins a body named before only as its head;
 * 1.14.2: city governments, courts of justice, air forces, ombudsmen and auditors general by their
 * heads, Romance names going on past "y el", lists of "de" complements and heads inside a name;
 * 1.14.3: capitals by their Spanish, Portuguese and French names; 1.14.4: a Romance complement head
 * with capitalized adjectives before its complement, joint commands; 1.15.0: boards, directorates,
 * units and services by their Romance heads (capitalized, with a complement), institutes, units and
 * chambers with a public adjective or a numeral, hydrographic confederations, defence forces,
 * auditors general written with a hyphen, parish councils, a county executive's office, "House of
 * Assembly" and a capitalized "Federal Government"; 1.15.1: a lead's subject after a wire dateline;
 * 1.15.2: a Romance chamber only by its legislative or audit words, numbered courts, no lowercase
 * head before a name; 1.15.3: vote tallies are counts, not sides; French departmental and communal
 * adjectives; 1.15.4: a Romance short reference before a verb opening with "de" ("el ministerio
 * declaró"), a known acronym's entry for a long form in another language it abbreviates; 1.15.5:
 * names the story describes as government bodies ("Migración Colombia, the country's migration
 * agency", "the water regulator Ofwat"); 1.15.6: lowercase committees of a legislature ("Parliament's
 * portfolio committee on energy", "the Commons audit committee"), shaped names in title case keep
 * "of", "on", "and", "for" and "the" in lowercase; 1.15.7: lowercase words under a lowercase French
 * head when a capitalized complement closes the name ("préfecture de police de Paris"); 1.15.8: Spanish,
 * Portuguese and French roles speak for the body named after them ("la presidenta de la CNMC,
 * Beatriz Albendea"), and ministers for the ministry of their portfolio ("la ministra del Medio
 * Ambiente"); 1.15.9: Spanish, Portuguese and French equivalents of English cues the Romance lists
 * lacked (authorize, satisfied, endorse, warns, despite, blame, harm, restrict, unfair, protest…);
 * 1.15.10: a head naming a spokesperson's or official's employer refers back to the last body of
 * that head ("ministry spokeswoman Rina Wulandari said", "a department official told"); 1.15.11: a clause
 * about the opening subject may hold a number's comma, and closes before an inverting verb too
 * ("Fingal County Council, which approved 2,300 homes, told the committee"); 1.15.12: the body opening
 * a sentence acts in its main clause though a later body is the one reported ("A ANM disse que
 * suspendeu …, segundo a PF, …"); 1.15.13: "el tribunal", "la cour" refer back to courts named in
 * Spanish, Portuguese or French too ("Corte Constitucional"); 1.15.14: a description after a name is
 * that name's ("Ontario Health, the provincial agency that …"), and a name the story describes as a
 * private or civil body is none ("…, a Washington-based advocacy group,", "le syndicat …"); 1.15.15:
 * a lowercase head with words saying what it does is the body named before with them all ("the state
 * health department" after "the Colorado Department of Public Health and Environment"); 1.15.16: a short
 * reference after a word saying what the body is made of or how it stands ("the cross-party committee",
 * "the seven-judge court", "the independent regulator"); 1.15.17: an ordinal inside a name's complement
 * ("for the 10th Judicial Circuit"), "the state of North Dakota" acting as its government ("in the
 * northern state of Sonora" stays a place); 1.15.18: after "…, said", a name with its own verb opens what
 * was said, not an inverted subject ("the regulator, known as Nersa, said Eskom had failed"); 1.15.19: a
 * name many countries' bodies bear with another country's name or adjective beside it is that country's
 * body ("Pakistan's Foreign Office"), not none; 1.15.20: a wire dateline closed by a hyphen between
 * spaces or naming two cities ("TOKYO, Jan. 23 -", "WASHINGTON/OTTAWA, Oct. 2 —"); 1.15.21: a curated
 * body's acronym counts toward the story's country only where it defines a long form ("EPA" in an
 * Irish story does not, "(Minint)" does); 1.15.22: a Spanish, Portuguese or French committee named after
 * its chamber is a legislature's, named by its own words ("Comisión de Salud" in "Comisión de Salud de la
 * Cámara de Diputados"); 1.15.23: a commission's topic after "on" ("Kenya National Commission on Human
 * Rights"), as a committee's; 1.15.24: capitals spelling the initials of a name without the place that
 * opens it ("DEQ" after "Oregon Department of Environmental Quality"); 1.15.25: a short reference after a
 * local level word ("the town council", "the district court", "the local council"); 1.15.26: a Spanish,
 * Portuguese or French bare head refers to the last name it opens ("la Procuraduría" after "Procuraduría
 * Federal de Protección al Ambiente"), except a government's; 1.15.27: a place's police followed by a
 * union's word is its officers' union ("Spokane Police Guild"); 1.15.28: a department named by its field
 * and its state ("Energy Safe Victoria"), municipal and regional districts ("Municipal District of
 * Greenview"); 1.15.29: French names of departments by their field and their country ("Environnement et
 * Changement climatique Canada", "Ressources naturelles Canada"); 1.15.30: a French qualified head with its
 * adjective in lowercase ("Institut national de santé publique du Québec"); 1.15.31: "Cabinet Office" is a
 * name many countries' bodies bear, the story's own where it never names the UK; 1.15.32: a shaped name holding an
 * intergovernmental body's name or a region's, and no state's, is intergovernmental ("African Union Peace and
 * Security Council", "… of Central Asia"); 1.15.33: "Korea" alone is South Korea; 1.15.34: a town's name (towns.json) before a council's head is a
 * local government ("Cornwall Council"), and the same name without its words of level is the same council
 * ("Oldham Council", "Oldham Metropolitan Borough Council"); 1.15.35: a wire dateline's country counts as
 * three mentions toward the story's country ("NEW DELHI —" in a story about a pact with the UK); 1.15.36: 111 more
 * US federal bodies, and 186 of the UK, Ireland, Canada, Australia and New Zealand, written from general
 * knowledge without reading any annotated set; 1.15.37: 324 Spanish-, Portuguese- and French-speaking countries'
 * bodies written the same way, and a short name opens its full name whatever the list calls it: after it, before
 * a Romance complement too ("la Préfecture de police" after "la préfecture de police de Paris"), and in a
 * headline before it ("Suprema Corte", then "la Suprema Corte de Justicia de la Nación"); 1.15.38: "Washington" right
 * before a state body's head or title is the state ("Washington Department of Fish and Wildlife", "Washington Supreme
 * Court"), elsewhere the capital; 1.15.39: an intergovernmental body makes a name intergovernmental only when it opens
 * the name or is its complement, not listed beside its field ("Dirección de Investigación Criminal e Interpol"); 1.15.40: 265 bodies of Asia and
 * 255 of Africa and the Middle East, written from general knowledge without reading any annotated set; 1.15.41: 248
 * European, EU, UN and regional bodies written the same way, and no alias opens with another body's possessive
 * ("European Parliament's …", "Treasury's …"): it took the owner's mention from the owner; 1.15.42: 211
 * more of them, less often named; 1.16.0: the stance model reads the side of the first cue after the actor apart from
 * the sentence's sum, learns from the read sets K–P and S and the new sets U–Y too, and finds a stance the rule missed
 * when "none" is less likely than 0.3 (was 0.15); 1.16.1: a body the list does not hold, named by some words of one
 * other body's name in order and with its head, same country and kind, is that body ("the labour ministry" beside "the
 * Federal Ministry of Labour and Social Affairs"); 1.16.2: a Spanish, Portuguese or French dateline's abbreviated month
 * ("QUITO, 3 dic. —") ends no sentence, so the body opening the lead after it is its subject; 1.16.3: a French name
 * goes on to its last complement: an adjective after a complement ("Travaux publics", "Mobilité durable"), a hyphenated
 * place ("Bouches-du-Rhône"), a list of complements closed by "et de …"; an infinitive after "d'" and a masculine
 * participle in "-ant" end it; 1.16.4: an office named after the role it serves is a body ("Office of the Data
 * Protection Commissioner", "Office of the Children's Commissioner"); 1.16.5: in a story naming a legislature, a
 * committee named by its topic is one of its committees ("the Work and Pensions Committee"), and a chamber's plural
 * possessive owns the committee after it ("the House of Councillors' Committee on Economy and Industry"); 1.16.6: the
 * world's first-level subdivisions (subdivisions.json, from ISO 3166-2) are places ("Waikato Regional Council" is New
 * Zealand's), a departmental or prefectural government is its place's, and "the Ontario legislature" with no Ontario
 * body named before is the province's own; 1.16.7: a governor with no state government tagged speaks for the one
 * central bank the story names ("Governor Kenji Arakawa told reporters" in a story about the Bank of Japan); 1.16.8: an
 * official's country is read before the title, not from what follows it ("Foreign Minister X wrote that the American
 * statements …" in a story about Cuba), and English vice-presidents, vice-chairs and undersecretaries are officials;
 * 1.16.9: a defence ministry read by shape is military, as the guidelines class it, and a body read by shape is the
 * listed one of the same words ("Federal Ministry of Defence" beside "the Defence Ministry"); 1.16.10: a chamber's plural
 * possessive owns the committee after it however many words stand between ("the House of Representatives' Economic
 * Affairs Committee"); 1.16.11: a name goes on as far as the acronym after it spells ("Direction nationale de la géologie
 * et des mines (DNGM)"), and a French or Spanish head that needs a public word takes one the acronym spells; French guards,
 * navies and units with a public adjective, governorates, urban communities and bureaus are heads; 1.16.12: the stance model
 * reads whether the actor's predicate names a party or a measure; 1.16.13: a metropolitan government is its city's, a
 * capital's too ("the Seoul Metropolitan Government"), and a head before "and" closes another body's name ("Isle of
 * Anglesey County Council and Gwynedd Council"); 1.16.14: the Department for Culture, Media and Sport by its name since
 * 2023, and nine more UK agencies; 1.16.15: French adjectives in -iel ("Conseil présidentiel de transition"), compound
 * adjectives ("Police grand-ducale"), a lowercase adjective before a complement head's complement ("Direction nationale de
 * la géologie"), and no Romance article read as a police force's place ("La Police"); 1.16.17 (1.16.16 was dropped): a clause
 * opened by a definite description ("…, the regulator said", "la préfecture a dénoncé") is the latest body it describes,
 * and a body owning the subject ("NASA's Galileo spacecraft found") is no speaker; 1.16.18: portfolios of public works,
 * land, mining, standards, complaints and welfare are government words ("Building and Construction Authority", "Mineral
 * Resources Authority"); 1.16.19: a Romance bare head whose complement names only the country is named as the bare head
 * ("Senado de Chile": Senate of Chile); 1.16.20: a mixed-case acronym spelling every word of a body named in full is that
 * body ("PennDOT", "MoHRE"); 1.16.21: a published document speaks for the body that published it, "Data from the
 * agency show", "A report by the auditor found", "according to figures from"; 1.16.22: an official titled by words of a
 * body named before speaks for it, "Council President X", "Privacy Commissioner X", but no member; a participial phrase
 * opening a sentence is no part of its subject; 1.16.23: an owner opening a sentence gives way to the body it owns, "The
 * Bundestag's Committee on Labour … said"; 1.16.24: the stance model also learns from the written sets AC to AF;
 * 1.16.25: a committee is named apart from the chamber its complement names, a national agency's name closing on its head
 * after a state is the state's agency ("Ohio Environmental Protection Agency"), "Reserve Bank of X" is X's central bank,
 * "Poder Ejecutivo" and "Poder Judicial" the country's government and judiciary; 1.16.26: a unit named as a school's,
 * company's or league's by its owner's possessive is theirs, "Georgetown University Medical Center's Department of
 * Psychiatry"; 1.16.27: "según datos del", "segundo o relatório da", "selon les chiffres du" speak for the document's
 * author as "according to data from" does, and so does an owner's body, "figures from the province's Department"; 1.16.28:
 * a Spanish, Portuguese or French adverbial opening a sentence, "Por su parte,", "Em nota,", "De son côté,", is no part of
 * its subject; 1.16.29: the stance model also learns from the realistic news sets AG and AH; 1.16.30: a chamber after its
 * state is the state's, "the Maine House", unless a title follows, "Indiana House Speaker"; 1.16.31: counsel, lawyers or
 * attorneys for a body speak for it, "Counsel for the Delhi government argued"; 1.16.32: "Municipio de X" and "Município de
 * X" are local governments, capitalized and with their complement only: "en el municipio de Zapopan" is a place; 1.16.34:
 * withdrawn, a chamber a measure passed as supporting it (1.16.33) and a country closing a weak head's name as evidence
 * of a government body, "Tea Board of India" (in the code since 1.16.25 by mistake); 1.16.35: the stance model is fitted
 * with a step size falling to zero, which makes a retrain steady, and 1.16.33's chambers a measure passed are back;
 * 1.16.36: a body opening a sentence as its acting subject is what a pronoun in the next sentences refers to, as a body
 * reported is, and a pronoun never refers to a body its own sentence names; 1.16.37: Spanish, Portuguese and French
 * reporting verbs in the present ("indica", "destaca", "rappelle") and more in the past, a perfect tense reporting from
 * its auxiliary ("había señalado"), and a name with a bracketed acronym opening a sentence its own subject; 1.16.38: an
 * act's agent read over a time between them, "aprobada en 2023 por el Congreso", "approved last month by"; 1.16.39: a
 * forecast or prediction reports, "The National Weather Service forecast highs of 108", and a body that "passed a bill"
 * supports it; 1.16.40: the side of a subject described by a relative clause between commas is read without the
 * clause, "The authority, which has long criticised the banks, said it supported the levy"; 1.16.41: "Police said" with no
 * article is the police force named before), bumped when they change.
 */
export const GAZETTEER_VERSION = `1.16.41+${createHash('sha256')
  .update(JSON.stringify([ENTRY_FILES, countriesJson, genericJson, placesJson, subdivisionsJson, townsJson, leadersJson, shapesJson, stanceLexicon, stanceModel, VALENCE]))
  .digest('hex')
  .slice(0, 12)}`;
