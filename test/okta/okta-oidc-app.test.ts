import * as fs from 'node:fs';
import * as path from 'node:path';

import { Duration } from '../../lib/core/duration';
import { TerraformStack, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { OktaOidcApp, OktaOidcAppProps } from '../../lib/okta/okta-oidc-app';
import { ApiValidationProfile } from '../../lib/profile/api-validation-profile';
import { AppGroupAssignments } from '../../lib/providers/okta/app-group-assignments';
import { AppOauth } from '../../lib/providers/okta/app-oauth';
import { configErrorOf } from '../support/config-error';
import { oktaStack, onlyResource, server, serviceApp, synthJson, webApp } from './support';

/** Builds an app of `kind` on a fresh stack and server. */
function app(props: Partial<OktaOidcAppProps> & Pick<OktaOidcAppProps, 'kind'>): OktaOidcApp {
  const stack = oktaStack();
  return new OktaOidcApp(stack, 'App', { authorizationServer: server(stack), ...props });
}

const SPA: Pick<OktaOidcAppProps, 'kind' | 'redirectUris'> = { kind: 'browser', redirectUris: ['https://app.example.com/callback'] };

describe('OktaOidcApp', () => {
  describe('service apps', () => {
    test('default to client credentials, a token response, client_secret_basic and no secret in state', () => {
      // GIVEN
      const stack = oktaStack();
      // WHEN
      serviceApp(stack, server(stack), 'Dbt', { label: 'dbt Cloud' });
      // THEN
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AppOauth, {
        label: 'dbt Cloud',
        type: 'service',
        grant_types: ['client_credentials'],
        response_types: ['token'],
        token_endpoint_auth_method: 'client_secret_basic',
        pkce_required: false,
        omit_secret: true,
        wildcard_redirect: 'DISABLED',
        status: 'ACTIVE',
      });
    });

    test('default to private_key_jwt when a JWKS URI is given', () => {
      const a = app({ kind: 'service', jwksUri: 'https://dbt.example.com/.well-known/jwks.json' });
      expect(a.tokenEndpointAuthMethod).toBe('private_key_jwt');
      expect(onlyResource(TerraformStack.of(a), 'okta_app_oauth')).toMatchObject({
        jwks_uri: 'https://dbt.example.com/.well-known/jwks.json',
        token_endpoint_auth_method: 'private_key_jwt',
      });
    });

    test('fails when a service app asks for another grant', () => {
      const err = configErrorOf(() => app({ kind: 'service', grantTypes: ['client_credentials', 'authorization_code'] }));
      expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'grantTypes[1]', value: 'authorization_code', path: 'okta/App' });
    });

    test.each<[string, Partial<OktaOidcAppProps>]>([
      ['redirectUris', { redirectUris: ['https://x.example.com/cb'] }],
      ['postLogoutRedirectUris', { postLogoutRedirectUris: ['https://x.example.com/'] }],
      ['loginUri', { loginUri: 'https://x.example.com/login' }],
      ['groups', { groups: ['00g1'] }],
    ])('fails when a service app has %s', (field, extra) => {
      expect(configErrorOf(() => app({ kind: 'service', ...extra }))).toMatchObject({ code: 'EO_INVALID_VALUE', field });
    });

    test('fails when a service app uses token endpoint auth none', () => {
      expect(configErrorOf(() => app({ kind: 'service', tokenEndpointAuthMethod: 'none' }))).toMatchObject({
        code: 'EO_INVALID_VALUE',
        field: 'tokenEndpointAuthMethod',
      });
    });
  });

  describe('private_key_jwt', () => {
    test('fails when private_key_jwt has no JWKS URI', () => {
      expect(configErrorOf(() => app({ kind: 'service', tokenEndpointAuthMethod: 'private_key_jwt' }))).toMatchObject({
        code: 'EO_MISSING_VALUE',
        field: 'jwksUri',
      });
    });

    test('fails when a JWKS URI is given with a secret-based method', () => {
      expect(
        configErrorOf(() => app({ kind: 'service', tokenEndpointAuthMethod: 'client_secret_basic', jwksUri: 'https://x.example.com/jwks' }))
          .code,
      ).toBe('EO_INVALID_VALUE');
    });

    test('fails when the JWKS URI is http on a public host', () => {
      expect(configErrorOf(() => app({ kind: 'service', jwksUri: 'http://x.example.com/jwks' })).code).toBe('EO_INVALID_URL');
    });
  });

  describe('browser apps (SPA)', () => {
    test('are public clients: token endpoint auth none and PKCE required', () => {
      const a = app(SPA);
      expect(onlyResource(TerraformStack.of(a), 'okta_app_oauth')).toMatchObject({
        type: 'browser',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
        pkce_required: true,
      });
    });

    test('fails when a SPA turns PKCE off', () => {
      const err = configErrorOf(() => app({ ...SPA, pkce: false }));
      expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'pkce', value: false });
    });

    test('fails when a SPA authenticates with a client secret', () => {
      expect(configErrorOf(() => app({ ...SPA, tokenEndpointAuthMethod: 'client_secret_basic' }))).toMatchObject({
        code: 'EO_INVALID_VALUE',
        field: 'tokenEndpointAuthMethod',
      });
    });

    test('fails when a SPA asks for client credentials', () => {
      expect(configErrorOf(() => app({ ...SPA, grantTypes: ['authorization_code', 'client_credentials'] })).field).toBe('grantTypes[1]');
    });
  });

  describe('implicit and hybrid flows: explicit grant types and response types only', () => {
    test('fails when implicit is granted without response types', () => {
      const err = configErrorOf(() => app({ ...SPA, grantTypes: ['implicit'] }));
      expect(err).toMatchObject({ code: 'EO_MISSING_VALUE', field: 'responseTypes' });
    });

    test('accepts implicit with token and id_token', () => {
      const a = app({ ...SPA, grantTypes: ['implicit'], responseTypes: ['token', 'id_token'] });
      expect(onlyResource(TerraformStack.of(a), 'okta_app_oauth')).toMatchObject({
        grant_types: ['implicit'],
        response_types: ['token', 'id_token'],
        pkce_required: false,
      });
    });

    test('accepts hybrid (code + id_token) with both grants', () => {
      const a = app({ ...SPA, grantTypes: ['authorization_code', 'implicit'], responseTypes: ['code', 'id_token'] });
      expect(a.responseTypes).toEqual(['code', 'id_token']);
      expect(a.pkce).toBe(true);
    });

    test('fails when id_token or token is asked for without the implicit grant', () => {
      expect(configErrorOf(() => app({ ...SPA, responseTypes: ['code', 'id_token'] }))).toMatchObject({
        code: 'EO_INVALID_VALUE',
        field: 'responseTypes[1]',
      });
      expect(configErrorOf(() => app({ ...SPA, responseTypes: ['token'] }))).toMatchObject({
        code: 'EO_INVALID_VALUE',
        field: 'responseTypes[0]',
      });
    });

    test('fails when implicit response types omit token and id_token', () => {
      expect(configErrorOf(() => app({ ...SPA, grantTypes: ['authorization_code', 'implicit'], responseTypes: ['code'] })).code).toBe(
        'EO_MISSING_VALUE',
      );
    });

    test('fails when a response type is unknown', () => {
      expect(configErrorOf(() => app({ ...SPA, responseTypes: ['code', 'jwt' as never] })).field).toBe('responseTypes[1]');
    });
  });

  describe('redirect and sign-out URIs', () => {
    test('fails when a redirect URI is http on a public host', () => {
      const err = configErrorOf(() => app({ kind: 'web', redirectUris: ['http://app.example.com/callback'] }));
      expect(err).toMatchObject({ code: 'EO_INVALID_URL', field: 'redirectUris[0]' });
    });

    test.each(['http://localhost:8080/callback', 'http://127.0.0.1/callback'])('accepts loopback http %s', (uri) => {
      expect(app({ kind: 'web', redirectUris: [uri] }).toClientRecord().redirectUris).toEqual([uri]);
    });

    test('fails when a redirect URI has a wildcard', () => {
      expect(configErrorOf(() => app({ kind: 'web', redirectUris: ['https://*.example.com/callback'] }))).toMatchObject({
        code: 'EO_WILDCARD_URI',
        field: 'redirectUris[0]',
      });
    });

    test('fails when a sign-out URI is http or has a wildcard', () => {
      expect(
        configErrorOf(() =>
          app({ kind: 'web', redirectUris: ['https://a.example.com/cb'], postLogoutRedirectUris: ['http://a.example.com/'] }),
        ),
      ).toMatchObject({ code: 'EO_INVALID_URL', field: 'postLogoutRedirectUris[0]' });
      expect(
        configErrorOf(() =>
          app({ kind: 'web', redirectUris: ['https://a.example.com/cb'], postLogoutRedirectUris: ['https://a.example.com/*'] }),
        ).code,
      ).toBe('EO_WILDCARD_URI');
    });

    test('accepts a reverse-domain custom scheme for native apps only', () => {
      expect(app({ kind: 'native', redirectUris: ['com.example.app:/callback'] }).toClientRecord().redirectUris).toEqual([
        'com.example.app:/callback',
      ]);
      expect(configErrorOf(() => app({ kind: 'web', redirectUris: ['com.example.app:/callback'] })).code).toBe('EO_INVALID_URL');
    });

    test('fails when a redirect flow has no redirect URI', () => {
      expect(configErrorOf(() => app({ kind: 'web' }))).toMatchObject({ code: 'EO_EMPTY_LIST', field: 'redirectUris' });
    });

    test('fails when a redirect URI is listed twice', () => {
      expect(configErrorOf(() => app({ kind: 'web', redirectUris: ['https://a.example.com/cb', 'https://a.example.com/cb'] })).code).toBe(
        'EO_DUPLICATE_NAME',
      );
    });

    test('fails when the login URI is http on a public host', () => {
      expect(
        configErrorOf(() => app({ kind: 'web', redirectUris: ['https://a.example.com/cb'], loginUri: 'http://a.example.com/login' })).field,
      ).toBe('loginUri');
    });
  });

  describe('web and native apps', () => {
    test('web apps default to client_secret_basic with PKCE; PKCE may be turned off explicitly', () => {
      const a = app({ kind: 'web', redirectUris: ['https://a.example.com/cb'] });
      expect([a.tokenEndpointAuthMethod, a.pkce]).toEqual(['client_secret_basic', true]);
      const optOut = app({ kind: 'web', redirectUris: ['https://a.example.com/cb'], pkce: false });
      expect(optOut.toClientRecord().pkce).toBe(false);
    });

    test('native apps default to a public client with PKCE; fail when PKCE is off', () => {
      const a = app({ kind: 'native', redirectUris: ['com.example.app:/cb'] });
      expect([a.tokenEndpointAuthMethod, a.pkce]).toEqual(['none', true]);
      expect(configErrorOf(() => app({ kind: 'native', redirectUris: ['com.example.app:/cb'], pkce: false })).field).toBe('pkce');
    });

    test('fails when a web app lacks authorization_code', () => {
      expect(configErrorOf(() => app({ kind: 'web', grantTypes: ['client_credentials'] }))).toMatchObject({
        code: 'EO_MISSING_VALUE',
        field: 'grantTypes',
      });
    });

    test('fails when PKCE is required without authorization_code', () => {
      expect(configErrorOf(() => app({ kind: 'service', pkce: true }))).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'pkce' });
    });

    test('fails when the kind is unknown', () => {
      expect(configErrorOf(() => app({ kind: 'spa' as never })).field).toBe('kind');
    });
  });

  describe('refresh tokens', () => {
    test('rotate with a 30 s leeway by default when refresh_token is granted', () => {
      const stack = oktaStack();
      webApp(stack, server(stack));
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AppOauth, { refresh_token_rotation: 'ROTATE', refresh_token_leeway: 30 });
    });

    test('accepts STATIC refresh tokens, recorded without leeway', () => {
      const stack = oktaStack();
      const a = webApp(stack, server(stack), 'Web', { refreshToken: { rotation: 'STATIC' } });
      expect(a.toClientRecord().refreshToken).toEqual({ rotation: 'STATIC' });
      expect(onlyResource(stack, 'okta_app_oauth').refresh_token_leeway).toBeUndefined();
    });

    test('fails when a leeway is given for STATIC', () => {
      const stack = oktaStack();
      expect(
        configErrorOf(() => webApp(stack, server(stack), 'Web', { refreshToken: { rotation: 'STATIC', leeway: Duration.seconds(10) } }))
          .field,
      ).toBe('refreshToken.leeway');
    });

    test('fails when the leeway is 61 s; accepts 60 s and 0 s', () => {
      const stack = oktaStack();
      const s = server(stack);
      expect(configErrorOf(() => webApp(stack, s, 'A', { refreshToken: { leeway: Duration.seconds(61) } }))).toMatchObject({
        code: 'EO_OUT_OF_RANGE',
        field: 'refreshToken.leeway',
      });
      expect(webApp(stack, s, 'B', { refreshToken: { leeway: Duration.seconds(60) } }).toClientRecord().refreshToken).toEqual({
        rotation: 'ROTATE',
        leewaySeconds: 60,
      });
      expect(webApp(stack, s, 'C', { refreshToken: { leeway: Duration.seconds(0) } }).toClientRecord().refreshToken).toEqual({
        rotation: 'ROTATE',
        leewaySeconds: 0,
      });
    });

    test('fails when refresh options are given without the refresh_token grant', () => {
      expect(
        configErrorOf(() => app({ kind: 'web', redirectUris: ['https://a.example.com/cb'], refreshToken: { rotation: 'ROTATE' } })).field,
      ).toBe('refreshToken');
    });

    test('fails when refresh_token has no grant that issues it', () => {
      expect(configErrorOf(() => app({ ...SPA, grantTypes: ['implicit', 'refresh_token'], responseTypes: ['token'] })).field).toBe(
        'grantTypes',
      );
    });
  });

  describe('group assignments', () => {
    test('create okta_app_group_assignments for the app', () => {
      // GIVEN
      const stack = oktaStack();
      // WHEN
      webApp(stack, server(stack), 'Web', { groups: ['00g1', '00g2'] });
      // THEN
      const appId = Object.keys(synthJson(stack).resource.okta_app_oauth)[0];
      expect(Testing.synth(stack)).toHaveResourceWithProperties(AppGroupAssignments, {
        app_id: `\${okta_app_oauth.${appId}.id}`,
        group: [{ id: '00g1' }, { id: '00g2' }],
      });
    });

    test('fails when the groups are empty or repeated', () => {
      const stack = oktaStack();
      const s = server(stack);
      expect(configErrorOf(() => webApp(stack, s, 'A', { groups: [] })).code).toBe('EO_EMPTY_LIST');
      expect(configErrorOf(() => webApp(stack, s, 'B', { groups: ['00g1', '00g1'] })).code).toBe('EO_DUPLICATE_NAME');
    });
  });

  describe('client id and secret', () => {
    test('clientId is the computed client_id and flows into validation profiles', () => {
      // GIVEN
      const stack = oktaStack();
      const s = server(stack);
      const svc = serviceApp(stack, s);
      // WHEN
      new ApiValidationProfile(stack, 'Profile', {
        name: 'orders',
        client: svc,
        machineFlow: { enabled: true, systemUserClaim: 'sub', systemUserRole: 'Reader' },
      });
      // THEN
      const manifest = ManifestWriter.of(stack).build();
      const tf = synthJson(stack);
      const appId = Object.keys(tf.resource.okta_app_oauth)[0];
      const serverId = Object.keys(tf.resource.okta_auth_server)[0];
      // the apply-time `${...}/v1/keys` JWKS URL fits the manifest schema
      expect(manifestProblems(manifest)).toEqual([]);
      expect(manifest.profiles[0]).toMatchObject({
        clientId: `\${okta_app_oauth.${appId}.client_id}`,
        issuer: `\${okta_auth_server.${serverId}.issuer}`,
        jwksUrl: `\${okta_auth_server.${serverId}.issuer}/v1/keys`,
        audiences: ['api://snowflake'],
        issuerKind: 'okta',
      });
    });

    test('the client secret is never referenced, output or recorded', () => {
      // GIVEN
      const stack = oktaStack();
      const s = server(stack);
      const svc = serviceApp(stack, s);
      new ApiValidationProfile(stack, 'Profile', {
        name: 'orders',
        client: svc,
        machineFlow: { enabled: true, systemUserClaim: 'sub', systemUserRole: 'Reader' },
      });
      // WHEN
      const tf = Testing.synth(stack);
      const manifest = JSON.stringify(ManifestWriter.of(stack).build());
      // THEN
      expect(tf).not.toMatch(/"client_secret"|\.client_secret\}|client_basic_secret/);
      expect(manifest).not.toMatch(/"client_secret"|\.client_secret\}|"secret":/);
      for (const file of fs.readdirSync(path.join(__dirname, '../../lib/okta'))) {
        expect(fs.readFileSync(path.join(__dirname, '../../lib/okta', file), 'utf8')).not.toMatch(/\.clientSecret\b|clientBasicSecret/);
      }
    });

    test('omitSecret may be turned off explicitly', () => {
      const stack = oktaStack();
      serviceApp(stack, server(stack), 'Svc', { omitSecret: false });
      expect(onlyResource(stack, 'okta_app_oauth').omit_secret).toBe(false);
    });
  });

  describe('record', () => {
    test('fills response types, refresh token, PKCE, auth method, groups, login URI and the scopes its rules allow', () => {
      // GIVEN
      const stack = oktaStack();
      const s = server(stack);
      s.addScope({ name: 'orders:read' });
      const web = webApp(stack, s, 'Web', {
        groups: ['00g1'],
        loginUri: 'https://app.example.com/login',
        postLogoutRedirectUris: ['https://app.example.com/'],
      });
      const svc = serviceApp(stack, s);
      const policy = s.addPolicy({ name: 'apps', clients: [web, svc] });
      policy.addRule({ name: 'users', grantTypes: ['authorization_code'], scopes: ['openid', 'offline_access', 'orders:read'] });
      policy.addRule({ name: 'machines', grantTypes: ['client_credentials'], scopes: ['orders:read'] });
      // WHEN
      const manifest = ManifestWriter.of(stack).build();
      // THEN
      expect(manifestProblems(manifest)).toEqual([]);
      const appId = Object.keys(synthJson(stack).resource.okta_app_oauth).find((k) => k.startsWith('Web'))!;
      expect(manifest.clients.find((c) => c.path === 'okta/Web')).toEqual({
        path: 'okta/Web',
        kind: 'web',
        name: 'Web',
        issuer: 'okta/Server',
        clientId: `\${okta_app_oauth.${appId}.client_id}`,
        grantTypes: ['authorization_code', 'refresh_token'],
        responseTypes: ['code'],
        redirectUris: ['https://app.example.com/callback'],
        postLogoutRedirectUris: ['https://app.example.com/'],
        scopes: ['openid', 'offline_access', 'orders:read'],
        pkce: true,
        tokenEndpointAuthMethod: 'client_secret_basic',
        refreshToken: { rotation: 'ROTATE', leewaySeconds: 30 },
        assignment: { mode: 'assigned', groups: ['00g1'] },
        details: { groups: ['00g1'], loginUri: 'https://app.example.com/login' },
      });
      expect(manifest.clients.find((c) => c.path === 'okta/Svc')).toMatchObject({
        kind: 'service',
        responseTypes: ['token'],
        scopes: ['orders:read'],
        pkce: false,
        details: {},
      });
    });
  });
});
