import { withoutPrivateBodies } from './appositives';
import { Candidate, isCode, removeOverlaps } from './candidates';
import { TextContext, tokenAt } from './context';
import {
  scanAppealsCircuits,
  scanDepartments,
  scanDistrictOffices,
  scanLeaderGovernments,
  scanLocalGovernments,
  scanLocalPolice,
  scanPlaceGovernments,
  scanRoleOffices,
  scanPlacedShortRefs,
  scanShortRefs,
  scanStatesOf,
} from './patterns';
import { scanFrenchCourts, scanGermanSeatedBodies } from './native-courts';
import { countryDisplayName, entryByName, genericHead, isNamedByGeneric, nameWithoutCountry } from './gazetteer';
import { ShortRefLexeme } from './lexicon';
import { withOrgans } from './organs';
import { Resolved, resolveLexemes } from './resolve';
import { HEAD_WORDS, ROMANCE_CONNECTORS } from './shape-words';
import { bareNameLexeme, scanShapes } from './shapes';
import { firstIndexAfter, initialsOf, phraseKey, Span, spellsWords, within } from './text';
import { BodyRef, TaggedBody } from './types';

/** A mention in text order with the bodies it denotes (coordinated country adjectives give several). */
export interface ResolvedMention extends Resolved {
  surface: string;
}

export function findMentions(ctx: TextContext): ResolvedMention[] {
  const { text, tokens, cues } = ctx;
  const isCountry = (start: number, end: number) =>
    cues.some((c) => c.start === start && c.end === end && c.type !== 'place');
  const listed = removeOverlaps([
    ...ctx.gazetteerMatches,
    ...scanDepartments(text),
    ...withoutPrivateBodies(scanLocalPolice(tokens, text, isCountry), text),
    ...scanLocalGovernments(text),
    ...scanStatesOf(text, cues),
    ...scanPlaceGovernments(text, (start, end) => cues.some((c) => c.start < end && start < c.end)),
    ...scanDistrictOffices(text),
    ...scanGermanSeatedBodies(text),
    ...scanFrenchCourts(text),
    ...scanAppealsCircuits(text),
    ...scanRoleOffices(text),
    ...scanLeaderGovernments(tokens),
    ...scanShortRefs(text, ctx.language),
    ...scanPlacedShortRefs(text, cues),
  ]);
  const candidates = withShapes(ctx, listed, scanShapes(tokens, text, ctx.language, cues, listed));
  const mentions: Resolved[] = [];
  const names = new FullNames();
  const acronyms = new Map<string, BodyRef[]>();
  const seen = new Map<string, BodyRef>();
  const moved = new Map<string, BodyRef>();
  candidates.forEach((cand, i) => {
    const surface = text.slice(cand.start, cand.end);
    const defined = acronyms.get(surface);
    const resolved = defined ? { start: cand.start, end: cand.end, refs: defined } : resolveCandidate(ctx, cand, mentions, names);
    if (!resolved) return;
    if (cand.lexemes[0].type === 'entry') noteAnotherCountry(ctx, resolved, moved);
    resolved.refs = resolved.refs.map((r) => namedInFullBefore(r, seen) ?? r);
    linkAcronym(ctx, resolved, candidates[i + 1], acronyms, mentions);
    // "Epra, the energy regulator, …": a one-word name the story described names the body wherever it stands.
    if (cand.lexemes.some((l) => l.type === 'shaped' && l.described) && !/\s/u.test(surface)) acronyms.set(surface, resolved.refs);
    mentions.push(resolved);
    names.add(phraseKey(text.slice(resolved.start, resolved.end)), resolved.refs);
    for (const r of resolved.refs) seen.set(r.name, r);
  });
  describedBeforeNamed(ctx.text, mentions);
  shortNamesOfFullNames(mentions, moved);
  mentions.push(...acronymMentions(ctx, acronyms, mentions));
  if (moved.size > 0) for (const m of mentions) m.refs = m.refs.map((r) => moved.get(r.name) ?? r);
  mentions.sort((a, b) => a.start - b.start);
  return withOrgans(text, mentions).map((m) => ({ ...m, surface: text.slice(m.start, m.end) }));
}

