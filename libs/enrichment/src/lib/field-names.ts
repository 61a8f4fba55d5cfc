import { Candidate, Cue } from './candidates';
import { EXCLUDED, FRENCH_FIELDS, isWord, MARKERS, MAX_MODIFIERS, NOT_NAME_START, sameLine } from './shape-words';
import { Token } from './text';

// Bodies named by their field of government and their country or place, with no head noun.

/**
 * Departments named by their field and their country or state, the Canadian way: "Transport Canada",
 * "Public Safety Canada", "Immigration, Refugees and Citizenship Canada", "Housing Australia", "Energy
 * Safe Victoria". The first word is a field of government (a marker), so "Air Canada" and "Bell Canada"
 * stay out.
 */
export function topicCountryNames(tokens: Token[], text: string, cues: Cue[]): Candidate[] {
  const out: Candidate[] = [];
  // A name ends at the country of the name before it: "… Citizenship Canada and Public Safety Canada".
  const cueLast = new Set(cues.map((c) => c.tj - 1));
  for (const cue of cues) {
    if (!(cue.type === 'name' || (cue.type === 'place' && !cue.city)) || cue.ti === 0 || (tokens[cue.tj]?.cap && isWord(tokens[cue.tj]) && sameLine(text, tokens[cue.tj - 1], tokens[cue.tj]))) continue;
    let from = cue.ti;
    while (from > 0 && cue.ti - from < MAX_MODIFIERS && sameLine(text, tokens[from - 1], tokens[from])) {
      const p = tokens[from - 1];
      if (cueLast.has(from - 1)) break;
      if ((p.cap && isWord(p)) || ((p.key === 'and' || p.key === ',') && tokens[from - 2]?.cap && !cueLast.has(from - 2))) from--;
      else break;
    }
    if (from === cue.ti || !MARKERS.has(tokens[from].key) || NOT_NAME_START.has(tokens[from].key)) continue;
    // A comma only inside a list that "and" closes; "Energy UK", "Water UK" (a short country) are trade bodies.
    const words = tokens.slice(from, cue.ti);
    const comma = words.findIndex((t) => t.key === ',');
    if ((comma >= 0 && !words.slice(comma).some((t) => t.key === 'and')) || /^\p{Lu}+$/u.test(text.slice(cue.start, cue.end))) continue;
    if (EXCLUDED.anyIn(words.map((t) => t.key))) continue;
    out.push({ start: tokens[from].start, end: cue.end, lexemes: [{ type: 'shaped', kind: 'executive' }], priority: 1 });
  }
  return out;
}

/** Words a French department's name may hold between its field and its country: "Environnement et Changement climatique Canada". */
const FRENCH_NAME_WORDS = new Set(['et', ',', 'des', 'de', 'du', 'la', 'l', "'", '’']);

/**
 * The French names of such departments: "Environnement et Changement climatique Canada", "Ressources
 * naturelles Canada", "Santé Canada". The first word is a capitalized field of government (frenchFields).
 */
export function frenchTopicCountryNames(tokens: Token[], text: string, cues: Cue[]): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of cues) {
    if (cue.type !== 'name' || cue.ti === 0 || FRENCH_NAME_WORDS.has(tokens[cue.ti - 1].key)) continue;
    let from = cue.ti;
    let start: number | undefined;
    while (from > 0 && cue.ti - from < MAX_MODIFIERS && sameLine(text, tokens[from - 1], tokens[from])) {
      const p = tokens[from - 1];
      if (!isWord(p) && !FRENCH_NAME_WORDS.has(p.key)) break;
      from--;
      if (p.cap && FRENCH_FIELDS.has(p.key)) start = from;
    }
    if (start !== undefined) out.push({ start: tokens[start].start, end: cue.end, lexemes: [{ type: 'shaped', kind: 'executive' }], priority: 1 });
  }
  return out;
}

/** Nouns that end a service's name after its place besides the marker words ("Vermont Emergency Management"). */
const SERVICE_NOUNS = new Set(['management', 'protection', 'food', 'services']);
/** Adjectives, which do not end such a name ("Toronto Public …"). */
const ADJECTIVE_RE = /(?:al|ic|ary|ive|an|il)$/u;
const MIN_FIELD_WORDS = 2;
const MAX_FIELD_WORDS = 5;

/**
 * Services named by their place and their field, with no head: "Toronto Public Health", "Vermont
 * Emergency Management", "New Zealand Food Safety". Every word after the place is a field of
 * government and the last a noun, so "Ontario Power Generation" and "Texas Health Resources" stay out.
 */
export function placeFieldNames(tokens: Token[], text: string, cues: Cue[]): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of cues) {
    if (cue.type === 'adjective' || cue.type === 'leader' || (tokens[cue.ti - 1]?.cap && isWord(tokens[cue.ti - 1])) || tokens[cue.ti - 1]?.key === 'of') continue;
    let end = cue.tj;
    let words = 0;
    for (let j = cue.tj; j < tokens.length && words < MAX_FIELD_WORDS && sameLine(text, tokens[j - 1], tokens[j]); j++) {
      const t = tokens[j];
      if (t.cap && isWord(t) && (MARKERS.has(t.key) || SERVICE_NOUNS.has(t.key))) {
        end = j + 1;
        words++;
      } else if (t.key !== 'and' || !tokens[j + 1]?.cap) break;
    }
    const next = tokens[end];
    if (words < MIN_FIELD_WORDS || ADJECTIVE_RE.test(tokens[end - 1].key) || (next?.cap && isWord(next) && sameLine(text, tokens[end - 1], next))) continue;
    if (EXCLUDED.anyIn(tokens.slice(cue.tj, end).map((t) => t.key))) continue;
    out.push({ start: cue.start, end: tokens[end - 1].end, lexemes: [{ type: 'shaped', kind: 'executive' }], priority: 1 });
  }
  return out;
}
