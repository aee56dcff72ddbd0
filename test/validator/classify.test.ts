import { appClaims, AUDIENCE, CLIENT_ID, ISSUER, NOW, profile, token, userClaims, validatorFor, verdict } from './helpers/fixtures';
import {
  AUTH0_CLIENT,
  AUTH0_ISSUER,
  auth0App,
  auth0User,
  ENTRA_CLIENT,
  ENTRA_V1_ISSUER,
  ENTRA_V2_ISSUER,
  entraV1App,
  entraV1User,
  entraV2App,
  KEYCLOAK_CLIENT,
  KEYCLOAK_ISSUER,
  keycloakLegacyServiceAccount,
  keycloakServiceAccount,
  keycloakUser,
  OKTA_CLIENT,
  OKTA_ISSUER,
  oktaApp,
  oktaUser,
  PING_CLIENT,
  PING_ISSUER,
  pingApp,
  pingUser,
} from './helpers/idp-tokens';
import { rsaKey } from './helpers/keys';

describe('principal of a generic issuer', () => {
  const { validator } = validatorFor();

  test('an app token (sub = client id) yields the system user with the profile role', async () => {
    const p = await validator.validate(token(appClaims()));
    expect(p).toEqual({
      kind: 'system',
      profile: 'orders',
      username: CLIENT_ID,
      role: 'Server Admin',
      clientId: CLIENT_ID,
      issuer: ISSUER,
      subject: CLIENT_ID,
      scopes: ['orders:read'],
      claims: appClaims(),
    });
  });

  test('a user token yields the mapped user without a role (no resolveUser)', async () => {
    const p = await validator.validate(token(userClaims()));
    expect(p).toMatchObject({ kind: 'user', username: 'Alice@Example.test', subject: 'u-123', scopes: ['orders:read', 'orders:write'] });
    expect(p).not.toHaveProperty('role');
  });

  test('the principal is deeply frozen', async () => {
    const p = await validator.validate(token(userClaims({ groups: ['a'] })));
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.claims)).toBe(true);
    expect(Object.isFrozen(p.claims.groups)).toBe(true);
    expect(Object.isFrozen(p.scopes)).toBe(true);
  });

  test('scopes: every scope string gets its own list (split lists are shared between tokens only for the same text)', async () => {
    const { validator: v } = validatorFor([rsaKey()], { cacheSize: 0 });
    const scopesOf = async (scope: unknown): Promise<readonly string[]> => (await v.validate(token(appClaims({ scope })))).scopes;
    const first = await scopesOf('orders:read orders:write');
    expect(await scopesOf('orders:read orders:write')).toBe(first);
    expect(first).toEqual(['orders:read', 'orders:write']);
    expect(await scopesOf('orders:read  orders:write ')).toEqual(['orders:read', 'orders:write']);
    expect(await scopesOf('orders:write')).toEqual(['orders:write']);
    expect(await scopesOf('')).toEqual([]);
    expect(await scopesOf(['b', 'a'])).toEqual(['b', 'a']);
    // values over 1,024 characters are split each time, never kept
    const long = Array.from({ length: 200 }, (_, i) => `scope:${i}`).join(' ');
    const a = await scopesOf(long);
    expect(a).toHaveLength(200);
    expect(await scopesOf(long)).not.toBe(a);
    expect(await scopesOf(long)).toEqual(a);
    // more distinct values than the memo holds: each still splits to its own list
    for (let i = 0; i < 300; i++) expect(await scopesOf(`s:${i} t:${i}`)).toEqual([`s:${i}`, `t:${i}`]);
    expect(Object.isFrozen(first)).toBe(true);
  });

  test('a malformed scope claim is rejected before any signature is checked', async () => {
    const { validator: v } = validatorFor();
    const forged = `${token(appClaims({ scope: 42 }))
      .split('.')
      .slice(0, 2)
      .join('.')}.${'A'.repeat(342)}`;
    expect(await verdict(v, forged)).toBe('malformed_token');
    expect(await verdict(v, token(appClaims({ scp: ['a', 1] })))).toBe('malformed_token');
  });

  test('subject is empty when the token has no sub', async () => {
    const p = await validator.validate(token(userClaims({ sub: undefined })));
    expect(p.subject).toBe('');
  });
});

