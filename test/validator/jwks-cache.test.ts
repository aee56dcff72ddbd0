import { TokenValidationError, TokenValidator, ValidatorEvent } from '../../lib/validator';
import { appClaims, jsonResponse, NOW, profile, token, verdict } from './helpers/fixtures';
import { rsaKey, signJwt, TestKey } from './helpers/keys';

/** A controllable JWKS source and clock. */
function harness(initial: TestKey[], options: { cooldownMs?: number; refreshMs?: number; staleLimitMs?: number } = {}) {
  let keys = initial;
  let down = false;
  let gate: Promise<void> | undefined;
  let nowMs = NOW * 1000;
  const events: ValidatorEvent[] = [];
  const state = { calls: 0 };
  const fetch = async (): Promise<Response> => {
    state.calls++;
    // the IdP answers with the keys it published when the request reached it
    const published = keys;
    if (gate) await gate;
    if (down) throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    return jsonResponse({ keys: published.map((k) => k.jwk) });
  };
  const validator = new TokenValidator([profile()], {
    clock: () => nowMs,
    fetch,
    onEvent: (e) => events.push(e),
    jwksCooldownMs: options.cooldownMs ?? 2000,
    jwksRefreshMs: options.refreshMs ?? 600_000,
    jwksStaleLimitMs: options.staleLimitMs ?? 3_600_000,
    cacheSize: 0,
  });
  return {
    validator,
    events,
    state,
    setKeys: (k: TestKey[]) => (keys = k),
    setDown: (d: boolean) => (down = d),
    hold: () => {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = undefined;
        release();
      };
    },
    advance: (ms: number) => (nowMs += ms),
  };
}

/** An app token whose exp follows the harness clock. */
const fresh = (key: TestKey = rsaKey(), at = NOW, extra: Record<string, unknown> = {}): string =>
  signJwt(appClaims({ iat: at, exp: at + 600, ...extra }), key);

