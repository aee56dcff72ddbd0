import { jwkSetEntries, jwkSetKeys } from '../../lib/util/jwks';
import { importJwks, InvalidJwksError } from '../../lib/validator/keys';

describe('JWK Set reader (validator, drift and simulation)', () => {
  test('reads the own keys array; non-object entries are kept by jwkSetEntries and dropped by jwkSetKeys', () => {
    const doc = { keys: [{ kty: 'RSA', kid: 'a' }, null, 'x', [1], { kty: 'EC' }] };
    expect(jwkSetEntries(doc)).toHaveLength(5);
    expect(jwkSetKeys(doc)).toEqual([{ kty: 'RSA', kid: 'a' }, { kty: 'EC' }]);
  });

  test.each([
    ['null', null],
    ['an array', [{ kty: 'RSA' }]],
    ['an object without keys', { jwks: [] }],
    ['keys that is no array', { keys: { kty: 'RSA' } }],
    ['keys inherited, not own', Object.create({ keys: [] }) as unknown],
  ])('fails when %s is read as a JWK Set', (_what, doc) => {
    expect(jwkSetEntries(doc)).toBeUndefined();
    expect(jwkSetKeys(doc)).toBeUndefined();
    expect(() => importJwks(doc)).toThrow(InvalidJwksError);
  });

  test('the validator counts every entry it could not import, objects or not', () => {
    expect(importJwks({ keys: [null, { kty: 'oct', k: 'x' }] })).toEqual({ keys: [], ignored: 2 });
  });
});
