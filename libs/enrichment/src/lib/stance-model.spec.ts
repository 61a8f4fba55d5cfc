import { polarityOf } from './polarity';
import { stanceCues } from './stance-cues';
import { CandidateView, ruleOf, sentenceWords, StanceModel, stanceFeatures } from './stance-model';
import { Span } from './text';

const ENGLISH = stanceCues('en');

/** A candidate of the FTC suing Acme, with `over` changed; `otherNames` are masked beside the actor. */
function view(over: Partial<Omit<CandidateView, 'words'>> = {}, otherNames: Span[] = []): CandidateView {
  const base = {
    text: 'The Federal Trade Commission sued Acme over the merger.',
    actor: { start: 4, end: 28 },
    kind: 'acting' as const,
    language: 'en',
    lexical: { polarity: 'oppose' as const, strength: 1.5, anchor: { start: 29, end: 33 } },
    cueGap: 1,
    acts: [{ name: 'enforce', index: 29 }],
    ...over,
  };
  return { ...base, words: sentenceWords(base.text, [...(base.actor ? [base.actor] : []), ...otherNames], ENGLISH) };
}

describe('stance model features', () => {
  it('reads the words of the sentence without the names in it', () => {
    const features = stanceFeatures(view({}, [{ start: 34, end: 38 }]));
    expect(features).toEqual(expect.arrayContaining(['w:sued', 'w:merger', 'p:sued', 'pp:sued_over', 'next:sued', 'first:near']));
    expect(features.filter((f) => /feder|commis|acme/u.test(f))).toEqual([]);
  });

  it('says where the actor stands against the cues and acts: before them it holds the position', () => {
    expect(stanceFeatures(view())).toEqual(expect.arrayContaining(['lexside:oppose:before:', 'actside:enforce:before:', 'pact:enforce', 'rule:oppose']));
    const object = view({ text: 'Acme sued the Federal Trade Commission.', actor: { start: 14, end: 38 }, lexical: { polarity: 'oppose', strength: 1.5, anchor: { start: 5, end: 9 } }, acts: [{ name: 'enforce', index: 5 }] });
    expect(stanceFeatures(object)).toEqual(expect.arrayContaining(['lexside:oppose:after:', 'actside:enforce:after:']));
  });

  it('reads the side of the first cue after the actor apart from the side of the whole sentence', () => {
    const text = 'The court upheld the law, rejecting a challenge that called it unlawful.';
    const lexical = polarityOf(text, [{ start: 4, end: 9 }], ENGLISH);
    expect(lexical.polarity).toBe('oppose');
    const features = stanceFeatures(view({ text, actor: { start: 4, end: 9 }, lexical }));
    expect(features).toEqual(expect.arrayContaining(['head:support', 'head:support:near', 'head:support:lex:oppose']));
    expect(features.filter((f) => f.startsWith('head:oppose'))).toEqual([]);
    expect(stanceFeatures(view({ text: 'The court met on Monday.', actor: { start: 4, end: 9 }, lexical: polarityOf('The court met on Monday.', [], ENGLISH) }))).toContain('head:none');
  });

  it("says whether the actor's predicate names a party or speaks of a measure", () => {
    expect(stanceFeatures(view())).toEqual(expect.arrayContaining(['objname', 'objname:lex:oppose', 'objname:pact:enforce']));
    const measure = view({ text: 'The Federal Trade Commission ordered platforms to remove the listings.', lexical: { polarity: 'neutral', strength: 0 }, acts: [{ name: 'decide', index: 29 }] });
    expect(stanceFeatures(measure)).toEqual(expect.arrayContaining(['objcommon', 'objcommon:lex:neutral', 'objcommon:pact:decide']));
    // A capitalised word opening a quote is no party.
    const quoted = view({ text: 'The Federal Trade Commission called it "Unacceptable and unlawful".', lexical: { polarity: 'oppose', strength: 1 }, acts: [] });
    expect(stanceFeatures(quoted)).toContain('objcommon');
  });
});

