import { TerraformStack, Testing } from 'cdktf';
import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { ApiValidationProfile, ApiValidationProfileProps } from '../../lib/profile/api-validation-profile';
import { configErrorOf } from '../support/config-error';

function setup(): { stack: TerraformStack; client: ExternalClient } {
  const stack = new TerraformStack(Testing.app(), 'api');
  const issuer = new ExternalIssuer(stack, 'Idp', { kind: 'keycloak', issuerUrl: 'https://kc.example.com/realms/r', audiences: ['orders-api'] });
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
    expect(configErrorOf(() => profile({ machineFlow: { enabled: false, systemUserClaim: '', systemUserRole: 'Reader' } })).field).toBe('machineFlow.systemUserClaim');
    expect(configErrorOf(() => profile({ machineFlow: { enabled: false, systemUserClaim: 'azp', systemUserRole: ' ' } })).field).toBe('machineFlow.systemUserRole');
  });

  test('fails when the user flow is enabled without a claim; accepts it with one', () => {
    expect(configErrorOf(() => profile({ userFlow: { enabled: true } })).field).toBe('userFlow.usernameClaim');
    expect(profile({ userFlow: { enabled: true, usernameClaim: 'preferred_username' } }).toTrustRecord().profile.userFlow).toEqual({ enabled: true, usernameClaim: 'preferred_username' });
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
    expect(ManifestWriter.of(stack).build().trusts[0]).toMatchObject({ type: 'profile', path: 'api/Profile', issuerPath: 'api/Idp', clientPath: 'api/Client' });
  });
});
