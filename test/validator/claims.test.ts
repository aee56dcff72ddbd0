import { appClaims, AUDIENCE, CLIENT_ID, ISSUER, NOW, profile, token, userClaims, validatorFor, verdict } from './helpers/fixtures';
import { rsaKey, signJwt, TestKey } from './helpers/keys';

const TOL = 60;
const MAX = 24 * 60 * 60;

describe('iss and client id select the profile', () => {
  const { validator } = validatorFor();

  test.each([
    ['another issuer', 'https://evil.example.test/oauth2/default'],
    ['the issuer with a trailing slash', `${ISSUER}/`],
    ['the issuer in upper case', ISSUER.toUpperCase()],
    ['a list', [ISSUER]],
  ])('fails when iss is %s', async (_what, iss) => {
    expect(await verdict(validator, token(appClaims({ iss })))).toBe('issuer_not_trusted');
  });

  test('fails when iss is missing', async () => {
    expect(await verdict(validator, token(appClaims({ iss: undefined })))).toBe('issuer_not_trusted');
  });

  test('fails when no client id claim is present', async () => {
    expect(await verdict(validator, token(appClaims({ client_id: undefined })))).toBe('unknown_client');
  });

  test('fails when the client id belongs to no profile', async () => {
    expect(await verdict(validator, token(appClaims({ client_id: 'other-client', sub: 'other-client' })))).toBe('unknown_client');
  });

  test('uses the first present client id claim: azp wins over client_id', async () => {
    // GIVEN azp names another client while client_id names ours
    // WHEN validated THEN the first claim of [azp, appid, client_id, cid] decides: unknown_client
    expect(await verdict(validator, token(appClaims({ azp: 'other-client' })))).toBe('unknown_client');
    expect(await verdict(validator, token(userClaims({ azp: CLIENT_ID, client_id: 'other' })))).toBe('accepted');
  });

  test('honours a profile-specific clientIdClaims list', async () => {
    const { validator: v } = validatorFor([rsaKey()], {}, [profile({ clientIdClaims: ['cid'] })]);
    expect(await verdict(v, token(userClaims({ client_id: undefined, cid: CLIENT_ID })))).toBe('accepted');
    expect(await verdict(v, token(userClaims()))).toBe('unknown_client');
  });

  test('selects among several clients of one issuer by client id', async () => {
    const { validator: v } = validatorFor([rsaKey()], {}, [
      profile(),
      profile({
        name: 'reports',
        clientId: 'reports-client',
        machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Viewer' },
      }),
    ]);
    const p = await v.validate(token(appClaims({ client_id: 'reports-client', sub: 'reports-client' })));
    expect(p).toMatchObject({ profile: 'reports', role: 'Viewer', username: 'reports-client' });
  });
});

describe('aud', () => {
  const { validator } = validatorFor([rsaKey()], {}, [profile({ audiences: [AUDIENCE, 'api://orders-v2'] })]);

  test.each([
    ['the audience', AUDIENCE],
    ['the second audience of the profile', 'api://orders-v2'],
    ['a list containing an audience', ['api://other', AUDIENCE]],
  ])('accepts aud as %s', async (_what, aud) => {
    expect(await verdict(validator, token(appClaims({ aud })))).toBe('accepted');
  });

  test.each([
    ['another audience', 'api://other'],
    ['the audience with a trailing slash', `${AUDIENCE}/`],
    ['a prefix of the audience', 'api://order'],
    ['an empty list', []],
    ['missing', undefined],
  ])('fails when aud is %s', async (_what, aud) => {
    expect(await verdict(validator, token(appClaims({ aud })))).toBe('audience_mismatch');
  });

  test.each([
    ['a number', 1],
    ['a list with a non-string', [AUDIENCE, 1]],
  ])('fails when aud is %s', async (_what, aud) => {
    expect(await verdict(validator, token(appClaims({ aud })))).toBe('malformed_token');
  });
});

