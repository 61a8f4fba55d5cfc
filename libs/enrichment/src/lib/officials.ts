import lexicon from '../lexicon/stance.json';
import { Cue } from './candidates';
import { contextCountry, holdsAny, TextContext } from './context';
import { countryDisplayName, entryByName, genericHead, isNamedByGeneric, MINISTRY_TOPICS, OFFICE_TITLES, TITLES } from './gazetteer';
import { ministryHead } from './lexicon';
import { latestDescribed } from './definite-reference';
import { OFFICIAL_ROLE, PERSON_NAME } from './people';
import { HEADS } from './shape-words';
import { Resolved } from './resolve';
import { firstIndexAfter, phraseKey, within } from './text';
import { BodyRef } from './types';

// An official speaking for a body: "Cuban Foreign Minister Bruno Rodríguez", "Secretary of State Mike Pompeo".
const TOPIC_WORDS = [...MINISTRY_TOPICS.keys()].filter((k) => !k.includes(' ')).join('|');
export const TITLE_RE = new RegExp(
  String.raw`\b(?:(${TOPIC_WORDS})\s+(?:minister|secretary)|minister\s+(?:of|for)\s+(?:the\s+)?(${TOPIC_WORDS})|(secretary of state)|(${[...TITLES.keys()].join('|')}))\b`,
  'giu',
);

/** "U.S. District Judge Jane Roe", "Ohio Attorney General Dave Yost": a title right before a name. */
const OFFICE_TITLE_RE = new RegExp(
  String.raw`\b(${[...OFFICE_TITLES.keys()].sort((a, b) => b.length - a.length).join('|')})\s+(?=${PERSON_NAME})`,
  'giu',
);

/** The longest word of each phrase: every match of the phrases holds one, so a sentence with none needs no scan. */
function anchorWords(phrases: Iterable<string>): Set<string> {
  return new Set([...phrases].map((p) => phraseKey(p).split(' ').reduce((a, b) => (b.length > a.length ? b : a))));
}
const POSTED_ABROAD = new Set(['ambassador', 'envoy']);
const TITLE_ANCHORS = anchorWords(['minister', 'secretary', ...TITLES.keys()]);
const OFFICE_TITLE_ANCHORS = anchorWords(OFFICE_TITLES.keys());
const ROLE_ANCHORS = anchorWords(lexicon.officialRoles);

/** A title's template naming a kind, not a body: "kind:central_bank" (a governor speaks for the central bank). */
const KIND_TEMPLATE = 'kind:';

/** The one tagged body of a kind and country ("Governor Kenji Arakawa" in a story naming the Bank of Japan). */
function onlyOfKind(kind: string, country: string, tagged: Map<string, BodyRef>): BodyRef | undefined {
  const of = [...tagged.values()].filter((r) => r.kind === kind && r.country === country);
  return of.length === 1 ? of[0] : undefined;
}

/** The tagged body an official's title names: by its name, or the ministry holding that portfolio among others ("Deputy Interior Minister" → "Ministry of Interior and Administration"). */
function taggedFor(name: string, country: string, tagged: Map<string, BodyRef>): BodyRef | undefined {
  if (name.startsWith(KIND_TEMPLATE)) return onlyOfKind(name.slice(KIND_TEMPLATE.length), country, tagged);
  const entry = entryByName(name);
  const ref = tagged.get(entry?.name ?? name);
  if (ref) return ref;
  const head = genericHead({ name, country });
  for (const t of tagged.values()) if (head && isNamedByGeneric(t, { name, country, kind: entry?.kind ?? t.kind }, head)) return t;
  return undefined;
}

export interface Official {
  start: number;
  end: number;
  refs: BodyRef[];
}

/**
 * Officials in a sentence whose body is among the tagged ones (untagged bodies are skipped, per
 * guidelines); `named` are the article's body mentions.
 */
