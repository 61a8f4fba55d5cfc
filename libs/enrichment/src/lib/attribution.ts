import lexicon from '../lexicon/stance.json';
import { Located, OFFICIAL_ROLE, OTHER_ROLE_AFTER, PeopleIndex, PERSON_NAME } from './people';
import { HEAD_WORDS } from './shape-words';
import { StanceCues } from './stance-cues';
import { DATELINE, Span } from './text';
import { BodyRef } from './types';

// Who takes the position reported in a sentence. Offsets here are relative to the sentence.

export interface Actor {
  refs: BodyRef[];
  /** A non-government actor ("Republican lawmakers"), when refs is empty. */
  label?: string;
  /** A person speaking for the body (or the label's people): "he" and "she" may refer back to it. */
  person: boolean;
  /** Where the sentence names it (relative offsets), when it does. */
  span?: Span;
}

/** A sentence as attribution sees it. */
export interface SentenceView {
  text: string;
  verbs: Span[];
  /** Body mentions and officials (widened to their names), in text order. */
  speakers: Located[];
  people: PeopleIndex;
  /** The cues of the article's language. */
  cues: StanceCues;
}

const IN_A_RE = /\b(?:said|says|wrote|announced|stated)\s+in\s+(?:a|an|the)\s+$/iu;
const DOCUMENT_AFTER_RE = /^(?:['’]s)?\s+(?:press\s+|news\s+)?(?:statement|release|report|communiqu[eé]|letter|post)\b/iu;
export const UNNAMED_SPOKES_RE = /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+)?spokes(?:man|woman|person)\s+(?:also\s+)?$/iu;
/** "Its secretary-general has repeatedly warned": the head or voice of the body a possessive pronoun refers back to. */
export const OWN_OFFICER_RE =
  /\b(?:its|their)\s+(?:[\p{L}-]+\s+)?(?:spokes(?:man|woman|person)|secretary[- ]general|director(?:[- ]general)?|chief(?:\s+executive)?|chair(?:man|woman|person)?|president|head|commissioner|governor|administrator)\s+(?:(?:also|then|has|had|have|\p{L}+ly)\s+){0,2}$/iu;
/** An owner's possessive before a body's name: "Ghana's Ministry of Finance", "the U.N.'s Security Council". */
const OWNER_POSSESSIVE = String.raw`(?:(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}.-]*['’]s\s+)`;
/** Between an inverted verb and its subject: "said the Ministry", "said Lt. Matt Harris, Columbus Police Department", "dijo el Ministerio". */
const INVERTED_GAP_RE = new RegExp(
  String.raw`^\s+(?:(?:the|a|an|el|la|los|las|o|os|le|les|l['’])\s*)?${OWNER_POSSESSIVE}?(?:${PERSON_NAME},\s+(?:(?:the|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:(?:of|for|at)\s+(?:the\s+)?)?)?$`,
  'u',
);
/** A subject is not one when a preposition governs it ("officials from the FBI said"). */
const GOVERNED_RE = /\b(?:by|from|with|against|to|of|on|at|in|into|between|including|among|about|over|under|than|and|for)\s+(?:the\s+)?$/iu;
/** Who speaks for a body after a preposition: "a spokesman for the", "Counsel for the", "Lawyers for the", "an attorney representing the". */
const SPOKES_FOR_RE = /\b(?:spokes\w*|counsel|lawyers?|attorneys?|solicitors?|barristers?|advocates?)\s+(?:for|representing)\s+(?:the\s+)?$/iu;
/** "The lawsuit, led by the Attorney General's Office, argued …": a document or act speaks for its author. */
/** Documents and acts a body authors, which speak for it. */
const AUTHORED_NOUNS = 'lawsuit suit complaint petition appeal motion filing report audit review inquiry investigation study letter statement order ruling decision bill proposal'.split(' ');
const AUTHOR_OF_ACT_RE = new RegExp(
  String.raw`\b(?:${[...AUTHORED_NOUNS, 'measure', 'rule', 'guidance'].join('|')})\s*,\s*(?:\p{L}+\s+)?(?:led|filed|brought|written|issued|published|released|conducted|commissioned|drafted|sponsored|proposed|prepared)\s+by\s+(?:the\s+)?$`,
  'iu',
);
/** "“Congress is giving us the tools we asked for,” the FTC said": the verb has a speaker of its own. */
const SPEAKER_PRONOUN_END_RE = /(?<![\p{L}])(?:we|I|you)\s+(?:(?:also|have|had|has)\s+)?$/u;
const PRONOUN_END_RE = new RegExp(String.raw`\b(?:${lexicon.pronounSubjects.join('|')})\s+(?:also\s+)?$`, 'iu');
/** "The Palestinian Authority - which considers …": the relative clause's subject is the body. */
const RELATIVE_OF_SUBJECT_RE = /^\s*[-–—,]\s*(?:which|who)\s/iu;
const CLAUSE_BREAK_RE = /[“”"«»;:]|\b(?:that|which|who|when|after|while|because|if)\b/iu;
const PASSIVE_RE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;
const FORMER_RE = /\b(?:former|ex-|then-)\s*$/iu;
/** A verb preceded by a name of its own (a pronoun may refer back to the opening body). */
export const OWN_SUBJECT_RE = /\s[\p{Lu}][\p{L}’'-]+\s+(?:(?:has|had|have|also|later|then)\s+)*$/u;
/** A verb whose subject is a person ("…, he added"): not a body's, though it may be its official's. */
const PERSON_SUBJECT_RE = /\s(?:he|she|I|we)\s+(?:(?:has|had|have|also|later|then)\s+)*$/u;
const GROUP_NOUNS = new Set(lexicon.groupNouns.map((n) => n.toLowerCase()));
/** Right after an inverted speech verb, a subject of its own: "…, said another witness", "…, said Fiona Hill". */
const SUBJECT_AFTER_RE =
  /^\s+(?:(?:the|a|an|another|one|two|three|several|el|la|los|las|un|una|o|os|um|uma|le|les|l['’]|une)\s|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[\p{Lu}])/u;
const MAX_SUBJECT_GAP = 60;
/** A short adverbial opening a sentence before its subject: "Separately,", "On Friday,", "In a statement,", "Speaking to reporters,". */
/** The same in Spanish, Portuguese and French: "Por su parte,", "En un comunicado,", "Em nota,", "De son côté,", "Mardi,", "Contactado pela Lusa,". */
const ROMANCE_OPENING = String.raw`(?:Por|Para|En|Em|No|Na|Nos|Nas|Num|Numa|Tras|Após|Después|Depois|Durante|Dans|Pour|Après|Lors|Con|Com|Ante|Desde|De|Du|Au|Aux|Sur|Sin|Sem|Sans|Al|Ao|Mientras|Entretanto|Paralelamente|Además|Asimismo|Também|Igualmente|Cependant|Toutefois|Ensuite|Par|Contactad[oa]|Consultad[oa]|Interrogée?|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hoy|Ayer|Hoje|Ontem)(?:\s[^,“”"]{1,40})?`;
const OPENING_ADVERBIAL = String.raw`(?:\p{Lu}\p{Ll}+ly|(?!According)\p{Lu}\p{Ll}+ing\s[^,“”"]{1,40}|Meanwhile|However|Earlier|Later|Also|Still|Instead|Now|Then|(?:In|On|At|By|After|Before|During|Last|This|Earlier|Later)\s[^,“”"]{1,40}|${ROMANCE_OPENING}),\s+`;
/** What opens a sentence before its subject, with its article in any of the four languages ("The", "El", "Le", "L'", "O"); an owner's possessive may stand before it ("Ghana's Ministry of Finance"). */
const SUBJECT_OPENING_RE = new RegExp(
  String.raw`^${DATELINE}?(?:${OPENING_ADVERBIAL})?(?:[“"«]?\s*(?:(?:[Tt]he|[Aa]n?|THE|AN?|[EeOo]l|[Ll][aeo]s?|[Oo]s?)\s+|[Ll]['’]))?${OWNER_POSSESSIVE}?$`,
  'u',
);
/** What a body publishes that speaks for it when it is the subject: "Data from the agency show", "A report by the auditor found". */
const PUBLISHED_NOUNS = lexicon.documentNouns;
/** A published document's author after it: "figures released last week by the", "a report from the". */
const PUBLISHED_BY = String.raw`(?:${PUBLISHED_NOUNS.join('|')})\s+(?:[^,;:“”"«»]{0,30}?\s)?(?:${lexicon.documentAuthorPrepositions.join('|')})\s+(?:the\s+)?$`;
/** Such a document as the sentence's subject, the body its author: "A report last year by the Department of Health faulted the FDA". */
const AUTHORED_SUBJECT_RE = new RegExp(String.raw`^${DATELINE}?(?:${OPENING_ADVERBIAL})?(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}${PUBLISHED_BY}`, 'iu');
/** Verbs that report only with a published document as subject: "Data from the agency show", not "the auto show". */
const DOCUMENT_VERBS = new Set(['show', 'shows', 'showed']);
const PUBLISHED_SUBJECT_RE = new RegExp(String.raw`\b(?:${PUBLISHED_NOUNS.join('|')})\b[^.;:“”"«»]{0,80}$`, 'iu');

/** "Figures released last month by the board showed …": a verb that reports when what shows is a published document. */
export const isDocumentVerb = (word: string, text: string, from: number, at: number): boolean =>
  DOCUMENT_VERBS.has(word) && PUBLISHED_SUBJECT_RE.test(text.slice(from, at));
const ADVERBIAL_THEN_ARTICLE_RE = new RegExp(String.raw`^${OPENING_ADVERBIAL}(?:the|a|an)\s+$`, 'u');
/** One comma-delimited clause and nothing else: ", which runs the police, ", ", based in Geneva, ", ", which approved 2,300 homes, ". */
const PARENTHETICAL_RE = /^\s*,(?:[^,;:“”"«»]|(?<=\d),(?=\d))+,\s*$/u;
/** "An HHS spokesperson, Laura Chen, said": the commas close an appositive name (after the word it names), not a quote. */
const APPOSITIVE_END_RE = new RegExp(String.raw`([\p{L}’'-]*\p{L}),\s+${PERSON_NAME},\s*$`, 'u');

/** The actor of a sentence, by the strongest attribution pattern found. */
export function actorOf(view: SentenceView): Actor | undefined {
  return (
    accordingTo(view) ??
    inverted(view) ??
    beforeVerb(view) ??
    possessiveAct(view) ??
    unnamedSpokesperson(view) ??
    sentenceSubject(view) ??
    nonGovernment(view)
  );
}

const asActor = (l: Located): Actor => ({ refs: l.refs, person: l.person === true, span: { start: l.start, end: l.end } });

/** "according to the agency", "said in a NASA statement". */
function accordingTo({ text, speakers, cues, verbs }: SentenceView): Actor | undefined {
  for (const m of text.matchAll(cues.according)) {
    const at = m.index + m[0].length;
    // "according to data from the agency" speaks for the agency, unless someone was reported citing it ("The bank said …, according to data from").
    const cited = (x: Located) => cues.accordingDocument.test(text.slice(at, x.start)) && !verbs.some((v) => v.end <= m.index);
    const hit = speakers.find((x) => x.start >= at && (x.start <= at + 5 || cited(x)));
    if (hit) return asActor(hit);
  }
  const issuer = speakers.find((x) => IN_A_RE.test(text.slice(0, x.start)) && DOCUMENT_AFTER_RE.test(text.slice(x.end)));
  return issuer && asActor(issuer);
}

const ACT_AFTER_RE = new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+)?(?:${lexicon.actNouns.join('|')})\b`, 'iu');

/**
 * "The commission's ruling …", "the agency's decision to block …": the body whose act it is, unless
 * a reporting verb before it has a subject of its own ("Coastline said it accepted the court's decision").
 */
function possessiveAct({ text, speakers, verbs }: SentenceView): Actor | undefined {
  const hit = speakers.find((x) => !x.person && ACT_AFTER_RE.test(text.slice(x.end, x.end + 40)) && !verbs.some((v) => v.end <= x.start));
  return hit && asActor(hit);
}

/** "…, an agency spokesman told us": the spokesperson of the body named just before. */
function unnamedSpokesperson({ text, verbs, speakers }: SentenceView): Actor | undefined {
  for (const v of verbs) {
    if (!UNNAMED_SPOKES_RE.test(text.slice(0, v.start))) continue;
    const named = speakers.filter((c) => c.end <= v.start).pop();
    if (named) return { refs: named.refs, person: true, span: { start: named.start, end: named.end } };
  }
  return undefined;
}

/** "…, said the Ministry", "…,” said Lt. Matt Harris, Columbus Police Department spokesman", "was criticized by the FBI". */
function inverted({ text, verbs, speakers, cues }: SentenceView): Actor | undefined {
  for (const v of verbs) {
    const before = text.slice(0, v.start);
    const passive = PASSIVE_RE.test(before) && /^\s+by\s/u.test(text.slice(v.end));
    // "…, said the Ministry"; French "…, a déclaré le ministère".
    // "The council, which approved the plan, told the committee": the comma closes a clause about the opening subject.
    const speech = cues.inversionVerbs.has(text.slice(v.start, v.end).toLowerCase()) && /[,”"’»]\s*(?:a\s+)?$/u.test(before) && !parentheticalSubject(text, speakers, v);
    if (!passive && !speech) continue;
    const from = passive ? v.end + /^\s+by/u.exec(text.slice(v.end))![0].length : v.end;
    const hit = speakers.find((x) => x.start >= from && INVERTED_GAP_RE.test(text.slice(from, x.start)));
    if (hit && !OTHER_ROLE_AFTER.test(text.slice(hit.end, hit.end + 40))) return asActor(hit);
  }
  return undefined;
}

/** The nearest body, official or introduced person before an active verb, within a short gap and not governed by a preposition. */
function beforeVerb(view: SentenceView): Actor | undefined {
  const { text, verbs, speakers, people } = view;
  for (const v of verbs) {
    const lead = text.slice(0, v.start);
    if (PASSIVE_RE.test(lead) || hasSubjectAfter(view, v)) continue;
    const known = people.speakerEndingAt(lead);
    if (known && !speakers.some((c) => c.start <= known.start && known.end <= c.end)) return asActor(known);
    // "The board, which oversees the service, requested …": a body inside the clause is not the subject.
    const opening = parentheticalSubject(text, speakers, v);
    if (opening) return asActor(opening);
    const before = speakers.filter((c) => c.end <= v.start && v.start - c.end <= MAX_SUBJECT_GAP).sort((a, b) => b.end - a.end);
    const hit = before.find((c) => isSubject(text, c, v.start));
    if (hit) return asActor(hit);
  }
  return undefined;
}

/** A body opening a clause of its own: "…, and the USTR said", "; the court ruled", ", while the ministry warned". */
const CLAUSE_OPENING_RE = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+)?$/iu;
const COORDINATED_RE = /^\s*,?\s*and\s+(?:the\s+)?$/iu;

/**
 * Bodies that speak besides the sentence's actor: in a clause of their own ("The FTC sued the
 * company, and the Justice Department said it would join") or as a second subject ("The FBI and the
 * Justice Department said").
 */
export function laterSpeakers(view: SentenceView, first: Actor): Actor[] {
  const { text, verbs, speakers } = view;
  const after = first.span?.end ?? 0;
  const out: Actor[] = [];
  for (const v of verbs) {
    if (v.start <= after || PASSIVE_RE.test(text.slice(0, v.start))) continue;
    const hit = speakers.filter((c) => !c.person && c.start > after && c.end <= v.start && v.start - c.end <= MAX_SUBJECT_GAP).pop();
    if (!hit || out.some((a) => a.span?.start === hit.start)) continue;
    const lead = text.slice(after, hit.start);
    // "The FBI and the Justice Department said": a second subject joined to the first.
    const joinedToFirst = first.span !== undefined && COORDINATED_RE.test(lead);
    if (!joinedToFirst && !CLAUSE_OPENING_RE.test(lead)) continue;
    const gap = text.slice(hit.end, v.start);
    if (!CLAUSE_BREAK_RE.test(gap) && !OTHER_ROLE_AFTER.test(gap) && !PRONOUN_END_RE.test(gap)) out.push(asActor(hit));
  }
  return out;
}

/** "…, said another witness": the inverted verb's subject follows it, so no body before it is the speaker. */
export function hasSubjectAfter({ text, cues, speakers }: SentenceView, v: Span): boolean {
  const before = text.slice(0, v.start);
  const inverted = cues.subjectAfterVerbs.has(text.slice(v.start, v.end).toLowerCase()) && /[,”"’»]\s*(?:a\s+)?$/u.test(before) && !APPOSITIVE_END_RE.test(before);
  return inverted && SUBJECT_AFTER_RE.test(text.slice(v.end)) && !CLAUSE_AFTER_RE.test(text.slice(v.end)) && !parentheticalSubject(text, speakers, v);
}

/** "the regulator, known as Nersa, said Eskom had failed": a name and its own verb after the verb open what was said, not an inverted subject. */
const CLAUSE_AFTER_RE = /^\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){1,4}(?:had|has|have|was|were|is|are|would|will|could|should|may|might|must|did|does|\p{Ll}+ed)\b/u;

const OWNER_OF_NEXT_RE = /^['’]s\s+$/u;

/** The body or official opening the sentence; an owner gives way to the body it owns ("The Bundestag's Committee on Labour"). */
function openingSpeaker(text: string, speakers: Located[]): Located | undefined {
  const i = speakers.findIndex((c) => SUBJECT_OPENING_RE.test(text.slice(0, c.start)));
  const owned = i < 0 ? undefined : speakers[i + 1];
  return owned && OWNER_OF_NEXT_RE.test(text.slice(speakers[i].end, owned.start)) ? owned : speakers[i];
}

/** "The ministry, which runs the police, said the cuts …": the comma closes a clause about the opening subject, not a quote. */
function parentheticalSubject(text: string, speakers: Located[], v: Span): Located | undefined {
  const first = openingSpeaker(text, speakers);
  return first !== undefined && first.end < v.start && PARENTHETICAL_RE.test(text.slice(first.end, v.start)) ? first : undefined;
}

function isSubject(text: string, c: Located, verbStart: number): boolean {
  const gap = text.slice(c.end, verbStart);
  const lead = text.slice(0, c.start);
  if (OTHER_ROLE_AFTER.test(gap) || possessesOtherSubject(gap) || FORMER_RE.test(lead.slice(-12)) || isInsideAppositive(lead, gap)) return false;
  if (!RELATIVE_OF_SUBJECT_RE.test(gap) && (PRONOUN_END_RE.test(gap) || SPEAKER_PRONOUN_END_RE.test(gap) || CLAUSE_BREAK_RE.test(gap) || startsOtherSubject(gap))) return false;
  return !GOVERNED_RE.test(lead) || SPOKES_FOR_RE.test(lead) || AUTHOR_OF_ACT_RE.test(lead) || AUTHORED_SUBJECT_RE.test(lead);
}

/** "NASA's Galileo spacecraft found": the body owns the subject, a thing that is neither its voice nor its act. */
const POSSESSED_SUBJECT_RE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)\s+$/u;
const VOICE_NOUNS = new Set([...lexicon.actNouns, ...AUTHORED_NOUNS, ...'guidance data figures analysis survey assessment findings website'.split(' ')]);

function possessesOtherSubject(gap: string): boolean {
  const m = POSSESSED_SUBJECT_RE.exec(gap);
  return m !== null && !VOICE_NOUNS.has(m[1].toLowerCase()) && !OFFICIAL_ROLE_RE.test(m[1]);
}

/** "X, the U.S. military operation against …, told": the body only describes X. */
function isInsideAppositive(lead: string, gap: string): boolean {
  return /,\s+(?:the|a|an)\s+$/iu.test(lead) && !ADVERBIAL_THEN_ARTICLE_RE.test(lead) && gap.includes(',');
}

/** The gap ends in a name of its own ("Trump has tried …, but Sondland has said"): that name is the subject. */
function startsOtherSubject(gap: string): boolean {
  return /[,]\s+(?:but\s+|and\s+)?[\p{Lu}][\p{L}’'-]+\s+(?:(?:has|had|have|also)\s+)*$/u.test(gap);
}

/**
 * A body or official opening the sentence is its subject ("Cuban Foreign Minister X referred ..."),
 * unless its next reporting verb has a subject of its own ("Trump tried …, but Sondland has said", "…, said Jane Roe").
 */
export function sentenceSubject(view: SentenceView): Actor | undefined {
  const { text, verbs, speakers } = view;
  const first = openingSpeaker(text, speakers);
  if (!first || OTHER_ROLE_AFTER.test(text.slice(first.end, first.end + 40))) return undefined;
  const next = verbs.find((v) => v.start >= first.end);
  const lead = next && text.slice(first.end, next.start);
  const ownSubject =
    lead !== undefined &&
    (OWN_SUBJECT_RE.test(lead) || (!first.person && PERSON_SUBJECT_RE.test(lead)) || hasClauseSubject(lead));
  return next && (ownSubject || hasSubjectAfter(view, next)) ? undefined : asActor(first);
}

/**
 * A clause opening before the verb with a common noun as its subject: "…, council staff said",
 * "“The city is asking …,” the group said", "…, which opposition lawmakers say", "…; indústria critica".
 */
const CLAUSE_SUBJECT_RE = /(?:[;,”"»]|\b(?:which|that|whom|que|qui))\s+((?:[\p{Ll}-]+\s+){1,3})$/u;
const RELATIVES = new Set(['which', 'that', 'whom', 'que', 'qui']);
/** Articles and conjunctions: "…, and the group said" has the subject "group". */
const FUNCTION_WORDS = new Set('the a an o os as el la los las le les um uma un une and but or while y e et mas pero mais'.split(' '));
/** Words of such a clause that are no subject of its own: prepositions, pronouns and "the statement" (referring back), auxiliaries, adverbs. */
const NOT_OWN_SUBJECT = new Set([
  ...lexicon.pronounSubjects.flatMap((p) => p.split(' ')),
  ...'who which that que qui quien quienes in on at for of to from with by as into under over after before during about against en em no na dans pour para por de du des à au this these it its they them he she we i you also then later still already again now has had have having will would could can may might should must is are was were be been did does do not never ha han había tem têm foi ont avait est se il elle ils elles ele ela eles elas él ella ellos'.split(' '),
]);

function hasClauseSubject(lead: string): boolean {
  const m = CLAUSE_SUBJECT_RE.exec(lead);
  const words = m ? m[1].trim().split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w)) : [];
  // "…, which opposition lawmakers say": the relative pronoun is the object, the words after it the subject.
  if (words.length > 1 && RELATIVES.has(words[0])) words.shift();
  // "…, the agency said" refers back to the body (its head names one: not "council staff"), as does "…, which it says".
  return words.length > 0 && !words.some((w) => NOT_OWN_SUBJECT.has(w) || /ly$/u.test(w)) && !HEAD_WORDS.has(words[words.length - 1]);
}

const OFFICIAL_ROLE_RE = new RegExp(String.raw`^${OFFICIAL_ROLE}$`, 'iu');

/** "Danjuma's lawyer, Chidi Eze, said": a person named between commas after a noun that is no official's role is the verb's subject. */
export function endsWithOthersName(before: string): boolean {
  const m = APPOSITIVE_END_RE.exec(before);
  return m !== null && !OFFICIAL_ROLE_RE.test(m[1]);
}

/** Lawmakers, parties, companies...: "criticized by Republican lawmakers", "Senators X and Y noted". */
function nonGovernment({ text, verbs, speakers }: SentenceView): Actor | undefined {
  const free = (from: number, to: number) => !speakers.some((b) => b.start < to && from < b.end);
  for (const v of verbs) {
    if (!free(Math.max(0, v.start - 60), v.end + 60)) continue;
    const by = /^\s+by\s+((?:[\p{Lu}][\p{L}.’'-]*\s+|and\s+)*(?:[\p{Lu}][\p{L}.’'-]*|\p{Ll}+))/u.exec(text.slice(v.end));
    const label = (by && groupOrName(by[1])) ?? groupOrName(subjectWords(text.slice(0, v.start)));
    if (label) return { refs: [], label, person: true };
  }
  return undefined;
}

/** A word closing what came before the subject: a quote, a clause or a sentence ends with it. */
const CLOSING_WORD_RE = /[.;:!?"”’)\]—–]$|,/u;
/** "Gov.", "Lt.", "U.S.", "B.R.": a dot that abbreviates, inside a name. */
const ABBREVIATION_RE = /^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u;

/**
 * The capitalized words (and group nouns) right before a verb: its subject. They stop at a word that
 * closes a quote or clause ("…Trump,” Noem said": not "Trump,” Noem"), except the commas of a list
 * closed by "and" ("Banks, Insurance and Financial Institutions Employees").
 */
function subjectWords(before: string): string {
  if (!/[\p{L}]\s+$/u.test(before)) return '';
  const words = before.trimEnd().split(/\s+/);
  const np: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!/^[\p{Lu}]/u.test(w) && w !== 'and' && !GROUP_NOUNS.has(w.toLowerCase())) break;
    if (CLOSING_WORD_RE.test(w) && !ABBREVIATION_RE.test(w) && !(/^[\p{L}’'-]+,$/u.test(w) && np.includes('and'))) break;
    np.unshift(w);
  }
  while (np[0] === 'and' || /^(?:The|A|An|In|But|And|He|She|It|They|We|I)$/.test(np[0] ?? '')) np.shift();
  return np.join(' ');
}

function groupOrName(np: string): string | undefined {
  const words = np.split(/\s+/).filter(Boolean);
  const capitalized = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  const group = words.some((w) => GROUP_NOUNS.has(w.toLowerCase()));
  return group || capitalized >= 2 ? np.trim() : undefined;
}

/** Words that open a sentence but are not a name of its own: pronouns, prepositions, adverbs. */
const NOT_A_NAME_RE =
  /^(?:It|Its|They|Their|He|His|She|Her|We|I|This|These|That|Those|There|In|On|At|By|For|From|With|After|Before|During|Under|Since|Until|As|But|And|Also|However|Meanwhile|Separately|Earlier|Later|Last|Then|Still|Now|Yet|Según|Segundo|Selon|En|Em|Con|Com|Pero|Mas|Mais|Dans|Para|Por|Pour|Tras|Após|Après)$/u;
const ARTICLE_RE = /^(?:The|El|La|Los|Las|Le|Les|O|Os|A|As|Un|Una|Une|Um|Uma)$/u;
/** Lowercase words inside a name: "Conference Board of Canada", "Comité Permanente por la Defensa de los Derechos Humanos". */
const NAME_CONNECTOR_RE = /^(?:of|for|on|and|the|de|del|la|las|los|el|do|da|dos|das|du|des|et|y|e|por|para|pour|sur|en|em|[ld]['’][\p{L}-]+)$/u;

/**
 * "Gulfmark Energy, which runs four plants, said": the sentence opens with a name of its own and a
 * clause about it between commas, so the verb after them has that subject, not one referred back to.
 */
export function opensWithOwnName(before: string): boolean {
  const comma = before.indexOf(',');
  if (comma < 0 || /[“”"«»]/u.test(before)) return false;
  // A bracketed acronym is part of the name: "La Unión Industrial Argentina (UIA), en cambio, valoró".
  const words = before.slice(0, comma).replace(/\s*\([^()]*\)/gu, '').trim().split(/\s+/);
  if (words.length > 1 && ARTICLE_RE.test(words[0])) words.shift();
  if (!/^[\p{Lu}\d]/u.test(words[0]) || NOT_A_NAME_RE.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_CONNECTOR_RE.test(w));
}