describe('time claims (frozen clock, tolerance 60 s)', () => {
  const { validator } = validatorFor();

  test('accepts exp one second inside the tolerance and fails at the tolerance edge', async () => {
    // GIVEN now = NOW and tolerance 60: expired when exp <= now - 60
    expect(await verdict(validator, token(appClaims({ exp: NOW - TOL + 1, iat: NOW - 600 })))).toBe('accepted');
    expect(await verdict(validator, token(appClaims({ exp: NOW - TOL, iat: NOW - 600 })))).toBe('token_expired');
  });

  test('fails when exp is missing', async () => {
    expect(await verdict(validator, token(appClaims({ exp: undefined })))).toBe('missing_claim');
  });

  test.each([
    ['a string', String(NOW + 600)],
    ['null', null],
  ])('fails when exp is %s', async (_what, exp) => {
    expect(await verdict(validator, token(appClaims({ exp })))).toBe('malformed_token');
  });

  test('accepts nbf at the tolerance edge and fails one second past it', async () => {
    expect(await verdict(validator, token(appClaims({ nbf: NOW + TOL })))).toBe('accepted');
    expect(await verdict(validator, token(appClaims({ nbf: NOW + TOL + 1 })))).toBe('token_not_yet_valid');
  });

  test('accepts iat at the tolerance edge and fails one second in the future beyond it', async () => {
    expect(await verdict(validator, token(appClaims({ iat: NOW + TOL })))).toBe('accepted');
    expect(await verdict(validator, token(appClaims({ iat: NOW + TOL + 1 })))).toBe('token_not_yet_valid');
  });

  test.each([['nbf'], ['iat']])('fails when %s is not a number', async (claim) => {
    expect(await verdict(validator, token(appClaims({ [claim]: 'soon' })))).toBe('malformed_token');
  });

  test('honours a profile clock tolerance of 0', async () => {
    const { validator: strict } = validatorFor([rsaKey()], {}, [profile({ clockToleranceSeconds: 0 })]);
    expect(await verdict(strict, token(appClaims({ exp: NOW + 1 })))).toBe('accepted');
    expect(await verdict(strict, token(appClaims({ exp: NOW })))).toBe('token_expired');
    expect(await verdict(strict, token(appClaims({ nbf: NOW + 1 })))).toBe('token_not_yet_valid');
  });
});

describe('maximum token lifetime (default 24 h)', () => {
  const { validator } = validatorFor();

  test('accepts exp - iat of exactly 24 h and fails at one second more', async () => {
    expect(await verdict(validator, token(appClaims({ iat: NOW - 10, exp: NOW - 10 + MAX })))).toBe('accepted');
    expect(await verdict(validator, token(appClaims({ iat: NOW - 10, exp: NOW - 10 + MAX + 1 })))).toBe('token_lifetime_exceeded');
  });

  test('with requireIssuedAt false and no iat, bounds exp - now (plus tolerance) by the maximum', async () => {
    const { validator: noIat } = validatorFor([rsaKey()], {}, [profile({ requireIssuedAt: false })]);
    expect(await verdict(noIat, token(appClaims({ iat: undefined, exp: NOW + TOL + MAX })))).toBe('accepted');
    expect(await verdict(noIat, token(appClaims({ iat: undefined, exp: NOW + TOL + MAX + 1 })))).toBe('token_lifetime_exceeded');
  });

  test('honours maxTokenLifetimeSeconds', async () => {
    const { validator: short } = validatorFor([rsaKey()], { maxTokenLifetimeSeconds: 3600 });
    expect(await verdict(short, token(appClaims({ iat: NOW, exp: NOW + 3600 })))).toBe('accepted');
    expect(await verdict(short, token(appClaims({ iat: NOW, exp: NOW + 3601 })))).toBe('token_lifetime_exceeded');
  });
});

describe('iat is required (RFC 9068 section 2.2)', () => {
  test('fails when iat is missing, and accepts the same token with iat', async () => {
    const { validator } = validatorFor();
    expect(await verdict(validator, token(appClaims({ iat: undefined })))).toBe('missing_claim');
    expect(await verdict(validator, token(appClaims({ iat: NOW - 10 })))).toBe('accepted');
  });

  test('the error names the claim', async () => {
    const { validator } = validatorFor();
    await expect(validator.validate(token(appClaims({ iat: undefined })))).rejects.toThrow('Token has no "iat" claim');
  });

  test('requireIssuedAt false accepts a token without iat; requireIssuedAt true behaves as the default', async () => {
    const { validator: optOut } = validatorFor([rsaKey()], {}, [profile({ requireIssuedAt: false })]);
    const { validator: explicit } = validatorFor([rsaKey()], {}, [profile({ requireIssuedAt: true })]);
    expect(await verdict(optOut, token(appClaims({ iat: undefined })))).toBe('accepted');
    expect(await verdict(explicit, token(appClaims({ iat: undefined })))).toBe('missing_claim');
  });

  test('requireIssuedAt false still refuses an iat in the future or of the wrong type', async () => {
    const { validator } = validatorFor([rsaKey()], {}, [profile({ requireIssuedAt: false })]);
    expect(await verdict(validator, token(appClaims({ iat: NOW + TOL + 1 })))).toBe('token_not_yet_valid');
    expect(await verdict(validator, token(appClaims({ iat: 'now' })))).toBe('malformed_token');
  });
});

