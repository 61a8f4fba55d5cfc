import { Candidate } from './candidates';
import { CAP_WORD, SP } from './patterns';

// Courts and police named in their own language by type and seat, as the news keeps them.

// German courts and state police named by their seat, as English news keeps them: "Oberlandesgericht
// Düsseldorf", "Amtsgericht Stuttgart", "Landeskriminalamt Baden-Württemberg".
const GERMAN_SEATED = {
  Amtsgericht: ['Local Court', 'judiciary'],
  Landgericht: ['Regional Court', 'judiciary'],
  Oberlandesgericht: ['Higher Regional Court', 'judiciary'],
  Verwaltungsgericht: ['Administrative Court', 'judiciary'],
  Oberverwaltungsgericht: ['Higher Administrative Court', 'judiciary'],
  Sozialgericht: ['Social Court', 'judiciary'],
  Arbeitsgericht: ['Labour Court', 'judiciary'],
  Finanzgericht: ['Finance Court', 'judiciary'],
  Landeskriminalamt: ['State Criminal Police Office', 'law_enforcement'],
} as const;
const GERMAN_SEATED_RE = new RegExp(String.raw`\b(${Object.keys(GERMAN_SEATED).join('|')})${SP}(${CAP_WORD}(?:${SP}${CAP_WORD})?)`, 'gu');

export function scanGermanSeatedBodies(text: string): Candidate[] {
  return [...text.matchAll(GERMAN_SEATED_RE)].map((m) => {
    const [english, kind] = GERMAN_SEATED[m[1] as keyof typeof GERMAN_SEATED];
    const name = `${english} of ${m[2]}`;
    return { start: m.index, end: m.index + m[0].length, lexemes: [{ type: 'local', name, kind, country: 'DE' }], priority: 1 };
  });
}

// French courts, lowercase by French usage, named by their type and seat: "la cour d'appel de Paris",
// "le tribunal de première instance de Tunis", "le tribunal administratif de Montreuil".
const FRENCH_COURT_TYPES: Record<string, string> = {
  "cour d'appel": 'Court of Appeal',
  "cour d'assises": 'Assize Court',
  'tribunal de première instance': 'Court of First Instance',
  'tribunal de grande instance': 'High Court',
  'tribunal judiciaire': 'Judicial Court',
  'tribunal administratif': 'Administrative Court',
  'tribunal correctionnel': 'Criminal Court',
  'tribunal de commerce': 'Commercial Court',
  'tribunal militaire': 'Military Court',
  'tribunal révolutionnaire': 'Revolutionary Court',
  'tribunal criminel': 'Criminal Court',
};
const FRENCH_COURT_RE = new RegExp(
  String.raw`\b(${Object.keys(FRENCH_COURT_TYPES)
    .map((t) => `[${t[0]}${t[0].toUpperCase()}]${t.slice(1).replace(/'/gu, "['’]").replace(/ /gu, SP)}`)
    .join('|')})${SP}(?:de${SP}|d['’])(${CAP_WORD}(?:${SP}${CAP_WORD})?)`,
  'gu',
);

export function scanFrenchCourts(text: string): Candidate[] {
  return [...text.matchAll(FRENCH_COURT_RE)].map((m) => {
    const type = FRENCH_COURT_TYPES[m[1].toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ' ')];
    const name = `${type} of ${m[2]}`;
    return { start: m.index, end: m.index + m[0].length, lexemes: [{ type: 'local', name, kind: 'judiciary' }], priority: 1 };
  });
}
