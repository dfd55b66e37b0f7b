import { InputError } from '@backstage/errors';
import fc from 'fast-check';
import {
  decodeCursor,
  encodeCursor,
  decodeTextCursor,
  encodeTextCursor,
} from './cursor';

const raw = (value: unknown) =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

function refusal(cursor: string, key = 'before'): unknown {
  try {
    decodeCursor(cursor, key);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('cursor', () => {
  it('gives back the position a page ended at, for any record number or event id', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), n =>
        expect(decodeCursor(encodeCursor('before', n), 'before')).toBe(n),
      ),
    );
  });

  it('is opaque URL-safe text', () => {
    expect(encodeCursor('before', 1234)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['garbage', 'zzz'],
    ['empty', ''],
    ['JSON that is not an object', raw(12)],
    ['another key', raw({ after: 12 })],
    ['a string position', raw({ before: '12' })],
    ['a fraction', raw({ before: 1.5 })],
    ['zero', raw({ before: 0 })],
    ['a negative number', raw({ before: -3 })],
    ['a number beyond safe integers', raw({ before: 2 ** 60 })],
    [
      'infinity written as 1e400',
      Buffer.from('{"before":1e400}').toString('base64url'),
    ],
  ])('refuses %s with a 400 that names the cursor', (_what, cursor) => {
    const error = refusal(cursor);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^cursor /);
  });

  it('refuses a timeline cursor used for a list and the other way round', () => {
    expect(refusal(encodeCursor('after', 5), 'before')).toBeInstanceOf(
      InputError,
    );
    expect(refusal(encodeCursor('before', 5), 'after')).toBeInstanceOf(
      InputError,
    );
  });
});

describe('text cursors', () => {
  it('round-trip a text position and refuse anything else', () => {
    const cursor = encodeTextCursor('after', 'resource:default/srv-1');
    expect(decodeTextCursor(cursor, 'after')).toBe('resource:default/srv-1');
    expect(() => decodeTextCursor(cursor, 'before')).toThrow(
      'cursor is not valid',
    );
    expect(() => decodeTextCursor('garbage', 'after')).toThrow(
      'cursor is not valid',
    );
    expect(() => decodeTextCursor(encodeCursor('after', 12), 'after')).toThrow(
      'cursor is not valid',
    );
  });
});
