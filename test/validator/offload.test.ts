/**
 * Signature verification off the event loop: requests that arrive together are verified in
 * the libuv thread pool (the callback form of crypto.verify); a lone request and direct
 * `validate()` calls are verified synchronously (`createVerify`, or the one-shot
 * `crypto.verify` for EdDSA). Verdicts are the same either way.
 */
import * as crypto from 'node:crypto';

import type { IncomingRequestLike } from '../../lib/validator';
import { appClaims, validatorFor, verdict } from './helpers/fixtures';
import { ecKey, edKey, rsaKey, signJwt, TestKey } from './helpers/keys';

jest.mock('node:crypto', () => {
  const actual = jest.requireActual<typeof import('node:crypto')>('node:crypto');
  return { ...actual, verify: jest.fn(actual.verify), createVerify: jest.fn(actual.createVerify) };
});
const verifySpy = crypto.verify as unknown as jest.Mock;
const createVerifySpy = crypto.createVerify as unknown as jest.Mock;

/** Signature verifications since the last reset: synchronous (`createVerify`, one-shot without callback) or in the thread pool. */
const calls = (): { sync: number; pool: number } => {
  const pool = verifySpy.mock.calls.filter((args) => typeof args[4] === 'function').length;
  return { sync: verifySpy.mock.calls.length - pool + createVerifySpy.mock.calls.length, pool };
};

const resetCalls = (): void => {
  verifySpy.mockClear();
  createVerifySpy.mockClear();
};

const request = (token: string): IncomingRequestLike => ({ headers: { authorization: `Bearer ${token}` } });

/** The verdict of an authenticate() call. */
async function authVerdict(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'accepted';
  } catch (err) {
    return (err as { code: string }).code;
  }
}

/** A token whose signature's last byte is flipped. */
function tampered(t: string): string {
  const dot = t.lastIndexOf('.');
  const sig = Buffer.from(t.slice(dot + 1), 'base64url');
  sig[sig.length - 1] ^= 1;
  return `${t.slice(0, dot + 1)}${sig.toString('base64url')}`;
}

const KEYS: TestKey[] = [rsaKey(), ecKey(), edKey()];

beforeEach(resetCalls);

describe('signature verification off the event loop', () => {
  test('a lone request is verified synchronously', async () => {
    const { validator } = validatorFor(KEYS);
    await validator.warm();
    resetCalls();
    expect(await authVerdict(validator.authenticate(request(signJwt(appClaims(), rsaKey()))))).toBe('accepted');
    expect(calls()).toEqual({ sync: 1, pool: 0 });
  });

  test('direct validate() calls in sequence are verified synchronously', async () => {
    const { validator } = validatorFor(KEYS);
    for (let i = 0; i < 5; i++) expect(await verdict(validator, signJwt(appClaims({ jti: `s${i}` }), rsaKey()))).toBe('accepted');
    expect(calls()).toEqual({ sync: 5, pool: 0 });
  });

  test('requests that arrive in one event-loop turn are verified in the thread pool, with the same verdicts', async () => {
    const { validator } = validatorFor(KEYS);
    await validator.warm();
    resetCalls();
    const tokens = KEYS.flatMap((k, i) => {
      const good = signJwt(appClaims({ jti: `p${i}` }), k);
      return [good, tampered(good)];
    });
    const verdicts = await Promise.all(tokens.map((t) => authVerdict(validator.authenticate(request(t)))));
    expect(verdicts).toEqual(['accepted', 'invalid_signature', 'accepted', 'invalid_signature', 'accepted', 'invalid_signature']);
    expect(calls()).toEqual({ sync: 0, pool: 6 });
  });

  test('a validate() call that starts while others are verified in the pool joins them there', async () => {
    const { validator } = validatorFor(KEYS);
    await validator.warm();
    resetCalls();
    const together = [0, 1].map((i) => authVerdict(validator.authenticate(request(signJwt(appClaims({ jti: `t${i}` }), ecKey())))));
    // let the turn end so that the two requests are in the pool, then validate directly
    await new Promise((r) => setImmediate(r));
    const direct = verdict(validator, signJwt(appClaims({ jti: 'd' }), ecKey()));
    expect(await Promise.all([...together, direct])).toEqual(['accepted', 'accepted', 'accepted']);
    expect(calls()).toEqual({ sync: 0, pool: 3 });
    // once the pool is idle again, a direct call verifies synchronously
    expect(await verdict(validator, signJwt(appClaims({ jti: 'e' }), ecKey()))).toBe('accepted');
    expect(calls()).toEqual({ sync: 1, pool: 3 });
  });

  test('a cached token of a request skips the deferral and the signature', async () => {
    const { validator } = validatorFor(KEYS);
    const t = signJwt(appClaims(), rsaKey());
    // the cache admits a token on its second verification
    await validator.validate(t);
    await validator.validate(t);
    resetCalls();
    expect(await Promise.all([1, 2, 3].map(() => authVerdict(validator.authenticate(request(t)))))).toEqual([
      'accepted',
      'accepted',
      'accepted',
    ]);
    expect(calls()).toEqual({ sync: 0, pool: 0 });
  });
});
