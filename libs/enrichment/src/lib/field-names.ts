import { Candidate, Cue } from './candidates';
import { EXCLUDED, isWord, MARKERS, MAX_MODIFIERS, NOT_NAME_START, sameLine } from './shape-words';
import { Token } from './text';

// Bodies named by their field of government and their country or place, with no head noun.

/**
 * Departments named by their field and their country, the Canadian way: "Transport Canada", "Public
 * Safety Canada", "Immigration, Refugees and Citizenship Canada", "Housing Australia". The first word
 * is a field of government (a marker), so "Air Canada" and "Bell Canada" stay out.
 */
export function topicCountryNames(tokens: Token[], text: string, cues: Cue[]): Candidate[] {
  const out: Candidate[] = [];
  // A name ends at the country of the name before it: "… Citizenship Canada and Public Safety Canada".
  const cueLast = new Set(cues.map((c) => c.tj - 1));
  for (const cue of cues) {
    if (cue.type !== 'name' || cue.ti === 0 || (tokens[cue.tj]?.cap && isWord(tokens[cue.tj]) && sameLine(text, tokens[cue.tj - 1], tokens[cue.tj]))) continue;
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
