import { sign } from 'node:crypto';

import { TokenValidator } from '../../lib/validator';
import { appClaims, jsonResponse, NOW, profile, token, userClaims, validatorFor, verdict } from './helpers/fixtures';
import { b64, ecKey, rsaKey, signJwt } from './helpers/keys';

describe('verified-token cache', () => {
  test('a token enters the cache on its second verification and is answered from it after', async () => {
    const { validator, events } = validatorFor();
    const t = token();
    await validator.validate(t);
    const second = await validator.validate(t);
    const third = await validator.validate(t);
    expect(third).toBe(second);
    expect(events.filter((e) => e.type === 'cache_hit')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'accepted')).toEqual([
      expect.objectContaining({ cached: false }),
      expect.objectContaining({ cached: false }),
      expect.objectContaining({ cached: true }),
    ]);
  });

  test('exp is re-checked on every hit: a cached token expires at exp (+ tolerance)', async () => {
    // GIVEN a token valid until NOW + 100, cached at NOW (verified twice)
    let nowMs = NOW * 1000;
    const { validator, events } = validatorFor([rsaKey()], { clock: () => nowMs });
    const t = token(appClaims({ exp: NOW + 100 }));
    await validator.validate(t);
    await validator.validate(t);
    // WHEN the clock reaches exp + tolerance - 1 THEN still a hit; at exp + tolerance THEN token_expired
    nowMs = (NOW + 100 + 59) * 1000;
    expect(await verdict(validator, t)).toBe('accepted');
    nowMs = (NOW + 100 + 60) * 1000;
    expect(await verdict(validator, t)).toBe('token_expired');
    expect(events.filter((e) => e.type === 'cache_hit')).toHaveLength(1);
  });

  test('cacheSize 0 disables the cache', async () => {
    const { validator, events } = validatorFor([rsaKey()], { cacheSize: 0 });
    const t = token();
    for (let i = 0; i < 3; i++) await validator.validate(t);
    expect(events.some((e) => e.type === 'cache_hit')).toBe(false);
  });

  test('the cache is bounded (least recently used entry evicted)', async () => {
    const { validator, events } = validatorFor([rsaKey()], { cacheSize: 2 });
    const [a, b, c] = ['a', 'b', 'c'].map((j) => token(appClaims({ jti: j })));
    // a and b enter; a is used again; c enters and evicts b, the least recently used
    for (const t of [a!, a!, b!, b!, a!, c!, c!]) await validator.validate(t);
    events.length = 0;
    await validator.validate(a!);
    await validator.validate(c!);
    await validator.validate(b!);
    expect(events.filter((e) => e.type === 'accepted').map((e) => (e as { cached: boolean }).cached)).toEqual([true, true, false]);
  });

  test('tokens presented once never enter: a flood of distinct tokens leaves a cached token in place', async () => {
    // GIVEN a cache of 2 holding a
    const { validator, events } = validatorFor([rsaKey()], { cacheSize: 2 });
    const a = token(appClaims({ jti: 'a' }));
    await validator.validate(a);
    await validator.validate(a);
    // WHEN 10 other tokens are presented once each
    for (let i = 0; i < 10; i++) await validator.validate(token(appClaims({ jti: `once-${i}` })));
    events.length = 0;
    // THEN a is still answered from the cache
    await validator.validate(a);
    expect(events).toContainEqual(expect.objectContaining({ type: 'cache_hit' }));
  });

  test('first sightings are remembered up to twice the capacity, then forgotten together', async () => {
    const hitsOnThirdUse = async (othersBetween: number): Promise<number> => {
      const { validator, events } = validatorFor([rsaKey()], { cacheSize: 2 });
      const t = token(appClaims({ jti: 't' }));
      await validator.validate(t);
      for (let i = 0; i < othersBetween; i++) await validator.validate(token(appClaims({ jti: `other-${i}` })));
      await validator.validate(t);
      events.length = 0;
      await validator.validate(t);
      return events.filter((e) => e.type === 'cache_hit').length;
    };
    // 3 others: 4 marks, t's second verification finds its mark and enters; 4 others: the marks were forgotten
    expect(await hitsOnThirdUse(3)).toBe(1);
    expect(await hitsOnThirdUse(4)).toBe(0);
  });

  test('a cached token is dropped when its key leaves the JWKS', async () => {
    let keys = [rsaKey(), rsaKey('rsa-2')];
    const events: Array<{ type: string }> = [];
    const v = new TokenValidator([profile()], {
      clock: () => NOW * 1000,
      jwksCooldownMs: 0,
      fetch: async () => jsonResponse({ keys: keys.map((k) => k.jwk) }),
      onEvent: (e) => events.push(e),
    });
    const t = token();
    await v.validate(t);
    await v.validate(t);
    expect(await verdict(v, t)).toBe('accepted');
    expect(events.filter((e) => e.type === 'cache_hit')).toHaveLength(1);
    keys = [rsaKey('rsa-2')];
    await v.warm();
    expect(await verdict(v, t)).toBe('key_not_found');
  });

  test('a cache lookup is exact: a different token string is validated on its own', async () => {
    const { validator, events } = validatorFor();
    const t = token();
    await validator.validate(t);
    await validator.validate(t);
    expect(await verdict(validator, `${t}x`)).toBe('malformed_token');
    expect(events.filter((e) => e.type === 'cache_hit')).toHaveLength(0);
  });
});

