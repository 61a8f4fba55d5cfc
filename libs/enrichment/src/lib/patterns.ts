import { Candidate, Cue } from './candidates';
import { GENERIC_HEADS, GenericHead } from './gazetteer';
import { leaderEndingAt, ShortRefLexeme } from './lexicon';
import { PERSON_NAME } from './people';
import { isExcludedName, isPrivatelyOwned } from './shapes';
import { Token } from './text';

// Long-tail patterns the gazetteer cannot enumerate. All produce candidates; resolution decides.

// Names never run across line breaks (headings sit on their own line).
export const SP = String.raw`[^\S\n]+`;
// A possessive ends the word: "Department of Justice's Office" names two bodies.
export const CAP_WORD = String.raw`[\p{Lu}](?:[\p{L}\p{N}-]|['’](?!s\b)|\.(?=\p{L}))*`;
// Connectors inside a name; "and the" starts a new phrase ("Ministry of Health and the Ghanaian government").
const CONNECTOR = String.raw`(?:(?:of|for)(?:${SP}the)?|and|&)${SP}`;
const TOPIC = String.raw`(?:the${SP})?${CAP_WORD}(?:${SP}(?:${CONNECTOR})?${CAP_WORD})*`;
/** "Ministry of X", "Departments of X, Y and Z" (plural heads introduce coordinations). */
const DEPT_RE = new RegExp(
  String.raw`\b(Ministr(?:y|ies)|Departments?)${SP}(?:of|for)${SP}(${TOPIC})((?:(?:,${SP}|${SP}and${SP}|,${SP}and${SP})${TOPIC})*)`,
  'gu',
);
const LIST_SPLIT = /\s*,\s*(?:and\s+)?|\s+and\s+/g;

export function scanDepartments(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DEPT_RE)) {
    // "Department of Physics at MIT": a university's department.
    if (isExcludedName(m[0]) || isPrivatelyOwned(text, m.index) || /^\s+at\s/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const plural = /ies$|s$/.test(m[1]);
    const ministry = m[1].startsWith('Minist');
    const topicsStart = m.index + m[0].length - m[2].length - m[3].length;
    const parts = plural ? splitList(m[2] + m[3], topicsStart) : [part(m[2], 0, m[2].length, topicsStart)];
    parts.forEach((p, i) => {
      const start = i === 0 ? m.index : p.start + leadingThe(p.text);
      out.push({ start, end: p.end, lexemes: [{ type: 'department', topic: p.text, ministry }], priority: 1 });
    });
  }
  return out;
}

interface Part {
  text: string;
  start: number;
  end: number;
}

function splitList(list: string, offset: number): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const sep of list.matchAll(LIST_SPLIT)) {
    parts.push(part(list, last, sep.index, offset));
    last = sep.index + sep[0].length;
  }
  parts.push(part(list, last, list.length, offset));
  return parts;
}

function part(s: string, from: number, to: number, offset: number): Part {
  return { text: s.slice(from, to), start: offset + from, end: offset + to };
}

function leadingThe(s: string): number {
  return /^the\s+/.exec(s)?.[0].length ?? 0;
}

