import { BAND_ROWS, SAME_STORY_SIMILARITY, SIGNATURE_SIZE, bandKeys, minhash, similarity } from './minhash';

const ORIGINAL = [
  'The city council voted on Tuesday to close the old riverside power station by the end of next year, ending a decade of disputes over its emissions and its cost to the municipal budget.',
  'Councillors approved the plan by 31 votes to 12 after a debate that ran late into the evening. Opponents argued that the closure would cost some 240 jobs and raise energy bills for households on the east bank.',
  'The mayor said the savings would be spent on insulating social housing and on a new district heating network, which engineers expect to be ready within four years.',
  'Unions representing the plant workers said they would seek talks about retraining, and an environmental group welcomed the decision as overdue.',
].join('\n\n');

const DISTINCT = [
  'A rare orchid not seen in the northern valleys for more than sixty years has been found by a volunteer surveying a disused railway embankment, botanists confirmed this week.',
  'The plant, a small pink flower that depends on a particular soil fungus, was photographed in late spring. Specialists from the national herbarium visited the site and counted eleven flowering stems.',
  'The railway company that owns the land has agreed to suspend mowing along the embankment while a management plan is drawn up with the county wildlife trust.',
].join('\n\n');

/** What an auto-blog copy looks like after extraction leaves some of its chrome in. */
const AGGREGATOR_COPY = ['Site icon Daily News Hub', 'Share on Facebook Share on Twitter', ORIGINAL, 'Source link', 'Exit mobile version'].join('\n\n');
/** An excerpt copy: the tail cut off and a read-more line added. */
const TRUNCATED_COPY = ORIGINAL.split('\n\n').slice(0, 3).join('\n\n') + '\n\nContinue reading at the original source.';
const EDITED_COPY = ORIGINAL.replace('Tuesday', 'Wednesday').replace('31 votes to 12', '32 votes to 11').replace('overdue', 'long overdue');

describe('minhash', () => {
  it('gives a signature of SIGNATURE_SIZE unsigned 32-bit slots, the same for the same text', () => {
    const signature = minhash(ORIGINAL);
    expect(signature).toHaveLength(SIGNATURE_SIZE);
    expect(signature.every((slot) => Number.isInteger(slot) && slot >= 0 && slot <= 0xffffffff)).toBe(true);
    expect(minhash(ORIGINAL)).toEqual(signature);
  });

  it('ignores case, punctuation and spacing', () => {
    expect(similarity(minhash(ORIGINAL), minhash(ORIGINAL.toUpperCase().replace(/[.,]/g, ' ')))).toBe(1);
  });

  it.each([
    ['with aggregator chrome around it', AGGREGATOR_COPY],
    ['truncated with a read-more line', TRUNCATED_COPY],
    ['with small edits', EDITED_COPY],
  ])('rates a copy %s as the same story', (_, copy) => {
    expect(similarity(minhash(ORIGINAL), minhash(copy))).toBeGreaterThanOrEqual(SAME_STORY_SIMILARITY);
  });

  it('rates a different story far below the threshold, even with the same chrome', () => {
    const chromed = ['Site icon Daily News Hub', 'Share on Facebook Share on Twitter', DISTINCT, 'Source link', 'Exit mobile version'].join('\n\n');
    expect(similarity(minhash(ORIGINAL), minhash(DISTINCT))).toBeLessThan(SAME_STORY_SIMILARITY / 2);
    expect(similarity(minhash(AGGREGATOR_COPY), minhash(chromed))).toBeLessThan(SAME_STORY_SIMILARITY);
  });

  it('hashes a text shorter than a shingle, and an empty text, without failing', () => {
    expect(similarity(minhash('Breaking news'), minhash('breaking NEWS!'))).toBe(1);
    expect(minhash('')).toHaveLength(SIGNATURE_SIZE);
  });

  it('keeps texts without words apart unless they are the same', () => {
    expect(similarity(minhash('★ ★ ★'), minhash('— • —'))).toBeLessThan(SAME_STORY_SIMILARITY);
    expect(similarity(minhash('★ ★ ★'), minhash('★ ★ ★'))).toBe(1);
  });
});

describe('similarity', () => {
  it('rejects signatures of another size', () => {
    expect(() => similarity([1, 2], minhash('x'))).toThrow(RangeError);
  });
});

describe('bandKeys', () => {
  it('cuts the signature into bands of BAND_ROWS slots, keyed by band index and slot values', () => {
    const keys = bandKeys(minhash(ORIGINAL));
    expect(keys).toHaveLength(SIGNATURE_SIZE / BAND_ROWS);
    expect(keys[3]).toMatch(new RegExp(`^3:[0-9a-f]{${8 * BAND_ROWS}}$`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lets copies share a band with their original and keeps distinct stories apart', () => {
    const original = new Set(bandKeys(minhash(ORIGINAL)));
    const shared = (text: string) => bandKeys(minhash(text)).filter((key) => original.has(key)).length;
    expect(shared(AGGREGATOR_COPY)).toBeGreaterThan(0);
    expect(shared(TRUNCATED_COPY)).toBeGreaterThan(0);
    expect(shared(DISTINCT)).toBe(0);
  });
});
