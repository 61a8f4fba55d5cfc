import { Cue } from './candidates';
import { contextCountry, MODIFIER_TYPES, modifiersOf, TextContext, tokenAt } from './context';
import { countryDisplayName, entryByName, GazetteerEntry, GenericHead, MINISTRY_TOPICS, nameWithoutCountry, refOf } from './gazetteer';
import { Lexeme, ministryHead } from './lexicon';
import { HEAD_WORDS, MISSION_RE } from './shape-words';
import { ShapeLexeme } from './shapes';
import { isUsStyle } from './patterns';
import { phraseKey, within } from './text';
import { BodyKind, BodyRef } from './types';

/** A resolved mention: its (possibly widened) span and the bodies it denotes. */
export interface Resolved {
  start: number;
  end: number;
  refs: BodyRef[];
}

interface Span {
  start: number;
  end: number;
}

/**
 * A local force: a place, country or nationality of another country inside the name gives its country and keeps the name as
 * written ("NSW Police", not "NSW Police Department"); else names written US-style ("… Police Department",
 * "… Sheriff's Office") are US, others the story's.
 */
function resolveLocalForce(ctx: TextContext, span: Span, lx: Extract<Lexeme, { type: 'local' }>): Resolved {
  const written = ctx.text.slice(span.start, span.end);
  // "Greater Manchester Police" outside the US is named as written, not as an American department;
  // local governments and courts have their names made whatever their country.
  const police = lx.kind === 'law_enforcement';
  const foreign = within(ctx.cues, span.start, span.end).find((c) => MODIFIER_TYPES.has(c.type) && c.code !== 'US');
  if (foreign) return { ...span, refs: [{ name: police ? titledPolice(written) : lx.name, country: foreign.code, kind: lx.kind }] };
  const country = lx.country ?? (isUsStyle(written) ? 'US' : (contextCountry(ctx, span.start) ?? 'US'));
  const name = lx.country || country === 'US' || !police ? lx.name : titledPolice(written);
  return { ...span, refs: [{ name, country, kind: lx.kind }] };
}

/** "Toronto police" and "police in Toronto" are named "Toronto Police", so that "Toronto Police Service" named before is found to be it. */
const titledPolice = (written: string) => written.replace(/^[Pp]olice\s+in\s+(.+)$/u, '$1 Police').replace(/\bpolice\b/u, 'Police');

/** First lexeme that resolves wins: curated entries come before generic heads. */
export function resolveLexemes(ctx: TextContext, span: Span, lexemes: Lexeme[]): Resolved | undefined {
  for (const lx of storyCountryFirst(ctx, span, lexemes)) {
    const r = resolveOne(ctx, span, lx);
    if (r && r.refs.length > 0) return r;
  }
  return undefined;
}

/** A name that curated bodies of several countries share ("the Treasury") is first the one of the story's country. */
function storyCountryFirst(ctx: TextContext, span: Span, lexemes: Lexeme[]): Lexeme[] {
  const countries = new Set(lexemes.flatMap((lx) => (lx.type === 'entry' ? [lx.entry.country] : [])));
  if (countries.size < 2) return lexemes;
  const country = contextCountry(ctx, span.start);
  const ofStory = (lx: Lexeme) => (lx.type === 'entry' && lx.entry.country === country ? 0 : 1);
  return [...lexemes].sort((a, b) => ofStory(a) - ofStory(b));
}

function resolveOne(ctx: TextContext, span: Span, lx: Lexeme): Resolved | undefined {
  switch (lx.type) {
    case 'entry':
      // A national body's acronym counts only in a story about its country: "BGB" in a German text is a code of law.
      if (lx.acronym && !['US', 'INT'].includes(lx.entry.country) && !ctx.cues.some((c) => c.code === lx.entry.country)) return undefined;
      return resolveEntry(ctx, span, lx.entry);
    case 'generic':
      return resolveGeneric(ctx, span, lx.head);
    case 'department':
      return resolveDepartment(ctx, span, lx.topic, lx.ministry);
    case 'leaderGov':
      return { ...span, refs: [fill('Government of {C}', 'executive', lx.country)] };
    case 'local':
      return resolveLocalForce(ctx, span, lx);
    case 'shortref':
      return undefined; // needs the mentions before it; see bodies.ts
    case 'shaped':
      return resolveShaped(ctx, span, lx);
  }
}

