import { acronymBoundEnd } from './acronym-extent';
import { Language } from './language';
import { HeadMatch, HEADS, headAt, isListComma, isWord, MAX_COMPLEMENT_WORDS, MISSION_RE, ROMANCE_ADJECTIVES, ROMANCE_COMPLEMENT_HEADS, ROMANCE_QUALIFIED_HEADS, ROMANCE_AND, CHAMBER_WORDS, ROMANCE_ARTICLES, ROMANCE_CONNECTORS, sameLine, Shape, SHAPES } from './shape-words';
import { Token } from './text';
import { BodyKind } from './types';

// Names of bodies in Spanish, Portuguese and French, where the complements follow the head
// ("Ministerio de Salud", "Supremo Tribunal Federal", "Cour nationale du droit d'asile").

/** Where the country cues of a text are, by token. */
export interface CueIndex {
  /** Token range [start, end) of each country adjective, by its start. */
  adjectiveEnds: Map<number, number>;
  /** First tokens of every cue (countries, adjectives, places, leaders). */
  starts: Set<number>;
}

/** "de" and its contractions: the complement of a name ("Servicio de Evaluación Ambiental"). */
const OF = new Set(['de', 'del', 'da', 'do', 'das', 'dos', 'du', 'des']);
/** Prepositions inside Romance names ("Procuraduría Federal de Protección al Ambiente", "Comisión … por la Paz"). */
const ROMANCE_PREPOSITIONS = new Set(['a', 'al', 'ao', 'aos', 'à', 'às', 'au', 'aux', 'para', 'por', 'pour', 'contra', 'sobre', 'sur']);
/** "Fiscalía Especializada en Materia Ambiental": "en" goes on with a name after "specialised"; elsewhere it names a seat ("Justiça Federal em Itaituba"). */
const SPECIALISED_RE = /^(?:especializad[ao]s?|spécialisée?s?)$/u;
const isNamePreposition = (tokens: Token[], j: number) => ROMANCE_PREPOSITIONS.has(tokens[j].key) || (['en', 'em'].includes(tokens[j].key) && SPECIALISED_RE.test(tokens[j - 1]?.key ?? ''));
/** Ordinals that open a court's or office's name ("Primer Tribunal Ambiental", "Segunda Sala"); after the head, "segundo" may mean "according to". */
const ROMANCE_ORDINALS = new Set(['primer', 'primero', 'primera', 'segundo', 'segunda', 'tercer', 'tercero', 'tercera', 'primeiro', 'primeira', 'terceiro', 'terceira', 'premier', 'première', 'deuxième', 'troisième']);

/**
 * The first token from `j` on that is no capitalized adjective: "Servicio Nacional de …" has its complement
 * after "Nacional"; French writes it in lowercase ("Direction nationale de la géologie").
 */
function afterAdjectives(tokens: Token[], j: number, language: Language): number {
  let k = j;
  while (k < tokens.length && (tokens[k].cap || language === 'fr') && ROMANCE_ADJECTIVES.has(tokens[k].key)) k++;
  return k;
}

const ROMAN_NUMERAL_RE = /^[IVXL]+$/u;

/**
 * "Instituto Nacional", "Unidad Reguladora", "Sala Constitucional", "Sala IV": what makes a generic head a
 * public body's. French writes the adjective in lowercase ("Institut national de la statistique").
 */
function isQualifier(t: Token | undefined, language: Language): boolean {
  return t !== undefined && (t.cap || language === 'fr') && (ROMANCE_ADJECTIVES.has(t.key) || ROMAN_NUMERAL_RE.test(t.text));
}

/** The first token after token `j` and the articles (up to two) that follow it. */
function pastArticles(tokens: Token[], j: number): number {
  let k = j + 1;
  while (k < tokens.length && k < j + 3 && ROMANCE_ARTICLES.has(tokens[k].key)) k++;
  return k;
}

/**
 * Another body's name right after the conjunction at token `j`: a head after an article ("y la
 * Policía"), or with a word of its own after it ("y Policía Nacional"); "Comissão de Constituição e
 * Justiça" is one name.
 */
function bodyAfter(tokens: Token[], j: number, heads: Map<string, BodyKind>): boolean {
  const k = pastArticles(tokens, j);
  const head = k < tokens.length ? headAt(tokens, k, heads) : undefined;
  if (!head) return false;
  const next = tokens[k + head.length];
  return k > j + 1 || (next !== undefined && ((next.cap && isWord(next)) || (OF.has(next.key) && tokens[k + head.length + 1]?.cap === true)));
}

/**
 * A preposition goes on with the name when a capitalized word that is no country, place, person or
 * body's head follows it (after an article): "para los Refugiados", not "para Colombia", "a Petro",
 * "por la Comisión".
 */