// Local police forces: "Fort Worth Police Department", "Forest Hill police", "Bartholomew County Sheriff’s Department",
// "Orange County, Calif., sheriff’s office" (a US state abbreviation may follow the place).
const STATE_ABBREVIATION = String.raw`(?:\p{Lu}\p{Ll}{1,4}\.|(?:\p{Lu}\.){2})`;
const LOCAL_RE = new RegExp(
  String.raw`\b((?:${CAP_WORD}${SP}){0,3}${CAP_WORD})(?:,${SP}${STATE_ABBREVIATION},)?${SP}(Police Department|Police Dept\.|Police Service|Police Force|Police|police|P\.D\.|County Sheriff['’]s (?:Department|Office)|Sheriff['’]s (?:Department|Office)|sheriff['’]s (?:department|office))`,
  'gu',
);
/** "Police in Chicago", "police in Troms": a force named by the place after it. */
const POLICE_IN_RE = new RegExp(String.raw`\b[Pp]olice${SP}in${SP}((?:${CAP_WORD}${SP}){0,2}${CAP_WORD})`, 'gu');
// Romance articles too: "La Police grand-ducale" is no place's force.
const NOT_PLACE = /^(?:(?:The|A|An|In|Updated|Interim|Acting|Former|Retired|Veteran|On|At|But|And|When|While|After|Before|If|Local|State|City|Federal|Military|Secret|Transit|Traffic|Border|Riot|Capitol|Park|Chief|Officer|Officers|Deputy|Sgt|Lt|Capt|Det|Mr|Ms|Mrs|Dr)\b\.?|(?:La|Le|Les|El|Los|Las|Lo|O|Os|As|Un|Une|Una|Uma|Um)(?=\s|$))\s*/u;

/** `isCountry` tells whether a place prefix is really a country ("Chinese police" is national). */
const POLICE_TRIGGERS = new Set(['police', 'sheriff', 'pd']);
/** Characters before a trigger word that can hold the place name. */
const PLACE_WINDOW = 60;

/** "Spokane Police Guild", "Toronto Police Association": the force's officers' union, not the force. */
const UNION_AFTER_RE = /^\s+(?:Guild|Union|Association|Federation|Benevolent|Brotherhood|Officers|Foundation|Athletic|Pension)\b/u;