/** A gazetteer phrase inside the shape that, with its modifiers, names all of it ("Foreign Ministry" + "of Japan"). */
function listedWithin(ctx: TextContext, span: Span): Resolved | undefined {
  for (const m of within(ctx.gazetteerMatches, span.start, span.end)) {
    const r = resolveLexemes(ctx, m, m.lexemes);
    if (r && r.start === span.start && r.end === span.end) return r;
  }
  return undefined;
}

/** A name's words saying it belongs to many states: "Inter-American", "of Central Asia", "de l'Afrique de l'Ouest". */
const MANY_STATES_RE = /\b(?:Inter-?[Aa]meric|Interameric|Interaméric|Central Asia|(?:West|Western|East|Eastern|Southern|Central) Africa|Afrique (?:de l['’]Ouest|centrale|de l['’]Est)|África (?:Occidental|Central|Oriental))/u;

/**
 * "African Union Peace and Security Council", "Commission de la CEDEAO": a name holding an
 * intergovernmental body's name, or a region's, and no state's is intergovernmental, wherever the story is.
 */
function ofManyStates(ctx: TextContext, span: Span): boolean {
  if (MANY_STATES_RE.test(ctx.text.slice(span.start, span.end))) return true;
  // The intergovernmental body owns the name when it opens it or is its complement, not when it is listed beside another ("… e Interpol").
  const owns = (m: Span) => m.start === span.start || OWNER_COMPLEMENT_END_RE.test(ctx.text.slice(span.start, m.start));
  return within(ctx.gazetteerMatches, span.start, span.end).some((m) => owns(m) && m.lexemes.some((lx) => lx.type === 'entry' && lx.entry.country === 'INT'));
}

