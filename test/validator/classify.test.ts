import { rsaKey } from './helpers/keys';
import { appClaims, AUDIENCE, CLIENT_ID, ISSUER, NOW, profile, token, userClaims, validatorFor, verdict } from './helpers/fixtures';

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

  test('subject is empty when the token has no sub', async () => {
    const p = await validator.validate(token(userClaims({ sub: undefined })));
    expect(p.subject).toBe('');
  });
});

describe('flows', () => {
  test('fails when an app token meets a profile whose machine flow is disabled', async () => {
    const { validator } = validatorFor([rsaKey()], {}, [profile({ machineFlow: { enabled: false, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' } })]);
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
  const entraBase = { iss: entra.issuer, aud: AUDIENCE, tid: TENANT, appid: CLIENT_ID, oid: 'object-1', sub: 'pairwise-sub', iat: NOW - 5, exp: NOW + 600 };
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
    const okta = profile({ issuerKind: 'okta', clientIdClaims: ['cid'], machineFlow: { enabled: true, systemUserClaim: 'cid', systemUserRole: 'Server Admin' }, userFlow: { enabled: true, usernameClaim: 'sub' } });
    const { validator } = validatorFor([rsaKey()], {}, [okta]);
    const base = { iss: ISSUER, aud: AUDIENCE, cid: CLIENT_ID, iat: NOW, exp: NOW + 600, scp: ['orders.read'] };
    expect(await validator.validate(token({ ...base, sub: CLIENT_ID }))).toMatchObject({ kind: 'system', username: CLIENT_ID, scopes: ['orders.read'] });
    expect(await validator.validate(token({ ...base, sub: 'alice@example.test', uid: '00u1' }))).toMatchObject({ kind: 'user', username: 'alice@example.test' });
  });

  test('auth0: gty client-credentials is an app token even though sub is "<client>@clients"', async () => {
    const auth0 = profile({ issuerKind: 'auth0', clientIdClaims: ['azp'], machineFlow: { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Server Admin' }, userFlow: { enabled: true, usernameClaim: 'email' } });
    const { validator } = validatorFor([rsaKey()], {}, [auth0]);
    const base = { iss: ISSUER, aud: AUDIENCE, azp: CLIENT_ID, iat: NOW, exp: NOW + 600 };
    expect(await validator.validate(token({ ...base, sub: `${CLIENT_ID}@clients`, gty: 'client-credentials' }))).toMatchObject({ kind: 'system' });
    expect(await validator.validate(token({ ...base, sub: 'auth0|123', email: 'a@example.test' }))).toMatchObject({ kind: 'user', username: 'a@example.test' });
    // a user token with sub equal to the client id is still a user token for auth0
    expect(await verdict(validator, token({ ...base, sub: CLIENT_ID }))).toBe('missing_claim');
  });

  test.each([['keycloak'], ['pingfederate'], ['generic']] as const)('%s: sub equal to the client id is an app token, anything else a user token', async (kind) => {
    const { validator } = validatorFor([rsaKey()], {}, [profile({ issuerKind: kind })]);
    expect((await validator.validate(token(appClaims()))).kind).toBe('system');
    expect((await validator.validate(token(appClaims({ sub: 'someone', preferred_username: 'someone' })))).kind).toBe('user');
  });
});