export function scanLocalPolice(tokens: Token[], text: string, isCountry: (start: number, end: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  let scanned = 0;
  for (const t of tokens) {
    if (!POLICE_TRIGGERS.has(t.key) || t.start < scanned) continue;
    const from = Math.max(scanned, t.start - PLACE_WINDOW);
    scanned = Math.min(text.length, t.end + 25);
    out.push(...localPoliceIn(text.slice(from, scanned), from, isCountry));
  }
  return out;
}

function localPoliceIn(window: string, offset: number, isCountry: (start: number, end: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of window.matchAll(LOCAL_RE)) {
    let place = m[1];
    let start = offset + m.index;
    for (let cut = NOT_PLACE.exec(place); cut && place.length > 0; cut = NOT_PLACE.exec(place)) {
      place = place.slice(cut[0].length);
      start += cut[0].length;
    }
    const end = offset + m.index + m[0].length;
    if (!place || !/^\p{Lu}/u.test(place) || isCountry(start, start + place.length) || UNION_AFTER_RE.test(window.slice(end - offset))) continue;
    out.push({ start, end, lexemes: [{ type: 'local', name: localName(place, m[2]), kind: 'law_enforcement' }], priority: 1 });
  }
  for (const m of window.matchAll(POLICE_IN_RE)) {
    const start = offset + m.index;
    const placeStart = start + m[0].length - m[1].length;
    if (isCountry(placeStart, placeStart + m[1].length)) continue;
    out.push({ start, end: start + m[0].length, lexemes: [{ type: 'local', name: localName(m[1], 'Police'), kind: 'law_enforcement' }], priority: 1 });
  }
  return out;
}

/** Country of a local force: "Police Department" and sheriffs are US usage; otherwise from context. */
export function isUsStyle(name: string): boolean {
  return / (?:Police Department|Sheriff['’]s (?:Department|Office))$/.test(name);
}

function localName(place: string, head: string): string {
  const sheriff = /sheriff['’]s (department|office)/i.exec(head);
  if (sheriff) return `${place}${/county/i.test(head) ? ' County' : ''} Sheriff's ${sheriff[1] === 'office' || sheriff[1] === 'Office' ? 'Office' : 'Department'}`;
  // Canadian and British forces call themselves a service or a force.
  return /^Police (?:Service|Force)$/u.test(head) ? `${place} ${head}` : `${place} Police Department`;
}

// A local government named by its level: "the City of Toronto said", "a suit against the County of Vermilion River".
const LOCAL_GOVERNMENT_RE = new RegExp(String.raw`\b(?:City|County|Province|Town|Village|Municipality|Township|Borough|(?:Municipal|Regional)${SP}District|(?:Regional|Rural)${SP}Municipality)${SP}of${SP}${CAP_WORD}(?:${SP}${CAP_WORD}){0,2}`, 'gu');
// "in the City of Toronto", "across the Province of Manitoba": the place, not its government.
const LOCATIVE_BEFORE_RE = /\b(?:in|across|throughout|near|around|outside|within|into|at|to|from)(?:\s+the)?\s+$/iu;

/** A capital's name stands for its country elsewhere ("Cape Town", "Washington"), but "City of Cape Town" is the city's government. */
export function scanLocalGovernments(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LOCAL_GOVERNMENT_RE)) {
    const end = m.index + m[0].length;
    if (LOCATIVE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    out.push({ start: m.index, end, lexemes: [{ type: 'local', name: m[0].replace(/\s+/gu, ' '), kind: 'subnational' }], priority: 1 });
  }
  return out;
}

// "filed by the state of North Dakota", "the State of Texas argued": a state acting as a government; "in the state of Texas" is the place.
const STATE_OF_RE = /(?<!\b[Ss]ecretary\s+of\s+)\b[Ss]tate\s+of\s+$/u;

export function scanStatesOf(text: string, cues: Cue[]): Candidate[] {
  return cues.flatMap((c) => {
    if (c.type !== 'place' || c.city || !c.place) return [];
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const m = STATE_OF_RE.exec(before);
    // "in the northern state of Sonora": a described state is a place too.
    if (!m || LOCATIVE_BEFORE_RE.test(before.slice(0, m.index)) || /\b(?:the|a)\s+\p{Ll}[\p{L}-]*\s+$/u.test(before.slice(0, m.index))) return [];
    const start = c.start - (before.length - m.index);
    return [{ start, end: c.end, lexemes: [{ type: 'local', name: `State of ${c.place}`, kind: 'subnational', country: c.code }], priority: 1 }];
  });
}

// A place's government named by its level: "the Gauteng provincial government", "the Niger State
// government", "the Iztapalapa borough government", "the Seoul Metropolitan Government"; the level word makes the place a subdivision.
const LEVEL_GOVERNMENT_RE = /\b([Ss]tate|[Pp]rovincial|[Mm]etropolitan|[Rr]egional|[Bb]orough|[Dd]epartmental|[Mm]unicipal|[Cc]ounty|[Pp]refectural|[Tt]erritorial)[^\S\n]+[Gg]overnment\b/gu;
/** The place before the level word, read backwards from it (the level and "government" are rarer than capitals). */
const PLACE_BEFORE_RE = new RegExp(String.raw`((?:${CAP_WORD}${SP}){0,2}${CAP_WORD})${SP}$`, 'u');
/** How far before the level word a place's name may start. */
const MAX_PLACE_CHARS = 80;

/** Before the place, a word that would make it part of a longer name ("Rio Grande do Sul", "Bank of Niger State"). */
const NAME_GOES_ON_RE = /(?:\b(?:of|de|do|da|del|dos|das|and|y)|[\p{Lu}](?:[\p{L}’'-]|\.(?=\p{L}))*)[^\S\n]+$/u;

/** `hasCue`: whether a country or a known place lies in a span (its government has patterns of its own). */
export function scanPlaceGovernments(text: string, hasCue: (start: number, end: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LEVEL_GOVERNMENT_RE)) {
    const before = PLACE_BEFORE_RE.exec(text.slice(Math.max(0, m.index - MAX_PLACE_CHARS), m.index));
    if (!before) continue;
    const from = m.index - before[0].length;
    const place = before[1].replace(/^(?:(?:The|A|An|In|And|But|Its|Their|This|That|Every|Each)(?:\s+|$))+/u, '');
    const start = from + before[1].length - place.length;
    // "the Republican-dominated state government": a compound adjective, not a place.
    const level = m[1][0].toUpperCase() + m[1].slice(1);
    // A metropolitan government is its city's, even a capital's that stands for its country elsewhere ("the Seoul Metropolitan Government").
    const ownPatterns = level !== 'Metropolitan' && hasCue(start, start + place.length);
    if (!place || /-\p{Ll}/u.test(place) || NAME_GOES_ON_RE.test(text.slice(Math.max(0, from - 30), from)) || ownPatterns) continue;
    const name = `${place.replace(/\s+/gu, ' ')} ${level} Government`;
    out.push({ start, end: m.index + m[0].length, lexemes: [{ type: 'local', name, kind: 'subnational' }], priority: 1 });
  }
  return out;
}

// Federal prosecutors by judicial district: "the U.S. Attorney's Office for the Western District of New York".
const DISTRICT_OFFICE_RE = new RegExp(
  String.raw`\b(?:U\.S\.|US|United States)${SP}[Aa]ttorney['’]s${SP}[Oo]ffice${SP}for${SP}the${SP}((?:(?:Northern|Southern|Eastern|Western|Middle|Central)${SP})?District${SP}of${SP}${CAP_WORD}(?:${SP}${CAP_WORD})*)`,
  'gu',
);

export function scanDistrictOffices(text: string): Candidate[] {
  return [...text.matchAll(DISTRICT_OFFICE_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lexemes: [{ type: 'local', name: `United States Attorney's Office for the ${m[1].replace(/\s+/g, ' ')}`, kind: 'judiciary', country: 'US' }],
    priority: 1,
  }));
}

// The thirteen federal courts of appeals by circuit: "the 9th U.S. Circuit Court of Appeals", "the Fifth
// Circuit Court of Appeals", "the U.S. Court of Appeals for the D.C. Circuit".
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh'];
const CIRCUIT = String.raw`(\d{1,2}(?:st|nd|rd|th)|${ORDINALS.join('|')}|D\.C\.|Federal)`;
const CIRCUIT_RE = new RegExp(
  String.raw`\b(?:${CIRCUIT}${SP}(?:U\.S\.${SP})?Circuit${SP}Court${SP}of${SP}Appeals|(?:U\.S\.|United${SP}States)${SP}Court${SP}of${SP}Appeals${SP}for${SP}the${SP}${CIRCUIT}${SP}Circuit)`,
  'gu',
);

export function scanAppealsCircuits(text: string): Candidate[] {
  return [...text.matchAll(CIRCUIT_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lexemes: [{ type: 'local', name: `United States Court of Appeals for the ${circuitName(m[1] ?? m[2])} Circuit`, kind: 'judiciary', country: 'US' }],
    priority: 1,
  }));
}

function circuitName(circuit: string): string {
  const n = Number.parseInt(circuit, 10);
  if (n >= 1 && n <= ORDINALS.length) return ORDINALS[n - 1];
  return circuit === 'D.C.' ? 'District of Columbia' : circuit;
}

// An official's office named after its holder: "Public Ombudsman Nadia Cruz’s office", "Attorney General
// Letitia James’ office": the generic head "<role>'s Office" (roles from gazetteer/generic.json).
const ROLE_OFFICE_HEADS = new Map<string, GenericHead>();
for (const head of GENERIC_HEADS) {
  const role = /^(.+)['’]s office$/iu.exec(head.phrase)?.[1].toLowerCase();
  if (role && !head.needsModifier && !ROLE_OFFICE_HEADS.has(role)) ROLE_OFFICE_HEADS.set(role, head);
}
const ROLE_OFFICE_RE = new RegExp(
  String.raw`\b(${[...ROLE_OFFICE_HEADS.keys()].map((r) => r.replace(/ /g, SP)).join('|')})${SP}(?:${PERSON_NAME})['’]s?${SP}[Oo]ffice\b`,
  'giu',
);

export function scanRoleOffices(text: string): Candidate[] {
  return [...text.matchAll(ROLE_OFFICE_RE)].flatMap((m) => {
    const head = ROLE_OFFICE_HEADS.get(m[1].toLowerCase().replace(/\s+/g, ' '));
    // The role is a title ("Ombudsman Nadia Cruz"), not a common noun before a name.
    if (!head || !/^\p{Lu}/u.test(m[1])) return [];
    return [{ start: m.index, end: m.index + m[0].length, lexemes: [{ type: 'generic' as const, head }], priority: 1 }];
  });
}

// "<Leader> administration", "Trump's administration", "government of President <Leader>".
const GOV_WORDS = new Set(['administration', 'government', 'regime']);
/** Title words allowed between "government of" and the leader's name. */
const MAX_NAME_TOKENS = 5;

export function scanLeaderGovernments(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (!GOV_WORDS.has(t.key)) return;
    const nameEnd = tokens[i - 1]?.key === "'s" ? i - 1 : i;
    const before = leaderEndingAt(tokens, Math.max(0, nameEnd - 3), nameEnd);
    if (before) out.push(leaderGov(tokens[before.ti].start, t.end, before.code));
    if (tokens[i + 1]?.key !== 'of') return;
    for (let j = i + 2; j < Math.min(tokens.length, i + 2 + MAX_NAME_TOKENS) && tokens[j].cap; j++) {
      const after = leaderEndingAt(tokens, i + 2, j + 1);
      if (after) out.push(leaderGov(t.start, tokens[j].end, after.code));
    }
  });
  return out;
}

function leaderGov(start: number, end: number, country: string): Candidate {
  return { start, end, lexemes: [{ type: 'leaderGov', country }], priority: 1 };
}

/** Heads a short reference may have: "the ministry said", "the Ministry said". */
const SHORT_HEADS = [
  ...['ministry', 'department', 'agency', 'commission', 'court', 'tribunal', 'committee', 'council', 'bank', 'board', 'authority', 'regulator'],
  ...['legislature', 'bureau', 'office', 'service', 'division', 'directorate', 'fund', 'organization', 'organisation', 'centre', 'center', 'patrol'],
];
/** Heads that name a kind only in lower case: "the Force" is no short reference. */
const LOWER_ONLY_HEADS = ['watchdog', 'force', 'bench', 'city', 'province'];
const capitalize = (w: string) => w[0].toUpperCase() + w.slice(1);
// "the Ministry said", "the committee said", "the high court ruled", "the force said": a bare head, in
// either case and after a rank or level word, refers back to the last body it heads or whose kind it names;
// so does one after a word saying what the body is made of or how it stands ("the cross-party committee").
const SHORT_RE = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:independent|powerful|influential|parliamentary|bipartisan|\p{Ll}+-(?:party|member|judge|seat|strong))\s+)?(?:(?:high|top|central|federal|national|electoral|regional|state|city|county|town|parish|borough|district|municipal|provincial|local|appeals|supreme|lower|upper|[Hh]ighway)\s+)?(${[...SHORT_HEADS.map(capitalize), ...SHORT_HEADS, ...LOWER_ONLY_HEADS].join('|')})\b(?!\s+(?:of|for)\b)`,
  'gu',
);
/** A head naming the employer of a spokesperson or official: "ministry spokeswoman Rina Wulandari", "a department official". */
const SPEAKER_HEAD_RE = new RegExp(
  String.raw`\b(${[...SHORT_HEADS.map(capitalize), ...SHORT_HEADS].join('|')})(?=\s+(?:spokes(?:man|woman|person|men|women|people)|officials?)\b)`,
  'gu',
);
/** A lower-case head right after a country or place: "the Ohio division", "the Brazilian ministry". */
const PLACED_HEAD_RE = new RegExp(String.raw`^\s+(${[...SHORT_HEADS, ...LOWER_ONLY_HEADS].join('|')})\b(?!\s+(?:of|for)\b)`, 'u');

/** Spanish, Portuguese and French heads of short references, by the English head they refer back with. */
const ROMANCE_SHORT_HEADS = new Map<string, string>([
  ...['ministerio', 'ministério', 'ministère', 'cartera', 'pasta'].map((w) => [w, 'ministry'] as const),
  ...['tribunal', 'corte', 'cour', 'juridiction'].map((w) => [w, 'bench'] as const),
  ...['policía', 'polícia', 'police'].map((w) => [w, 'force'] as const),
  ...['organismo', 'órgão', 'dependencia', 'agencia', 'agência', 'agence'].map((w) => [w, 'agency'] as const),
  ...['comisión', 'comissão', 'commission'].map((w) => [w, 'commission'] as const),
  ...['consejo', 'conselho', 'conseil'].map((w) => [w, 'council'] as const),
  ...['banco central', 'banque centrale', 'emisor', 'autoridad monetaria', 'autoridade monetária'].map((w) => [w, 'central bank'] as const),
  ...['fiscalía', 'parquet'].map((w) => [w, 'prosecutor'] as const),
  ...['secretaría', 'secretaria'].map((w) => [w, 'secretariat'] as const),
]);
// "el ministerio dijo", "o alto tribunal decidiu", "la haute juridiction estime": an article and a head with no
// complement after it ("el ministerio de Salud" is a name; "el ministerio declaró" is not).
const ROMANCE_SHORT_RE = new RegExp(
  String.raw`\b(?:el|la|los|las|o|a|os|as|le|les|l['’])\s*(?:(?:alto|máximo|supremo|haute)\s+)?(${[...ROMANCE_SHORT_HEADS.keys()].join('|')})(?![\p{L}-])(?!\s+(?:(?:de|del|da|do|das|dos|des|du)\s|d['’]))`,
  'giu',
);

// "the attorney general's office said", "the sheriff's office": an office named by its holder's role, in lower case.
const ROLE_OFFICE_SHORT_RE = /\b[Tt]he\s+((?:\p{Ll}+\s+)?\p{Ll}{3,})['’]s\s+office\b(?!\s+(?:of|for|in)\b)/gu;

export function scanShortRefs(text: string, language: string): Candidate[] {
  const english = [
    ...[...text.matchAll(SHORT_RE)].map((m) => shortRef(m.index + 4, m.index + m[0].length, m[1].toLowerCase())),
    ...[...text.matchAll(ROLE_OFFICE_SHORT_RE)].map((m) => shortRef(m.index + 4, m.index + m[0].length, 'office', { role: m[1] })),
    ...[...text.matchAll(SPEAKER_HEAD_RE)].map((m) => shortRef(m.index, m.index + m[0].length, m[1].toLowerCase())),
  ];
  if (language === 'en') return english;
  const romance = [...text.matchAll(ROMANCE_SHORT_RE)].map((m) => {
    const end = m.index + m[0].length;
    return shortRef(end - m[1].length, end, ROMANCE_SHORT_HEADS.get(m[1].toLowerCase()) ?? '');
  });
  return [...english, ...romance];
}

const shortRef = (start: number, end: number, head: string, about: Pick<ShortRefLexeme, 'where' | 'role'> = {}): Candidate => ({
  start,
  end,
  lexemes: [{ type: 'shortref', head, ...about }],
  priority: 0,
});

/** "The Ohio division said": a country or place before a bare head refers back to that place's last body of the head. */
export function scanPlacedShortRefs(text: string, cues: Cue[]): Candidate[] {
  return cues.flatMap((c) => {
    if (c.type === 'leader' || !/\b[Tt]he\s+$/u.test(text.slice(Math.max(0, c.start - 5), c.start))) return [];
    const m = PLACED_HEAD_RE.exec(text.slice(c.end, c.end + 24));
    return m ? [shortRef(c.start, c.end + m[0].length, m[1], { where: c })] : [];
  });
}