describe('valence: how the words judge what they speak of', () => {
  const valences = (text: string, language: 'en' | 'es' = 'en') => sentenceWords(text, [], stanceCues(language)).filter((x) => x.v !== 0).map((x) => [x.w, x.v]);

  it('rates words by the lexicon of the sentence language, and a negator before one turns it over', () => {
    expect(valences('The ministry praised the plan.')).toEqual([['praise', 3]]);
    expect(valences('The ministry did not praise the plan.')).toEqual([['praise', -3]]);
    expect(valences('El ministerio condena el ataque.', 'es')).toEqual([['conden', -2], ['ataque', -1]]);
  });

  it('reads the words after the actor, the first few apart, and those before it', () => {
    const text = 'After a deadly attack, the ministry praised the swift response.';
    const actor = { start: 23, end: 35 };
    const features = stanceFeatures(view({ text, actor }));
    expect(features).toEqual(expect.arrayContaining(['vpos:2', 'vneg:0', 'vnet:+', 'vppos:2', 'vpneg:0', 'bvneg:2', 'bvnet:-']));
  });
});

describe('the rule the model starts from', () => {
  it('takes a reported statement as a stance even when it takes no side', () => {
    expect(ruleOf(view({ kind: 'reported', lexical: { polarity: 'neutral', strength: 0 } }))).toBe('neutral');
  });

  it('takes an act or a body merely named as no stance unless the lexicon reads a side near the actor', () => {
    expect(ruleOf(view({ lexical: { polarity: 'neutral', strength: 0 } }))).toBe('none');
    expect(ruleOf(view({ cueGap: 80 }))).toBe('none');
    expect(ruleOf(view({ kind: 'mentioned' }))).toBe('none');
    expect(ruleOf(view())).toBe('oppose');
  });
});

describe('StanceModel', () => {
  const model = new StanceModel({
    labels: ['none', 'support', 'oppose', 'neutral'],
    weights: { bias: [2, 0, 0, 0], 'w:welcom': [-2, 3, 0, 0] },
    noneThreshold: 0.5,
  });

  it('finds no stance where the rule finds none and "none" is likely enough', () => {
    expect(model.classify(['bias'], { rule: 'none' }).label).toBe('none');
  });

  it('finds a stance the rule missed when the model is sure of it', () => {
    expect(model.classify(['bias', 'w:welcom'], { rule: 'none' })).toEqual({ label: 'support', probability: expect.closeTo(0.87, 2) });
  });

  it('finds no stance the rule missed in a sentence a pronoun attributes', () => {
    expect(model.classify(['bias', 'w:welcom'], { rule: 'none', kind: 'anaphoric' }).label).toBe('none');
    expect(model.classify(['bias', 'w:welcom'], { rule: 'support', kind: 'anaphoric' }).label).toBe('support');
  });

  it('keeps every stance the rule finds, choosing its side', () => {
    expect(model.classify(['bias'], { rule: 'oppose' }).label).not.toBe('none');
    expect(model.classify(['bias', 'w:welcom'], { rule: 'oppose' }).label).toBe('support');
  });

  it('keeps the side the rule read on a near tie, nearer still when the lexicon reads it strongly', () => {
    const leaning = new StanceModel({ labels: ['none', 'support', 'oppose', 'neutral'], weights: { bias: [0, 0.4, 0, -9] }, noneThreshold: 0.5 });
    // support about 0.43 against oppose 0.29 (and none 0.29): a margin of 0.14
    expect(leaning.classify(['bias'], { rule: 'oppose' }).label).toBe('support');
    expect(leaning.classify(['bias'], { rule: 'oppose', ruleStrength: 3 }).label).toBe('oppose');
  });

  it('refuses weights that do not match its labels', () => {
    expect(() => new StanceModel({ labels: ['none', 'support'], weights: {}, noneThreshold: 0.5 })).toThrow(/labels/);
    expect(() => new StanceModel({ labels: ['none', 'support', 'oppose', 'neutral'], weights: { bias: [1, 2] }, noneThreshold: 0.5 })).toThrow(/weights/);
  });
});
