import lexicon from '../lexicon/stance.json';
import { BodyRef } from './types';

// People who speak for a body, learnt as the text introduces them ("John Williams, the president of the
// Federal Reserve Bank of New York", "Lt. Matt Harris, Columbus Police Department spokesman",
// "Cuban Foreign Minister Bruno Rodríguez"), so that a later "Williams said" is the bank's position.

/** Role words in either initial case ("spokesman", "Director"), spaces as any whitespace. */
export const alternatives = (words: string[]) =>
  words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1).replace(/ /g, String.raw`\s+`)}`).join('|');
export const OFFICIAL_ROLE = String.raw`(?:${alternatives(lexicon.officialRoles)})`;
const OTHER_ROLE = String.raw`(?:${alternatives(lexicon.otherRoles)})`;
const NAME_WORD = String.raw`[\p{Lu}][\p{L}’'-]+`;
const HONORIFIC = String.raw`(?:(?:Lt|Col|Cmdr|Gen|Sgt|Capt|Adm|Maj|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Det|Insp)\.?\s+)`;
/** A personal name: up to four capitalized words, possibly after an honorific; the last word is the surname. */
export const PERSON_NAME = String.raw`${HONORIFIC}?(?:${NAME_WORD}\s+(?:[\p{Lu}]\.\s+)?){0,3}${NAME_WORD}`;

/** "<Name>, the president of the " / "<Name>, a spokesperson for " right before a body. */
const ROLE_OF_BEFORE = new RegExp(String.raw`(${PERSON_NAME}),\s+(?:(?:the|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,3}?${OFFICIAL_ROLE}\s+(?:of|for|at|with)\s+(?:the\s+)?$`, 'u');
/** "la presidenta de la ", "o porta-voz do ", "le directeur de l'" right before a body: a Romance role speaking for it. */
const ROMANCE_ROLE_OF_BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${alternatives(lexicon.romanceOfficialRoles)})\s+(?:del?|d[ao]s?|du|des|de\s+(?:la|las|los|l['’])|d['’])\s*$`,
  'u',
);
/** The preposition a Romance role ends with, checked before the role itself: most bodies have none before them. */
const ROMANCE_OF_END_RE = /(?:^|[\s'’])(?:del?|d[ao]s?|du|des|la|las|los|l['’]|d['’])\s*$/u;
/** How far before a body its Romance role may start ("la vicepresidenta de la "). */
const ROMANCE_ROLE_REACH = 40;
/** ", Beatriz Albendea," right after a body a Romance role speaks for: the role holder's name. */
const COMMA_NAME_AFTER = new RegExp(String.raw`^,\s+(${PERSON_NAME})(?=[,.;]|$)`, 'u');
/** "<Name>, " right before "<Body> spokesman". */
const NAME_COMMA_BEFORE = new RegExp(String.raw`(${PERSON_NAME}),\s+(?:(?:the|a|an)\s+)?$`, 'u');
/** " spokesman" right after a body. */
const ROLE_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?${OFFICIAL_ROLE}\b`, 'iu');
/** " spokesman Lt. Matt Harris", " spokesperson, Laura Chen," right after a body. */
const ROLE_NAME_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?${OFFICIAL_ROLE}(?:\s+|,\s+(?=${PERSON_NAME},))(${PERSON_NAME})`, 'u');
/** A body mentioned only as the employer of someone who does not speak for it ("JPL scientist ..."). */
export const OTHER_ROLE_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?${OTHER_ROLE}\b`, 'iu');
const NAME_AFTER = new RegExp(String.raw`^\s+(${PERSON_NAME})`, 'u');
const FORMER_BEFORE = /\b(?:former|ex-|then-)\s*(?:[\p{L}-]+\s+){0,2}$/iu;

export interface Located {
  start: number;
  end: number;
  refs: BodyRef[];
  /** A person (an official) rather than the body itself: "he" and "she" may refer to it. */
  person?: boolean;
}

export class PeopleIndex {
  private readonly bySurname = new Map<string, BodyRef[]>();

  /**
   * Learns the people a sentence links to bodies and returns them as located speakers (relative
   * offsets): the appositive name, or the body mention widened to include the role and name.
   */
  learn(text: string, bodies: Located[]): Located[] {
    const speakers: Located[] = [];
    for (const b of bodies) {
      const before = text.slice(Math.max(0, b.start - 120), b.start);
      const after = text.slice(b.end, b.end + 80);
      if (FORMER_BEFORE.test(before) || OTHER_ROLE_AFTER.test(after)) continue;
      const roleOf = ROLE_OF_BEFORE.exec(before) ?? (ROLE_AFTER.test(after) ? NAME_COMMA_BEFORE.exec(before) : null);
      if (roleOf) {
        this.link(roleOf[1], b.refs);
        speakers.push({ start: b.start - before.length + roleOf.index, end: b.end, refs: b.refs, person: true });
      }
      const near = before.slice(-ROMANCE_ROLE_REACH);
      const romanceRole = ROMANCE_OF_END_RE.test(near) ? ROMANCE_ROLE_OF_BEFORE.exec(near) : null;
      if (romanceRole) {
        const named = COMMA_NAME_AFTER.exec(after);
        if (named) this.link(named[1], b.refs);
        const end = b.end + (named?.[0].length ?? 0);
        speakers.push({ start: b.start - near.length + romanceRole.index, end, refs: b.refs, person: true });
      }
      const roleName = ROLE_NAME_AFTER.exec(after);
      if (roleName) {
        this.link(roleName[1], b.refs);
        speakers.push({ start: b.start, end: b.end + roleName[0].length, refs: b.refs, person: true });
      }
    }
    return speakers;
  }

  /** "Cuban Foreign Minister Bruno Rodríguez": the official's span grows to take in the name. */
  learnOfficial(text: string, official: Located): Located {
    const after = text.slice(official.end, official.end + 60);
    const named = NAME_AFTER.exec(after) ?? COMMA_NAME_AFTER.exec(after);
    if (!named) return { ...official, person: true };
    this.link(named[1], official.refs);
    return { ...official, end: official.end + named[0].length, person: true };
  }

  link(name: string, refs: BodyRef[]): void {
    this.bySurname.set(surnameOf(name), refs);
  }

  /** The body of the person whose surname ends `before` ("…, Harris said"), if the text introduced one. */
  speakerEndingAt(before: string): Located | undefined {
    const m = /([\p{Lu}][\p{L}’'-]+)\s+(?:(?:also|has|had|have|later|then|again|previously|further)\s+)*$/u.exec(before);
    const refs = m && this.bySurname.get(m[1]);
    return refs ? { start: m.index, end: m.index + m[1].length, refs, person: true } : undefined;
  }
}

function surnameOf(name: string): string {
  return name.trim().split(/\s+/).pop() ?? name;
}