describe('JWKS cache', () => {
  test('1,000 concurrent cold validations cause exactly one fetch', async () => {
    // GIVEN a cold validator and a JWKS endpoint that answers only when released
    const h = harness([rsaKey()]);
    const release = h.hold();
    const tokens = Array.from({ length: 1000 }, (_, i) => fresh(rsaKey(), NOW, { jti: `j${i}` }));
    // WHEN 1,000 validations start at once
    const all = Promise.all(tokens.map((t) => h.validator.validate(t)));
    release();
    // THEN all are accepted after a single download
    expect((await all).length).toBe(1000);
    expect(h.state.calls).toBe(1);
  });

  test('a storm of 200 distinct unknown kids causes at most 2 fetches', async () => {
    // GIVEN warm keys and a cooldown already elapsed
    const h = harness([rsaKey()]);
    await h.validator.warm();
    h.advance(5000);
    // WHEN 200 tokens with distinct unknown kids arrive at once, then 200 more
    const storm = (n: number): Promise<string[]> =>
      Promise.all(Array.from({ length: n }, (_, i) => verdict(h.validator, signJwt(appClaims(), rsaKey(), { kid: `unknown-${i}` }))));
    const first = await storm(200);
    const second = await storm(200);
    // THEN every one is rejected, with at most 2 downloads in total
    expect(new Set([...first, ...second])).toEqual(new Set(['key_not_found']));
    expect(h.state.calls).toBeLessThanOrEqual(2);
  });

  test('a rotated key is fetched on its first unknown kid once the cooldown has passed', async () => {
    // GIVEN keys fetched at t0, then the IdP publishes a new key
    const h = harness([rsaKey()]);
    await h.validator.warm();
    h.setKeys([rsaKey('rsa-2'), rsaKey()]);
    const rotated = fresh(rsaKey('rsa-2'));
    // WHEN a token signed by the new key arrives within the cooldown THEN it is rejected without a fetch
    expect(await verdict(h.validator, rotated)).toBe('key_not_found');
    expect(h.state.calls).toBe(1);
    // WHEN it arrives again after the cooldown THEN one refetch, and it is accepted
    h.advance(2000);
    expect(await verdict(h.validator, rotated)).toBe('accepted');
    expect(h.state.calls).toBe(2);
    // AND tokens of the old, still published key stay valid
    expect(await verdict(h.validator, fresh(rsaKey(), NOW + 2))).toBe('accepted');
  });

  test('keys keep serving while the IdP is down, up to the stale limit, then 503 with Retry-After', async () => {
    // GIVEN keys fetched at t0 with refresh every 10 min and a stale limit of 1 h
    const h = harness([rsaKey()]);
    await h.validator.warm();
    h.setDown(true);
    // WHEN the IdP is down for 59 min THEN tokens still validate (background refreshes fail)
    h.advance(59 * 60_000);
    expect(await verdict(h.validator, fresh(rsaKey(), NOW + 59 * 60))).toBe('accepted');
    await new Promise((r) => setImmediate(r));
    expect(h.events).toContainEqual(expect.objectContaining({ type: 'jwks_fetch', ok: false, reason: 'network' }));
    // WHEN the last success is more than 1 h old THEN 503 jwks_unavailable with Retry-After
    h.advance(60_001 + 2000);
    const err = await h.validator.validate(fresh(rsaKey(), NOW + 61 * 60)).catch((e: TokenValidationError) => e);
    expect(err).toBeInstanceOf(TokenValidationError);
    expect(err).toMatchObject({ code: 'jwks_unavailable', status: 503 });
    expect((err as TokenValidationError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  test('a failed cold fetch is not retried within the cooldown (Retry-After counts it down)', async () => {
    const h = harness([rsaKey()]);
    h.setDown(true);
    const first = await h.validator.validate(fresh()).catch((e: TokenValidationError) => e);
    const second = await h.validator.validate(fresh()).catch((e: TokenValidationError) => e);
    expect([(first as TokenValidationError).code, (second as TokenValidationError).code]).toEqual(['jwks_unavailable', 'jwks_unavailable']);
    expect((second as TokenValidationError).retryAfterSeconds).toBe(2);
    expect(h.state.calls).toBe(1);
    // WHEN the IdP is back and the cooldown has passed THEN accepted
    h.setDown(false);
    h.advance(2000);
    expect(await verdict(h.validator, fresh(rsaKey(), NOW + 2))).toBe('accepted');
  });

  test('keys older than the refresh interval are refreshed in the background, without blocking', async () => {
    const h = harness([rsaKey()], { refreshMs: 60_000 });
    await h.validator.warm();
    h.advance(59_999);
    await h.validator.validate(fresh(rsaKey(), NOW + 59));
    expect(h.state.calls).toBe(1);
    h.advance(1);
    const release = h.hold();
    // the request is answered from the current keys while the refresh is held
    expect(await verdict(h.validator, fresh(rsaKey(), NOW + 60))).toBe('accepted');
    expect(h.state.calls).toBe(2);
    release();
  });

  test('a refresh that drops a key stops accepting it', async () => {
    const h = harness([rsaKey(), rsaKey('rsa-2')], { cooldownMs: 0 });
    await h.validator.warm();
    h.setKeys([rsaKey('rsa-2')]);
    await h.validator.warm();
    expect(await verdict(h.validator, fresh(rsaKey()))).toBe('key_not_found');
  });

  test('warm() rejects with jwks_unavailable naming the URL when a download fails', async () => {
    const h = harness([rsaKey()]);
    h.setDown(true);
    await expect(h.validator.warm()).rejects.toMatchObject({
      code: 'jwks_unavailable',
      message: expect.stringContaining(profile().jwksUrl),
    });
  });

  test('one JWKS URL shared by two profiles is fetched once', async () => {
    let calls = 0;
    const v = new TokenValidator([profile(), profile({ name: 'reports', clientId: 'reports-client' })], {
      clock: () => NOW * 1000,
      fetch: async () => {
        calls++;
        return jsonResponse({ keys: [rsaKey().jwk] });
      },
    });
    await v.validate(token());
    await v.validate(token(appClaims({ client_id: 'reports-client', sub: 'reports-client' })));
    expect(calls).toBe(1);
    expect(v.jwksFetchCount).toBe(1);
  });

  test('tokens of a rotated key that arrive while its refetch is in flight wait for it and are accepted', async () => {
    // GIVEN warm keys, the cooldown passed, and the IdP rotating to a new key
    const h = harness([rsaKey()]);
    await h.validator.warm();
    h.advance(5000);
    h.setKeys([rsaKey('rsa-2'), rsaKey()]);
    const release = h.hold();
    // WHEN the first token of the new key starts a refetch and 50 more arrive before it answers
    const first = verdict(h.validator, fresh(rsaKey('rsa-2'), NOW + 5));
    const during = Array.from({ length: 50 }, (_, i) => verdict(h.validator, fresh(rsaKey('rsa-2'), NOW + 5, { jti: `r${i}` })));
    release();
    // THEN every one is judged on the refetch: accepted, with one download
    expect(new Set(await Promise.all([first, ...during]))).toEqual(new Set(['accepted']));
    expect(h.state.calls).toBe(2);
  });

  /**
   * A download in flight that the IdP answered before publishing a new key, and a token of the
   * new key arriving meanwhile: resolves the token's verdict and the download count.
   */
  async function arrivesDuringOlderDownload(cooldownMs: number): Promise<{ verdict: string; calls: number }> {
    const h = harness([rsaKey()], { cooldownMs });
    await h.validator.warm();
    h.advance(cooldownMs);
    const release = h.hold();
    const before = h.validator.warm();
    h.setKeys([rsaKey('rsa-2'), rsaKey()]);
    const judged = verdict(h.validator, fresh(rsaKey('rsa-2')));
    release();
    await before;
    return { verdict: await judged, calls: h.state.calls };
  }

  test('a token whose kid is missing from a download that started before it arrived waits for the next download the cooldown allows', async () => {
    // no cooldown: a fresh download finds the key
    expect(await arrivesDuringOlderDownload(0)).toEqual({ verdict: 'accepted', calls: 3 });
  });

  test('fails with key_not_found when the cooldown keeps any download from starting after the one in flight', async () => {
    // a 2 s cooldown: the token is judged on the in-flight download alone
    expect(await arrivesDuringOlderDownload(2000)).toEqual({ verdict: 'key_not_found', calls: 2 });
  });

  test('fails with key_not_found when a download that started after the token arrived lacks the kid', async () => {
    const h = harness([rsaKey()], { cooldownMs: 0 });
    await h.validator.warm();
    expect(await verdict(h.validator, fresh(rsaKey('never-published')))).toBe('key_not_found');
    // one download for the token, not two
    expect(h.state.calls).toBe(2);
  });
});
