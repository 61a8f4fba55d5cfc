import { z } from 'zod';
import shapesJson from '../gazetteer/shapes.json';
import { Resolved } from './resolve';
import { Span } from './text';
import { BodyKind, BodyRef } from './types';

// The governing organs of a body (gazetteer/shapes.json, organs): "the IMF's Executive Board", "the
// Governing Council of the ECB", "la Junta de Gobierno del Banco de México". An organ decides and
// votes in its own name, so it is a body of its own, named after the body it belongs to.

const organsSchema = z.object({ organs: z.record(z.string(), z.string()), anchoredOrgans: z.array(z.string()) });
const { organs: ORGANS, anchoredOrgans } = organsSchema.parse(shapesJson);
const ANCHORED = new Set(anchoredOrgans);
/** An organ is a proper name: its first word capitalized, the others either way ("Junta de Gobierno", "Conseil des gouverneurs"). */
const ORGAN_RE = new RegExp(
  String.raw`\b(?:${Object.keys(ORGANS)
    .sort((a, b) => b.length - a.length)
    .map((o) => o.split(' ').map((w, i) => (i === 0 ? w[0].toUpperCase() : `[${w[0]}${w[0].toUpperCase()}]`) + w.slice(1)).join(String.raw`\s+`))
    .join('|')})(?![\p{L}-])`,
  'gu',
);
/** Whether lowercased words name an organ ("junta de gobierno"), which scans by shape leave to this module. */
export function isOrganName(words: string): boolean {
  return Object.hasOwn(ORGANS, words);
}

/** A possessive or a name right before: "the IMF's Executive Board", "IMF Executive Board". */
const OWNER_BEFORE_RE = /^(?:['’]s)?\s$/u;
/** A complement right after: "Governing Council of the ECB", "Junta de Gobierno del Banco". */
const OWNER_AFTER_RE = /^\s+(?:of|de|del|da|do|du|des)(?:\s+(?:the|la|el|a|o|l['’]))?\s*$/iu;
/** Bodies an organ named alone belongs to: the ones whose organs the news reports on. */
const OWNER_KINDS = new Set<BodyKind>(['intergovernmental', 'central_bank', 'regulator']);
/** How far back an organ named alone looks for its body. */
const MAX_OWNER_DISTANCE = 1500;

/** The mentions with the organs they name added; a mention inside an organ's name ("Gobierno" in "Junta de Gobierno") is part of it. */
export function withOrgans(text: string, mentions: Resolved[]): Resolved[] {
  const organs: Resolved[] = [];
  const names: Span[] = [];
  for (const m of text.matchAll(ORGAN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const key = m[0].toLowerCase().replace(/\s+/gu, ' ');
    // A name found otherwise that holds the organ's words or more wins ("Monetary Policy Committee" listed).
    const shorter = (x: Span) => x.start >= start && x.end <= end && x.end - x.start < end - start;
    if (mentions.some((x) => x.start < end && start < x.end && !shorter(x))) continue;
    names.push({ start, end });
    const owner = ownerOf(text, mentions, start, end, !ANCHORED.has(key));
    if (owner) organs.push({ start, end, refs: [organRef(ORGANS[key], owner)] });
  }
  if (names.length === 0) return mentions;
  const inside = (x: Resolved) => names.some((o) => o.start <= x.start && x.end <= o.end);
  return [...mentions.filter((x) => !inside(x)), ...organs].sort((a, b) => a.start - b.start);
}

/** The body an organ belongs to: named in a complement after it, or just before it; `alone`: else the last body of an owning kind. */
function ownerOf(text: string, mentions: Resolved[], start: number, end: number, alone: boolean): BodyRef | undefined {
  const before = mentions.find((x) => x.end <= start && OWNER_BEFORE_RE.test(text.slice(x.end, start)));
  const after = mentions.find((x) => x.start >= end && OWNER_AFTER_RE.test(text.slice(end, x.start)));
  const owner = after ?? before;
  if (owner) return owner.refs[0];
  if (!alone) return undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i];
    if (x.end > start || start - x.end > MAX_OWNER_DISTANCE) continue;
    const ref = x.refs.find((r) => OWNER_KINDS.has(r.kind));
    if (ref) return ref;
  }
  return undefined;
}

function organRef(organ: string, owner: BodyRef): BodyRef {
  return { name: `${organ} of the ${owner.name.replace(/^the\s+/iu, '')}`, country: owner.country, kind: owner.kind };
}