export function officialsIn(ctx: TextContext, from: number, to: number, tagged: Map<string, BodyRef>, named: readonly Resolved[]): Official[] {
  const out: Official[] = officeHolders(ctx, from, to, named);
  const sentence = holdsAny(ctx, from, to, TITLE_ANCHORS) ? ctx.text.slice(from, to) : '';
  for (const m of sentence.matchAll(TITLE_RE)) {
    const titleStart = from + m.index;
    const modifier = titleModifier(ctx, titleStart, titleStart + m[0].length);
    const title = m[4];
    // An envoy serves abroad: the story's country is no guess for one whose country goes unnamed.
    if (!modifier && title !== undefined && POSTED_ABROAD.has(phraseKey(title))) continue;
    // "Foreign Minister X wrote that the American statements …": the countries of what follows are what the official speaks of.
    const country = modifier?.code ?? contextCountry(ctx, titleStart, [], titleStart + m[0].length);
    if (!country) continue;
    const place = modifier?.type === 'place' ? modifier.place : ctx.topPlace.get(country)?.place;
    // "Indiana House Speaker": the place's own body before the nation's.
    const templates = bodyNamesFor(m, country).sort((a, b) => (modifier?.type === 'place' ? Number(b.includes('{P}')) - Number(a.includes('{P}')) : 0));
    const names = templates.map((n) => n.replace('{P}', place ?? ''));
    const ref = names.filter((n) => !n.endsWith(' ')).map((n) => taggedFor(n, country, tagged)).find(Boolean);
    if (ref) out.push({ start: officialStart(modifier, titleStart), end: titleStart + m[0].length, refs: [ref] });
  }
  if (ctx.language !== 'en') out.push(...romanceMinisters(ctx, from, to, named));
  else out.push(...bodyTitled(ctx, from, to, named).filter((o) => !out.some((x) => x.start <= o.start && o.start < x.end)));
  for (const cue of within(ctx.cues, from, to)) {
    if (cue.type !== 'leader') continue;
    const ref = tagged.get(`Government of ${countryDisplayName(cue.code)}`);
    if (ref) out.push({ start: cue.start, end: cue.end, refs: [ref] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "la ministra del Medio Ambiente", "o secretário da Fazenda", "la ministre de l'Économie": a Romance
 * minister or secretary and the portfolio after the title, capitalized.
 */
const ROMANCE_MINISTER_RE =
  /(?<![\p{L}-])(?:ministr[oae]|viceministr[oa]|secretari[oa]|secretári[oa]|secrétaire|subsecretari[oa]|titular)\s+(?:de|del|da|do|des|du)\s+(?:(?:la|las|los|el|o|a|os|as)\s+|l['’])?(\p{Lu}[\p{L}-]+)(?:\s+(?:(?:y|e|et|de|del|da|do|des|du)\s+(?:(?:la|l['’])\s*)?)?\p{Lu}[\p{L}-]+)*/gu;
/** Heads of the bodies a Romance minister or secretary speaks for. */
const MINISTRY_NAME_RE = /^(?:minist|secretar|secrétariat|consejer|conselh|departament)/iu;

/** Romance ministers of a portfolio the article names a ministry or secretariat for: the last named before, else the only one after. */
function romanceMinisters(ctx: TextContext, from: number, to: number, named: readonly Resolved[]): Official[] {
  const out: Official[] = [];
  for (const m of ctx.text.slice(from, to).matchAll(ROMANCE_MINISTER_RE)) {
    const portfolio = m[1].toLowerCase();
    const start = from + m.index;
    const holds = (n: Resolved) => {
      const surface = ctx.text.slice(n.start, n.end);
      return MINISTRY_NAME_RE.test(surface) && surface.toLowerCase().includes(portfolio);
    };
    const fits = named.filter((n) => n.refs.length === 1 && holds(n) && (n.end <= start || n.start >= start + m[0].length));
    const before = fits.filter((n) => n.end <= start).pop();
    const ref = before?.refs[0] ?? (new Set(fits.map((n) => n.refs[0].name)).size === 1 ? fits[0].refs[0] : undefined);
    if (ref) out.push({ start, end: start + m[0].length, refs: [ref] });
  }
  return out;
}

/** Holders of an office the article names: "U.S. District Judge Jane Roe" speaks for the district court named. */
function officeHolders(ctx: TextContext, from: number, to: number, named: readonly Resolved[]): Official[] {
  const out: Official[] = [];
  if (!holdsAny(ctx, from, to, OFFICE_TITLE_ANCHORS)) return out;
  for (const m of ctx.text.slice(from, to).matchAll(OFFICE_TITLE_RE)) {
    const titleStart = from + m.index;
    const words = OFFICE_TITLES.get(phraseKey(m[1]));
    if (!words || !/^\p{Lu}/u.test(m[1])) continue;
    const modifier = titleModifier(ctx, titleStart, titleStart + m[1].length);
    const ref = officeOf(words, modifier, titleStart, named);
    if (ref) out.push({ start: officialStart(modifier, titleStart), end: titleStart + m[1].length, refs: [ref] });
  }
  return out;
}

/** The body whose name holds the office's words: the one of the title's place or country, else the last named before it. */
function officeOf(words: string, modifier: Cue | undefined, at: number, named: readonly Resolved[]): BodyRef | undefined {
  const fits = (r: BodyRef) =>
    r.name.toLowerCase().includes(words) &&
    (!modifier || (modifier.type === 'place' ? r.name.includes(modifier.place ?? '') : r.country === modifier.code));
  const candidates = named.flatMap((m) => m.refs.filter(fits).map((ref) => ({ ref, start: m.start })));
  const before = candidates.filter((c) => c.start < at).pop();
  if (before) return before.ref;
  // Named only after the title: the one body of that kind, when there is one.
  return new Set(candidates.map((c) => c.ref.name)).size === 1 ? candidates[0].ref : undefined;
}

/** The bodies an official's title speaks for, the preferred first ("governor": the state's government, else the governor's office). */
function bodyNamesFor(m: RegExpMatchArray, country: string): string[] {
  const [, topicBefore, topicAfter, secretaryOfState, title] = m;
  const topic = topicBefore ?? topicAfter;
  if (secretaryOfState) return ['United States Department of State'];
  if (title) return (TITLES.get(phraseKey(title)) ?? []).map((t) => t.replace('{C}', countryDisplayName(country)));
  const canonical = MINISTRY_TOPICS.get(phraseKey(topic ?? '')) ?? '';
  if (country === 'US') return [`Department of ${canonical}`];
  return [ministryHead(canonical).name.replace('{C}', countryDisplayName(country))];
}

const TOUCHING_BEFORE_RE = /^(?:['’]s)?\s?$/u;
const OF_BEFORE_RE = /^\s+(?:of|for)\s+(?:the\s+)?$/u;

/** An adjective or country name right before the title ("Cuban Foreign Minister", "China's ambassador") or after it ("the foreign minister of Iran"). */
function titleModifier(ctx: TextContext, titleStart: number, titleEnd: number): Cue | undefined {
  const { cues, text } = ctx;
  const fits = (c: Cue | undefined, from: number, to: number, gap: RegExp) => c !== undefined && c.type !== 'leader' && gap.test(text.slice(from, to));
  // Cues never overlap, so their ends are sorted as their starts are: only the last to end before the title can touch it.
  const next = firstIndexAfter(cues, (c) => c.end <= titleStart);
  const before = cues[next - 1];
  if (fits(before, before?.end, titleStart, TOUCHING_BEFORE_RE)) return before;
  const after = cues[firstIndexAfter(cues, (c) => c.start < titleEnd)];
  return fits(after, titleEnd, after?.start, OF_BEFORE_RE) ? after : undefined;
}

/** Where an official's mention starts: at a country or place before the title, else at the title. */
function officialStart(modifier: Cue | undefined, titleStart: number): number {
  return modifier && modifier.start < titleStart ? modifier.start : titleStart;
}

/** "Council President Andre Fulton", "Privacy Commissioner Jane Roe": a role before a name, after words of a body's name. */
const BODY_TITLE_RE = new RegExp(String.raw`(?<![\p{L}-])((?:[\p{Lu}][\p{L}-]+\s+){1,2})(${OFFICIAL_ROLE})\s+(?=${PERSON_NAME})`, 'gu');

const MEMBER_RE = /^members?$/iu;

/**
 * Officials titled by their body: the latest body named before whose name holds the whole title
 * ("Privacy Commissioner": the Office of the Privacy Commissioner), else whose name holds the
 * title's head noun ("Council President": the Newark Municipal Council).
 */
function bodyTitled(ctx: TextContext, from: number, to: number, named: readonly Resolved[]): Official[] {
  const out: Official[] = [];
  if (!holdsAny(ctx, from, to, ROLE_ANCHORS)) return out;
  const heads = HEADS.get(ctx.language);
  for (const m of ctx.text.slice(from, to).matchAll(BODY_TITLE_RE)) {
    // A member speaks for themself ("Council member X voted no"), not for the body.
    if (MEMBER_RE.test(m[2])) continue;
    const start = from + m.index;
    const words = m[1].trim().toLowerCase();
    const title = `${words} ${m[2].toLowerCase()}`;
    const noun = words.split(/\s+/).pop() ?? '';
    const whole = named.filter((n) => n.end <= start && n.refs.some((r) => r.name.toLowerCase().includes(title))).pop();
    const refs = whole?.refs ?? (heads?.has(noun) ? latestDescribed(named, start, noun) : undefined);
    if (refs?.length) out.push({ start, end: start + m[0].trimEnd().length, refs });
  }
  return out;
}
