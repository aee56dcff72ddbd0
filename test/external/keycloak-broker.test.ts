import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { ExternalOAuthChecks } from '../../lib/checks/aspect';
import { ClientAssignment, ClientProgram } from '../../lib/core/client-program';
import { Duration } from '../../lib/core/duration';
import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { KeycloakBroker } from '../../lib/external/keycloak-broker';
import { App, Aspects, TerraformStack, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { configErrorOf } from '../support/config-error';

function upstream(stack: TerraformStack, redirectUris = ['https://kc.example.com/realms/data/broker/upstream/endpoint']): ExternalClient {
  const issuer = new ExternalIssuer(stack, 'Upstream', {
    kind: 'generic',
    issuerUrl: 'https://idp.example.com',
    jwksUrl: 'https://idp.example.com/keys',
    audiences: ['https://data.example.com'],
  });
  return new ExternalClient(stack, 'BrokerApp', {
    issuer,
    clientId: 'kc-broker',
    grantTypes: ['authorization_code', 'refresh_token'],
    redirectUris,
    postLogoutRedirectUris: redirectUris.map((u) => `${u}/logout_response`),
    assignment: ClientAssignment.groups(['data-users']),
  });
}

describe('KeycloakBroker', () => {
  test("records its session settings and Keycloak's identity-provider defaults in the manifest context", () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'kc');
    const client = upstream(stack);
    // WHEN
    new KeycloakBroker(stack, 'Keycloak', {
      client,
      ssoSessionIdle: Duration.hours(10),
      ssoSessionMax: Duration.hours(8),
      reserve: Duration.minutes(5),
    });
    // THEN
    const manifest = ManifestWriter.of(stack).build();
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.context.keycloakBrokers).toEqual([
      {
        path: 'kc/Keycloak',
        name: 'Keycloak',
        clientPath: 'kc/BrokerApp',
        issuerPath: 'kc/Upstream',
        ssoSessionIdleSeconds: 36000,
        ssoSessionMaxSeconds: 28800,
        reserveSeconds: 300,
        clientAuthentication: 'client_secret_post',
        usePkce: false,
        storeTokens: false,
        storedTokensReadable: false,
        scopes: ['openid'],
        accessTokenIsJwt: false,
        mappers: [],
      },
    ]);
  });

  test('fails without an explicit reserve, naming the field', () => {
    const stack = new TerraformStack(Testing.app(), 'kc');
    const props = {
      client: upstream(stack),
      ssoSessionIdle: Duration.hours(1),
      ssoSessionMax: Duration.hours(1),
    } as unknown as ConstructorParameters<typeof KeycloakBroker>[2];
    const err = configErrorOf(() => new KeycloakBroker(stack, 'Keycloak', props));
    expect(err.code).toBe('EO_MISSING_VALUE');
    expect(err.field).toBe('reserve');
  });

  test("takes PKCE, client authentication and scopes from the client's Keycloak broker program; explicit props win", () => {
    const stack = new TerraformStack(Testing.app(), 'kc');
    const issuer = new ExternalIssuer(stack, 'Upstream', {
      kind: 'generic',
      issuerUrl: 'https://idp.example.com',
      jwksUrl: 'https://idp.example.com/keys',
      audiences: ['https://data.example.com'],
    });
    const program = ClientProgram.keycloakBroker({
      realmUrl: 'https://kc.example.com/realms/data/',
      alias: 'upstream',
      usePkce: true,
      clientAuthentication: 'client_secret_basic',
      scopes: ['openid', 'groups'],
    });
    const client = new ExternalClient(stack, 'BrokerApp', { issuer, clientId: 'kc-broker', grantTypes: ['authorization_code'], program });
    new KeycloakBroker(stack, 'A', {
      client,
      ssoSessionIdle: Duration.hours(1),
      ssoSessionMax: Duration.hours(1),
      reserve: Duration.hours(1),
    });
    new KeycloakBroker(stack, 'B', {
      client,
      ssoSessionIdle: Duration.hours(1),
      ssoSessionMax: Duration.hours(1),
      reserve: Duration.hours(1),
      usePkce: false,
      clientAuthentication: 'private_key_jwt',
      scopes: ['openid'],
    });
    const manifest = ManifestWriter.of(stack).build();
    const brokers = manifest.context.keycloakBrokers as Array<{ usePkce: boolean; clientAuthentication: string; scopes: string[] }>;
    expect(brokers.map((b) => [b.usePkce, b.clientAuthentication, b.scopes])).toEqual([
      [true, 'client_secret_basic', ['openid', 'groups']],
      [false, 'private_key_jwt', ['openid']],
    ]);
    expect(manifest.clients[0]!.redirectUris).toEqual(['https://kc.example.com/realms/data/broker/upstream/endpoint']);
    expect(manifest.clients[0]!.postLogoutRedirectUris).toEqual([
      'https://kc.example.com/realms/data/broker/upstream/endpoint/logout_response',
    ]);
  });

  test('fails on a mapper without a claim, naming the field', () => {
    const stack = new TerraformStack(Testing.app(), 'kc');
    const err = configErrorOf(
      () =>
        new KeycloakBroker(stack, 'Keycloak', {
          client: upstream(stack),
          ssoSessionIdle: Duration.hours(1),
          ssoSessionMax: Duration.hours(1),
          reserve: Duration.hours(1),
          mappers: [{ name: 'groups', type: 'oidc-advanced-group-idp-mapper', claim: '' }],
        }),
    );
    expect(err.field).toBe('mappers[0].claim');
  });

  test('accumulates several brokers and keeps an explicit reserve and name', () => {
    const stack = new TerraformStack(Testing.app(), 'kc');
    const client = upstream(stack);
    new KeycloakBroker(stack, 'A', {
      client,
      ssoSessionIdle: Duration.minutes(30),
      ssoSessionMax: Duration.minutes(30),
      reserve: Duration.minutes(5),
    });
    new KeycloakBroker(stack, 'B', {
      client,
      name: 'atlan',
      ssoSessionIdle: Duration.hours(1),
      ssoSessionMax: Duration.hours(1),
      reserve: Duration.minutes(15),
    });
    const brokers = ManifestWriter.of(stack).build().context.keycloakBrokers as { name: string; reserveSeconds: number }[];
    expect(brokers.map((b) => [b.name, b.reserveSeconds])).toEqual([
      ['A', 300],
      ['atlan', 900],
    ]);
  });

  test('creates no Terraform resource', () => {
    const stack = new TerraformStack(Testing.app(), 'kc');
    new KeycloakBroker(stack, 'Keycloak', {
      client: upstream(stack),
      ssoSessionIdle: Duration.hours(1),
      ssoSessionMax: Duration.hours(1),
      reserve: Duration.hours(1),
    });
    expect(JSON.parse(Testing.synth(stack)).resource).toBeUndefined();
  });

  test('fails when a session duration is zero', () => {
    const stack = new TerraformStack(Testing.app(), 'kc');
    const err = configErrorOf(
      () =>
        new KeycloakBroker(stack, 'Keycloak', {
          client: upstream(stack),
          ssoSessionIdle: Duration.seconds(0),
          ssoSessionMax: Duration.hours(1),
          reserve: Duration.hours(1),
        }),
    );
    expect(err.code).toBe('EO_OUT_OF_RANGE');
    expect(err.field).toBe('ssoSessionIdle');
  });

  describe('with the checks', () => {
    let outdir: string;
    beforeEach(() => {
      outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-kc-'));
    });
    afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

    test('fails when SSO Session Idle exceeds SSO Session Max: a warning naming the broker is recorded (EO-KC-001)', () => {
      const app = new App({ outdir });
      Aspects.of(app).add(new ExternalOAuthChecks());
      const stack = new TerraformStack(app, 'kc');
      new KeycloakBroker(stack, 'Keycloak', {
        client: upstream(stack),
        ssoSessionIdle: Duration.hours(10),
        ssoSessionMax: Duration.minutes(30),
        reserve: Duration.hours(1),
      });
      app.synth();
      const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'kc', 'external-oauth.json'), 'utf8'));
      expect(manifest.findings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            ruleId: 'EO-KC-001',
            severity: 'warning',
            message: expect.stringMatching(
              /^Keycloak broker "Keycloak" \(kc\/Keycloak\) has SSO Session Idle 10 hours \(600 min\) above SSO Session Max 30 minutes/,
            ),
          }),
        ]),
      );
    });

    test('a broker without upstream policies is reported as not evaluable (EO-KC-002), never passed', () => {
      const app = new App({ outdir });
      Aspects.of(app).add(new ExternalOAuthChecks());
      const stack = new TerraformStack(app, 'kc');
      new KeycloakBroker(stack, 'Keycloak', {
        client: upstream(stack),
        ssoSessionIdle: Duration.hours(8),
        ssoSessionMax: Duration.hours(8),
        reserve: Duration.hours(1),
      });
      app.synth();
      const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'kc', 'external-oauth.json'), 'utf8'));
      expect(manifest.findings).toEqual([
        expect.objectContaining({
          ruleId: 'EO-KC-002',
          severity: 'warning',
          evaluated: false,
          path: 'kc/Keycloak',
          source: expect.objectContaining({ file: 'test/external/keycloak-broker.test.ts' }),
        }),
      ]);
    });
  });
});