/** A complement's opening right before its owner: "… of the ", "… de la ", "… du ". */
const OWNER_COMPLEMENT_END_RE = /\b(?:of|de|del|da|do|dos|das|du|des)(?:\s+(?:the|la|las|los|el|l['’]|o|os|a|as))?\s*$/u;

/** Words a name in title case keeps in lowercase: "Portfolio Committee on Electricity and Energy". */
const TITLE_CONNECTORS = new Set(['of', 'on', 'and', 'for', 'the']);

/** Words that make a shaped name a local body ("Los Angeles City Council"). */
const LOCAL_WORD_RE = /\b(?:County|City|Municipal|Town|Township|Village|Borough|Parish|Shire|state)\b/u;

/**
 * A body recognised by its shape: a curated entry when the name (or the name without its leading
 * country) is one, else the name as written, its country from a place or country inside it, else
 * from context; "the state Supreme Court" is the court of the article's main state.
 */
function resolveShaped(ctx: TextContext, span: Span, lx: ShapeLexeme): Resolved | undefined {
  const surface = ctx.text.slice(span.start, span.end);
  const inside = within(ctx.cues, span.start, span.end).filter((c) => c.type !== 'leader');
  const lead = inside[0]?.start === span.start ? inside[0] : undefined;
  const entry = entryByName(surface) ?? (lead && entryByName(ctx.text.slice(lead.end, span.end)));
  if (entry && (!lead || lead.code === entry.country)) return { ...span, refs: [refOf(entry)] };
  const listed = listedWithin(ctx, span);
  if (listed) return listed;
  // A mission is the sending country's: "Consulado de México en Houston".
  const sending = MISSION_RE.test(surface.split(/\s/u)[0]) ? inside[0] : undefined;
  const cue = sending ?? inside.find((c) => c.type === 'place') ?? inside[0] ?? modifiersOf(ctx, span.start, span.end).cues[0];
  const country = cue?.code ?? (ofManyStates(ctx, span) ? 'INT' : contextCountry(ctx, span.start));
  if (!country) return undefined;
  if (lx.template) return { ...span, refs: [fill(lx.template, lx.kind, country)] };
  // A role's office written in lowercase is named with a capital: "Ohio Secretary of State's Office".
  const name = ctx.text
    .slice(span.start, lx.nameEnd ?? span.end)
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/(?<='s )office$/u, 'Office');
  const place = ctx.topPlace.get(country)?.place;
  if (/^state /u.test(name)) {
    return place ? { ...span, refs: [{ name: `${place} ${name.slice(6)}`, country, kind: placeKind(lx.kind) }] } : undefined;
  }
  const titled = name.replace(/(^|\s)(\p{Ll}[\p{L}-]*)/gu, (w, space: string, word: string) => (TITLE_CONNECTORS.has(word) ? w : space + word[0].toUpperCase() + word.slice(1)));
  // "the Winnipeg city council": a place and a common noun name the place's body.
  if (ctx.language === 'en' && lead?.type === 'place' && /^[\s\p{Ll}]+$/u.test(surface.slice(lead.end - span.start))) return { ...span, refs: [{ name: titled, country, kind: placeKind(lx.kind) }] };
  // "the regional health commission": named after the story's place, else its country.
  if (ctx.language === 'en' && /^\p{Ll}/u.test(name)) {
    return { ...span, refs: [{ name: `${titled} of ${place ?? countryDisplayName(country)}`, country, kind: placeKind(lx.kind) }] };
  }
  const local = cue?.type === 'place' || LOCAL_WORD_RE.test(name);
  // "Toronto Police Service", "Halifax Regional Police Department": a force is law enforcement whatever its head.
  const kind = /\bPolice (?:Service|Force|Department)$/u.test(name) ? 'law_enforcement' : local ? placeKind(lx.kind) : lx.kind;
  return { ...span, refs: [{ name, country, kind }] };
}

/**
 * A curated entry, unless a modifier names another country ("Canadian Department of Justice") or a
 * place within it ("Indiana House", "California Supreme Court": the state's own body, not the nation's).
 */
function resolveEntry(ctx: TextContext, span: Span, entry: GazetteerEntry): Resolved | undefined {
  const mod = modifiersOf(ctx, span.start, span.end);
  if (mod.cues.length === 0 && insideOtherName(ctx, span)) return undefined;
  if (mod.cues.length === 0) {
    const own = storyOwnBody(ctx, span, entry);
    if (own) return own;
  }
  const foreign = mod.cues.find((c) => c.code !== entry.country && entry.country !== 'INT');
  if (foreign && mod.cues.length === 1) return foreign.type === 'place' ? undefined : sharedNameOf(ctx, span, entry, foreign.code);
  if (mod.cues.length > 0 && mod.cues.every((c) => c.type === 'place' && c.code === entry.country)) return placeOwnBody(ctx, span, mod.cues, entry);
  return { ...span, refs: [refOf(entry)] };
}

/** Words that name no country's body in particular: heads, ministry topics and these ("National Assembly", "the Treasury", "Cabinet Office", "Department of Justice"). */
const SHARED_NAME_WORDS = new Set(
  'national nationale nacional federal fédéral fédérale general générale supreme suprême suprema high central treasury cabinet public pública público publique of the de la las los le les el del du des d l y et and e for para pour'.split(' '),
);

const isSharedName = (surface: string) =>
  surface
    .toLowerCase()
    .split(/[\s'’]+/u)
    .filter(Boolean)
    .every((w) => SHARED_NAME_WORDS.has(w) || HEAD_WORDS.has(w) || MINISTRY_TOPICS.has(w));

/**
 * A name many countries' bodies bear, in a story about another country that never names the curated
 * body's: the story's own body ("the Department of Justice" in an Irish story is the Department of
 * Justice of Ireland, "Assemblée nationale" in a Quebec one the National Assembly of Canada).
 */
function storyOwnBody(ctx: TextContext, span: Span, entry: GazetteerEntry): Resolved | undefined {
  if (entry.country === 'INT' || ctx.cues.some((c) => c.code === entry.country)) return undefined;
  const country = contextCountry(ctx, span.start, [entry.country]);
  if (!country || !ctx.ranked.includes(country)) return undefined;
  return sharedNameOf(ctx, span, entry, country);
}

/** "Pakistan's Foreign Office", "the Kenyan Treasury": a name many countries' bodies bear, with another country than the listed body's, is that country's. */
function sharedNameOf(ctx: TextContext, span: Span, entry: GazetteerEntry, country: string): Resolved | undefined {
  const surface = ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return isSharedName(surface) ? { ...span, refs: [{ name: `${nameWithoutCountry(entry) ?? surface} of ${countryDisplayName(country)}`, country, kind: entry.kind }] } : undefined;
}

/** Words that may stand before "House" meaning the chamber: "the Republican House". */
const PARTY_WORDS = new Set(['Republican', 'Democratic', 'Democrat', 'GOP', 'Labour', 'Conservative', 'Tory', 'Liberal', 'Lower', 'Upper', 'Full']);

/**
 * "Blair House", "Government House", "State House": "House" right after a capitalized word that is no
 * country, place or party is a building's name.
 */
function insideOtherName(ctx: TextContext, span: Span): boolean {
  const i = tokenAt(ctx, span.start);
  const [word, before] = [ctx.tokens[i], ctx.tokens[i - 1]];
  if (word?.text !== 'House' || word.end !== span.end || !before?.cap || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || PARTY_WORDS.has(before.text)) return false;
  return /^[ \t]+$/u.test(ctx.text.slice(before.end, word.start)) && !ctx.cues.some((c) => c.end === before.end && c.type !== 'leader');
}

/**
 * Heads an agency of a state or province shares with the nation's, opening its name ("California
 * Department of Justice") or closing it ("Ohio Environmental Protection Agency").
 */
const AGENCY_HEAD_RE = /^(?:Department|Ministry|Office|Bureau|Agency|Administration|Commission|Board|Service)\b|\b(?:Agency|Administration|Commission|Board|Service)$/u;

/** A chamber a state's legislature shares with the nation's ("the Georgia House voted"), unless a title follows: "Indiana House Speaker". */
const CHAMBER_RE = /^(?:House|Senate|Assembly)$/u;
const TITLE_AFTER_RE = /^\s\p{Lu}/u;

/**
 * "California Department of Justice": a national agency's name qualified by a place of its country is
 * the place's own agency, named as written. Other national names stay unresolved ("Indiana House",
 * often a title: "Indiana House Speaker …").
 */
function placeOwnBody(ctx: TextContext, span: Span, places: Cue[], entry: GazetteerEntry): Resolved | undefined {
  const surface = ctx.text.slice(span.start, span.end);
  const chamber = CHAMBER_RE.test(surface) && !TITLE_AFTER_RE.test(ctx.text.slice(span.end, span.end + 3));
  if (!AGENCY_HEAD_RE.test(surface) && !chamber) return undefined;
  const start = Math.min(span.start, ...places.map((p) => p.start));
  // A chamber is named as the state's own full names are ("House of Representatives of Ohio", "Senate of Ohio").
  const name = (place: string) => (chamber ? `${CHAMBER_NAMES.get(surface) ?? surface} of ${place}` : `${place} ${surface}`);
  return { start, end: span.end, refs: places.map((p) => ({ name: name(p.place ?? ''), country: p.code, kind: placeKind(entry.kind) })) };
}

const CHAMBER_NAMES = new Map([['House', 'House of Representatives']]);

// Diplomatic missions are named with their seat: "US Embassy in New Delhi".
const SEAT_RE = /^ in ((?:\p{Lu}[\p{L}-]*)(?: \p{Lu}[\p{L}-]*)?)/u;

function resolveGeneric(ctx: TextContext, span: Span, head: GenericHead): Resolved | undefined {
  const resolved = resolveGenericAnywhere(ctx, span, head);
  if (!resolved || !head.onlyIn) return resolved;
  const refs = resolved.refs.filter((r) => head.onlyIn?.includes(r.country));
  return refs.length > 0 ? { ...resolved, refs } : undefined;
}

function resolveGenericAnywhere(ctx: TextContext, span: Span, head: GenericHead): Resolved | undefined {
  const notIn = head.notIn ?? [];
  const mod = modifiersOf(ctx, span.start, span.end);
  const cues = mod.cues.filter((c) => !notIn.includes(c.code));
  if (cues.length > 0) {
    const seat = MISSION_RE.test(head.phrase) ? SEAT_RE.exec(ctx.text.slice(mod.end, mod.end + 40)) : null;
    const end = seat ? mod.end + seat[0].length : mod.end;
    const name = seat ? `${head.name} in ${seat[1]}` : head.name;
    return { start: mod.start, end, refs: cues.map((c) => fillFromCue(name, head.kind, c, seat ? undefined : head.placeName)) };
  }
  if (head.needsModifier || mod.cues.length > 0) return undefined;
  const country = contextCountry(ctx, span.start, notIn);
  if (!country) return undefined;
  const place = ctx.topPlace.get(country)?.place;
  if (head.placeName && place) return { ...span, refs: [{ name: head.placeName.replace('{P}', place), country, kind: placeKind(head.kind) }] };
  return head.needsPlace ? undefined : { ...span, refs: [fill(head.name, head.kind, country)] };
}

/** A place's own executive is a subnational government; its legislature or police keep their kind. */
function placeKind(kind: BodyKind): BodyKind {
  return kind === 'executive' ? 'subnational' : kind;
}

function resolveDepartment(ctx: TextContext, span: Span, written: string, ministry: boolean): Resolved | undefined {
  const { topic, field } = fieldOf(ctx, span, written);
  const entry = entryByName(`${ministry ? 'Ministry' : 'Department'} of ${topic}`);
  const resolved = (entry && resolveEntry(ctx, field, entry)) || unlistedDepartment(ctx, field, topic, ministry);
  return resolved && { ...resolved, start: Math.min(resolved.start, span.start), end: Math.max(resolved.end, span.end) };
}

/**
 * "Ministry of Health of Ghana": the country or place closing the name is the body's, read as a
 * modifier after the name ("Ministry of Health" of Ghana), not as a word of its field.
 */
function fieldOf(ctx: TextContext, span: Span, topic: string): { topic: string; field: Span } {
  const last = within(ctx.cues, span.start, span.end).pop();
  if (!last || last.end !== span.end || !MODIFIER_TYPES.has(last.type)) return { topic, field: span };
  const m = /\s+of\s+(?:the\s+)?$/u.exec(ctx.text.slice(span.start, last.start));
  if (!m) return { topic, field: span };
  const cut = span.start + m.index;
  return { topic: topic.slice(0, topic.length - (span.end - cut)), field: { start: span.start, end: cut } };
}

/** Ministries get the country from context; departments of US states are subnational. */
function unlistedDepartment(ctx: TextContext, span: Span, topic: string, ministry: boolean): Resolved | undefined {
  if (ministry) return resolveGeneric(ctx, span, ministryHead(MINISTRY_TOPICS.get(phraseKey(topic)) ?? topic));
  const mod = modifiersOf(ctx, span.start, span.end);
  const place = mod.cues.find((c) => c.type === 'place');
  if (place) return { start: mod.start, end: mod.end, refs: [stateDepartment(place, topic)] };
  const country = mod.cues[0]?.code ?? contextCountry(ctx, span.start);
  if (!country) return undefined;
  if (country !== 'US') return { ...span, refs: [fill(`Department of ${topic} of {C}`, 'executive', country)] };
  const state = ctx.topPlace.get('US');
  return { ...span, refs: [state ? stateDepartment(state, topic) : fill(`United States Department of ${topic}`, 'executive', 'US')] };
}

function stateDepartment(place: Cue, topic: string): BodyRef {
  return { name: `${place.place} Department of ${topic}`, country: place.code, kind: 'subnational' };
}

/** Templated name for a country; a curated entry with that name or alias wins. */
function fill(template: string, kind: BodyKind, country: string): BodyRef {
  const name = template.replace('{C}', countryDisplayName(country));
  const entry = entryByName(name);
  return entry ? refOf(entry) : { name, country, kind };
}

/**
 * Like fill, for a modifier: places give subnational governments ("Punjab government"), named as
 * the head names a place's body when it does ("Ohio Legislature", as "the state legislature" is).
 */
function fillFromCue(template: string, kind: BodyKind, cue: Cue, placeTemplate?: string): BodyRef {
  if (cue.type !== 'place' || !cue.place) return fill(template, kind, cue.code);
  // "Cincinnati police": the city's force, named as its department is ("Cincinnati Police Department").
  if (cue.city && kind === 'law_enforcement') return { name: cue.code === 'US' ? `${cue.place} Police Department` : `${cue.place} Police`, country: cue.code, kind };
  const name = (placeTemplate ?? template).replace(placeTemplate ? '{P}' : '{C}', cue.place);
  const entry = entryByName(name);
  if (entry) return refOf(entry);
  return { name, country: cue.code, kind: placeKind(kind) };
}
