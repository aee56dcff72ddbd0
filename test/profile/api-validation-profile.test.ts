import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer, ExternalIssuerProps } from '../../lib/external/external-issuer';
import { TerraformStack, TerraformVariable, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems, profileProblems } from '../../lib/manifest/schema-validation';
import { ApiValidationProfile, ApiValidationProfileProps } from '../../lib/profile/api-validation-profile';
import { configErrorOf } from '../support/config-error';

function setup(): { stack: TerraformStack; client: ExternalClient } {
  const stack = new TerraformStack(Testing.app(), 'api');
  const issuer = new ExternalIssuer(stack, 'Idp', {
    kind: 'keycloak',
    issuerUrl: 'https://kc.example.com/realms/r',
    audiences: ['orders-api'],
  });
  const client = new ExternalClient(stack, 'Client', { issuer, clientId: 'orders-client', grantTypes: ['client_credentials'] });
  return { stack, client };
}

const machine = { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Reader' };

function profile(overrides: Partial<ApiValidationProfileProps> = {}) {
  const { stack, client } = setup();
  return new ApiValidationProfile(stack, 'Profile', { name: 'orders', client, machineFlow: machine, ...overrides });
}

describe('ApiValidationProfile', () => {
  test('takes issuer, client id, JWKS URL and audiences from the wired objects', () => {
    const p = profile();
    const record = p.toTrustRecord();
    expect(record.profile).toEqual({
      name: 'orders',
      clientId: 'orders-client',
      issuer: 'https://kc.example.com/realms/r',
      audiences: ['orders-api'],
      jwksUrl: 'https://kc.example.com/realms/r/protocol/openid-connect/certs',
      machineFlow: machine,
      userFlow: { enabled: false },
      issuerKind: 'keycloak',
    });
  });

  test('audiences and client-id claims known only after apply are written as one expression that the manifest schema accepts', () => {
    // GIVEN audiences and client-id claims from Terraform list variables (list tokens)
    const { stack, client } = setup();
    const audiences = new TerraformVariable(stack, 'audiences', { type: 'list(string)' }).listValue;
    const clientIdClaims = new TerraformVariable(stack, 'client_id_claims', { type: 'list(string)' }).listValue;
    new ApiValidationProfile(stack, 'Profile', { name: 'orders', client, machineFlow: machine, audiences, clientIdClaims });
    // WHEN the manifest is built
    const manifest = ManifestWriter.of(stack).build();
    const written = manifest.profiles[0]!;
    // THEN each list is one apply-time expression, and the manifest (which the CLI reads) fits its schema
    expect(written.audiences).toBe('${var.audiences}');
    expect(written.clientIdClaims).toBe('${var.client_id_claims}');
    expect(manifestProblems(manifest)).toEqual([]);
    // while a deployed profile (what the validator loads) must hold the lists themselves
    expect(profileProblems(written)).toEqual(expect.arrayContaining(['/audiences: must be array', '/clientIdClaims: must be array']));
    expect(profileProblems({ ...written, audiences: ['orders-api'], clientIdClaims: ['azp'] })).toEqual([]);
  });

  test.each(['a', 'Orders', 'orders-api_v&x', 'A1b'])('accepts the name %s', (name) => {
    expect(() => profile({ name })).not.toThrow();
  });

  test.each(['1orders', 'orders1', '-orders', 'orders-', 'ord ers', 'orders.api', ''])('fails when the name is %j', (name) => {
    const err = configErrorOf(() => profile({ name }));
    expect(err.code).toBe('EO_INVALID_NAME');
    expect(err.field).toBe('name');
  });

  test('fails when two profiles in a stack share a name', () => {
    const { stack, client } = setup();
    new ApiValidationProfile(stack, 'A', { name: 'orders', client, machineFlow: machine });
    const err = configErrorOf(() => new ApiValidationProfile(stack, 'B', { name: 'orders', client, machineFlow: machine }));
    expect(err.code).toBe('EO_DUPLICATE_NAME');
    expect(err.rule).toContain('api/A');
  });

  test('fails when audiences are empty', () => {
    expect(configErrorOf(() => profile({ audiences: [] })).code).toBe('EO_EMPTY_LIST');
  });

  test('fails when the machine flow claim or role is empty even if disabled', () => {
    expect(configErrorOf(() => profile({ machineFlow: { enabled: false, systemUserClaim: '', systemUserRole: 'Reader' } })).field).toBe(
      'machineFlow.systemUserClaim',
    );
    expect(configErrorOf(() => profile({ machineFlow: { enabled: false, systemUserClaim: 'azp', systemUserRole: ' ' } })).field).toBe(
      'machineFlow.systemUserRole',
    );
  });

  test('fails when the user flow is enabled without a claim; accepts it with one', () => {
    expect(configErrorOf(() => profile({ userFlow: { enabled: true } })).field).toBe('userFlow.usernameClaim');
    expect(profile({ userFlow: { enabled: true, usernameClaim: 'preferred_username' } }).toTrustRecord().profile.userFlow).toEqual({
      enabled: true,
      usernameClaim: 'preferred_username',
    });
  });

  test('fails when an algorithm is symmetric or none', () => {
    expect(configErrorOf(() => profile({ algorithms: ['RS256', 'HS256'] })).field).toBe('algorithms[1]');
    expect(configErrorOf(() => profile({ algorithms: ['none'] })).code).toBe('EO_INVALID_VALUE');
    expect(() => profile({ algorithms: ['ES256', 'EdDSA'] })).not.toThrow();
  });

  test('clock tolerance: accepts 0 and 300, fails at 301 and on fractions', () => {
    expect(() => profile({ clockToleranceSeconds: 0 })).not.toThrow();
    expect(() => profile({ clockToleranceSeconds: 300 })).not.toThrow();
    expect(configErrorOf(() => profile({ clockToleranceSeconds: 301 })).code).toBe('EO_OUT_OF_RANGE');
    expect(configErrorOf(() => profile({ clockToleranceSeconds: 1.5 })).code).toBe('EO_OUT_OF_RANGE');
  });

  test('writes the profile to the stack output and to the manifest', () => {
    const p = profile({ clockToleranceSeconds: 30 });
    const stack = TerraformStack.of(p);
    const tf = JSON.parse(Testing.synth(stack));
    expect(tf.output.external_oauth_profiles.value[0]).toMatchObject({ name: 'orders', clockToleranceSeconds: 30 });
    expect(ManifestWriter.of(stack).build().trusts[0]).toMatchObject({
      type: 'profile',
      path: 'api/Profile',
      issuerPath: 'api/Idp',
      clientPath: 'api/Client',
    });
  });
});

describe('token rules (appTokenRule, tokenProfile, requireIssuedAt)', () => {
  function wired(issuerProps: Partial<ExternalIssuerProps>, profileProps: Partial<ApiValidationProfileProps> = {}) {
    const stack = new TerraformStack(Testing.app(), 'api');
    const issuer = new ExternalIssuer(stack, 'Idp', {
      kind: 'pingfederate',
      issuerUrl: 'https://sso.example.com',
      audiences: ['orders-api'],
      ...issuerProps,
    });
    const client = new ExternalClient(stack, 'Client', { issuer, clientId: 'orders_service', grantTypes: ['client_credentials'] });
    return new ApiValidationProfile(stack, 'Profile', { name: 'orders', client, machineFlow: machine, ...profileProps });
  }

  test('a profile copies the issuer rules into the manifest and the stack output', () => {
    const p = wired({ appTokenRule: { claim: 'grant', value: 'client_credentials' }, tokenProfile: 'rfc9068' });
    expect(p.toTrustRecord().profile).toMatchObject({
      appTokenRule: { claim: 'grant', value: 'client_credentials' },
      tokenProfile: 'rfc9068',
    });
    const tf = JSON.parse(Testing.synth(TerraformStack.of(p)));
    expect(tf.output.external_oauth_profiles.value[0]).toMatchObject({
      appTokenRule: { claim: 'grant', value: 'client_credentials' },
      tokenProfile: 'rfc9068',
    });
    expect(manifestProblems(ManifestWriter.of(TerraformStack.of(p)).build())).toEqual([]);
  });

  test('without rules the profile has none of the fields (the validator defaults apply)', () => {
    const profile = wired({}).toTrustRecord().profile;
    expect(profile).not.toHaveProperty('appTokenRule');
    expect(profile).not.toHaveProperty('tokenProfile');
    expect(profile).not.toHaveProperty('requireIssuedAt');
  });

  test('a profile value overrides the issuer value', () => {
    const p = wired(
      { appTokenRule: { claim: 'grant', value: 'client_credentials' }, requireIssuedAt: false },
      { appTokenRule: { claim: 'client_sub', valueIsClientId: true }, requireIssuedAt: true },
    );
    expect(p.toTrustRecord().profile).toMatchObject({
      appTokenRule: { claim: 'client_sub', valueIsClientId: true },
      requireIssuedAt: true,
    });
  });

  test.each([
    ['keycloak', 'keycloak'],
    ['auth0', 'auth0'],
  ] as const)('fails when a %s issuer declares appTokenRule', (_what, kind) => {
    const err = configErrorOf(() => wired({ kind, appTokenRule: { claim: 'grant', value: 'x' } }));
    expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'appTokenRule' });
    expect(err.message).toContain(`kind ${kind} has a fixed app-token rule`);
    expect(() =>
      wired({ kind: 'generic', jwksUrl: 'https://sso.example.com/keys', appTokenRule: { claim: 'grant', value: 'x' } }),
    ).not.toThrow();
  });

  test('fails when a profile of a keycloak issuer declares appTokenRule', () => {
    expect(configErrorOf(() => wired({ kind: 'keycloak' }, { appTokenRule: { claim: 'grant', value: 'x' } })).field).toBe('appTokenRule');
  });

  test.each([
    ['neither value nor valueIsClientId', { claim: 'grant' }, 'appTokenRule'],
    ['both', { claim: 'grant', value: 'x', valueIsClientId: true }, 'appTokenRule'],
    ['an empty claim', { claim: ' ', value: 'x' }, 'appTokenRule.claim'],
    ['an empty value', { claim: 'grant', value: '' }, 'appTokenRule.value'],
  ])('fails when appTokenRule has %s', (_what, rule, field) => {
    expect(configErrorOf(() => wired({ appTokenRule: rule as never })).field).toBe(field);
  });

  test('fails when requireIssuedAt is false beside tokenProfile rfc9068, on the issuer or across issuer and profile', () => {
    expect(configErrorOf(() => wired({ tokenProfile: 'rfc9068', requireIssuedAt: false })).field).toBe('requireIssuedAt');
    expect(configErrorOf(() => wired({ tokenProfile: 'rfc9068' }, { requireIssuedAt: false })).field).toBe('requireIssuedAt');
    expect(() => wired({ tokenProfile: 'rfc9068' }, { requireIssuedAt: true })).not.toThrow();
  });

  test('fails when tokenProfile is not rfc9068', () => {
    expect(configErrorOf(() => wired({ tokenProfile: 'jwt' as never })).field).toBe('tokenProfile');
  });
});