/**
 * "Oldham Council" and "Oldham Metropolitan Borough Council", "the labour ministry" and "the Federal
 * Ministry of Labour and Social Affairs", "Fair Trade Commission" and "Korea Fair Trade Commission" in
 * one story: a body the list does not hold, named by some of the words of one other body's name, in
 * their order and with its head, same country and kind, is that body. A listed body is an institution
 * of its own ("Supreme Court of the United States" beside "Supreme Court of Texas").
 */
function shortNamesOfFullNames(mentions: Resolved[], moved: Map<string, BodyRef>): void {
  const refs = [...new Map(mentions.flatMap((m) => m.refs).map((r) => [r.name, r])).values()];
  const words = new Map(refs.map((r) => [r.name, nameWords(r)]));
  const shortOf = new Map<BodyRef, BodyRef[]>();
  for (const short of refs) {
    const sw = words.get(short.name) ?? [];
    const head = lastHead(sw);
    if (!head || entryByName(short.name)) continue;
    // A longer name, or the list's own of the same words ("Federal Ministry of Defence" read by shape, listed "… of Germany").
    const full = refs.filter((f) => {
      const fw = words.get(f.name) ?? [];
      const longer = fw.length > sw.length || (fw.length === sw.length && f.name !== short.name && entryByName(f.name) !== undefined);
      return f.country === short.country && f.kind === short.kind && longer && lastHead(fw) === head && isSubsequence(sw, fw);
    });
    if (full.length === 1) shortOf.set(full[0], [...(shortOf.get(full[0]) ?? []), short]);
  }
  // "Ministry of Agriculture" and "Ministry of Water Resources" beside "Ministry of Agriculture and Water Resources": bodies of their own.
  for (const [full, shorts] of shortOf) if (shorts.length === 1) moved.set(shorts[0].name, full);
}

/** A name's words, lowercase, without its country's name and without connectives and articles. */
function nameWords(ref: BodyRef): string[] {
  return phraseKey(nameWithoutCountry(ref) ?? ref.name)
    .split(' ')
    .filter((w) => /\p{L}/u.test(w) && !NAME_FILLERS.has(w));
}

const NAME_FILLERS: ReadonlySet<string> = new Set([...ROMANCE_CONNECTORS, 'of', 'the', 'for', 'and', 'on']);

/** The last head word of a name ("office" in "Department of Justice Office of Inspector General"). */
const lastHead = (words: string[]) => [...words].reverse().find((w) => HEAD_WORDS.has(w));

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * Adds the names found by shape where nothing else was found, or where they name more than what was
 * ("the Senate Judiciary Subcommittee on Crime" over "Senate", "Ninth Circuit Court of Appeals" over
 * "Circuit Court of Appeals"); a shape that only adds a country or place to a listed name
 * ("Brazilian Supreme Court", "U.S. Department of Justice") leaves it to the list.
 */
