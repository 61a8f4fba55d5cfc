import { CandidateView, ruleOf, sentenceWords, StanceModel, stanceFeatures } from './stance-model';
import { Span } from './text';

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
  return { ...base, words: sentenceWords(base.text, [...(base.actor ? [base.actor] : []), ...otherNames]) };
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
    expect(model.classify(['bias'], 'none').label).toBe('none');
  });

  it('finds a stance the rule missed when the model is sure of it', () => {
    expect(model.classify(['bias', 'w:welcom'], 'none')).toEqual({ label: 'support', probability: expect.closeTo(0.87, 2) });
  });

  it('keeps every stance the rule finds, choosing its side', () => {
    expect(model.classify(['bias'], 'oppose').label).not.toBe('none');
    expect(model.classify(['bias', 'w:welcom'], 'oppose').label).toBe('support');
  });

  it('refuses weights that do not match its labels', () => {
    expect(() => new StanceModel({ labels: ['none', 'support'], weights: {}, noneThreshold: 0.5 })).toThrow(/labels/);
    expect(() => new StanceModel({ labels: ['none', 'support', 'oppose', 'neutral'], weights: { bias: [1, 2] }, noneThreshold: 0.5 })).toThrow(/weights/);
  });
});
