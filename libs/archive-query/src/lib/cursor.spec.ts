import { InvalidCursorError, decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips a page position', () => {
    const position = { articleDate: new Date('2026-03-04T05:06:07.000Z'), articleId: 'a'.repeat(64) };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'not base64 json', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('{}').toString('base64url')])(
    'rejects %j',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(InvalidCursorError);
    },
  );
});