describe('tokenProfile rfc9068', () => {
  const rfc = profile({ tokenProfile: 'rfc9068' });
  const { validator } = validatorFor([rsaKey()], {}, [rfc]);
  /** Signs `claims` with header `typ` (`undefined`: no typ). */
  const sign = (claims: Record<string, unknown>, typ: string | undefined): string => signJwt(claims, rsaKey(), { typ });

  test.each([['at+jwt'], ['application/at+jwt'], ['AT+JWT'], ['Application/AT+JWT']])(
    'accepts typ %s with sub, client_id, iat and jti',
    async (typ) => {
      expect(await verdict(validator, sign(appClaims(), typ))).toBe('accepted');
    },
  );

  test.each([['JWT'], ['jwt'], ['application/jwt'], [undefined]])('fails when typ is %s', async (typ) => {
    expect(await verdict(validator, sign(appClaims(), typ))).toBe('unsupported_token');
    // the same token passes a profile without the RFC 9068 requirement
    const { validator: plain } = validatorFor();
    expect(await verdict(plain, sign(appClaims(), typ))).toBe('accepted');
  });

  test.each([['sub'], ['client_id'], ['iat'], ['jti']])('fails when %s is missing', async (claim) => {
    const without = sign(appClaims({ [claim]: undefined, ...(claim === 'client_id' ? { azp: CLIENT_ID } : {}) }), 'at+jwt');
    await expect(validator.validate(without)).rejects.toMatchObject({
      code: 'missing_claim',
      message: expect.stringContaining(`no "${claim}" claim`),
    });
    expect(await verdict(validator, sign(appClaims({ ...(claim === 'client_id' ? { azp: CLIENT_ID } : {}) }), 'at+jwt'))).toBe('accepted');
  });

  test('fails when jti is empty', async () => {
    expect(await verdict(validator, sign(appClaims({ jti: '' }), 'at+jwt'))).toBe('missing_claim');
  });

  test('refuses requireIssuedAt false beside tokenProfile rfc9068 when the validator is created', () => {
    expect(() => validatorFor([rsaKey()], {}, [profile({ tokenProfile: 'rfc9068', requireIssuedAt: false })])).toThrow(
      /requireIssuedAt false contradicts tokenProfile "rfc9068"/,
    );
  });

  test('refuses an unknown tokenProfile when the validator is created', () => {
    expect(() => validatorFor([rsaKey()], {}, [profile({ tokenProfile: 'rfc7519' as never })])).toThrow(/tokenProfile/);
  });
});

describe('other claim types', () => {
  const { validator } = validatorFor();

  test.each([
    ['sub', 42],
    ['jti', 42],
    ['scope', 42],
    ['scp', ['a', 1]],
  ])('fails when %s has the wrong type', async (claim, value) => {
    expect(await verdict(validator, token(userClaims({ [claim]: value })))).toBe('malformed_token');
  });
});