describe('revocation hook keyed on (iss, jti)', () => {
  test('rejects a revoked jti, on first sight and on cache hits', async () => {
    const revoked = new Set<string>();
    const seen: unknown[] = [];
    const { validator } = validatorFor([rsaKey()], {
      isRevoked: (ref) => {
        seen.push(ref);
        return revoked.has(`${ref.issuer} ${ref.jti}`);
      },
    });
    const t = token();
    expect(await verdict(validator, t)).toBe('accepted');
    expect(await verdict(validator, t)).toBe('accepted'); // enters the cache
    expect(seen[0]).toEqual({
      issuer: appClaims().iss,
      jti: 'jti-app-1',
      profile: 'orders',
      subject: appClaims().sub,
      exp: appClaims().exp,
    });
    revoked.add(`${appClaims().iss} jti-app-1`);
    expect(await verdict(validator, t)).toBe('token_revoked');
    expect(seen).toHaveLength(3);
  });

  test('a malleated ECDSA signature (r, n - s) is a different string but the same (iss, jti): still revoked', async () => {
    // GIVEN an ES256 token and its malleated twin, which also verifies
    const key = ecKey();
    const input = `${b64({ alg: 'ES256', kid: key.jwk.kid, typ: 'at+jwt' })}.${b64(appClaims({ jti: 'once' }))}`;
    const sig = sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
    const n = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
    const s = BigInt(`0x${sig.subarray(32).toString('hex')}`);
    const twin = Buffer.concat([sig.subarray(0, 32), Buffer.from((n - s).toString(16).padStart(64, '0'), 'hex')]);
    const original = `${input}.${sig.toString('base64url')}`;
    const malleated = `${input}.${twin.toString('base64url')}`;
    const used = new Set<string>();
    const { validator } = validatorFor([key], { isRevoked: (ref) => ref.jti !== undefined && used.has(ref.jti) });
    expect(malleated).not.toBe(original);
    expect(await verdict(validator, original)).toBe('accepted');
    used.add('once');
    // WHEN the twin is presented THEN the (iss, jti) key catches it
    expect(await verdict(validator, malleated)).toBe('token_revoked');
  });

  test('a throwing hook is dependency_unavailable (503)', async () => {
    const { validator } = validatorFor([rsaKey()], { isRevoked: () => Promise.reject(new Error('redis down')) });
    await expect(validator.validate(token())).rejects.toMatchObject({ code: 'dependency_unavailable', status: 503 });
  });
});

