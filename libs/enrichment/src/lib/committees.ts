import { Candidate } from './candidates';
import { isWord, MAX_MODIFIERS, sameLine } from './shape-words';
import { Token } from './text';

// Committees of a legislature written in lowercase, the British and Commonwealth way: "Parliament's
// portfolio committee on electricity and energy", "the Commons environmental audit committee", "the
// House of Representatives, whose ad hoc committee on subsidy payments". The legislature before them
// makes them bodies; a bare "the committee" is a short reference, read elsewhere.

export const COMMITTEE_HEADS: ReadonlySet<string> = new Set(['committee', 'subcommittee']);
const LEGISLATURES = new Set(['parliament', 'commons', 'lords', 'house', 'senate', 'assembly', 'congress', 'legislature']);
const LEGISLATIVE_ADJECTIVES = new Set(['parliamentary', 'congressional', 'legislative']);
/** Words that end a committee's lowercase name: function words and verbs (regular past tenses end in "ed"). */
const NOT_NAME_WORDS = new Set(
  'the a an of for on to at in by with from and or that which who whose said says has have had is was were are will would could can may might should must also then this last its their his her met held told found sent made took gave heard wrote began rose fell set put cut ran led won sat saw'.split(' '),
);
const MAX_TOPIC_WORDS = 6;
/** How far before "whose" the legislature it refers to may be named. */
const WHOSE_REACH = 8;

/**
 * "… Committee of the House of Representatives", "… Committee of Jordan's House of Representatives",
 * "… of the National Assembly": a complement at token `at` naming a chamber, a body of its own that
 * annotators name apart from its committee.
 */
export function isChamberComplement(tokens: Token[], at: number): boolean {
  if (tokens[at]?.key !== 'of') return false;
  const k = tokens[at + 1]?.key === 'the' ? at + 2 : at + 1;
  const chamber = (t: Token | undefined) => t !== undefined && t.cap && CHAMBERS.has(t.key);
  if (!tokens[k]?.cap) return false;
  return chamber(tokens[k]) || chamber(tokens[k + 1]) || (tokens[k + 1]?.key === "'s" && chamber(tokens[k + 2]));
}

const CHAMBERS = new Set([...LEGISLATURES, 'chamber']);

/** A lowercase word of a committee's name, before its head or in its topic. */
const isCommitteeWord = (t: Token | undefined) => t !== undefined && !t.cap && isWord(t) && !NOT_NAME_WORDS.has(t.key) && !/ed$/u.test(t.key);

export function legislativeCommittees(tokens: Token[], text: string): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (t.cap || !COMMITTEE_HEADS.has(t.key)) return;
    const from = modifiersStart(tokens, text, i);
    const start = ownedFrom(tokens, from);
    const end = topicEnd(tokens, text, i);
    if (start === undefined || (from === i && end === i)) return;
    out.push({ start: tokens[start].start, end: tokens[end].end, lexemes: [{ type: 'shaped', kind: 'legislature' }], priority: 1 });
  });
  return out;
}

/** "agriculture, water and marshes committee": the first of the lowercase words before the head at `head`. */
function modifiersStart(tokens: Token[], text: string, head: number): number {
  let from = head;
  for (let j = head - 1; j >= 0 && head - j <= MAX_MODIFIERS && sameLine(text, tokens[j], tokens[j + 1]); j--) {
    const t = tokens[j];
    const joins = (t.key === ',' || t.key === 'and') && isCommitteeWord(tokens[j - 1]) && from === j + 1;
    if (isCommitteeWord(t)) from = j;
    else if (!joins) break;
  }
  return from;
}

/** Where the committee's mention starts, given its modifiers start at `from`, if a legislature owns it. */
function ownedFrom(tokens: Token[], from: number): number | undefined {
  const before = tokens[from - 1];
  const first = tokens[from];
  // "the parliamentary finance committee", "the Commons environmental audit committee".
  if (LEGISLATIVE_ADJECTIVES.has(first.key)) return from;
  if (before?.cap && LEGISLATURES.has(before.key)) return from - 1;
  // "Parliament's portfolio committee": the owner is a body of its own.
  if (before?.key === "'s" && LEGISLATURES.has(tokens[from - 2]?.key ?? '')) return from;
  if (before?.key === 'whose' && tokens.slice(Math.max(0, from - WHOSE_REACH), from - 1).some((t) => t.cap && LEGISLATURES.has(t.key))) return from;
  return undefined;
}

/** "committee on electricity and energy": the last token of the lowercase topic after the head at `head`, or the head. */
function topicEnd(tokens: Token[], text: string, head: number): number {
  const on = tokens[head + 1];
  if (!on || !['on', 'for'].includes(on.key) || !sameLine(text, tokens[head], on)) return head;
  let end = head;
  for (let j = head + 2; j < tokens.length && j - head - 1 <= MAX_TOPIC_WORDS && sameLine(text, tokens[j - 1], tokens[j]); j++) {
    const t = tokens[j];
    if (isCommitteeWord(t)) end = j;
    else if (!((t.key === 'and' || t.key === ',') && isCommitteeWord(tokens[j + 1]) && end === j - 1)) break;
  }
  return end;
}