describe('Entra tenant', () => {
  const TENANT = 'aaaaaaaa-2222-3333-4444-5555555555bb';
  const entra = profile({
    issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    jwksUrl: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
    issuerKind: 'entra',
    machineFlow: { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Server Admin' },
  });
  const claims = (o: Record<string, unknown> = {}): Record<string, unknown> =>
    appClaims({ iss: entra.issuer, azp: CLIENT_ID, client_id: undefined, sub: 'object-id', tid: TENANT, roles: ['Orders.Read'], ...o });
  const { validator } = validatorFor([rsaKey()], {}, [entra]);

  test('accepts a token whose tid is the issuer tenant', async () => {
    expect(await verdict(validator, token(claims()))).toBe('accepted');
  });

  test('fails when tid is another tenant (Entra keys are shared by all tenants)', async () => {
    expect(await verdict(validator, token(claims({ tid: '99999999-2222-3333-4444-555555555555' })))).toBe('tenant_mismatch');
  });

  test('fails when tid differs only in case (compared exactly)', async () => {
    expect(await verdict(validator, token(claims({ tid: TENANT.toUpperCase() })))).toBe('tenant_mismatch');
  });

  test('fails when tid is missing', async () => {
    expect(await verdict(validator, token(claims({ tid: undefined })))).toBe('missing_claim');
  });

  test('fails when iss is the common endpoint issuer', async () => {
    expect(await verdict(validator, token(claims({ iss: 'https://login.microsoftonline.com/common/v2.0' })))).toBe('issuer_not_trusted');
  });
});

describe('Entra signing keys scoped to an issuer (JWK "issuer" member)', () => {
  const TENANT = 'aaaaaaaa-2222-3333-4444-5555555555bb';
  const OTHER = 'bbbbbbbb-2222-3333-4444-5555555555cc';
  const CONSUMERS = '9188040d-6c67-4c5b-b112-36a304b66dad';
  const scoped = (kid: string, issuer: string | undefined): TestKey => ({
    ...rsaKey(kid),
    jwk: { ...rsaKey(kid).jwk, ...(issuer !== undefined ? { issuer } : {}) },
  });
  // one JWKS mixing a multi-tenant template key, a consumer-tenant (MSA) key, another tenant's key and an unscoped key
  const keys = [
    scoped('common', 'https://login.microsoftonline.com/{tenantid}/v2.0'),
    scoped('consumers', `https://login.microsoftonline.com/${CONSUMERS}/v2.0`),
    scoped('other-tenant', `https://login.microsoftonline.com/${OTHER}/v2.0`),
    scoped('unscoped', undefined),
    scoped('v1-template', 'https://sts.windows.net/{tenantid}/'),
  ];
  const jwksUrl = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';
  const machineFlow = { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Server Admin' };
  const v2 = profile({ issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`, jwksUrl, issuerKind: 'entra', machineFlow });
  const v1 = profile({ issuer: `https://sts.windows.net/${TENANT}/`, jwksUrl, issuerKind: 'entra', machineFlow });
  const claimsOf = (p: typeof v2): Record<string, unknown> =>
    appClaims({ iss: p.issuer, azp: CLIENT_ID, client_id: undefined, sub: 'object-id', tid: TENANT, idtyp: 'app' });
  const signed = (p: typeof v2, kid: string): string =>
    signJwt(
      claimsOf(p),
      keys.find((k) => k.jwk.kid === kid)!,
    );

  test.each([
    ['the {tenantid} template key', 'common', 'accepted'],
    ['an unscoped key', 'unscoped', 'accepted'],
    ['the consumer-tenant (MSA) key', 'consumers', 'key_issuer_mismatch'],
    ["another tenant's key", 'other-tenant', 'key_issuer_mismatch'],
    ['a v1 template key', 'v1-template', 'key_issuer_mismatch'],
  ])('v2 token of the tenant signed with %s: %s', async (_what, kid, expected) => {
    const { validator } = validatorFor(keys, {}, [v2]);
    expect(await verdict(validator, signed(v2, kid))).toBe(expected);
  });

  test.each([
    ['the v2.0 {tenantid} template key (the v2.0 issuer of the same tenant)', 'common', 'accepted'],
    ['a v1 template key', 'v1-template', 'accepted'],
    ['an unscoped key', 'unscoped', 'accepted'],
    ['the consumer-tenant (MSA) key', 'consumers', 'key_issuer_mismatch'],
    ["another tenant's key", 'other-tenant', 'key_issuer_mismatch'],
  ])('v1 token of the tenant signed with %s: %s', async (_what, kid, expected) => {
    const { validator } = validatorFor(keys, {}, [v1]);
    expect(await verdict(validator, signed(v1, kid))).toBe(expected);
  });

  test('a key scoped to the exact tenant issuer verifies; the same key scoped one character off does not', async () => {
    const exact = [scoped('k', `https://login.microsoftonline.com/${TENANT}/v2.0`)];
    expect(await verdict(validatorFor(exact, {}, [v2]).validator, signJwt(claimsOf(v2), exact[0]!))).toBe('accepted');
    const off = [scoped('k', `https://login.microsoftonline.com/${TENANT}/v2.0/`)];
    expect(await verdict(validatorFor(off, {}, [v2]).validator, signJwt(claimsOf(v2), off[0]!))).toBe('key_issuer_mismatch');
  });

  test('keys of a non-Entra profile are not scoped by an issuer member', async () => {
    const { validator } = validatorFor([scoped('rsa-1', 'https://elsewhere.example.test')]);
    expect(await verdict(validator, token(appClaims()))).toBe('accepted');
  });
});

describe('mapping claim', () => {
  const { validator } = validatorFor();

  test('maps the username exactly as sent: no case folding, trimming or normalisation', async () => {
    const p = await validator.validate(token(userClaims({ preferred_username: ' Alice@Example.test ' })));
    expect(p.username).toBe(' Alice@Example.test ');
    const nfd = 'Zoe\u0301@example.test';
    expect((await validator.validate(token(userClaims({ preferred_username: nfd })))).username).toBe(nfd);
  });

  test.each([
    ['missing', undefined],
    ['empty', ''],
    ['a number', 7],
    ['a list', ['alice']],
  ])('fails when the user mapping claim is %s', async (_what, value) => {
    expect(await verdict(validator, token(userClaims({ preferred_username: value })))).toBe('missing_claim');
  });

  test('fails when the machine mapping claim is missing', async () => {
    const { validator: v } = validatorFor([rsaKey()], {}, [
      profile({ machineFlow: { enabled: true, systemUserClaim: 'app_displayname', systemUserRole: 'Server Admin' } }),
    ]);
    expect(await verdict(v, token(appClaims()))).toBe('missing_claim');
    expect(await verdict(v, token(appClaims({ app_displayname: 'svc-orders' })))).toBe('accepted');
  });
});