describe('flows', () => {
  test('fails when an app token meets a profile whose machine flow is disabled', async () => {
    const { validator } = validatorFor([rsaKey()], {}, [
      profile({ machineFlow: { enabled: false, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' } }),
    ]);
    expect(await verdict(validator, token(appClaims()))).toBe('flow_disabled');
    expect(await verdict(validator, token(userClaims()))).toBe('accepted');
  });

  test('fails when a user token meets a profile whose user flow is disabled', async () => {
    const { validator } = validatorFor([rsaKey()], {}, [profile({ userFlow: { enabled: false } })]);
    expect(await verdict(validator, token(userClaims()))).toBe('flow_disabled');
    expect(await verdict(validator, token(appClaims()))).toBe('accepted');
  });
});

describe('classification by issuer kind', () => {
  const TENANT = 'aaaaaaaa-2222-3333-4444-5555555555bb';
  const entra = profile({
    issuer: `https://sts.windows.net/${TENANT}/`,
    jwksUrl: 'https://login.microsoftonline.com/common/discovery/keys',
    issuerKind: 'entra',
    machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: 'Server Admin' },
    userFlow: { enabled: true, usernameClaim: 'unique_name' },
  });
  const entraBase = {
    iss: entra.issuer,
    aud: AUDIENCE,
    tid: TENANT,
    appid: CLIENT_ID,
    oid: 'object-1',
    sub: 'pairwise-sub',
    iat: NOW - 5,
    exp: NOW + 600,
  };
  const { validator: entraValidator } = validatorFor([rsaKey()], {}, [entra]);

  test('entra: a token without scp is an app token, even though it carries oid', async () => {
    const p = await entraValidator.validate(token({ ...entraBase, roles: ['Orders.ReadWrite'], idtyp: 'app' }));
    expect(p).toMatchObject({ kind: 'system', username: CLIENT_ID, role: 'Server Admin' });
  });

  test('entra: a token with scp is a user token, even though it carries appid', async () => {
    const p = await entraValidator.validate(token({ ...entraBase, scp: 'Orders.Read', unique_name: 'alice@contoso.test' }));
    expect(p).toMatchObject({ kind: 'user', username: 'alice@contoso.test', scopes: ['Orders.Read'] });
  });

  test('entra: fails when a user token lacks unique_name', async () => {
    expect(await verdict(entraValidator, token({ ...entraBase, scp: 'Orders.Read' }))).toBe('missing_claim');
  });

  test('okta: sub equal to the client id is an app token; a cid/uid user token is a user token', async () => {
    const okta = profile({
      issuerKind: 'okta',
      clientIdClaims: ['cid'],
      machineFlow: { enabled: true, systemUserClaim: 'cid', systemUserRole: 'Server Admin' },
      userFlow: { enabled: true, usernameClaim: 'sub' },
    });
    const { validator } = validatorFor([rsaKey()], {}, [okta]);
    const base = { iss: ISSUER, aud: AUDIENCE, cid: CLIENT_ID, iat: NOW, exp: NOW + 600, scp: ['orders.read'] };
    expect(await validator.validate(token({ ...base, sub: CLIENT_ID }))).toMatchObject({
      kind: 'system',
      username: CLIENT_ID,
      scopes: ['orders.read'],
    });
    expect(await validator.validate(token({ ...base, sub: 'alice@example.test', uid: '00u1' }))).toMatchObject({
      kind: 'user',
      username: 'alice@example.test',
    });
  });

  test('auth0: gty client-credentials is an app token even though sub is "<client>@clients"', async () => {
    const auth0 = profile({
      issuerKind: 'auth0',
      clientIdClaims: ['azp'],
      machineFlow: { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Server Admin' },
      userFlow: { enabled: true, usernameClaim: 'email' },
    });
    const { validator } = validatorFor([rsaKey()], {}, [auth0]);
    const base = { iss: ISSUER, aud: AUDIENCE, azp: CLIENT_ID, iat: NOW, exp: NOW + 600 };
    expect(await validator.validate(token({ ...base, sub: `${CLIENT_ID}@clients`, gty: 'client-credentials' }))).toMatchObject({
      kind: 'system',
    });
    expect(await validator.validate(token({ ...base, sub: 'auth0|123', email: 'a@example.test' }))).toMatchObject({
      kind: 'user',
      username: 'a@example.test',
    });
    // a user token with sub equal to the client id is still a user token for auth0
    expect(await verdict(validator, token({ ...base, sub: CLIENT_ID }))).toBe('missing_claim');
  });

  test.each([['pingfederate'], ['generic']] as const)(
    '%s without appTokenRule: sub equal to the client id is an app token, anything else a user token',
    async (kind) => {
      const { validator } = validatorFor([rsaKey()], {}, [profile({ issuerKind: kind })]);
      expect((await validator.validate(token(appClaims()))).kind).toBe('system');
      expect((await validator.validate(token(appClaims({ sub: 'someone', preferred_username: 'someone' })))).kind).toBe('user');
    },
  );
});

describe('realistic tokens per issuer kind', () => {
  const flows = {
    machineFlow: { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Server Admin' },
    userFlow: { enabled: true, usernameClaim: 'preferred_username' },
  };
  const keycloak = profile({
    issuer: KEYCLOAK_ISSUER,
    audiences: ['orders-api'],
    clientId: KEYCLOAK_CLIENT,
    issuerKind: 'keycloak',
    ...flows,
  });
  const { validator: kc } = validatorFor([rsaKey()], {}, [keycloak]);

  test('keycloak: a service-account token (client_id, user-UUID sub) is an app token', async () => {
    expect(await kc.validate(token(keycloakServiceAccount()))).toMatchObject({
      kind: 'system',
      username: KEYCLOAK_CLIENT,
      role: 'Server Admin',
    });
  });

  test('keycloak: a service-account token of a release before 20 (clientId) is an app token', async () => {
    expect((await kc.validate(token(keycloakLegacyServiceAccount()))).kind).toBe('system');
  });

  test('keycloak: preferred_username service-account-<client id in lower case> alone marks an app token', async () => {
    expect((await kc.validate(token(keycloakServiceAccount({ client_id: undefined })))).kind).toBe('system');
    // the exact-case client id is not what Keycloak writes: that token is a user token named like a service account
    const mixed = keycloakServiceAccount({ client_id: undefined, preferred_username: `service-account-${KEYCLOAK_CLIENT}` });
    expect(await kc.validate(token(mixed))).toMatchObject({ kind: 'user', username: `service-account-${KEYCLOAK_CLIENT}` });
  });

  test('keycloak: a user token of the same client is a user token', async () => {
    expect(await kc.validate(token(keycloakUser()))).toMatchObject({ kind: 'user', username: 'alice' });
  });

  test('keycloak: client_id of another client does not make a user token an app token', async () => {
    expect((await kc.validate(token(keycloakUser({ client_id: 'other-client' })))).kind).toBe('user');
  });

  test('keycloak: sub equal to the client id is not the app-token rule', async () => {
    expect((await kc.validate(token(keycloakUser({ sub: KEYCLOAK_CLIENT })))).kind).toBe('user');
  });

  test('keycloak: fails when user flow is disabled and a service account presents a token (no sign-in as "service-account-...")', async () => {
    const machineOnly = profile({ ...keycloak, userFlow: { enabled: false } });
    const { validator } = validatorFor([rsaKey()], {}, [machineOnly]);
    expect(await verdict(validator, token(keycloakServiceAccount()))).toBe('accepted');
    expect(await verdict(validator, token(keycloakUser()))).toBe('flow_disabled');
  });

  const entraV1 = profile({
    issuer: ENTRA_V1_ISSUER,
    clientId: ENTRA_CLIENT,
    jwksUrl: 'https://login.microsoftonline.com/common/discovery/keys',
    issuerKind: 'entra',
    machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: 'Server Admin' },
    userFlow: { enabled: true, usernameClaim: 'unique_name' },
  });
  const { validator: e1 } = validatorFor([rsaKey()], {}, [entraV1]);

  test('entra v1: app-only token without idtyp is an app token (no scp); the delegated token is a user token', async () => {
    expect((await e1.validate(token(entraV1App()))).kind).toBe('system');
    expect(await e1.validate(token(entraV1User()))).toMatchObject({ kind: 'user', username: 'alice@contoso.test' });
  });

  test('entra: idtyp wins over the scp fallback, on both sides', async () => {
    // idtyp user without scp: a user token (the fallback alone would call it an app token)
    expect((await e1.validate(token(entraV1User({ scp: undefined, idtyp: 'user' })))).kind).toBe('user');
    // idtyp app with scp: an app token (the fallback alone would call it a user token)
    expect((await e1.validate(token(entraV1App({ scp: 'Orders.Read', idtyp: 'app' })))).kind).toBe('system');
  });

  test('entra: an idtyp other than app is not an app token', async () => {
    expect(await verdict(e1, token(entraV1App({ idtyp: 'device' })))).toBe('missing_claim');
  });

  test('entra v2: app token with idtyp app', async () => {
    const v2 = profile({
      ...entraV1,
      issuer: ENTRA_V2_ISSUER,
      audiences: [ENTRA_CLIENT],
      machineFlow: { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Server Admin' },
    });
    const { validator } = validatorFor([rsaKey()], {}, [v2]);
    expect(await validator.validate(token(entraV2App()))).toMatchObject({ kind: 'system', username: ENTRA_CLIENT });
  });

  test('okta: client-credentials and user tokens', async () => {
    const okta = profile({
      issuer: OKTA_ISSUER,
      clientId: OKTA_CLIENT,
      issuerKind: 'okta',
      clientIdClaims: ['cid'],
      machineFlow: { enabled: true, systemUserClaim: 'cid', systemUserRole: 'Server Admin' },
      userFlow: { enabled: true, usernameClaim: 'sub' },
    });
    const { validator } = validatorFor([rsaKey()], {}, [okta]);
    expect((await validator.validate(token(oktaApp()))).kind).toBe('system');
    expect(await validator.validate(token(oktaUser()))).toMatchObject({ kind: 'user', username: 'alice@example.test' });
  });

  test('auth0: client-credentials and user tokens', async () => {
    const auth0 = profile({
      issuer: AUTH0_ISSUER,
      clientId: AUTH0_CLIENT,
      audiences: ['https://orders.example.test'],
      issuerKind: 'auth0',
      machineFlow: { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Server Admin' },
      userFlow: { enabled: true, usernameClaim: 'email' },
    });
    const { validator } = validatorFor([rsaKey()], {}, [auth0]);
    expect((await validator.validate(token(auth0App()))).kind).toBe('system');
    expect(await validator.validate(token(auth0User()))).toMatchObject({ kind: 'user', username: 'alice@example.test' });
  });

  const ping = profile({
    issuer: PING_ISSUER,
    clientId: PING_CLIENT,
    audiences: ['orders-api'],
    issuerKind: 'pingfederate',
    machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' },
    userFlow: { enabled: true, usernameClaim: 'Username' },
  });

  test('pingfederate: sub mapped from the client id marks an app token by default', async () => {
    const { validator } = validatorFor([rsaKey()], {}, [ping]);
    expect((await validator.validate(token(pingApp()))).kind).toBe('system');
    expect(await validator.validate(token(pingUser()))).toMatchObject({ kind: 'user', username: 'alice' });
  });

  test('pingfederate appTokenRule { claim, value }: only that claim value marks an app token', async () => {
    const ruled = profile({ ...ping, appTokenRule: { claim: 'grant', value: 'client_credentials' } });
    const { validator } = validatorFor([rsaKey()], {}, [ruled]);
    expect((await validator.validate(token(pingApp({ sub: 'orders-svc-account', grant: 'client_credentials' })))).kind).toBe('system');
    // sub equal to the client id no longer marks an app token once a rule is declared
    expect(await verdict(validator, token(pingApp({ grant: 'authorization_code' })))).toBe('missing_claim');
    expect((await validator.validate(token(pingUser({ grant: 'authorization_code' })))).kind).toBe('user');
  });

  test('generic appTokenRule { claim, valueIsClientId }: the claim equal to the client id marks an app token', async () => {
    const ruled = profile({ ...ping, issuerKind: 'generic', appTokenRule: { claim: 'client_sub', valueIsClientId: true } });
    const { validator } = validatorFor([rsaKey()], {}, [ruled]);
    expect((await validator.validate(token(pingApp({ sub: 'x', client_sub: PING_CLIENT })))).kind).toBe('system');
    expect((await validator.validate(token(pingUser({ client_sub: 'another-client' })))).kind).toBe('user');
  });

  test.each([['okta'], ['entra'], ['auth0'], ['keycloak']] as const)(
    'fails when a %s profile declares appTokenRule (its rule is fixed)',
    (kind) => {
      const issuer = kind === 'entra' ? ENTRA_V1_ISSUER : ISSUER;
      expect(() =>
        validatorFor([rsaKey()], {}, [profile({ issuerKind: kind, issuer, appTokenRule: { claim: 'grant', value: 'x' } })]),
      ).toThrow(`appTokenRule is only for issuerKind pingfederate or generic; issuerKind "${kind}" has a fixed app-token rule`);
    },
  );

  test.each([
    ['neither value nor valueIsClientId', { claim: 'grant' }],
    ['both value and valueIsClientId', { claim: 'grant', value: 'x', valueIsClientId: true }],
    ['an empty claim', { claim: '', value: 'x' }],
    ['valueIsClientId false', { claim: 'grant', valueIsClientId: false }],
  ])('fails when appTokenRule has %s', (_what, rule) => {
    expect(() => validatorFor([rsaKey()], {}, [profile({ appTokenRule: rule as never })])).toThrow(/appTokenRule/);
  });
});
