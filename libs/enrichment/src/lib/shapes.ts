import { describedNames, describesNameBefore, withoutPrivateBodies } from './appositives';
import { Candidate, Cue, cueAtToken } from './candidates';
import { COMMITTEE_HEADS, isChamberComplement, legislativeCommittees } from './committees';
import { frenchTopicCountryNames, placeFieldNames, topicCountryNames } from './field-names';
import { Language } from './language';
import { isOrganName } from './organs';
import { CueIndex, romanceShape } from './romance-shapes';
import {
  ENGLISH_COMPLEMENT,
  EXCLUDED,
  HeadMatch,
  HEADS,
  headAt,
  INTRINSIC,
  isListComma,
  isWord,
  joined,
  LEVELS,
  LOWERCASE_HEADS,
  MARKERS,
  MAX_COMPLEMENT_WORDS,
  MAX_MODIFIERS,
  MAX_TOPIC_WORDS,
  NOT_NAME_START,
  ROLE_AFTER,
  ROLES,
  ROMANCE_ARTICLES,
  sameLine,
  Shape,
  SHAPES,
  TOPIC_HEADS,
  TOWN_HEADS,
  TOWN_LEVELS,
  TOWNS,
  UNIT_HEADS,
  WEAK_HEADS,
} from './shape-words';
import { Token, tokenize, within } from './text';
import { BodyKind } from './types';

// Government bodies recognised by the shape of their name (see gazetteer/shapes.json): the long
// tail of agencies, commissions, courts, committees and offices that no list can hold.

export interface ShapeLexeme {
  type: 'shaped';
  kind: BodyKind;
  /** Name template of a bare head ("el Gobierno": "Government of {C}"). */
  template?: string;
  /** Known by the description beside it ("Epra, the energy regulator"): its other uses name it too. */
  described?: boolean;
  /** Where the body's name ends inside the mention, when the mention goes on with its owner's ("Comisión de Salud de la Cámara"). */
  nameEnd?: number;
  /** A lowercase head and the words that say what it does ("the state health department": department, health). */
  common?: { head: string; markers: string[] };
}

/** A capitalized head that names the country's body by itself ("el Gobierno", "o Banco Central"), as a shape. */
export function bareNameLexeme(surface: string, language: Language): ShapeLexeme | undefined {
  const key = surface.toLowerCase().replace(/\s+/gu, ' ');
  const template = /^\p{Lu}/u.test(surface) ? SHAPES.bareNames[key] : undefined;
  const kind = HEADS.get(language)?.get(key);
  return template && kind ? { type: 'shaped', kind, template } : undefined;
}