function prepositionGoesOn(tokens: Token[], j: number, cues: CueIndex, heads: Map<string, BodyKind>): boolean {
  const k = pastArticles(tokens, j);
  const next = tokens[k];
  return next !== undefined && next.cap && isWord(next) && !cues.starts.has(k) && next.text !== next.text.toUpperCase() && !headAt(tokens, k, heads);
}

/**
 * "Ministerio de Salud", "Supremo Tribunal Federal", "ministère des Affaires étrangères", "Policía Nacional",
 * "ministère iranien des Affaires étrangères", "gobierno cubano" (a country adjective after the head).
 */
export function romanceShape(tokens: Token[], text: string, i: number, head: HeadMatch, language: Language, cues: CueIndex): Shape | undefined {
  const spelled = tokens[i].cap ? acronymBoundEnd(tokens, i, text) : undefined;
  const publicName = spelled !== undefined && tokens.slice(i + 1, spelled).some((t) => ROMANCE_ADJECTIVES.has(t.key));
  if (!publicName && ROMANCE_COMPLEMENT_HEADS.has(tokens[i].key) && !(tokens[i].cap && OF.has(tokens[afterAdjectives(tokens, i + head.length, language)]?.key ?? ''))) return undefined;
  if (!publicName && ROMANCE_QUALIFIED_HEADS.has(tokens[i].key) && !(tokens[i].cap && isQualifier(tokens[i + head.length], language))) return undefined;
  let from = i;
  // Capitalized adjectives before the head: "Supremo Tribunal Federal", "Primer Tribunal Ambiental".
  const before = (t: Token) => ROMANCE_ADJECTIVES.has(t.key) || ROMANCE_ORDINALS.has(t.key);
  while (from > 0 && tokens[from - 1].cap && before(tokens[from - 1]) && sameLine(text, tokens[from - 1], tokens[from])) from--;
  const heads = HEADS.get(language) ?? new Map<string, BodyKind>();
  let to = i + head.length;
  // "la agencia Rômulo Teixeira": a lowercase head right before a name is a common noun in apposition, not the name's head.
  const next = tokens[to];
  if (!tokens[i].cap && next?.cap && !ROMANCE_ADJECTIVES.has(next.key) && sameLine(text, tokens[to - 1], next)) return undefined;
  let j = to;
  let adjectiveTokens = 0;
  // "préfecture de police de Paris", "agence régionale de santé de Bretagne": under a lowercase French
  // head, lowercase words belong to the name only when a capitalized complement closes it.
  const closedByName = language === 'fr' && !tokens[i].cap;
  let read = to;
  let chamberFrom: number | undefined;
  for (let n = 0; j < tokens.length && n < MAX_COMPLEMENT_WORDS + 2; n++) {
    const t = tokens[j];
    if (!sameLine(text, tokens[j - 1], t)) break;
    const adjectiveEnd = cues.adjectiveEnds.get(j);
    if (adjectiveEnd !== undefined && !t.cap) {
      adjectiveTokens += adjectiveEnd - j;
      to = j = adjectiveEnd;
      continue;
    }
    const pending = read > to;
    if (pending ? t.cap && isWord(t) && complementOpensAt(tokens, j) : (t.cap && isWord(t)) || ROMANCE_ADJECTIVES.has(t.key) || frenchLowercaseWord(tokens, i, j, language, to === j)) read = to = j + 1;
    else if (closedByName && (ROMANCE_ADJECTIVES.has(t.key) || frenchLowercaseWord(tokens, i, j, language, read === j, true))) read = j + 1;
    // "Juzgado de Instrucción número 3 de Catarroja", "Vara Cível nº 2": a numbered court or office.
    else if (NUMBER_WORDS.has(t.key) && to === j && /^\d+$/u.test(tokens[j + 1]?.text ?? '')) {
      to = j + 2;
      j++;
    }
    // "Agence de l'eau Loire-Bretagne", "préfecture des Bouches-du-Rhône": a hyphenated name.
    else if (to === j && hyphenatedEnd(tokens, j - 1) > j) {
      to = j = hyphenatedEnd(tokens, j - 1);
      // Only a complement goes on after it: "la préfecture de Tarn-et-Garonne indique", "Superintendência-Geral do Cade".
      if (tokens[j] && !tokens[j].cap && !ROMANCE_CONNECTORS.has(tokens[j].key)) break;
      continue;
    }
    // "Ministerio de Agricultura, Pesca y Alimentación": a comma inside a list the name closes.
    else if (t.key === ',' && to === j && isListComma(tokens, j, ROMANCE_AND)) n--;
    else if (t.key === ',' && to === j && language === 'fr' && frenchListEnd(tokens, j) > j) {
      to = j = frenchListEnd(tokens, j);
      continue;
    }
    // "el Ejército y la Policía Nacional": two bodies, not one name.
    else if (ROMANCE_AND.has(t.key) && bodyAfter(tokens, j, heads)) break;
    // "Comisión de Salud de la Cámara de Diputados": a committee named after its chamber.
    else if (chamberFrom === undefined && ROMANCE_COMMITTEE_HEADS.has(tokens[i].key) && OF.has(t.key) && LEGISLATURE_HEADS.has(tokens[pastArticles(tokens, j)]?.key ?? '')) {
      chamberFrom = j;
      n--;
    }
    else if (ROMANCE_CONNECTORS.has(t.key)) n--; // "de l'": words count toward the limit, connectors do not
    else if (!(isNamePreposition(tokens, j) && prepositionGoesOn(tokens, j, cues, heads))) break;
    j++;
  }
  to = Math.max(seatEnd(tokens, text, i, to), spelled ?? 0);
  // "Cámara Nacional de Turismo", "Câmara de Comércio": a chamber is a public body only by its legislative or audit words.
  if (CHAMBER_HEADS.has(tokens[i].key) && !CHAMBER_WORDS.anyIn(tokens.slice(i + 1, to).map((t) => t.key))) return undefined;
  // A lowercase head needs a complement ("el ministerio de Salud"); a bare one is a common noun,
  // unless it is capitalized and names the country's body by itself ("el Gobierno").
  const bare = from === i && to === i + head.length;
  if (bare && !(tokens[i].cap && SHAPES.bareNames[tokens.slice(i, to).map((t) => t.key).join(' ')])) return undefined;
  return { from, to, adjectiveTokens, ownName: chamberFrom !== undefined && chamberFrom < to ? chamberFrom : undefined };
}

