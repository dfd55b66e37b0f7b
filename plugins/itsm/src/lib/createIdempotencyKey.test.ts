import { createIdempotencyKey } from './createIdempotencyKey';

const uuidV4 =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createIdempotencyKey', () => {
  it('makes a different UUID each time', () => {
    const keys = new Set(Array.from({ length: 50 }, createIdempotencyKey));
    expect(keys.size).toBe(50);
    keys.forEach(key => expect(key).toMatch(uuidV4));
  });

  it('makes UUIDs where crypto.randomUUID is missing (plain http)', () => {
    const own = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    Object.defineProperty(crypto, 'randomUUID', {
      value: undefined,
      configurable: true,
    });
    try {
      const keys = new Set(Array.from({ length: 50 }, createIdempotencyKey));
      expect(keys.size).toBe(50);
      keys.forEach(key => expect(key).toMatch(uuidV4));
    } finally {
      if (own) {
        Object.defineProperty(crypto, 'randomUUID', own);
      } else {
        delete (crypto as { randomUUID?: unknown }).randomUUID;
      }
    }
    expect(typeof crypto.randomUUID).toBe('function');
  });
});