/** An owner's name and possessive right before a name: "Georgetown University Medical Center's ". */
const OWNER_BEFORE_RE = /((?:\p{Lu}[\p{L}.&]*\s+){0,4}\p{Lu}[\p{L}.&]*)['’]s\s+$/u;

/** "Georgetown University Medical Center's Department of Psychiatry": a unit of a school, company or NGO named as its owner's. */
export function isPrivatelyOwned(text: string, start: number): boolean {
  const owner = OWNER_BEFORE_RE.exec(text.slice(Math.max(0, start - 80), start));
  return owner !== null && isExcludedName(owner[1]);
}

/** A name holding a word of a company, school, NGO, party or sports body. */
export function isExcludedName(name: string): boolean {
  return EXCLUDED.anyIn(tokenize(name).map((t) => t.key));
}

/**
 * Candidate bodies by shape. `cues` are country cues (a place or country inside the name is
 * evidence of a government body and gives its country); `parents` are spans of bodies found
 * otherwise, so "the Department of Justice's Office of Professional Responsibility" is a unit of one.
 */
export function scanShapes(tokens: Token[], text: string, language: Language, cues: Cue[], parents: Candidate[]): Candidate[] {
  const heads = HEADS.get(language);
  if (!heads) return [];
  const romance = language !== 'en';
  const cueIndex: CueIndex = {
    adjectiveEnds: new Map(cues.filter((c) => c.type === 'adjective').map((c) => [c.ti, c.tj])),
    starts: new Set(cues.map((c) => c.ti)),
  };
  const out: Candidate[] = romance
    ? language === 'fr'
      ? frenchTopicCountryNames(tokens, text, cues)
      : []
    : [...topicCountryNames(tokens, text, cues), ...placeFieldNames(tokens, text, cues), ...describedNames(tokens, text, cues), ...legislativeCommittees(tokens, text)];
  const inLegislatureStory = parents.some(namesLegislature);
  // Read once: an imported binding is a getter call on every use, and these two run for every token.
  const [lowercaseHeads, headOf] = [LOWERCASE_HEADS, headAt];
  for (let i = 0; i < tokens.length; i++) {
    if (!romance && !tokens[i].cap && lowercaseHeads.has(tokens[i].key)) {
      const common = commonNounShape(tokens, text, i, cues);
      if (common) out.push(common);
      continue;
    }
    const head = headOf(tokens, i, heads);
    if (!head) continue;
    const shape = romance ? romanceShape(tokens, text, i, head, language, cueIndex) : englishShape(tokens, text, i, head, parents);
    if (!shape) continue;
    const keys = tokens.slice(shape.from, shape.to).map((t) => t.key);
    // "Junta de Gobierno": a Romance organ's name alone is read in organs.ts, named after its body.
    if (romance && isOrganName(keys.join(' '))) continue;
    // The head's own words are no evidence against it: "School Board" is not a school. Nor is a
    // ministry's portfolio ("Ministry for Primary Industries", "Ministry of Colleges and Universities").
    const portfolio = MINISTRY_HEADS.has(tokens[i].key) ? [] : keys.slice(i - shape.from + head.length);
    if (EXCLUDED.anyIn([...keys.slice(0, i - shape.from), ...portfolio]) || isPrivatelyOwned(text, tokens[shape.from].start)) continue;
    const weak = WEAK_HEADS.has(tokens[i].key);
    const inside = [...within(cues, tokens[shape.from].start, tokens[shape.to - 1].end), ...ownerCue(tokens, shape.from, cues)];
    const hasCue = inside.some((c) => c.type === 'place' || (!weak && c.type !== 'leader'));
    const town = !romance && !hasCue && isTownBody(tokens, shape.from, i);
    const committee = !romance && inLegislatureStory && COMMITTEE_HEADS.has(tokens[i].key);
    if (!romance && !shape.parent && !hasCue && !town && !committee && !isGovernmentName(keys, tokens, shape.from, i, shape.to)) continue;
    if (UNIT_HEADS.has(tokens[i].key) && !shape.parent && !inside.some((c) => c.type === 'place')) continue;
    const rest = keys.slice(i - shape.from + head.length).join(' ');
    const bare = shape.to - shape.from - (shape.adjectiveTokens ?? 0) === head.length || NATION_COMPLEMENTS.has(rest) || (romance && namesOnlyCountry(tokens, cues, i + head.length, shape.to));
    const template = bare ? SHAPES.bareNames[keys.slice(i - shape.from, i - shape.from + head.length).join(' ')] : undefined;
    // "el ministerio cubano": a head and a country say which country, not which body, unless the head names one body by itself.
    if (shape.adjectiveTokens && !template && shape.to - shape.from - shape.adjectiveTokens === head.length) continue;
    out.push({
      start: tokens[shape.from].start,
      end: tokens[shape.to - 1].end,
      lexemes: [{ type: 'shaped', kind: town ? 'subnational' : shape.ownName === undefined ? portfolioKind(head.kind, keys) : 'legislature', template, nameEnd: shape.ownName && tokens[shape.ownName - 1].end }],
      priority: 1,
    });
    i = shape.to - 1;
  }
  return withoutPrivateBodies(out, text);
}

/**
 * "Cornwall Council", "Reading Borough Council": a town's name, and words of level, before a council's
 * head name a local government, where "Atlantic Council" names none. A town named like a word of
 * government ("Federal", "Central") says nothing.
 */
function isTownBody(tokens: Token[], from: number, i: number): boolean {
  if (!TOWN_HEADS.has(tokens[i].key)) return false;
  let end = i;
  while (end > from && TOWN_LEVELS.has(tokens[end - 1].key)) end--;
  const name = tokens.slice(from, end).map((t) => t.key);
  return name.length > 0 && TOWNS.has(name.join(' ')) && !MARKERS.anyIn(name) && !INTRINSIC.anyIn(name) && !LEVELS.anyIn(name);
}

/** A listed legislature or chamber: in its story, "the Work and Pensions Committee" is one of its committees. */
const namesLegislature = (c: Candidate) => c.lexemes.some((l) => (l.type === 'entry' && l.entry.kind === 'legislature') || (l.type === 'generic' && l.head.kind === 'legislature'));

/** "Congreso de la República", "Senado de la Nación": a complement naming the nation adds nothing to a bare name. */
const NATION_COMPLEMENTS = new Set(['de la república', 'da república', 'de la république', 'de la nación', 'da nação', 'de la nation']);

/** "Senado de Chile", "Ejército de Colombia", "Assemblée nationale du Sénégal": a complement naming only the country adds nothing to a bare name. */
function namesOnlyCountry(tokens: Token[], cues: Cue[], from: number, to: number): boolean {
  if (!COUNTRY_OF.has(tokens[from]?.key ?? '')) return false;
  const at = ROMANCE_ARTICLES.has(tokens[from + 1]?.key ?? '') ? from + 2 : from + 1;
  const cue = cueAtToken(cues, at, 'ti');
  return cue?.type === 'name' && cue.tj === to;
}
const COUNTRY_OF = new Set(['de', 'del', 'da', 'do', 'du', 'des', 'd']);

/** A ministry or department of defence is the military's, as the guidelines class it ("Federal Ministry of Defence"). */
function portfolioKind(kind: BodyKind, keys: string[]): BodyKind {
  return kind === 'executive' && keys.some((k) => DEFENCE_WORDS.has(k)) ? 'military' : kind;
}
const DEFENCE_WORDS = new Set(['defence', 'defense', 'defensa', 'defesa', 'défense']);

/** Heads that only a government has: whatever words follow them are its portfolio. */
const MINISTRY_HEADS = new Set(['ministry', 'ministerio', 'ministério', 'ministère']);

/** A country or place owning the name with a possessive: "Kenya's Independent Policing Oversight Authority". */
function ownerCue(tokens: Token[], from: number, cues: Cue[]): Cue[] {
  const owner = tokens[from - 1]?.key === "'s" ? cueAtToken(cues, from - 1, 'tj') : undefined;
  return owner ? [owner] : [];
}

function isGovernmentName(keys: string[], tokens: Token[], from: number, headIndex: number, to: number): boolean {
  if (INTRINSIC.anyIn(keys) || MARKERS.anyIn(keys)) return true;
  // "Sheriff's Office", "Comptroller's Office": a role's office.
  return (roleOwning(tokens, headIndex) ?? -1) >= from || isOfficeOfRole(tokens, headIndex, to);
}

/** "Office of the Data Protection Commissioner", "Office of the Children's Commissioner", "Office of the Mayor": an office named after the role it serves. */
function isOfficeOfRole(tokens: Token[], headIndex: number, to: number): boolean {
  if (tokens[headIndex].key !== 'office' || tokens[headIndex + 1]?.key !== 'of' || tokens[headIndex + 2]?.key !== 'the') return false;
  return tokens.slice(headIndex + 3, to).some((t) => t.cap && ROLES.has(t.key));
}

/**
 * The capitalized role whose office the head at `i` is: "Sheriff's Office", "Secretary of State's
 * office". Its index, or undefined.
 */
function roleOwning(tokens: Token[], i: number): number | undefined {
  if (tokens[i - 1]?.key !== "'s") return undefined;
  const role = tokens[i - 3]?.key === 'of' && tokens[i - 2]?.cap ? i - 4 : i - 2;
  return ROLES.has(tokens[role]?.key ?? '') && tokens[role].cap ? role : undefined;
}

/** "the Ohio Secretary of State's office": a lowercase office of a capitalized role, a place or name before it. */
function isPlaceRoleOffice(tokens: Token[], i: number): boolean {
  const role = tokens[i].key === 'office' ? roleOwning(tokens, i) : undefined;
  if (role === undefined) return false;
  const before = tokens[role - 1];
  return before !== undefined && before.cap && isWord(before) && !NOT_NAME_START.has(before.key) && !ROLES.has(before.key);
}

/** "Cook County Sheriff's Office", "Senate Judiciary Subcommittee on Crime", "Court of Appeals for the Ninth Circuit". */
function englishShape(tokens: Token[], text: string, i: number, head: HeadMatch, parents: Candidate[]): Shape | undefined {
  // "the Ohio Secretary of State's office": a role's office is named by the role, whatever the head's case.
  if (!tokens[i].cap && !isPlaceRoleOffice(tokens, i)) return undefined;
  let to = i + head.length;
  for (let c = 0; c < 2; c++) {
    if (COMMITTEE_HEADS.has(tokens[i].key) && isChamberComplement(tokens, to)) break;
    const next = complementEnd(tokens, text, to, TOPIC_HEADS.has(tokens[i].key));
    if (next === to) break;
    to = next;
  }
  const after = tokens[to];
  // "Authority Brands", "Office Depot": the name goes on, so the head is not its head.
  if (after?.cap && isWord(after) && sameLine(text, tokens[to - 1], after) && !ROLE_AFTER.has(after.key)) return undefined;
  // "Department of Physics at MIT": a university's department.
  if (after?.key === 'at' && tokens[i].key === 'department') return undefined;
  let from = modifiersStart(tokens, text, i, (end) => parents.some((p) => p.end === end && namesLegislature(p)));
  while (from < i && (NOT_NAME_START.has(tokens[from].key) || !isWord(tokens[from]))) from++;
  // "GOP-dominated Legislature": a participle opening the name describes the body, it does not name it.
  if (joined(tokens, from) && /^\p{Ll}+ed$/u.test(tokens[from + 2].text)) from += 3;
  // "the state Supreme Court": the article's state's own body.
  if (tokens[from - 1]?.text === 'state' && sameLine(text, tokens[from - 1], tokens[from])) from--;
  // A unit of a body named with a possessive before it: "the SEC's Division of Enforcement", "the
  // Justice Department's Antitrust Division" (a unit's modifiers; an organ's are read in organs.ts).
  const parent = (from === i || UNIT_HEADS.has(tokens[i].key)) && tokens[from - 1]?.key === "'s" && parents.some((p) => p.end === tokens[from - 2]?.end);
  // A bare head ("the Department", "Court") is a short reference, resolved elsewhere.
  if (from === i && to === i + head.length) return undefined;
  return { from, to, parent };
}

const ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/u;

const ENGLISH_HEADS = HEADS.get('en') ?? new Map<string, BodyKind>();
/** A head word before "and" ends another body's name, save "Police", as often a field. */
const closesName = (t: Token) => t.key !== 'police' && ENGLISH_HEADS.has(t.key);

/** First token of the capitalized modifiers before a head ("Cook County Sheriff's Office", "Culture, Media and Sport Committee"). */
function modifiersStart(tokens: Token[], text: string, i: number, isOwner: (end: number) => boolean): number {
  let from = i;
  // Modifiers are counted in words: hyphens, commas and "and" inside the name are not.
  let words = 0;
  const ownerRole = roleOwning(tokens, i);
  while (from > 0 && words < MAX_MODIFIERS) {
    const p = tokens[from - 1];
    if (!sameLine(text, p, tokens[from])) break;
    if (p.cap && isWord(p)) {
      from--;
      words++;
    }
    // A hyphenated word: "Anti-Corruption Commission", "Independent Broad-based Anti-corruption Commission".
    else if (p.key === '-' && joined(tokens, from - 2) && tokens[from - 2].cap) from -= 2;
    else if (isWord(p) && tokens[from - 2]?.key === '-' && joined(tokens, from - 3) && tokens[from - 3].cap) {
      from -= 3;
      words++;
    }
    // An ordinal opening the name: "158th District Court", "5th Criminal Judgeship".
    else if (ORDINAL_RE.test(p.text) && from < i) {
      from--;
      break;
    }
    // A plural possessive inside the name: "Veterans' Affairs Committee", "Magistrates' Court"; a listed chamber's
    // owns the name after it ("the House of Councillors' Committee on Economy", "the House of Representatives' Economic Affairs Committee").
    else if (p.key === "'" && tokens[from - 2]?.cap && /s$/u.test(tokens[from - 2].text) && p.start === tokens[from - 2].end && !isOwner(tokens[from - 2].end)) from -= 2;
    // An Irish name: "O'Hara Township Council".
    else if (p.key === "'" && /^[OD]$/u.test(tokens[from - 2]?.text ?? '') && p.start === tokens[from - 2].end && p.end === tokens[from].start) from -= 2;
    else if (p.key === "'s" && from === i && ownerRole !== undefined) from = ownerRole;
    // A role named after its owner: "Cook County State's Attorney's Office".
    else if (p.key === "'s" && from < i && ROLES.has(tokens[from].key) && tokens[from + 1]?.key === "'s" && tokens[from - 2]?.cap && isWord(tokens[from - 2])) from -= 2;
    // "Isle of Anglesey County Council and Gwynedd Council": a head before "and" closes another body's name,
    // save "Police", as often a field ("the West Yorkshire Police and Crime Panel").
    else if (p.key === 'and' && tokens[from - 2]?.cap && from < i && !closesName(tokens[from - 2])) from--;
    // "Culture, Media and Sport Committee": a comma inside a list the name closes with "and".
    else if (p.key === ',' && tokens[from - 2]?.cap && listClosesBefore(tokens, from, i)) from--;
    else break;
  }
  return from;
}

/**
 * "the regional health commission", "the city council", "the county board": a level word, up to two
 * marker words and a lowercase head right after "the"; the body of the story's place or country.
 */
function commonNounShape(tokens: Token[], text: string, i: number, cues: Cue[]): Candidate | undefined {
  let from = i;
  while (from > 0 && i - from < MAX_TOPIC_WORDS && !tokens[from - 1].cap && MARKERS.has(tokens[from - 1].key) && !LEVELS.has(tokens[from - 1].key)) from--;
  if (from === 0 || !LEVELS.has(tokens[from - 1].key) || tokens[from - 1].cap) return undefined;
  from--;
  if (text.slice(tokens[from].end, tokens[i].start).includes('\n')) return undefined;
  // "the Winnipeg city council", "Kharkiv regional council": the place named before the level.
  const before = cueAtToken(cues, from, 'tj');
  if (before?.type === 'place' && sameLine(text, tokens[from - 1], tokens[from])) from = before.ti;
  else if (tokens[from - 1]?.key !== 'the') return undefined;
  // "the state government" and "the federal government" have generic heads of their own.
  if (tokens[i].key === 'government' && ['state', 'federal', 'national'].includes(tokens[from].key)) return undefined;
  if (describesNameBefore(tokens, from - 1, i)) return undefined;
  const kind = SHAPES.heads.en[tokens[i].key] ?? 'executive';
  const markers = tokens.slice(from, i).filter((t) => MARKERS.has(t.key) && !LEVELS.has(t.key)).map((t) => t.key);
  return { start: tokens[from].start, end: tokens[i].end, lexemes: [{ type: 'shaped', kind, common: { head: tokens[i].key, markers } }], priority: 1 };
}

/** End of an "of/for[/on] [the] Capitalized Words" complement starting at token `at` (or `at` if none). */
function complementEnd(tokens: Token[], text: string, at: number, topical: boolean): number {
  const word = tokens[at];
  if (!word || !ENGLISH_COMPLEMENT.has(word.text) || (word.text === 'on' && !topical) || !sameLine(text, tokens[at - 1], word)) return at;
  let j = at + 1;
  if (tokens[j]?.key === 'the') j++;
  // "the Supreme Court on Monday": a date, not a name.
  if (NOT_NAME_START.has(tokens[j]?.key ?? '')) return at;
  let end = at;
  let listed = false;
  for (let n = 0; j < tokens.length && n < MAX_COMPLEMENT_WORDS; n++) {
    const t = tokens[j];
    if (!sameLine(text, tokens[j - 1], t)) break;
    if (t.cap && isWord(t)) end = j + 1;
    // An ordinal inside the name: "for the 10th Judicial Circuit".
    else if (ORDINAL_RE.test(t.text) && tokens[j + 1]?.cap && isWord(tokens[j + 1])) n--;
    // A hyphenated word: "Committee on Anti-Corruption", "Office of Anti-money Laundering".
    else if (t.key === '-' && end === j && joined(tokens, j - 1)) end = ++j + 1;
    else if ((t.key === ',' && (isListComma(tokens, j) || (listed && isSerialComma(tokens, j)))) || (t.key === 'the' && tokens[j - 1].key === ',')) {
      listed = true;
      n--;
    }
    else if (t.key === 'and' && tokens[j + 1]?.key === 'the' && isFieldAfterThe(tokens, j + 2)) j++;
    // "the Central People's Government", "Office of the Children's Commissioner": a possessive inside a name, before a word of state or a role.
    else if (t.key === "'s" && end === j && tokens[j + 1]?.cap && (tokens[j - 1].key === 'people' || ROLES.has(tokens[j + 1].key))) end = j + 1;
    // "Committee on Veterans' Affairs", "Department of Women's Affairs" is the same with a plural's apostrophe.
    else if (t.key === "'" && end === j && t.start === tokens[j - 1].end && /s$/u.test(tokens[j - 1].text) && tokens[j + 1]?.cap && isWord(tokens[j + 1])) end = j + 1;
    else if (!(['and', '&', 'of'].includes(t.key) && tokens[j + 1]?.cap)) break;
    j++;
  }
  return end === at ? at : end;
}

/** Fields a ministry's name joins with "and the": "of Sustainability and the Environment". */
const FIELDS_AFTER_THE = new Set(['environment', 'economy', 'arts', 'interior', 'family', 'regions']);

/** "of Sustainability and the Environment": a field of government after "and the", not another body ("and the Army"). */
function isFieldAfterThe(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.cap && FIELDS_AFTER_THE.has(t.key) && !(tokens[k + 1]?.cap && isWord(tokens[k + 1]));
}

/** The comma before a list's closing "and" ("of Environment, Great Lakes, and Energy"), once the list has begun. */
function isSerialComma(tokens: Token[], comma: number): boolean {
  return tokens[comma + 1]?.key === 'and' && tokens[comma + 2]?.cap === true && isWord(tokens[comma + 2]);
}

/** Between a comma before a head and the head, the list closes with "and": "Culture, Media and Sport Committee". */
function listClosesBefore(tokens: Token[], from: number, head: number): boolean {
  return tokens.slice(from, head).some((t) => t.key === 'and');
}