/** Heads of committees, which a chamber named after them owns. */
const ROMANCE_COMMITTEE_HEADS = new Set(['comisión', 'comissão', 'commission']);
/** Heads of the chambers committees belong to. */
const LEGISLATURE_HEADS = new Set(['cámara', 'câmara', 'senado', 'sénat', 'asamblea', 'assembleia', 'assemblée', 'congreso', 'congresso', 'parlamento', 'parlement']);

/** Whether token `j` opens a complement: "de Paris", "du Finistère", "de la Loire", "de l'Ouest". */
function complementOpensAt(tokens: Token[], j: number): boolean {
  let k = j - 1;
  if (["'", '’'].includes(tokens[k]?.key ?? '')) k--;
  if (ROMANCE_ARTICLES.has(tokens[k]?.key ?? '') && !OF.has(tokens[k].key)) k--;
  return OF.has(tokens[k]?.key ?? '') || tokens[k]?.key === 'd';
}

const NUMBER_WORDS = new Set(['número', 'numero', 'nº', 'n°']);

/** Lowercase words inside hyphenated place names: "Bouches-du-Rhône", "Sarlat-la-Canéda", "Saint-Jean-sur-Richelieu". */
const PLACE_JOINERS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'sous', 'en', 'lès', 'et', 'aux', 'au', 'do', 'da', 'del']);
const DASHES = new Set(['-', '–']);

/**
 * The end of a hyphenated name going on after token `i`: its hyphens (or dashes) touch the words on
 * both sides, lowercase words between them are joiners, and it closes on a capitalized word or, after a
 * lowercase word, on an adjective; `i + 1` when none goes on.
 */
function hyphenatedEnd(tokens: Token[], i: number): number {
  let end = i + 1;
  for (let k = i; DASHES.has(tokens[k + 1]?.key ?? '') && tokens[k + 1].start === tokens[k].end && tokens[k + 2]?.start === tokens[k + 1].end && isWord(tokens[k + 2]); k += 2) {
    const word = tokens[k + 2];
    if (word.cap) end = k + 3;
    // A compound adjective: "Police grand-ducale".
    else if (!tokens[k].cap && FRENCH_ADJECTIVE_RE.test(word.key)) end = k + 3;
    else if (!PLACE_JOINERS.has(word.key)) break;
  }
  return end;
}

const CHAMBER_HEADS = new Set(['cámara', 'câmara', 'chambre']);

const SEAT_PREPOSITIONS = new Set(['en', 'em', 'à', 'in', 'no', 'na']);

/** "Embajada de China en Cuba", "Embaixada do Brasil em Pequim": a mission's name goes on to its seat. */
function seatEnd(tokens: Token[], text: string, head: number, to: number): number {
  if (!MISSION_RE.test(tokens[head].text) || to === head + 1 || !SEAT_PREPOSITIONS.has(tokens[to]?.key ?? '')) return to;
  let j = to + 1;
  if (ROMANCE_ARTICLES.has(tokens[j]?.key ?? '') && tokens[j].cap) j++;
  let end = to;
  while (j < tokens.length && j < to + 5 && tokens[j].cap && isWord(tokens[j]) && sameLine(text, tokens[j - 1], tokens[j])) end = ++j;
  return end;
}