function withShapes(ctx: TextContext, listed: Candidate[], shapes: Candidate[]): Candidate[] {
  const replaced = new Set<Candidate>();
  const added: Candidate[] = [];
  for (const found of shapes) {
    const shape = withListedParent(found, overlapping(listed, found));
    const inside = overlapping(listed, shape).filter((c) => !replaced.has(c));
    const spans = inside.map((c) => (c.lexemes[0].type === 'shortref' ? c : (resolveLexemes(ctx, c, c.lexemes) ?? c)));
    if (spans.some((c) => c.start < shape.start || c.end > shape.end)) continue;
    if (!addsWords(ctx, shape, spans) || (spans.length > 0 && opensSentence(ctx, shape))) continue;
    for (const c of inside) replaced.add(c);
    added.push(shape);
  }
  if (added.length === 0) return listed;
  return [...listed.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * "House of Commons Treasury Committee", "Department of Justice Office of Inspector General": a
 * listed name whose last words open a shaped name is part of it (the shape stops at "of").
 */
function withListedParent(shape: Candidate, listed: Candidate[]): Candidate {
  const parent = listed.find((c) => c.start < shape.start && c.end > shape.start && c.end < shape.end);
  return parent ? { ...shape, start: parent.start } : shape;
}

/** Candidates of a start-sorted, non-overlapping list that overlap `span` (binary search on their ends). */
function overlapping(sorted: Candidate[], span: Span): Candidate[] {
  const out: Candidate[] = [];
  for (let i = firstIndexAfter(sorted, (c) => c.end <= span.start); i < sorted.length && sorted[i].start < span.end; i++) out.push(sorted[i]);
  return out;
}

/** "Key Security Council powers …": a capitalized first word of a sentence may be any word. */
function opensSentence(ctx: TextContext, shape: Span): boolean {
  const before = ctx.text.slice(Math.max(0, shape.start - 3), shape.start);
  return shape.start === 0 || /(?:^|[.!?\n]["”’]?\s*)$/u.test(before) || /^\s*$/u.test(before);
}

/** Words inside names that add nothing to them ("Foreign Ministry of Japan" over "Foreign Ministry" + "Japan"). */
const CONNECTIVES = new Set(['the', 'of', 'for', 'on', 'and', '&', 'de', 'del', 'da', 'do', 'dos', 'das', 'des', 'du', 'la', 'le', 'los', 'las', 'y', 'e', 'et']);

/** Whether a shape holds a word outside the listed spans that is not an article or a country cue. */
function addsWords(ctx: TextContext, shape: Span, listed: Span[]): boolean {
  // A place or a body after "for" or "of" makes the name another body's: "U.S. District Court for the
  // District of Columbia" (its seat), "Office of the Inspector General for the NYPD" (whom it oversees).
  const complement = (c: Span) => c.start > shape.start && /\b(?:for|of)\s+(?:the\s+)?$/iu.test(ctx.text.slice(Math.max(0, c.start - 8), c.start));
  const cues = within(ctx.cues, shape.start, shape.end).filter((c) => c.type !== 'leader' && !(c.type === 'place' && complement(c)));
  const covering = [...listed.filter((c) => !complement(c)), ...cues];
  const covered = (s: number, e: number) => covering.some((c) => c.start <= s && e <= c.end);
  const from = tokenAt(ctx, shape.start);
  for (let i = from; i < ctx.tokens.length && ctx.tokens[i].end <= shape.end; i++) {
    const t = ctx.tokens[i];
    if (/^[\p{L}\p{N}]/u.test(t.text) && !CONNECTIVES.has(t.key) && !covered(t.start, t.end)) return true;
  }
  return false;
}

function resolveCandidate(ctx: TextContext, cand: Candidate, before: Resolved[], names: FullNames): Resolved | undefined {
  const [first] = cand.lexemes;
  if (first.type === 'shaped') {
    const key = phraseKey(ctx.text.slice(cand.start, cand.end));
    // A bare head opens a name before any word ("la Procuraduría"), but "el Gobierno" only an English complement: it stays the nation's.
    const after = first.template === undefined ? COMPLEMENT_AFTER_RE : isGovernmentTemplate(first.template) ? ENGLISH_COMPLEMENT_AFTER_RE : ANY_WORD_AFTER_RE;
    const refs = names.endingWith(key) ?? names.openedBy(key, after) ?? (first.common && describedBefore(before, first.common));
    return refs ? { start: cand.start, end: cand.end, refs } : withOwnersCountry(ctx, resolveLexemes(ctx, cand, cand.lexemes), before);
  }
  const listed = first.type === 'shortref' ? undefined : resolveLexemes(ctx, cand, cand.lexemes);
  const short = cand.lexemes.find((l) => l.type === 'shortref');
  if (listed) return ofAnotherBodyNamedBefore(ctx, listed, names) ?? listed;
  if (!short) return undefined;
  const antecedent = findAntecedent(before, short);
  if (antecedent) return { start: cand.start, end: cand.end, refs: [antecedent] };
  // "the Ontario legislature" with no Ontario body named before: the state's or province's own, as the list's head
  // names it ("the Strasbourg court" may be a city's name for another court).
  if (short.where && !short.where.city) return placedHead(ctx, cand);
  // "O Banco Central manteve a taxa", no central bank named before: a capitalized head that names the country's body by itself.
  const bare = bareNameLexeme(ctx.text.slice(cand.start, cand.end), ctx.language);
  return bare && resolveLexemes(ctx, cand, [bare]);
}

/** The body a listed head inside a placed short reference names with its place ("Ontario legislature": "Ontario Legislature"). */
function placedHead(ctx: TextContext, cand: Candidate): Resolved | undefined {
  for (const m of within(ctx.gazetteerMatches, cand.start, cand.end)) {
    const resolved = resolveLexemes(ctx, m, m.lexemes);
    if (resolved?.start === cand.start && resolved.end === cand.end) return resolved;
  }
  return undefined;
}

/**
 * "le Conseil constitutionnel ivoirien", "Senegal's Constitutional Council": an institution the list
 * holds under one country ("Constitutional Council of France") with another country's name or
 * adjective right beside it is that country's institution of the same name, in all its mentions.
 */
function noteAnotherCountry(ctx: TextContext, listed: Resolved, moved: Map<string, BodyRef>): void {
  const [ref] = listed.refs;
  const institution = listed.refs.length === 1 ? nameWithoutCountry(ref) : undefined;
  if (institution === undefined) return;
  const cue = ctx.cues.find((c) => c.start <= listed.end + 2 && c.end >= listed.start - 4 && (c.type === 'adjective' || c.type === 'name') && adjacent(ctx.text, c, listed));
  if (cue && cue.code !== ref.country) moved.set(ref.name, { ...ref, name: `${institution} of ${countryDisplayName(cue.code)}`, country: cue.code });
}

/** Whether a cue stands right after a name or right before it, possessive or not. */
const adjacent = (text: string, cue: Span, name: Span) =>
  (cue.start >= name.end && /^\s+$/u.test(text.slice(name.end, cue.start))) || (cue.end <= name.start && /^(?:['’]s)?\s+$/u.test(text.slice(cue.end, name.start)));

/**
 * "the Treasury" after "Kenya's National Treasury": a listed alias that ends a longer name of another
 * body named before means that body, not the alias's own.
 */
function ofAnotherBodyNamedBefore(ctx: TextContext, listed: Resolved, names: FullNames): Resolved | undefined {
  const refs = names.endingWith(phraseKey(ctx.text.slice(listed.start, listed.end)));
  return refs && !refs.some((r) => listed.refs.some((l) => l.name === r.name)) ? { ...listed, refs } : undefined;
}

/**
 * "the European Commission's Directorate-General for Competition": a unit named after its owner's
 * possessive, with no place of its own, is in its owner's country.
 */
function withOwnersCountry(ctx: TextContext, unit: Resolved | undefined, before: Resolved[]): Resolved | undefined {
  const owner = before[before.length - 1];
  if (!unit || !owner || !/^['’]s\s+$/u.test(ctx.text.slice(owner.end, unit.start))) return unit;
  if (within(ctx.cues, unit.start, unit.end).length > 0) return unit;
  return { ...unit, refs: unit.refs.map((r) => ({ ...r, country: owner.refs[0].country })) };
}

/**
 * Names of the bodies mentioned so far, by last word, so "the Intelligence Committee" after "the
 * House Intelligence Committee" is the body named in full before.
 */
class FullNames {
  private readonly byLastWord = new Map<string, { key: string; refs: BodyRef[] }[]>();
  private readonly recent: { key: string; refs: BodyRef[] }[] = [];

  add(key: string, refs: BodyRef[]): void {
    const last = key.slice(key.lastIndexOf(' ') + 1);
    const list = this.byLastWord.get(last) ?? [];
    list.push({ key, refs });
    this.byLastWord.set(last, list);
    this.recent.push({ key, refs });
  }

  /**
   * "the Court of Justice" after "the Court of Justice of the European Union", "la Préfecture de police"
   * after "la préfecture de police de Paris": the most recent name it opens, with `after` what follows
   * it there (a complement; any word for "la Procuraduría" after "Procuraduría Federal de Protección al Ambiente").
   */
  openedBy(key: string, after: RegExp): BodyRef[] | undefined {
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - RECENT_NAMES); i--) {
      const { key: full, refs } = this.recent[i];
      if (opens(key, full, after)) return refs;
    }
    return undefined;
  }

  /**
   * The most recent longer name ending with `key` as its head, among the last few with its last word:
   * "National Treasury" for "Treasury", not "Committee on Homeland Security" for "Homeland Security".
   */
  endingWith(key: string): BodyRef[] | undefined {
    const list = this.byLastWord.get(key.slice(key.lastIndexOf(' ') + 1)) ?? [];
    for (let i = list.length - 1; i >= Math.max(0, list.length - RECENT_NAMES); i--) {
      const full = list[i].key;
      if (full.length > key.length && full.endsWith(` ${key}`) && !COMPLEMENT_END_RE.test(full.slice(0, -key.length))) return list[i].refs;
    }
    return undefined;
  }
}

/** A country's government named by its bare head ("el Gobierno") is the nation's, whatever government the story named before. */
const isGovernmentTemplate = (template: string) => template.startsWith('Government of ');

/** What a full name adds after its short form: a complement ("for the Western District", "de Bogotá") or a force's last word. */
const COMPLEMENT_AFTER_RE = /^ (?:(?:of|for|de|del|da|do|dos|das|des|du) |(?:Service|Force)$)/u;
const ENGLISH_COMPLEMENT_AFTER_RE = /^ (?:of|for) /u;
const ANY_WORD_AFTER_RE = /^ /u;

/**
 * "the U.S. attorney's office" after "the U.S. Attorney's Office for the Western District of New
 * York", "Toronto police" after "Toronto Police Service": a body named by its head alone is the one
 * named before with a complement (of, for) or a force's last word, same country and kind.
 */
function namedInFullBefore(ref: BodyRef, seen: Map<string, BodyRef>): BodyRef | undefined {
  const head = genericHead(ref);
  for (const full of seen.values()) {
    if (head && isNamedByGeneric(full, ref, head)) return full;
    if (full.country !== ref.country || full.kind !== ref.kind) continue;
    if (full.name.startsWith(ref.name) && COMPLEMENT_AFTER_RE.test(full.name.slice(ref.name.length))) return full;
  }
  return undefined;
}

/** An indefinite article right before a mention: "a federal appeals court" is one the story has yet to name. */
const INDEFINITE_BEFORE_RE = /\b(?:a|an)\s+$/iu;

/**
 * "A federal appeals court blocked the rule …" then "the 5th U.S. Circuit Court of Appeals", and a
 * headline's "Kenyan court suspends tax" then "the High Court": a body described with an indefinite
 * article or in the headline is the one body of its kind the story names in full after it.
 */
function describedBeforeNamed(text: string, mentions: Resolved[]): void {
  const headlineEnd = text.indexOf('\n');
  mentions.forEach((m, i) => {
    const [generic] = m.refs;
    if (m.refs.length !== 1 || !(m.end <= headlineEnd || INDEFINITE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 4), m.start)))) return;
    const later = mentions.slice(i + 1).flatMap((n) => n.refs);
    // "A Rome court … the Court of Rome's immigration section … the Court of Cassation": a description named again is a body of its own.
    if (later.some((r) => r.name === generic.name)) return;
    const named = [...later.filter((r) => isInstanceOf(r, generic)), ...openedLater(text, m, mentions.slice(i + 1))];
    if (new Set(named.map((r) => r.name)).size === 1) m.refs = [named[0]];
  });
}

/**
 * "United States Court of Appeals for the Fifth Circuit" for "United States Court of Appeals", "High
 * Court of Kenya" for "Courts of Kenya", "Primer Tribunal Ambiental" for "Tribunal Ambiental".
 */
function isInstanceOf(full: BodyRef, generic: BodyRef): boolean {
  if (namedInFullBefore(generic, new Map([[full.name, full]])) === full) return true;
  if (full.name === generic.name || full.country !== generic.country || full.kind !== generic.kind) return false;
  const head = genericHead(generic)?.replace(/s$/u, '');
  return full.name.endsWith(` ${generic.name}`) || (head !== undefined && new RegExp(`\\b${head}\\b`, 'u').test(full.name));
}

/**
 * "La Suprema Corte" in a headline, "la Suprema Corte de Justicia de la Nación" after it: the bodies of
 * the later names a proper short name opens before a complement, however the list names them.
 */
function openedLater(text: string, short: Resolved, later: Resolved[]): BodyRef[] {
  const written = text.slice(short.start, short.end);
  if (!/^\p{Lu}/u.test(written)) return [];
  const key = phraseKey(written);
  return later.filter((n) => n.refs.length === 1 && n.refs[0].country === short.refs[0].country && opens(key, phraseKey(text.slice(n.start, n.end)), COMPLEMENT_AFTER_RE)).map((n) => n.refs[0]);
}

/** Whether a short name opens a full one, `after` saying what may follow it there ("suprema corte" in "suprema corte de justicia de la nación"). */
const opens = (short: string, full: string, after: RegExp) => full.startsWith(`${short} `) && after.test(full.slice(short.length));

/** A name's complement ending right before a word: "… on ", "… for the ", "… de la ". */
const COMPLEMENT_END_RE = /\b(?:of|for|on|de|del|da|do|dos|das|des|du)(?: (?:the|la|las|los|el|le|les|l'|o|a|os|as))? $/u;

/** How far back a short name looks among names sharing its last word. */
const RECENT_NAMES = 20;

const AGENCY_KINDS = new Set(['executive', 'regulator', 'law_enforcement', 'intelligence', 'intergovernmental']);
/** Heads read by kind or by a name in any of the languages rather than by a word of the name: "the force" is the last police force named. */
const KIND_HEADS = new Map<string, (r: BodyRef) => boolean>([
  ['agency', (r) => AGENCY_KINDS.has(r.kind) && !r.name.startsWith('Government')],
  ['watchdog', (r) => r.kind === 'regulator'],
  ['force', (r) => r.kind === 'law_enforcement'],
  ['bench', (r) => r.kind === 'judiciary' && /\b(?:court|tribunal|corte|cour|juzgado|sala)\b/iu.test(r.name)],
  ['central bank', (r) => r.kind === 'central_bank'],
  // Heads whose bodies may keep a Spanish, Portuguese or French name ("the ministry" after "Ministério da Saúde").
  ['ministry', (r) => /\bminist/iu.test(r.name)],
  ['commission', (r) => /\b(?:commission|comisi[oó]n|comiss[aã]o)\b/iu.test(r.name)],
  ['council', (r) => /\b(?:council|consejo|conselho|conseil)\b/iu.test(r.name)],
  ['prosecutor', (r) => /\b(?:prosecut|fiscal[ií]a|parquet|procurad)/iu.test(r.name)],
  ['secretariat', (r) => /\bsecretar/iu.test(r.name)],
  // British and American spellings name the same head.
  ...['organisation', 'organization'].map((w) => [w, (r: BodyRef) => /\borgani[sz]ation\b/iu.test(r.name)] as const),
  ...['centre', 'center'].map((w) => [w, (r: BodyRef) => /\bcent(?:re|er)\b/iu.test(r.name)] as const),
]);

/** "the sheriff's office" -> the last office whose name holds the role. */
function roleOffice(role: string): (r: BodyRef) => boolean {
  const words = role.replace(/\s+/gu, ' ');
  return (r) => /\boffice\b/iu.test(r.name) && r.name.toLowerCase().replace(/\s+/gu, ' ').includes(words);
}

/**
 * "the state health department" after "the Colorado Department of Public Health and Environment":
 * a lowercase head with words saying what it does is the last body named with them all.
 */
function describedBefore(before: Resolved[], { head, markers }: { head: string; markers: string[] }): BodyRef[] | undefined {
  if (markers.length === 0) return undefined;
  const words = [head, ...markers].map((w) => new RegExp(String.raw`(?<![\p{L}])${w}`, 'iu'));
  for (let i = before.length - 1; i >= 0; i--) {
    const ref = before[i].refs.find((r) => words.every((w) => w.test(r.name)));
    if (ref) return [ref];
  }
  return undefined;
}

/** "the Ministry" -> the last ministry named; "the agency" -> the last agency-like body. */
function findAntecedent(before: Resolved[], { head, where, role }: ShortRefLexeme): BodyRef | undefined {
  const names = role ? roleOffice(role) : (KIND_HEADS.get(head) ?? ((r: BodyRef) => r.name.toLowerCase().includes(head)));
  const placed = (r: BodyRef) => !where || (r.country === where.code && (!where.place || r.name.includes(where.place)));
  for (let i = before.length - 1; i >= 0; i--) {
    const ref = before[i].refs.find((r) => names(r) && placed(r));
    if (ref) return ref;
  }
  return undefined;
}

/** "(Minint)" or ", known as EGLE" after a long form; group 2 is set when the alias is named outright. */
const ACRONYM_DEF = /^\s*(?:\(|,\s+((?:also\s+|commonly\s+|better\s+)?known\s+as)\s+)([\p{Lu}][\p{L}.&-]{1,11})(?:\)|(?![\p{L}\p{N}(]))/u;
/** How far after a long form its acronym or alias may end. */
const ACRONYM_WINDOW = 40;

/**
 * "Ministry of the Interior (Minint)": a known acronym lends its curated entry to a long form that
 * shares a word with it; any other becomes an alias of the long form for the rest of the text, if it
 * abbreviates it or the text names it outright ("…, known as EGLE").
 */
function linkAcronym(
  ctx: TextContext,
  long: Resolved,
  next: Candidate | undefined,
  acronyms: Map<string, BodyRef[]>,
  mentions: Resolved[],
): void {
  const m = ACRONYM_DEF.exec(ctx.text.slice(long.end, long.end + ACRONYM_WINDOW));
  if (!m) return;
  const [, knownAs, written] = m;
  // "known as EGLE." ends a sentence; "U.N." keeps its dots.
  const alias = knownAs && !written.slice(0, -1).includes('.') ? written.replace(/\.$/u, '') : written;
  const start = long.end + m[0].lastIndexOf(alias);
  const longForm = ctx.text.slice(long.start, long.end);
  const atNext = next?.start === start;
  const listed = next && atNext ? resolveLexemes(ctx, next, next.lexemes) : undefined;
  // The entry the gazetteer knows the acronym by, if it names the long form: a word in common, or
  // the acronym abbreviating a long form of the same country ("Comisión Nacional de los Mercados y la Competencia (CNMC)").
  const names = (r: BodyRef) => sharesWord(r.name, longForm) || (abbreviates(alias, longForm) && long.refs.some((l) => l.country === r.country));
  if (listed?.refs.some(names)) {
    long.refs = listed.refs;
    return;
  }
  if (!knownAs && !abbreviates(alias, longForm)) return;
  // "Financial Stability Board (FSB)" redefines the FSB the gazetteer knows, here and in what follows.
  acronyms.set(alias, long.refs);
  if (!atNext) mentions.push({ start, end: start + alias.length, refs: long.refs });
}

/** Whether two names share a word longer than a connective ("Ministry of the Interior" and "Interior Ministry"). */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(phraseKey(a).split(' ').filter((w) => w.length > 3));
  return phraseKey(b)
    .split(' ')
    .some((w) => words.has(w));
}

/** Letters of the acronym appear in order in the long form, starting with its first letter. */
function abbreviates(acronym: string, long: string): boolean {
  const a = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  const l = long.toLowerCase();
  if (a[0] !== l[0]) return false;
  let j = 0;
  for (const ch of l) if (ch === a[j]) j++;
  return j === a.length;
}

/**
 * Later uses of the acronyms the text defined, and capitals that spell the initials of a body the
 * text names in full ("VHA" after "Veterans Health Administration"), though it never defines them.
 */
function acronymMentions(ctx: TextContext, acronyms: Map<string, BodyRef[]>, taken: Resolved[]): Resolved[] {
  const byInitials = initialsOfMentions(ctx, taken);
  const free = (s: number, e: number) => !taken.some((t) => s < t.end && t.start < e) && !ctx.cues.some((c) => s < c.end && c.start < e);
  const out: Resolved[] = [];
  ctx.tokens.forEach((t, i) => {
    const refs = acronyms.get(t.text) ?? (UNDEFINED_ACRONYM_RE.test(t.text) ? byInitials.get(t.text) : MIXED_ACRONYM_RE.test(t.text) ? spelledBody(ctx, t.text, taken) : undefined);
    if (refs && free(t.start, t.end) && !isCode(ctx.tokens, i + 1)) out.push({ start: t.start, end: t.end, refs });
  });
  return out;
}

const UNDEFINED_ACRONYM_RE = /^\p{Lu}{2,6}$/u;
/** Capitals and small letters: "PennDOT", "MoHRE", "DfE". */
const MIXED_ACRONYM_RE = /^\p{Lu}(?=\p{L}*\p{Lu})(?=\p{L}*\p{Ll})\p{L}{1,9}$/u;

/** The one body named in full that a mixed-case acronym spells ("PennDOT" after "Pennsylvania Department of Transportation"). */
function spelledBody(ctx: TextContext, acronym: string, mentions: Resolved[]): BodyRef[] | undefined {
  const spelled = mentions.filter((m) => spellsWords(acronym, ctx.text.slice(m.start, m.end)));
  const names = new Set(spelled.map((m) => m.refs[0]?.name));
  return names.size === 1 ? spelled[0].refs : undefined;
}

/** Bodies by the initials of their names and surfaces, when those spell one body only. */
function initialsOfMentions(ctx: TextContext, mentions: Resolved[]): Map<string, BodyRef[]> {
  const byInitials = new Map<string, BodyRef[] | null>();
  const add = (name: string, refs: BodyRef[]) => {
    const words = name.split(/\s+/u).length;
    const key = initialsOf(name).toUpperCase();
    if (words < 2 || key.length < 2) return;
    const known = byInitials.get(key);
    byInitials.set(key, known === undefined || known?.[0]?.name === refs[0]?.name ? refs : null);
  };
  for (const m of mentions) {
    add(ctx.text.slice(m.start, m.end), m.refs);
    // "DEQ" after "Oregon Department of Environmental Quality": a place opening the name is left out.
    const place = ctx.cues.find((c) => c.start === m.start && c.end < m.end);
    if (place) add(ctx.text.slice(place.end, m.end).trim(), m.refs);
    for (const r of m.refs) {
      add(r.name, [r]);
      // "CSA" after "Cyber Security Agency of Singapore": canonical names end with their country.
      const of = r.name.lastIndexOf(' of ');
      if (of > 0) add(r.name.slice(0, of), [r]);
    }
  }
  return new Map([...byInitials].filter((e): e is [string, BodyRef[]] => e[1] !== null));
}

/** One entry per distinct body (name + country), with all its mentions in text order. */
export function groupBodies(mentions: ResolvedMention[]): TaggedBody[] {
  const byKey = new Map<string, TaggedBody>();
  for (const m of mentions) {
    for (const ref of m.refs) {
      const key = `${ref.name}|${ref.country}`;
      const body = byKey.get(key) ?? { ...ref, mentions: [] };
      body.mentions.push({ surface: m.surface, start: m.start, end: m.end });
      byKey.set(key, body);
    }
  }
  return [...byKey.values()];
}
