import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { TerraformStack, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { configErrorOf } from '../support/config-error';

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'ext');
}

describe('ExternalIssuer', () => {
  test.each([
    ['pingfederate', 'https://sso.example.com', 'https://sso.example.com/pf/JWKS'],
    ['auth0', 'https://tenant.eu.auth0.com/', 'https://tenant.eu.auth0.com/.well-known/jwks.json'],
    ['keycloak', 'https://kc.example.com/realms/data', 'https://kc.example.com/realms/data/protocol/openid-connect/certs'],
  ] as const)('derives the default JWKS URL of %s', (kind, issuerUrl, jwksUrl) => {
    // GIVEN / WHEN
    const issuer = new ExternalIssuer(stack(), 'Idp', { kind, issuerUrl, audiences: ['aud'] });
    // THEN the issuer string is kept exactly (trailing slash included)
    expect(issuer.issuerUrl).toBe(issuerUrl);
    expect(issuer.jwksUrl).toBe(jwksUrl);
    expect(issuer.discoveryUrl).toBe(issuerUrl.replace(/\/$/, '') + '/.well-known/openid-configuration');
  });

  test('fails when a generic issuer has no JWKS URL', () => {
    const err = configErrorOf(
      () => new ExternalIssuer(stack(), 'Idp', { kind: 'generic', issuerUrl: 'https://idp.example.com', audiences: ['a'] }),
    );
    expect(err.code).toBe('EO_MISSING_VALUE');
    expect(err.field).toBe('jwksUrl');
  });

  test('accepts a generic issuer with an explicit JWKS URL', () => {
    const issuer = new ExternalIssuer(stack(), 'Idp', {
      kind: 'generic',
      issuerUrl: 'https://idp.example.com',
      jwksUrl: 'https://idp.example.com/keys',
      audiences: ['a'],
    });
    expect(issuer.jwksUrl).toBe('https://idp.example.com/keys');
  });

  test('fails when the issuer URL is http on a public host; accepts loopback http', () => {
    expect(
      configErrorOf(
        () => new ExternalIssuer(stack(), 'Idp', { kind: 'pingfederate', issuerUrl: 'http://sso.example.com', audiences: ['a'] }),
      ).code,
    ).toBe('EO_INVALID_URL');
    expect(
      () => new ExternalIssuer(stack(), 'Idp', { kind: 'pingfederate', issuerUrl: 'http://127.0.0.1:9031', audiences: ['a'] }),
    ).not.toThrow();
  });

  test('fails when audiences are empty', () => {
    expect(
      configErrorOf(() => new ExternalIssuer(stack(), 'Idp', { kind: 'pingfederate', issuerUrl: 'https://sso.example.com', audiences: [] }))
        .code,
    ).toBe('EO_EMPTY_LIST');
  });

  test('fails when the kind is okta or entra (they have constructs of their own)', () => {
    expect(
      configErrorOf(() => new ExternalIssuer(stack(), 'Idp', { kind: 'okta' as never, issuerUrl: 'https://x.okta.com', audiences: ['a'] }))
        .code,
    ).toBe('EO_INVALID_VALUE');
  });

  test('records built-in and declared claims', () => {
    const s = stack();
    new ExternalIssuer(s, 'Idp', {
      kind: 'pingfederate',
      issuerUrl: 'https://sso.example.com',
      audiences: ['a'],
      claims: [{ name: 'email', flows: ['user'], valueKind: 'email' }],
      accessTokenLifetimeMinutes: 60,
    });
    const manifest = ManifestWriter.of(s).build();
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.issuers[0].claims).toEqual(
      expect.arrayContaining([
        { name: 'client_id', flows: ['machine', 'user'], tokenType: 'access', valueKind: 'id' },
        { name: 'email', flows: ['user'], tokenType: 'access', valueKind: 'email' },
      ]),
    );
    expect(manifest.issuers[0].details).toEqual({ accessTokenLifetimeMinutes: 60 });
  });
});

describe('ExternalClient', () => {
  function issuer(s: TerraformStack): ExternalIssuer {
    return new ExternalIssuer(s, 'Idp', { kind: 'pingfederate', issuerUrl: 'https://sso.example.com', audiences: ['a'] });
  }

  test('fails when a redirect URI has a wildcard', () => {
    const s = stack();
    const err = configErrorOf(
      () =>
        new ExternalClient(s, 'C', {
          issuer: issuer(s),
          clientId: 'c',
          grantTypes: ['authorization_code'],
          redirectUris: ['https://app.example.com/*'],
        }),
    );
    expect(err.code).toBe('EO_WILDCARD_URI');
    expect(err.field).toBe('redirectUris[0]');
  });

  test('fails when grant types are empty', () => {
    const s = stack();
    expect(configErrorOf(() => new ExternalClient(s, 'C', { issuer: issuer(s), clientId: 'c', grantTypes: [] })).code).toBe(
      'EO_EMPTY_LIST',
    );
  });

  test('fails when the client id has spaces', () => {
    const s = stack();
    expect(
      configErrorOf(() => new ExternalClient(s, 'C', { issuer: issuer(s), clientId: 'my client', grantTypes: ['client_credentials'] }))
        .field,
    ).toBe('clientId');
  });

  test('records the client wired to its issuer by path', () => {
    const s = stack();
    new ExternalClient(s, 'C', {
      issuer: issuer(s),
      clientId: 'atlan',
      grantTypes: ['authorization_code', 'refresh_token'],
      redirectUris: ['https://tenant.atlan.com/api/service/oauth/callback'],
      scopes: ['openid'],
    });
    expect(ManifestWriter.of(s).build().clients[0]).toMatchObject({
      path: 'ext/C',
      kind: 'external',
      issuer: 'ext/Idp',
      clientId: 'atlan',
      scopes: ['openid'],
    });
  });
});