describe('resolveUser', () => {
  test('a known user gets the role from the directory', async () => {
    const { validator } = validatorFor([rsaKey()], { resolveUser: (u) => (u === 'Alice@Example.test' ? { role: 'Viewer' } : undefined) });
    expect(await validator.validate(token(userClaims()))).toMatchObject({ kind: 'user', username: 'Alice@Example.test', role: 'Viewer' });
  });

  test('fails when the user is unknown, compared exactly (no case folding)', async () => {
    const directory = new Map([['alice@example.test', { role: 'Viewer' }]]);
    const { validator } = validatorFor([rsaKey()], { resolveUser: (u) => directory.get(u) });
    expect(await verdict(validator, token(userClaims()))).toBe('unknown_user');
  });

  test('is asked again on cache hits (a removed user is rejected)', async () => {
    const directory = new Set(['Alice@Example.test']);
    const { validator } = validatorFor([rsaKey()], { resolveUser: (u) => directory.has(u) });
    const t = token(userClaims());
    expect(await verdict(validator, t)).toBe('accepted');
    expect(await verdict(validator, t)).toBe('accepted'); // enters the cache
    directory.clear();
    expect(await verdict(validator, t)).toBe('unknown_user');
  });

  test('is not asked for system users (machine flow)', async () => {
    const resolveUser = jest.fn(() => undefined);
    const { validator } = validatorFor([rsaKey()], { resolveUser });
    expect(await validator.validate(token())).toMatchObject({ kind: 'system', role: 'Server Admin' });
    expect(resolveUser).not.toHaveBeenCalled();
  });

  test('is never asked about a token whose signature fails', async () => {
    const resolveUser = jest.fn(() => ({ role: 'Viewer' }));
    const { validator } = validatorFor([rsaKey()], { resolveUser });
    expect(await verdict(validator, signJwt(userClaims(), rsaKey('attacker'), { kid: 'rsa-1' }))).toBe('invalid_signature');
    expect(resolveUser).not.toHaveBeenCalled();
  });

  test('a throwing directory is dependency_unavailable (503)', async () => {
    const { validator } = validatorFor([rsaKey()], {
      resolveUser: () => {
        throw new Error('ldap down');
      },
    });
    await expect(validator.validate(token(userClaims()))).rejects.toMatchObject({ code: 'dependency_unavailable', status: 503 });
  });
});

describe('events and output', () => {
  test('reports jwks_fetch, accepted and rejected (with code and profile), never token text', async () => {
    const { validator, events } = validatorFor();
    const good = token();
    const bad = token(appClaims({ aud: 'api://other' }));
    await validator.validate(good);
    await validator.validate(bad).catch(() => undefined);
    await validator.validate('garbage').catch(() => undefined);
    expect(events.map((e) => e.type)).toEqual(['jwks_fetch', 'accepted', 'rejected', 'rejected']);
    expect(events[2]).toEqual({ type: 'rejected', code: 'audience_mismatch', profile: 'orders' });
    expect(events[3]).toEqual({ type: 'rejected', code: 'malformed_token' });
    const text = JSON.stringify(events);
    for (const t of [good, bad]) for (const part of t.split('.')) expect(text).not.toContain(part);
    expect(text).not.toContain('rsa-1');
  });

  test('a throwing listener never breaks validation', async () => {
    const { validator } = validatorFor([rsaKey()], {
      onEvent: () => {
        throw new Error('metrics down');
      },
    });
    expect(await verdict(validator, token())).toBe('accepted');
    expect(await verdict(validator, 'x.y.z')).toBe('malformed_token');
  });

  test('writes nothing to the console', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation(() => undefined),
    );
    try {
      const { validator } = validatorFor([rsaKey()], { onEvent: undefined });
      await validator.validate(token());
      await validator.validate(token(appClaims({ exp: 1 }))).catch(() => undefined);
      await validator.validate(signJwt(appClaims(), rsaKey(), { kid: 'unknown' })).catch(() => undefined);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  test('error messages never contain token text, kid or header values', async () => {
    const { validator } = validatorFor();
    const hostile = [
      token(appClaims(), { kid: 'KID-SECRET-VALUE' }),
      token(appClaims(), { typ: 'TYP-SECRET-VALUE' }),
      token(appClaims(), { alg: 'ALG-SECRET-VALUE' }),
      token(appClaims({ iss: 'ISS-SECRET-VALUE' })),
      token(appClaims({ aud: 'AUD-SECRET-VALUE' })),
      token(appClaims({ client_id: 'CID-SECRET-VALUE' })),
      token(userClaims({ preferred_username: 7, sub: 'SUB-SECRET-VALUE' })),
    ];
    for (const t of hostile) {
      const err = (await validator.validate(t).catch((e: Error) => e)) as Error & { wwwAuthenticate: string };
      const text = `${err.message} ${err.wwwAuthenticate} ${JSON.stringify(err)}`;
      expect(text).not.toMatch(/SECRET-VALUE/);
      for (const part of t.split('.')) expect(text).not.toContain(part);
    }
  });
});