/** Words that end a French name written in lowercase: verbs, pronouns, prepositions, dates. */
const FRENCH_STOP = new Set(
  'a à au aux ont est sont était étaient sera seront avait avaient aurait doit doivent peut peuvent va vont fait qui que qu dont où ou mais ni en dans pour par sur avec sans selon contre entre vers chez depuis pendant lors après avant ce cette ces cet son sa ses leur leurs se s ne n pas plus y il elle ils elles on hier aussi déjà également notamment lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(
    ' ',
  ),
);
const FRENCH_PREPOSITIONS = new Set(['de', 'du', 'des', 'd']);
/** Endings of French adjectives, so a verb right after the head ("le Conseil juge …") is not read as one. */
const FRENCH_ADJECTIVE_RE = /(?:ale?s?|aux|elle?s?|els|iel|aires?|iques?|ics?|ables?|ifs?|ives?|iens?|iennes?|i[eè]re?s?|antes?|ente?s?|eure?s?|aises?|oise?s?|aine?s?|ée?s?)$/u;

const FRENCH_INFINITIVE_RE = /(?:er|ir)$/u;

/** Words a French list of complements may hold besides its nouns and adjectives: "contre les", "de l'". */
const FRENCH_LIST_WORDS = new Set(['contre', 'pour', 'les', 'la', 'le', 'l', "'", '’', ',']);

/**
 * After a comma, the end of a French list of complements, lowercase or not, closed by "et de …" (its
 * last item's first word): "Service de la chasse, de la pêche et de la faune", "ministère de
 * l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs"; `comma`
 * when the comma ends the name.
 */
function frenchListEnd(tokens: Token[], comma: number): number {
  if (!FRENCH_PREPOSITIONS.has(tokens[comma + 1]?.key ?? '')) return comma;
  for (let j = comma + 2; j < tokens.length && j < comma + 16; j++) {
    const t = tokens[j];
    if (t.key === 'et') {
      let k = j + 1;
      if (!FRENCH_PREPOSITIONS.has(tokens[k]?.key ?? '')) return comma;
      while (k < tokens.length && (FRENCH_PREPOSITIONS.has(tokens[k].key) || ROMANCE_ARTICLES.has(tokens[k].key))) k++;
      return isWord(tokens[k]) && !FRENCH_STOP.has(tokens[k].key) ? k + 1 : comma;
    }
    if (FRENCH_PREPOSITIONS.has(t.key) || FRENCH_LIST_WORDS.has(t.key)) continue;
    if (!isWord(t) || FRENCH_STOP.has(t.key) || /^\p{N}/u.test(t.text)) return comma;
  }
  return comma;
}

/** Verbs of the -tenir and -venir families and of "appeler" end like adjectives ("le Conseil retient", "soutient", "devient", "rappelle"). */
const FRENCH_VERB_RE = /(?:ient|pelle)$/u;

/**
 * French names keep their words after the first in lowercase: "Cour de cassation", "Commission de
 * contrôle des banques", "Cour nationale du droit d'asile". Under a capitalized head, a lowercase word
 * goes on with the name after a preposition (its noun) or right after a word of the name (its adjective).
 */
function frenchLowercaseWord(tokens: Token[], head: number, j: number, language: Language, follows: boolean, closedByName = false): boolean {
  const t = tokens[j];
  // Under a lowercase head ("ministère de la Transition écologique"), only an adjective of a capitalized
  // word, unless a capitalized complement is to close the name.
  const lowercaseHead = !tokens[head].cap && !closedByName;
  if (language !== 'fr' || (lowercaseHead && !(follows && tokens[j - 1].cap)) || t.cap || !isWord(t) || FRENCH_STOP.has(t.key) || ROMANCE_ARTICLES.has(t.key) || /^\p{N}/u.test(t.text)) return false;
  let k = j - 1;
  if (["'", '’'].includes(tokens[k].key)) k--;
  if (ROMANCE_ARTICLES.has(tokens[k].key) && !FRENCH_PREPOSITIONS.has(tokens[k].key)) k--;
  if (["'", '’'].includes(tokens[k]?.key ?? '')) k--;
  // "demande à la Ville de Montréal d'augmenter …": an infinitive after "d'" is no noun of the name.
  const infinitive = tokens[k]?.key === 'd' && FRENCH_INFINITIVE_RE.test(t.key);
  return (!lowercaseHead && FRENCH_PREPOSITIONS.has(tokens[k]?.key ?? '') && !infinitive) || (follows && FRENCH_ADJECTIVE_RE.test(t.key) && !FRENCH_VERB_RE.test(t.key));
}
