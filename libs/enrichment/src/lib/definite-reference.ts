import { Actor, SentenceView } from './attribution';
import { Resolved } from './resolve';
import { HEADS } from './shape-words';
import { Language } from './language';
import { BodyKind, BodyRef } from './types';

// "…, the regulator said", "The Strasbourg court said", "la comisión afirmó": a definite description
// opening a clause before a reporting verb refers back to the latest body it describes, named in an
// earlier sentence: one whose name holds the noun ("the court": the Lahore High Court), or, for a
// noun that names a kind of body ("the regulator"), one of that kind.

/** Nouns that describe a body by its kind rather than by a word of its name. */
const KIND_NOUNS = new Map<string, BodyKind>([
  ['regulator', 'regulator'],
  ['watchdog', 'regulator'],
  ['régulateur', 'regulator'],
  ['regulador', 'regulator'],
]);

const AUXILIARIES = '(?:also|then|later|further|has|had|have|would|will|itself|ha|han|a|ont|tem|têm|también|também|aussi)';
/**
 * A clause opening (the sentence's start, punctuation or a conjunction), an article, up to two
 * modifiers and the noun, then only adverbs or an auxiliary before the verb.
 */
const DEFINITE_SUBJECT_RE = new RegExp(
  String.raw`(?:^|[,;:”"»]\s*|\b(?:and|but|while|y|e|et|mais|pero|mas)\s+)(?:[Tt]he|[EeOo]l|[Ll][ae]|[Oo]|[Ll]['’])\s*((?:[\p{L}-]+\s+){0,2}?)([\p{Ll}-]+)\s+(?:${AUXILIARIES}\s+)*$`,
  'u',
);
/** The word before a verb, over its auxiliaries and adverbs: most verbs follow no head, and this is quicker to read first. */
const LAST_WORD_RE = new RegExp(String.raw`([\p{Ll}-]+)\s+(?:${AUXILIARIES}\s+)*$`, 'u');
const LAST_WORD_REACH = 60;

/** "Police said", "… after police said": English writes the police with no article, as a description of the force named before. */
const BARE_POLICE_RE = new RegExp(String.raw`(?:^|[,;:”"»]\s*|\b(?:and|but|while|after|when|as|that)\s+)[Pp]olice\s+(?:${AUXILIARIES}\s+)*$`, 'u');

/** The body a definite description right before one of the sentence's reporting verbs refers to, among the mentions ending before `from`. */
export function definiteActor({ text, verbs }: SentenceView, language: Language, mentions: readonly Resolved[], from: number): Actor | undefined {
  const heads = HEADS.get(language);
  const describes = (noun: string | undefined): noun is string => noun !== undefined && (heads?.has(noun) === true || KIND_NOUNS.has(noun));
  for (const v of verbs) {
    const lead = text.slice(Math.max(0, v.start - LAST_WORD_REACH), v.start);
    const police = language === 'en' && BARE_POLICE_RE.test(lead) ? latestDescribed(mentions, from, 'police') : undefined;
    if (police) return { refs: police, person: false };
    if (!describes(LAST_WORD_RE.exec(lead)?.[1])) continue;
    const noun = DEFINITE_SUBJECT_RE.exec(text.slice(0, v.start))?.[2];
    const refs = describes(noun) ? latestDescribed(mentions, from, noun) : undefined;
    if (refs) return { refs, person: false };
  }
  return undefined;
}

const wordsOf = (name: string) => new Set(name.toLowerCase().split(/[^\p{L}-]+/u));

/** The bodies of the latest mention the noun describes. */
export function latestDescribed(mentions: readonly Resolved[], from: number, noun: string): BodyRef[] | undefined {
  const kind = KIND_NOUNS.get(noun);
  const described = (r: BodyRef) => (kind ? r.kind === kind : wordsOf(r.name).has(noun));
  let latest: Resolved | undefined;
  for (const m of mentions) if (m.end <= from && (!latest || m.start > latest.start) && m.refs.some(described)) latest = m;
  return latest?.refs.filter(described);
}
