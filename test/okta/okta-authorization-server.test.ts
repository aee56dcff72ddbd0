import { BUILT_IN_CLAIMS } from '../../lib/core/claims';
import { Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { OktaAuthorizationServer } from '../../lib/okta/okta-authorization-server';
import { AuthServer } from '../../lib/providers/okta/auth-server';
import { AuthServerClaim } from '../../lib/providers/okta/auth-server-claim';
import { AuthServerScope } from '../../lib/providers/okta/auth-server-scope';
import { DataOktaAuthServer } from '../../lib/providers/okta/data-okta-auth-server';
import { configErrorOf } from '../support/config-error';
import { oktaStack, onlyResource, server } from './support';

describe('OktaAuthorizationServer', () => {
  describe('resource', () => {
    test('creates okta_auth_server with one audience, ORG_URL issuer mode and automatic key rotation by default', () => {
      // GIVEN
      const stack = oktaStack();
      // WHEN
      new OktaAuthorizationServer(stack, 'Server', { name: 'snowflake', audiences: ['api://snowflake'], description: 'Snowflake tokens' });
      // THEN
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServer, {
        name: 'snowflake',
        audiences: ['api://snowflake'],
        description: 'Snowflake tokens',
        issuer_mode: 'ORG_URL',
        credentials_rotation_mode: 'AUTO',
        status: 'ACTIVE',
      });
    });

    test.each(['CUSTOM_URL', 'DYNAMIC'] as const)('passes issuer mode %s through', (issuerMode) => {
      const stack = oktaStack();
      new OktaAuthorizationServer(stack, 'Server', { name: 's', audiences: ['a'], issuerMode });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServer, { issuer_mode: issuerMode });
    });

    test('fails when the issuer mode is not one Okta knows', () => {
      const err = configErrorOf(
        () => new OktaAuthorizationServer(oktaStack(), 'Server', { name: 's', audiences: ['a'], issuerMode: 'ORG' as never }),
      );
      expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'issuerMode', path: 'okta/Server' });
    });

    test('fails when the name is empty', () => {
      expect(configErrorOf(() => new OktaAuthorizationServer(oktaStack(), 'Server', { name: ' ', audiences: ['a'] })).code).toBe(
        'EO_INVALID_NAME',
      );
    });
  });

  describe('audience (Okta supports exactly one)', () => {
    test('fails when audiences are empty', () => {
      const err = configErrorOf(() => new OktaAuthorizationServer(oktaStack(), 'Server', { name: 's', audiences: [] }));
      expect(err).toMatchObject({ code: 'EO_EMPTY_LIST', field: 'audiences' });
    });

    test('fails when the audience is an empty string', () => {
      const err = configErrorOf(() => new OktaAuthorizationServer(oktaStack(), 'Server', { name: 's', audiences: [''] }));
      expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'audiences[0]' });
    });

    test('fails when two audiences are given; accepts one', () => {
      const err = configErrorOf(() => new OktaAuthorizationServer(oktaStack(), 'Server', { name: 's', audiences: ['api://a', 'api://b'] }));
      expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'audiences', value: ['api://a', 'api://b'] });
      expect(err.message).toMatch(/exactly one/);
      expect(new OktaAuthorizationServer(oktaStack(), 'Server', { name: 's', audiences: ['api://a'] }).audiences).toEqual(['api://a']);
    });
  });

  describe('token wiring', () => {
    test('issuer, JWKS and discovery URLs derive from the computed issuer attribute', () => {
      // GIVEN
      const stack = oktaStack();
      const s = server(stack);
      // WHEN
      const record = ManifestWriter.of(stack).build().issuers[0];
      // THEN
      const logicalId = Object.keys(JSON.parse(Testing.synth(stack)).resource.okta_auth_server)[0];
      expect(record.issuer).toBe(`\${okta_auth_server.${logicalId}.issuer}`);
      expect(record.jwksUrl).toBe(`\${okta_auth_server.${logicalId}.issuer}/v1/keys`);
      expect(record.discoveryUrl).toBe(`\${okta_auth_server.${logicalId}.issuer}/.well-known/openid-configuration`);
      expect(record.audiences).toEqual(['api://snowflake']);
      expect(s.issuerKind).toBe('okta');
      expect(Testing.synth(stack)).toHaveResource(AuthServer);
    });

    test('scopes reference the server id token', () => {
      const stack = oktaStack();
      const s = server(stack);
      s.addScope({ name: 'session:role:ANALYST' });
      const logicalId = Object.keys(JSON.parse(Testing.synth(stack)).resource.okta_auth_server)[0];
      expect(onlyResource(stack, 'okta_auth_server_scope').auth_server_id).toBe(`\${okta_auth_server.${logicalId}.id}`);
    });
  });

  describe('the default authorization server', () => {
    test('is read with the okta_auth_server data source and marked defaultAuthServer', () => {
      // GIVEN
      const stack = oktaStack();
      // WHEN
      const s = OktaAuthorizationServer.fromDefault(stack, 'Default');
      // THEN
      const synth = Testing.synth(stack);
      expect(synth).toHaveDataSourceWithProperties(DataOktaAuthServer, { name: 'default' });
      expect(synth).not.toHaveResource(AuthServer);
      const record = ManifestWriter.of(stack).build().issuers[0];
      expect(record.details).toEqual({ name: 'default', defaultAuthServer: true });
      expect(record.audiences).toEqual(['api://default']);
      expect(record.issuer).toMatch(/^\$\{data\.okta_auth_server\.[A-Za-z0-9_]+\.issuer\}$/);
      expect(record.jwksUrl).toBe(`${record.issuer}/v1/keys`);
      expect(s.defaultAuthServer).toBe(true);
    });

    test('accepts a declared audience and issuer mode', () => {
      const stack = oktaStack();
      OktaAuthorizationServer.fromDefault(stack, 'Default', { audience: 'api://orders', issuerMode: 'CUSTOM_URL' });
      const record = ManifestWriter.of(stack).build().issuers[0];
      expect(record.audiences).toEqual(['api://orders']);
      expect(record.details).toEqual({ name: 'default', issuerMode: 'CUSTOM_URL', defaultAuthServer: true });
    });

    test('takes scopes and policies like a custom server', () => {
      const stack = oktaStack();
      const s = OktaAuthorizationServer.fromDefault(stack, 'Default');
      s.addScope({ name: 'orders:read' });
      expect(onlyResource(stack, 'okta_auth_server_scope').auth_server_id).toMatch(/^\$\{data\.okta_auth_server\..+\.id\}$/);
    });
  });

  describe('addScope', () => {
    test('creates okta_auth_server_scope, implicit consent and not published by default', () => {
      // GIVEN
      const stack = oktaStack();
      const s = server(stack);
      // WHEN
      s.addScope({ name: 'session:role:ANALYST', description: 'Analyst role' });
      // THEN
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServerScope, {
        name: 'session:role:ANALYST',
        description: 'Analyst role',
        consent: 'IMPLICIT',
        metadata_publish: 'NO_CLIENTS',
        default: false,
      });
      expect(s.toIssuerRecord().scopes).toEqual([
        { name: 'session:role:ANALYST', description: 'Analyst role', default: false, consent: 'IMPLICIT', enabled: true },
      ]);
    });

    test('passes consent, default and metadata publishing through', () => {
      const stack = oktaStack();
      server(stack).addScope({
        name: 'orders:read',
        consent: 'FLEXIBLE',
        default: true,
        metadataPublish: 'ALL_CLIENTS',
        displayName: 'Read orders',
      });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServerScope, {
        consent: 'FLEXIBLE',
        default: true,
        metadata_publish: 'ALL_CLIENTS',
        display_name: 'Read orders',
      });
    });

    test('fails when the scope is an OIDC built-in', () => {
      const err = configErrorOf(() => server(oktaStack()).addScope({ name: 'openid' }));
      expect(err).toMatchObject({ code: 'EO_INVALID_NAME', field: 'scopes[0].name', value: 'openid' });
    });

    test('fails when the scope is declared twice', () => {
      const s = server(oktaStack());
      s.addScope({ name: 'orders:read' });
      expect(configErrorOf(() => s.addScope({ name: 'orders:read' })).code).toBe('EO_DUPLICATE_NAME');
    });

    test('fails when the name has spaces or the consent is unknown', () => {
      expect(configErrorOf(() => server(oktaStack()).addScope({ name: 'orders read' })).code).toBe('EO_INVALID_NAME');
      expect(configErrorOf(() => server(oktaStack()).addScope({ name: 'orders:read', consent: 'NEVER' as never })).code).toBe(
        'EO_INVALID_VALUE',
      );
    });

    test('gives names with special characters distinct, stable ids', () => {
      const stack = oktaStack();
      const s = server(stack);
      s.addScope({ name: 'a:b' });
      s.addScope({ name: 'a_b' });
      expect(Object.keys(JSON.parse(Testing.synth(stack)).resource.okta_auth_server_scope)).toHaveLength(2);
    });
  });

  describe('addClaim', () => {
    test('creates an access-token expression claim', () => {
      // GIVEN
      const stack = oktaStack();
      const s = server(stack);
      // WHEN
      s.addClaim({ name: 'tenant', value: 'app.profile.tenant' });
      // THEN
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServerClaim, {
        name: 'tenant',
        value: 'app.profile.tenant',
        value_type: 'EXPRESSION',
        claim_type: 'RESOURCE',
        status: 'ACTIVE',
      });
      expect(s.claims.find((c) => c.name === 'tenant')).toEqual({
        name: 'tenant',
        flows: ['machine', 'user'],
        tokenType: 'access',
        value: 'app.profile.tenant',
        valueKind: 'other',
      });
    });

    test('a user expression is only in user tokens (client credentials have no user)', () => {
      const s = server(oktaStack());
      s.addClaim({ name: 'email', value: 'user.email' });
      s.addClaim({ name: 'login', value: 'user.login' });
      expect(s.claims.find((c) => c.name === 'email')).toMatchObject({ flows: ['user'], valueKind: 'email' });
      expect(s.claims.find((c) => c.name === 'login')).toMatchObject({ flows: ['user'], valueKind: 'username' });
    });

    test('an IDENTITY claim is an ID-token claim of user flows', () => {
      const stack = oktaStack();
      const s = server(stack);
      s.addClaim({ name: 'email', value: 'user.email', claimType: 'IDENTITY', alwaysIncludeInToken: true });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServerClaim, { claim_type: 'IDENTITY', always_include_in_token: true });
      expect(s.claims.find((c) => c.name === 'email')).toMatchObject({ tokenType: 'id', flows: ['user'] });
    });

    test('includes the built-in Okta claims first', () => {
      const s = server(oktaStack());
      expect(s.claims.slice(0, BUILT_IN_CLAIMS.okta.length)).toEqual(BUILT_IN_CLAIMS.okta);
    });

    test('a claim restricted to scopes depends on those scopes', () => {
      const stack = oktaStack();
      const s = server(stack);
      s.addScope({ name: 'orders:read' });
      s.addClaim({ name: 'tenant', value: 'app.profile.tenant', scopes: ['orders:read', 'openid'] });
      const claim = onlyResource(stack, 'okta_auth_server_claim');
      expect(claim.scopes).toEqual(['orders:read', 'openid']);
      expect(claim.depends_on).toEqual([expect.stringMatching(/^okta_auth_server_scope\./)]);
    });

    test('fails when a claim names an undeclared scope', () => {
      const err = configErrorOf(() =>
        server(oktaStack()).addClaim({ name: 'tenant', value: 'app.profile.tenant', scopes: ['orders:read'] }),
      );
      expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'claims[0].scopes[0]', value: 'orders:read' });
    });

    test('fails when the name is reserved by Okta', () => {
      const err = configErrorOf(() => server(oktaStack()).addClaim({ name: 'sub', value: 'user.email' }));
      expect(err).toMatchObject({ code: 'EO_INVALID_NAME', field: 'claims[0].name', value: 'sub' });
    });

    test('fails when a GROUPS claim has no filter type, or an EXPRESSION claim has one', () => {
      expect(configErrorOf(() => server(oktaStack()).addClaim({ name: 'groups', value: 'x', valueType: 'GROUPS' })).code).toBe(
        'EO_MISSING_VALUE',
      );
      expect(configErrorOf(() => server(oktaStack()).addClaim({ name: 'groups', value: 'x', groupFilterType: 'REGEX' })).code).toBe(
        'EO_INVALID_VALUE',
      );
    });

    test('fails when the value is empty', () => {
      expect(configErrorOf(() => server(oktaStack()).addClaim({ name: 'tenant', value: ' ' })).code).toBe('EO_MISSING_VALUE');
    });

    test('fails when two access-token claims share a name; accepts the same name as an ID-token claim', () => {
      const s = server(oktaStack());
      s.addClaim({ name: 'email', value: 'user.email' });
      expect(configErrorOf(() => s.addClaim({ name: 'email', value: 'user.login' })).code).toBe('EO_DUPLICATE_NAME');
      expect(() => s.addClaim({ name: 'email', value: 'user.email', claimType: 'IDENTITY' })).not.toThrow();
    });

    test('fails when an ID-token claim is declared for the machine flow', () => {
      expect(
        configErrorOf(() => server(oktaStack()).addClaim({ name: 'x', value: 'app.id', claimType: 'IDENTITY', flows: ['machine'] })).code,
      ).toBe('EO_INVALID_VALUE');
    });
  });

  describe('addGroupsClaim', () => {
    test('creates a GROUPS claim with the filter, carried by user tokens only', () => {
      // GIVEN
      const stack = oktaStack();
      const s = server(stack);
      // WHEN
      s.addGroupsClaim({ filterType: 'STARTS_WITH', filter: 'snowflake_' });
      // THEN
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServerClaim, {
        name: 'groups',
        value: 'snowflake_',
        value_type: 'GROUPS',
        group_filter_type: 'STARTS_WITH',
        claim_type: 'RESOURCE',
      });
      expect(s.claims.find((c) => c.name === 'groups')).toEqual({
        name: 'groups',
        flows: ['user'],
        tokenType: 'access',
        groupFilter: 'STARTS_WITH snowflake_',
        value: 'snowflake_',
        valueKind: 'groups',
      });
    });

    test('fails when the filter type is unknown', () => {
      expect(configErrorOf(() => server(oktaStack()).addGroupsClaim({ filterType: 'PREFIX' as never, filter: 'x' })).code).toBe(
        'EO_INVALID_VALUE',
      );
    });
  });

  describe('record', () => {
    test('fills details and passes the manifest schema', () => {
      // GIVEN
      const stack = oktaStack();
      const s = new OktaAuthorizationServer(stack, 'Server', {
        name: 'snowflake',
        audiences: ['api://snowflake'],
        issuerMode: 'CUSTOM_URL',
      });
      s.addScope({ name: 'session:role:ANALYST' });
      s.addGroupsClaim({ filterType: 'STARTS_WITH', filter: 'snowflake_' });
      // WHEN
      const manifest = ManifestWriter.of(stack).build();
      // THEN
      expect(manifestProblems(manifest)).toEqual([]);
      expect(manifest.issuers[0]).toMatchObject({
        path: 'okta/Server',
        kind: 'okta',
        audiences: ['api://snowflake'],
        scopes: [{ name: 'session:role:ANALYST' }],
        policies: [],
        details: { name: 'snowflake', issuerMode: 'CUSTOM_URL', defaultAuthServer: false },
      });
    });
  });
});
