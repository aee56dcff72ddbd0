/**
 * The corpus of broken variants: for every rule of the pack, at least one
 * variant of a real example that breaks exactly that rule.
 *
 * Each variant builds the example stack in its own small App and then adds or re-declares
 * constructs in it (the example constructors are the real ones: nothing is copied). Kinds:
 * - `synth-error`: `app.synth()` aborts; the message names the rule id and the construct path,
 *   and the error annotations hold that rule id only; no manifest is written for the stack.
 * - `warning`: synth succeeds; the manifest records the finding, unsuppressed, and nothing else.
 * - `construct-error+manifest-mutation`: construct-time validation already refuses the input
 *   (a stable EO_* code naming the path), so synth can never see it. The rule is still proven on
 *   a mutation of that example's real synthesized manifest with `runRules()`: defense in depth.
 *   `runRules` is public and pure (no cdktf), so it evaluates manifests that never went through
 *   these constructs: files edited by hand, written by an older version of the library (whose
 *   construct validation was weaker), or records assembled by other tools.
 *   (Note: `external-oauth check` today replays the findings recorded at synth; it does not
 *   re-run the rules on the file. See README.md, CLI "check".)
 * - `manifest-mutation`: no construct prop can express the condition at all (the constructs
 *   derive the value themselves); `build` proves that guarantee on the real example, and the
 *   rule is proven on a mutated manifest, for the same reason as above.
 * A mutated manifest must still fit the manifest JSON Schema unless the variant says which schema
 * rule refuses it (`schemaRefuses`: a third line of defense, for files read with readManifest).
 */
import * as fs from 'node:fs';

import type { Construct } from 'constructs';

import { alationSettings } from '../../examples/alation-entra-api/stack';
import { entraRedshiftDbtSettings } from '../../examples/entra-redshift-dbt/stack';
import { oktaDatabricksDbtSettings } from '../../examples/okta-databricks-dbt/stack';
import type { OktaKeycloakAtaccamaStack } from '../../examples/okta-keycloak-ataccama/stack';
import type { OktaSnowflakeDbtStack } from '../../examples/okta-snowflake-dbt/stack';
import { ALL_RULES, unmatchedSuppression } from '../../lib/checks/rules';
import { runRules } from '../../lib/checks/run';
import { ExternalOAuthSuppressions } from '../../lib/checks/suppressions';
import { ClientAssignment, ClientProgram } from '../../lib/core/client-program';
import { Duration } from '../../lib/core/duration';
import { CONFIG_ERROR_CODES, type ConfigErrorCode } from '../../lib/core/errors';
import { DatabricksFederationPolicy } from '../../lib/databricks/databricks-federation-policy';
import { EntraClientApp } from '../../lib/entra/entra-client-app';
import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer, type ExternalIssuerKind } from '../../lib/external/external-issuer';
import { KeycloakBroker, type KeycloakBrokerProps } from '../../lib/external/keycloak-broker';
import type { App } from '../../lib/framework';
import { listOf } from '../../lib/manifest/list-fields';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import type { ClientRecord, FindingRecord, RedshiftTrustRecord, SnowflakeTrustRecord, TrustManifest } from '../../lib/manifest/types';
import { OktaAuthorizationServer } from '../../lib/okta/okta-authorization-server';
import { OktaOidcApp } from '../../lib/okta/okta-oidc-app';
import { ApiValidationProfile } from '../../lib/profile/api-validation-profile';
import { DatabricksProvider } from '../../lib/providers/databricks/provider';
import { SnowflakeProvider } from '../../lib/providers/snowflake/provider';
import { RedshiftTrustedTokenIssuer } from '../../lib/redshift/redshift-trusted-token-issuer';
import { SnowflakeExternalOAuth } from '../../lib/snowflake/snowflake-external-oauth';
import { SnowflakeScope } from '../../lib/snowflake/snowflake-scope';
import { configErrorOf } from '../support/config-error';
import {
  checkedApp,
  cleanOutdirs,
  daysAfterNow,
  example,
  EXAMPLE_NAMES,
  type ExampleName,
  EXAMPLES,
  manifestFile,
  manifestOf,
  NOW,
  TENANT,
} from './support';

type Kind = 'synth-error' | 'warning' | 'construct-error+manifest-mutation' | 'manifest-mutation';

interface Variant {
  /** The rule this variant breaks. */
  readonly rule: string;
  /** The example it is derived from (its folder name = stack id). */
  readonly example: ExampleName;
  /** What is broken, in words. */
  readonly how: string;
  readonly expect: Kind;
  /** The construct path the finding (or the construct-time error) names. */
  readonly at: string;
  /** Builds the example in `app` and breaks it (construct-error kinds: the call throws). */
  readonly build: (app: App) => void;
  /** Construct-error kind: the stable code of the construct-time error, and the field it names. */
  readonly code?: ConfigErrorCode;
  readonly field?: string;
  /** Mutation kinds: breaks a copy of the example's real synthesized manifest. */
  readonly mutate?: (manifest: TrustManifest) => void;
  /** Other rule ids that this variant breaks too, by nature (documented, still asserted exactly). */
  readonly alsoFires?: readonly string[];
  /** Mutation kinds: the schema problem that makes readManifest refuse the mutated file, if any. */
  readonly schemaRefuses?: string;
}

// ---------------------------------------------------------------------------------------------
// Small builders shared by several variants.

/** okta-snowflake-dbt plus an integration for the same auth server in a second Snowflake account. */
function dbtWithStagingIntegration(
  app: App,
  props: Partial<ConstructorParameters<typeof SnowflakeExternalOAuth>[2]>,
): OktaSnowflakeDbtStack {
  const s = example.oktaSnowflakeDbt(app);
  new SnowflakeExternalOAuth(s, 'SnowflakeStaging', {
    issuer: s.server,
    account: 'staging',
    name: 'OKTA_DBT_STAGING',
    userMappingClaim: 'sub',
    anyRoleMode: 'ENABLE',
    clients: [s.dbt],
    ...props,
  });
  return s;
}

/** The Atlan example plus a valid integration in a DR Snowflake account (one person, ATLAN_READER declared existing), then `props`. */
function atlanDrIntegration(app: App, props: Partial<ConstructorParameters<typeof SnowflakeExternalOAuth>[2]>): void {
  const s = example.atlan(app);
  const dr = new SnowflakeExternalOAuth(s, 'SnowflakeDr', {
    issuer: s.ping,
    account: 'dr',
    name: 'PING_ATLAN_DR',
    userMappingClaim: 'sub',
    anyRoleMode: 'ENABLE',
    clients: [s.atlan],
    ...props,
  });
  const reader = dr.addExistingRole('ATLAN_READER');
  dr.addUser({ loginName: 'jane.doe', name: 'JANE_DOE', defaultRole: reader, defaultWarehouse: 'ATLAN_WH', roles: [reader] });
}

function clientAt(m: TrustManifest, path: string): { -readonly [K in keyof ClientRecord]: ClientRecord[K] } {
  const c = m.clients.find((x) => x.path === path);
  if (!c) throw new Error(`no client ${path} in the manifest of ${m.stack}`);
  return c;
}

function trustAt<T>(m: TrustManifest, path: string): { -readonly [K in keyof T]: T[K] } {
  const t = m.trusts.find((x) => x.path === path);
  if (!t) throw new Error(`no trust ${path} in the manifest of ${m.stack}`);
  return t as unknown as T;
}

/**
 * Declares Entra by URL as a generic issuer (`<prefix>Issuer`), a daemon of it and a profile
 * trusting it (`<prefix>Profile`): the way a hand-typed issuer enters a stack.
 */
function profileOnGenericIssuer(s: Construct, prefix: string, issuerUrl: string, jwksUrl: string, audience: string): void {
  const issuer = new ExternalIssuer(s, `${prefix}Issuer`, { kind: 'generic', issuerUrl, jwksUrl, audiences: [audience] });
  const client = new ExternalClient(s, `${prefix}Daemon`, {
    issuer,
    clientId: `alation-${prefix.toLowerCase()}`,
    grantTypes: ['client_credentials'],
  });
  new ApiValidationProfile(s, `${prefix}Profile`, {
    name: `alation-${prefix.toLowerCase()}`,
    client,
    machineFlow: { enabled: true, systemUserClaim: 'sub', systemUserRole: 'Steward' },
  });
}

const OPENMETADATA = 'https://openmetadata.acme.example';
const KEYCLOAK_REALM = 'https://ataccama.acme.example/auth/realms/ataccamaone';

/** Okta apps of the variants have users assigned and a declared program, so that only the rule under test fires. */
const ASSIGNED = ClientAssignment.groups(['00g1variantusers0x7']);
const SPA_PROGRAM = ClientProgram.custom({
  name: 'OpenMetadata admin UI',
  sendsPkce: true,
  keepsRotatedRefreshToken: true,
  tokenEndpointAuthMethods: ['none'],
});
const NATIVE_PROGRAM = ClientProgram.custom({
  name: 'acme CLI',
  sendsPkce: true,
  keepsRotatedRefreshToken: true,
  tokenEndpointAuthMethods: ['none', 'client_secret_basic'],
});

/** A second Keycloak broker on the Ataccama app with the example's valid settings, then `over`. */
function ataccamaBroker(s: OktaKeycloakAtaccamaStack, id: string, over: Partial<KeycloakBrokerProps> = {}): KeycloakBroker {
  return new KeycloakBroker(s, id, {
    client: s.app,
    ssoSessionIdle: Duration.hours(10),
    ssoSessionMax: Duration.hours(10),
    reserve: Duration.hours(2),
    storeTokens: true,
    storedTokensReadable: true,
    ...over,
  });
}

/** A disaster-recovery Okta app of the Ataccama example behind its own broker alias, with a policy rule. */
function ataccamaDrApp(
  s: OktaKeycloakAtaccamaStack,
  id: string,
  over: Partial<ConstructorParameters<typeof OktaOidcApp>[2]> = {},
): OktaOidcApp {
  const dr = new OktaOidcApp(s, id, {
    authorizationServer: s.server,
    kind: 'web',
    label: `Ataccama ONE (${id})`,
    grantTypes: ['authorization_code', 'refresh_token'],
    program: ClientProgram.keycloakBroker({ realmUrl: KEYCLOAK_REALM, alias: 'okta-dr' }),
    assignment: ASSIGNED,
    ...over,
  });
  s.server.addPolicy({ name: `ataccama-${id.toLowerCase()}`, clients: [dr] }).addRule({
    name: 'dr',
    grantTypes: ['authorization_code'],
    scopes: ['openid', 'offline_access'],
    refreshTokenLifetime: Duration.days(90),
  });
  return dr;
}

/** A second dbt web app of the dbt example (staging), assigned and with dbt's program, then `over`. */
function dbtStagingApp(s: OktaSnowflakeDbtStack, over: Partial<ConstructorParameters<typeof OktaOidcApp>[2]> = {}): OktaOidcApp {
  return new OktaOidcApp(s, 'DbtStaging', {
    authorizationServer: s.server,
    kind: 'web',
    label: 'dbt Cloud (staging)',
    grantTypes: ['authorization_code', 'refresh_token'],
    program: ClientProgram.dbtCloudSnowflake('https://staging.getdbt.com'),
    assignment: ASSIGNED,
    ...over,
  });
}

// ---------------------------------------------------------------------------------------------
// The corpus: one row per variant, at least one per rule id of ALL_RULES.

const VARIANTS: readonly Variant[] = [
  // --- Consistency: issuer strings ---------------------------------------------------------------
  {
    rule: 'EO-ISS-001',
    example: 'entra-redshift-dbt',
    expect: 'construct-error+manifest-mutation',
    how: 'an Entra issuer copied by URL (construct) / the v2 issuer of a v1 API (manifest)',
    // Trusts take `issuer.issuerUrl` from the issuer object, and the Entra constructs derive it from
    // the tenant and the access-token version, so a trust cannot disagree with its issuer. The only
    // way to state an Entra issuer by URL, an ExternalIssuer of kind entra, is refused.
    at: 'entra-redshift-dbt/CopiedEntraIssuer',
    code: CONFIG_ERROR_CODES.INVALID_VALUE,
    field: 'kind',
    build: (app) => {
      const s = example.entraRedshiftDbt(app);
      new ExternalIssuer(s, 'CopiedEntraIssuer', {
        kind: 'entra' as unknown as ExternalIssuerKind,
        issuerUrl: `https://sts.windows.net/${TENANT}`,
        audiences: ['api://redshift-dbt'],
      });
    },
    mutate: (m) => {
      // The v2 issuer for an API that issues v1 tokens (a well-formed URL, so only EO-ISS-001 fires).
      trustAt<RedshiftTrustRecord>(m, 'entra-redshift-dbt/Redshift').issuer = `https://login.microsoftonline.com/${TENANT}/v2.0`;
    },
  },
  {
    rule: 'EO-ISS-003',
    example: 'alation-entra-api',
    expect: 'synth-error',
    how: 'Entra v1 declared by URL as a generic issuer without its trailing slash, trusted by a profile',
    at: 'alation-entra-api/HandTypedIssuer',
    build: (app) => {
      profileOnGenericIssuer(
        example.alation(app),
        'HandTyped',
        `https://sts.windows.net/${TENANT}`,
        `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
        'https://alation.acme.example/api',
      );
    },
  },
  {
    rule: 'EO-ISS-002',
    example: 'alation-entra-api',
    expect: 'synth-error',
    how: 'Entra declared as a generic OIDC issuer at the multi-tenant `common` endpoint, trusted by a profile',
    at: 'alation-entra-api/MultiTenantProfile',
    build: (app) => {
      profileOnGenericIssuer(
        example.alation(app),
        'MultiTenant',
        'https://login.microsoftonline.com/common/v2.0',
        'https://login.microsoftonline.com/common/discovery/v2.0/keys',
        'api://alation-multi',
      );
    },
  },
  // --- Consistency: audiences and claims ---------------------------------------------------------
  {
    rule: 'EO-AUD-001',
    example: 'alation-entra-api',
    expect: 'synth-error',
    how: 'a profile accepts `api://alation`, while the v1 API mints its identifier URI',
    at: 'alation-entra-api/LegacyProfile',
    build: (app) => {
      const s = example.alation(app);
      new ApiValidationProfile(s, 'LegacyProfile', {
        name: 'alation-legacy',
        client: s.client,
        audiences: ['api://alation'],
        machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: 'Steward' },
      });
    },
  },
  {
    rule: 'EO-CLAIM-001',
    example: 'alation-entra-api',
    expect: 'synth-error',
    how: 'the machine flow maps `upn`, which Entra app (client-credentials) tokens never carry',
    at: 'alation-entra-api/UpnProfile',
    build: (app) => {
      const s = example.alation(app);
      new ApiValidationProfile(s, 'UpnProfile', {
        name: 'alation-upn',
        client: s.client,
        machineFlow: { enabled: true, systemUserClaim: 'upn', systemUserRole: 'Steward' },
        userFlow: { enabled: true, usernameClaim: 'unique_name' },
      });
    },
  },
  {
    rule: 'EO-CLAIM-002',
    example: 'okta-snowflake-dbt',
    expect: 'synth-error',
    how: "a second-account integration maps Okta `sub` to EMAIL_ADDRESS without the example's suppression",
    at: 'okta-snowflake-dbt/SnowflakeStaging',
    build: (app) => {
      dbtWithStagingIntegration(app, { mappingAttribute: 'EMAIL_ADDRESS' });
    },
  },
  // --- Consistency: Snowflake ------------------------------------------------------------------
  {
    rule: 'EO-SNOW-001',
    example: 'okta-snowflake-dbt',
    expect: 'synth-error',
    how: 'a second-account integration with any-role mode DISABLE while dbt requests session:role-any',
    at: 'okta-snowflake-dbt/SnowflakeStaging',
    build: (app) => {
      dbtWithStagingIntegration(app, { anyRoleMode: 'DISABLE' });
    },
  },
  {
    rule: 'EO-SNOW-002',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'scope session:role:ANALYST while no Snowflake user is granted ANALYST',
    at: 'okta-keycloak-ataccama/Snowflake',
    build: (app) => {
      const s = example.ataccama(app);
      s.server.addScope({ name: SnowflakeScope.role('ANALYST').value, description: 'Snowflake role ANALYST' });
    },
  },
  {
    rule: 'EO-SNOW-003',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'scope session:role_any (a typo of session:role-any) on the Okta server',
    at: 'okta-keycloak-ataccama/AuthServer',
    build: (app) => {
      const s = example.ataccama(app);
      s.server.addScope({ name: 'session:role_any', description: 'misspelt role-any scope' });
    },
  },
  {
    rule: 'EO-SNOW-004',
    example: 'pingfederate-snowflake-atlan',
    expect: 'synth-error',
    how: 'a user whose default role is ACCOUNTADMIN (blocked for External OAuth by default)',
    at: 'pingfederate-snowflake-atlan/Snowflake/User-ATLAN_ADMIN',
    build: (app) => {
      const s = example.atlan(app);
      s.snowflake.addUser({ loginName: 'ATLAN_ADMIN', defaultRole: 'ACCOUNTADMIN', roles: ['ACCOUNTADMIN'] });
    },
  },
  {
    rule: 'EO-SNOW-005',
    example: 'entra-redshift-dbt',
    expect: 'synth-error',
    how: 'a Snowflake integration for the Entra API maps scopes from `roles` instead of `scp`',
    at: 'entra-redshift-dbt/Snowflake',
    build: (app) => {
      const s = example.entraRedshiftDbt(app);
      new SnowflakeProvider(s, 'snowflake', {});
      new SnowflakeExternalOAuth(s, 'Snowflake', {
        issuer: s.api,
        name: 'AZURE_DBT',
        userMappingClaim: 'upn',
        mappingAttribute: 'EMAIL_ADDRESS',
        scopeMappingAttribute: 'roles',
        clients: [s.dbt],
      });
    },
  },
  {
    rule: 'EO-SNOW-006',
    example: 'okta-snowflake-dbt',
    expect: 'synth-error',
    how: 'the auth server re-declared by its issuer URL as a generic issuer, with a second integration in the same account',
    // The construct-time check refuses a second integration for the same issuer object or the same
    // literal URL; here the URL is an apply-time reference, so only the synth-time rule can tell.
    at: 'okta-snowflake-dbt/SnowflakeCopy',
    build: (app) => {
      const s = example.oktaSnowflakeDbt(app);
      const copy = new ExternalIssuer(s, 'OktaByUrl', {
        kind: 'generic',
        issuerUrl: s.server.issuerUrl,
        jwksUrl: s.server.jwksUrl,
        audiences: [...s.server.audiences],
      });
      new SnowflakeExternalOAuth(s, 'SnowflakeCopy', { issuer: copy, name: 'OKTA_DBT_COPY', userMappingClaim: 'sub' });
    },
  },
  {
    rule: 'EO-SNOW-007',
    example: 'okta-snowflake-dbt',
    expect: 'construct-error+manifest-mutation',
    how: 'four JWKS URLs on one integration',
    at: 'okta-snowflake-dbt/SnowflakeStaging',
    code: CONFIG_ERROR_CODES.OUT_OF_RANGE,
    field: 'jwksUrls',
    // The manifest schema caps jwksUrls at 3 as well, so readManifest refuses such a file too.
    schemaRefuses: '/trusts/0/jwksUrls: must NOT have more than 3 items',
    build: (app) => {
      dbtWithStagingIntegration(app, { jwksUrls: [1, 2, 3, 4].map((n) => `https://acme.okta.com/oauth2/aus${n}/v1/keys`) });
    },
    mutate: (m) => {
      trustAt<SnowflakeTrustRecord>(m, 'okta-snowflake-dbt/Snowflake').jwksUrls.push(
        ...[1, 2, 3].map((n) => `https://acme.okta.com/oauth2/aus${n}/v1/keys`),
      );
    },
  },
  {
    rule: 'EO-SNOW-008',
    example: 'pingfederate-snowflake-atlan',
    expect: 'warning',
    how: "a DR-account integration fetching keys from a stale JWKS URL, not the issuer's /pf/JWKS",
    at: 'pingfederate-snowflake-atlan/SnowflakeDr',
    build: (app) => atlanDrIntegration(app, { jwksUrls: ['https://sso-old.acme.example/pf/JWKS'] }),
  },
  {
    rule: 'EO-SNOW-009',
    example: 'pingfederate-snowflake-atlan',
    expect: 'synth-error',
    how: 'a person granted role ANALYST, which is neither created nor declared as existing',
    at: 'pingfederate-snowflake-atlan/Snowflake/User-ALEX_KIM',
    build: (app) => {
      const s = example.atlan(app);
      s.snowflake.addUser({ loginName: 'alex.kim', name: 'ALEX_KIM', roles: ['ANALYST'] });
    },
  },
  {
    rule: 'EO-SNOW-010',
    example: 'pingfederate-snowflake-atlan',
    expect: 'synth-error',
    how: 'a DR-account integration declaring its account URL, which the PingFederate issuer does not mint (its audiences are copied by wiring)',
    at: 'pingfederate-snowflake-atlan/SnowflakeDr',
    build: (app) => atlanDrIntegration(app, { accountUrl: 'https://acme-dr.snowflakecomputing.com' }),
  },
  // --- Consistency: Redshift and API profiles -------------------------------------------------
  {
    rule: 'EO-RS-001',
    example: 'entra-redshift-dbt',
    expect: 'synth-error',
    how: 'a second trusted token issuer matches the object id `oid` against emails.value',
    at: 'entra-redshift-dbt/RedshiftByObjectId',
    build: (app) => {
      const s = example.entraRedshiftDbt(app);
      new RedshiftTrustedTokenIssuer(s, 'RedshiftByObjectId', {
        issuer: s.api,
        name: 'entra-dbt-oid',
        instanceArn: entraRedshiftDbtSettings().idcInstanceArn,
        claimAttributePath: 'oid',
        identityStoreAttributePath: 'emails.value',
        clients: [s.dbt],
        existingApplicationArn: 'arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:0000-dbt',
      });
    },
  },
  {
    rule: 'EO-API-001',
    example: 'entra-redshift-dbt',
    expect: 'synth-error',
    how: "an API profile that accepts the Redshift trust's audience api://redshift-dbt (token replay)",
    at: 'entra-redshift-dbt/RedshiftProxyProfile',
    build: (app) => {
      const s = example.entraRedshiftDbt(app);
      new ApiValidationProfile(s, 'RedshiftProxyProfile', {
        name: 'redshift-proxy',
        client: s.dbt,
        machineFlow: { enabled: false, systemUserClaim: 'appid', systemUserRole: 'Reader' },
        userFlow: { enabled: true, usernameClaim: 'upn' },
      });
    },
  },
  {
    rule: 'EO-API-001',
    example: 'alation-entra-api',
    expect: 'synth-error',
    how: 'a profile that accepts the Microsoft Graph audience https://graph.microsoft.com',
    // Graph is not minted by the Alation API either, so EO-AUD-001 fires with it.
    at: 'alation-entra-api/GraphProfile',
    alsoFires: ['EO-AUD-001'],
    build: (app) => {
      const s = example.alation(app);
      new ApiValidationProfile(s, 'GraphProfile', {
        name: 'alation-graph',
        client: s.client,
        audiences: ['https://graph.microsoft.com'],
        machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: 'Steward' },
      });
    },
  },
  // --- Best practice: URIs and grants --------------------------------------------------------------
  {
    rule: 'EO-URI-001',
    example: 'okta-spa-openmetadata',
    expect: 'construct-error+manifest-mutation',
    how: 'an http (non-loopback) redirect URI',
    at: 'okta-spa-openmetadata/HttpSpa',
    code: CONFIG_ERROR_CODES.INVALID_URL,
    field: 'redirectUris[0]',
    build: (app) => {
      const s = example.openMetadata(app);
      new OktaOidcApp(s, 'HttpSpa', {
        authorizationServer: s.server,
        kind: 'browser',
        redirectUris: ['http://openmetadata.acme.example/callback'],
      });
    },
    // The http origin is also not a trusted origin (the real one is https).
    alsoFires: ['EO-SIGNIN-002'],
    mutate: (m) => {
      clientAt(m, 'okta-spa-openmetadata/Spa').redirectUris[0] = 'http://openmetadata.acme.example/callback';
    },
  },
  {
    rule: 'EO-URI-002',
    example: 'okta-spa-openmetadata',
    expect: 'construct-error+manifest-mutation',
    how: 'a wildcard redirect URI instead of callback + silent-callback',
    at: 'okta-spa-openmetadata/WildcardSpa',
    code: CONFIG_ERROR_CODES.WILDCARD_URI,
    field: 'redirectUris[0]',
    build: (app) => {
      const s = example.openMetadata(app);
      new OktaOidcApp(s, 'WildcardSpa', { authorizationServer: s.server, kind: 'browser', redirectUris: [`${OPENMETADATA}/*`] });
    },
    mutate: (m) => {
      clientAt(m, 'okta-spa-openmetadata/Spa').redirectUris.splice(0, 2, `${OPENMETADATA}/*callback`);
    },
  },
  {
    rule: 'EO-GRANT-001',
    example: 'okta-spa-openmetadata',
    expect: 'warning',
    how: "a second SPA with the hybrid flow (code + id_token), without the example's suppression",
    at: 'okta-spa-openmetadata/AdminSpa',
    build: (app) => {
      const s = example.openMetadata(app);
      new OktaOidcApp(s, 'AdminSpa', {
        authorizationServer: s.server,
        kind: 'browser',
        grantTypes: ['authorization_code', 'implicit'],
        responseTypes: ['code', 'id_token'],
        redirectUris: [`${OPENMETADATA}/admin/callback`],
        program: SPA_PROGRAM,
        assignment: ASSIGNED,
      });
    },
  },
  {
    rule: 'EO-GRANT-002',
    example: 'okta-spa-openmetadata',
    expect: 'synth-error',
    how: 'a SPA whose refresh tokens are STATIC (not rotated)',
    at: 'okta-spa-openmetadata/LegacySpa',
    build: (app) => {
      const s = example.openMetadata(app);
      new OktaOidcApp(s, 'LegacySpa', {
        authorizationServer: s.server,
        kind: 'browser',
        grantTypes: ['authorization_code', 'refresh_token'],
        redirectUris: [`${OPENMETADATA}/legacy/callback`],
        refreshToken: { rotation: 'STATIC' },
        program: SPA_PROGRAM,
        assignment: ASSIGNED,
      });
    },
  },
  {
    rule: 'EO-GRANT-003',
    example: 'okta-spa-openmetadata',
    expect: 'construct-error+manifest-mutation',
    how: 'the SPA also granted client_credentials',
    at: 'okta-spa-openmetadata/MachineSpa',
    code: CONFIG_ERROR_CODES.INVALID_VALUE,
    field: 'grantTypes[1]',
    build: (app) => {
      const s = example.openMetadata(app);
      new OktaOidcApp(s, 'MachineSpa', {
        authorizationServer: s.server,
        kind: 'browser',
        grantTypes: ['authorization_code', 'client_credentials'],
        redirectUris: [`${OPENMETADATA}/machine/callback`],
      });
    },
    mutate: (m) => {
      const spa = clientAt(m, 'okta-spa-openmetadata/Spa');
      spa.grantTypes = [...(listOf(spa.grantTypes) ?? []), 'client_credentials'];
    },
  },
  {
    rule: 'EO-GRANT-004',
    example: 'okta-spa-openmetadata',
    expect: 'warning',
    how: 'a native CLI app with the resource owner password grant',
    at: 'okta-spa-openmetadata/Cli',
    build: (app) => {
      const s = example.openMetadata(app);
      new OktaOidcApp(s, 'Cli', {
        authorizationServer: s.server,
        kind: 'native',
        grantTypes: ['authorization_code', 'password'],
        redirectUris: ['com.acme.openmetadata:/callback'],
        program: NATIVE_PROGRAM,
        assignment: ASSIGNED,
      });
    },
  },
  {
    rule: 'EO-GRANT-005',
    example: 'okta-spa-openmetadata',
    expect: 'synth-error',
    how: 'a native app with a client secret and PKCE turned off',
    // The construct refuses pkce false only for browser apps and auth method none; the rule treats
    // every native app as a public client (RFC 8252: it cannot keep its secret).
    at: 'okta-spa-openmetadata/Desktop',
    build: (app) => {
      const s = example.openMetadata(app);
      new OktaOidcApp(s, 'Desktop', {
        authorizationServer: s.server,
        kind: 'native',
        grantTypes: ['authorization_code'],
        tokenEndpointAuthMethod: 'client_secret_basic',
        pkce: false,
        redirectUris: ['http://localhost:8585/callback'],
        program: NATIVE_PROGRAM,
        assignment: ASSIGNED,
      });
    },
  },
  // --- Best practice: Okta ---------------------------------------------------------------------
  {
    rule: 'EO-OKTA-001',
    example: 'okta-snowflake-dbt',
    expect: 'warning',
    how: 'an authorization server with issuer mode DYNAMIC',
    at: 'okta-snowflake-dbt/DynamicServer',
    build: (app) => {
      const s = example.oktaSnowflakeDbt(app);
      new OktaAuthorizationServer(s, 'DynamicServer', {
        name: 'snowflake-dbt-dynamic',
        audiences: ['https://acme-analytics.snowflakecomputing.com'],
        issuerMode: 'DYNAMIC',
      });
    },
  },
  {
    rule: 'EO-OKTA-002',
    example: 'okta-snowflake-dbt',
    expect: 'warning',
    how: "the org's `default` authorization server is declared",
    at: 'okta-snowflake-dbt/DefaultServer',
    build: (app) => {
      const s = example.oktaSnowflakeDbt(app);
      OktaAuthorizationServer.fromDefault(s, 'DefaultServer');
    },
  },
  // --- Best practice: lifetimes and secrets ----------------------------------------------------
  {
    rule: 'EO-LIFE-001',
    example: 'okta-snowflake-dbt',
    expect: 'warning',
    how: 'a second policy rule issuing 2 h access tokens',
    at: 'okta-snowflake-dbt/AuthServer',
    build: (app) => {
      const s = example.oktaSnowflakeDbt(app);
      s.server.policies[0].addRule({
        name: 'long-access',
        grantTypes: ['authorization_code'],
        scopes: ['openid'],
        accessTokenLifetime: Duration.hours(2),
      });
    },
  },
  {
    rule: 'EO-LIFE-002',
    example: 'okta-snowflake-dbt',
    expect: 'warning',
    how: 'a second policy rule issuing 180 day refresh tokens',
    at: 'okta-snowflake-dbt/AuthServer',
    build: (app) => {
      const s = example.oktaSnowflakeDbt(app);
      s.server.policies[0].addRule({
        name: 'long-refresh',
        grantTypes: ['authorization_code'],
        scopes: ['openid', 'offline_access'],
        refreshTokenLifetime: Duration.days(180),
      });
    },
  },
  {
    rule: 'EO-SECRET-001',
    example: 'alation-entra-api',
    expect: 'synth-error',
    how: 'a daemon secret valid from 100 days ahead for 700 days: it ends 800 days after synth',
    // The construct measures an end date from startDate (700 days pass); the rule measures it from
    // the synth time, as RULES.md says.
    at: 'alation-entra-api/Daemon',
    build: (app) => {
      const s = example.alation(app);
      new EntraClientApp(s, 'Daemon', {
        api: s.api,
        kind: 'service',
        appRoles: ['Catalog.Sync'],
        adminConsent: true,
        secret: { startDate: daysAfterNow(100), endDate: daysAfterNow(800), now: NOW },
      });
    },
  },
  {
    rule: 'EO-SECRET-002',
    example: 'alation-entra-api',
    expect: 'warning',
    how: 'a daemon secret that expires 20 days after synth (clock injected)',
    at: 'alation-entra-api/Daemon',
    build: (app) => {
      const s = example.alation(app);
      new EntraClientApp(s, 'Daemon', {
        api: s.api,
        kind: 'service',
        appRoles: ['Catalog.Sync'],
        adminConsent: true,
        secret: { endDate: daysAfterNow(20), now: NOW },
      });
    },
  },
  // --- Best practice: Keycloak broker (Ataccama ONE) ------------------------------------------
  {
    rule: 'EO-KC-001',
    example: 'okta-keycloak-ataccama',
    expect: 'warning',
    how: 'a second broker realm with SSO Session Idle 10 h above SSO Session Max 8 h',
    at: 'okta-keycloak-ataccama/KeycloakBrokerDr',
    build: (app) => {
      const s = example.ataccama(app);
      ataccamaBroker(s, 'KeycloakBrokerDr', { ssoSessionIdle: Duration.hours(10), ssoSessionMax: Duration.hours(8) });
    },
  },
  {
    rule: 'EO-KC-002',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'broker sessions of 100 days (+ 2 h reserve) outliving the 12 h Okta refresh token',
    at: 'okta-keycloak-ataccama/KeycloakBrokerLong',
    build: (app) => {
      const s = example.ataccama(app);
      ataccamaBroker(s, 'KeycloakBrokerLong', { ssoSessionIdle: Duration.days(100), ssoSessionMax: Duration.days(100) });
    },
  },
  {
    rule: 'EO-KC-003',
    example: 'okta-keycloak-ataccama',
    expect: 'construct-error+manifest-mutation',
    how: 'a refresh window ("expire if not used every") of 7 days above a 1 day refresh lifetime',
    at: 'okta-keycloak-ataccama/AuthServer/Policy_ataccama',
    code: CONFIG_ERROR_CODES.OUT_OF_RANGE,
    field: 'rules[1].refreshTokenWindow',
    build: (app) => {
      const s = example.ataccama(app);
      s.server.policies[0].addRule({
        name: 'short-refresh',
        grantTypes: ['authorization_code'],
        scopes: ['openid', 'offline_access'],
        refreshTokenLifetime: Duration.days(1),
        refreshTokenWindow: Duration.days(7),
      });
    },
    mutate: (m) => {
      const rule = m.issuers.find((i) => i.path === 'okta-keycloak-ataccama/AuthServer')!.policies[0].rules[0] as {
        refreshTokenWindowMinutes?: number;
      };
      rule.refreshTokenWindowMinutes = 129600 + 1440;
    },
  },
  {
    rule: 'EO-KC-004',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'a DR app registering the broker endpoint with a trailing slash',
    at: 'okta-keycloak-ataccama/KeycloakBrokerDr',
    build: (app) => {
      const s = example.ataccama(app);
      const dr = ataccamaDrApp(s, 'AtaccamaDr', { redirectUris: [`${KEYCLOAK_REALM}/broker/okta-dr/endpoint/`] });
      new KeycloakBroker(s, 'KeycloakBrokerDr', {
        client: dr,
        ssoSessionIdle: Duration.hours(10),
        ssoSessionMax: Duration.hours(10),
        reserve: Duration.hours(2),
      });
    },
  },
  {
    rule: 'EO-KC-005',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'a second broker sending the secret as basic auth to the app registered for client_secret_post',
    at: 'okta-keycloak-ataccama/KeycloakBrokerBasic',
    build: (app) => ataccamaBroker(example.ataccama(app), 'KeycloakBrokerBasic', { clientAuthentication: 'client_secret_basic' }),
  },
  {
    rule: 'EO-KC-006',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'a second broker requesting an `admin` scope no policy rule grants',
    at: 'okta-keycloak-ataccama/KeycloakBrokerAdmin',
    build: (app) => ataccamaBroker(example.ataccama(app), 'KeycloakBrokerAdmin', { scopes: ['openid', 'offline_access', 'admin'] }),
  },
  {
    rule: 'EO-KC-007',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'a second broker with "Store tokens" off, while Snowflake takes the app\'s tokens',
    at: 'okta-keycloak-ataccama/KeycloakBrokerNoStore',
    build: (app) => ataccamaBroker(example.ataccama(app), 'KeycloakBrokerNoStore', { storeTokens: false }),
  },
  {
    rule: 'EO-KC-008',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'a DR app whose sign-out redirect is `.../endpoint/logout` instead of `/logout_response`',
    at: 'okta-keycloak-ataccama/KeycloakBrokerDr',
    build: (app) => {
      const s = example.ataccama(app);
      const dr = ataccamaDrApp(s, 'AtaccamaDr', { postLogoutRedirectUris: [`${KEYCLOAK_REALM}/broker/okta-dr/endpoint/logout`] });
      new KeycloakBroker(s, 'KeycloakBrokerDr', {
        client: dr,
        ssoSessionIdle: Duration.hours(10),
        ssoSessionMax: Duration.hours(10),
        reserve: Duration.hours(2),
      });
    },
  },
  {
    rule: 'EO-KC-009',
    example: 'okta-keycloak-ataccama',
    expect: 'warning',
    how: 'a second broker reserving 30 minutes for job preprocessing',
    at: 'okta-keycloak-ataccama/KeycloakBrokerShort',
    build: (app) => ataccamaBroker(example.ataccama(app), 'KeycloakBrokerShort', { reserve: Duration.minutes(30) }),
  },
  {
    rule: 'EO-CLAIM-003',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'a second broker whose mapper reads `department`, declared only in the access token',
    at: 'okta-keycloak-ataccama/KeycloakBrokerHr',
    build: (app) => {
      const s = example.ataccama(app);
      s.server.addClaim({ name: 'department', value: 'user.department' });
      ataccamaBroker(s, 'KeycloakBrokerHr', {
        mappers: [{ name: 'department', type: 'oidc-user-attribute-idp-mapper', claim: 'department' }],
      });
    },
  },
  // --- First sign-in: assignment, trusted origins, client programs -------------------------------
  {
    rule: 'EO-SIGNIN-001',
    example: 'okta-snowflake-dbt',
    expect: 'synth-error',
    how: 'a staging dbt app that nobody is assigned to',
    at: 'okta-snowflake-dbt/DbtStaging',
    build: (app) => dbtStagingApp(example.oktaSnowflakeDbt(app), { assignment: undefined }),
  },
  {
    rule: 'EO-SIGNIN-002',
    example: 'okta-spa-openmetadata',
    expect: 'synth-error',
    how: 'a second SPA on another origin whose trusted origin is not created',
    at: 'okta-spa-openmetadata/EmbedSpa',
    build: (app) => {
      const s = example.openMetadata(app);
      new OktaOidcApp(s, 'EmbedSpa', {
        authorizationServer: s.server,
        kind: 'browser',
        redirectUris: ['https://embed.acme.example/callback'],
        program: SPA_PROGRAM,
        assignment: ASSIGNED,
        trustedOrigins: { create: false },
      });
    },
  },
  {
    rule: 'EO-CLIENT-001',
    example: 'okta-keycloak-ataccama',
    expect: 'synth-error',
    how: 'a DR app requiring PKCE of the Keycloak broker, whose "Use PKCE" is off',
    at: 'okta-keycloak-ataccama/AtaccamaPkce',
    build: (app) => ataccamaDrApp(example.ataccama(app), 'AtaccamaPkce', { pkce: true }),
  },
  {
    rule: 'EO-CLIENT-002',
    example: 'okta-snowflake-dbt',
    expect: 'synth-error',
    how: "a staging dbt app rotating refresh tokens, which dbt's guide does not ask for",
    at: 'okta-snowflake-dbt/DbtStaging',
    build: (app) => dbtStagingApp(example.oktaSnowflakeDbt(app), { refreshToken: { rotation: 'ROTATE' } }),
  },
  {
    rule: 'EO-CLIENT-003',
    example: 'okta-snowflake-dbt',
    expect: 'synth-error',
    how: 'a staging dbt app registered for client_secret_jwt, which dbt does not use',
    at: 'okta-snowflake-dbt/DbtStaging',
    build: (app) => dbtStagingApp(example.oktaSnowflakeDbt(app), { tokenEndpointAuthMethod: 'client_secret_jwt' }),
  },
  // --- Best practice: roles and endpoints ------------------------------------------------------
  {
    rule: 'EO-ROLE-001',
    example: 'alation-entra-api',
    expect: 'warning',
    how: 'settings give the machine-flow system user `Server Admin` (the role an Alation OAuth client example uses)',
    at: 'alation-entra-api/AlationProfile',
    build: (app) => {
      example.alation(app, { ...alationSettings(), systemUserRole: 'Server Admin' });
    },
  },
  {
    rule: 'EO-ENTRA-001',
    example: 'alation-entra-api',
    expect: 'manifest-mutation',
    how: 'the client configured with the Entra v1 authorize endpoint',
    // No construct prop sets an endpoint: EntraProtectedApi always records the v2.0 authorize and
    // token endpoints, and EntraClientApp copies them. `build` asserts that on the real example.
    at: 'alation-entra-api/AlationClient',
    build: (app) => {
      example.alation(app);
      app.synth();
      const m = manifestOf(app, 'alation-entra-api');
      const endpoints = [
        ...m.issuers.flatMap((i) => [i.details.authorizeEndpoint, i.details.tokenEndpoint]),
        ...m.clients.map((c) => c.details.authorizeEndpoint),
      ];
      expect(endpoints).toEqual([
        `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
        `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
        `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
      ]);
    },
    mutate: (m) => {
      const c = clientAt(m, 'alation-entra-api/AlationClient');
      (c as { details: ClientRecord['details'] }).details = {
        ...c.details,
        authorizeEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/authorize`,
      };
    },
  },
  // --- Not in ALL_RULES: raised by the Aspect itself -------------------------------------------
  {
    rule: unmatchedSuppression.id,
    example: 'okta-snowflake-dbt',
    expect: 'synth-error',
    how: 'a suppression of EO-GRANT-001 on the dbt web app, which has no such finding',
    at: 'okta-snowflake-dbt/DbtCloud',
    build: (app) => {
      const s = example.oktaSnowflakeDbt(app);
      ExternalOAuthSuppressions.add(s.dbt, [{ id: 'EO-GRANT-001', reason: 'dbt Cloud once needed the hybrid flow' }]);
    },
  },
  // --- Databricks OAuth token federation policies ------------------------------------------------
  {
    rule: 'EO-DBX-001',
    example: 'okta-databricks-dbt',
    expect: 'synth-error',
    how: 'an account policy that omits audiences (Databricks then accepts the account id) while Okta mints "databricks"',
    at: 'okta-databricks-dbt/DefaultAudiencePolicy',
    build: (app) => {
      const s = example.oktaDatabricksDbt(app);
      new DatabricksFederationPolicy(s, 'DefaultAudiencePolicy', {
        issuer: s.server,
        policyId: 'okta-default-audience',
        omitAudiences: true,
        accountId: oktaDatabricksDbtSettings().databricksAccountId,
        clients: [s.analysts],
      });
    },
  },
  {
    rule: 'EO-DBX-002',
    example: 'okta-databricks-dbt',
    expect: 'synth-error',
    how: 'a GitHub Actions policy whose subject names the staging environment, while the listed workflow runs in prod',
    at: 'okta-databricks-dbt/GitHubStagingPolicy',
    build: (app) => {
      const s = example.oktaDatabricksDbt(app);
      new DatabricksFederationPolicy(s, 'GitHubStagingPolicy', {
        issuer: s.github,
        policyId: 'github-deploy-staging',
        servicePrincipal: { id: 5678, applicationId: '00000000-0000-4000-8000-0000000000dc' },
        subject: 'repo:my-github-org/my-repo:environment:staging',
        clients: [s.deployWorkflow],
      });
    },
  },
  {
    rule: 'EO-DBX-003',
    example: 'entra-redshift-dbt',
    expect: 'warning',
    how: 'a service-principal policy for Entra tokens keyed on sub (pairwise per application)',
    at: 'entra-redshift-dbt/DatabricksPolicy',
    build: (app) => {
      const s = example.entraRedshiftDbt(app);
      new DatabricksProvider(s, 'databricks', {});
      new DatabricksFederationPolicy(s, 'DatabricksPolicy', {
        issuer: s.api,
        policyId: 'entra-dbt',
        servicePrincipal: { id: 1234, applicationId: '00000000-0000-4000-8000-0000000000db' },
        subject: 'pairwise-sub-of-one-app',
        clients: [s.dbt],
      });
    },
  },
  {
    rule: 'EO-DBX-004',
    example: 'okta-databricks-dbt',
    expect: 'synth-error',
    how: 'a policy for a self-hosted IdP that signs with PS256 (Databricks exchanges RS256 / ES256 only)',
    at: 'okta-databricks-dbt/Ps256Policy',
    build: (app) => {
      const s = example.oktaDatabricksDbt(app);
      const idp = new ExternalIssuer(s, 'Ps256Idp', {
        kind: 'generic',
        issuerUrl: 'https://idp.acme.example',
        jwksUrl: 'https://idp.acme.example/jwks',
        audiences: ['databricks'],
        signingAlgorithms: ['PS256'],
      });
      const job = new ExternalClient(s, 'Ps256Job', { issuer: idp, clientId: 'nightly-job', grantTypes: ['client_credentials'] });
      new DatabricksFederationPolicy(s, 'Ps256Policy', {
        issuer: idp,
        policyId: 'idp-nightly',
        servicePrincipal: { id: 5678, applicationId: '00000000-0000-4000-8000-0000000000dc' },
        subject: 'nightly-job',
        clients: [job],
      });
    },
  },
  {
    rule: 'EO-DBX-005',
    example: 'okta-databricks-dbt',
    expect: 'warning',
    how: 'a GitHub Actions policy with a pinned jwks_json instead of discovery',
    at: 'okta-databricks-dbt/GitHubPinnedPolicy',
    build: (app) => {
      const s = example.oktaDatabricksDbt(app);
      const key = {
        kty: 'EC',
        crv: 'P-256',
        kid: 'pinned-2025',
        x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
        y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
      };
      new DatabricksFederationPolicy(s, 'GitHubPinnedPolicy', {
        issuer: s.github,
        policyId: 'github-pinned',
        servicePrincipal: { id: 5678, applicationId: '00000000-0000-4000-8000-0000000000dc' },
        subject: s.deployWorkflow.clientId,
        jwksJson: JSON.stringify({ keys: [key] }),
        clients: [s.deployWorkflow],
      });
    },
  },
];

// ---------------------------------------------------------------------------------------------

/** `[path] [EO-XXX-000] message` lines of a failed synth. */
function errorAnnotations(message: string): { path: string; ruleId: string }[] {
  return [...message.matchAll(/^\[([^\]]+)\] \[(EO-[A-Z]+-\d{3})\]/gm)].map((m) => ({ path: m[1], ruleId: m[2] }));
}

/**
 * Rule ids that `runRules` finds in `after` but not in `before`, sorted. Findings are matched by
 * rule id and path (a mutation may change the wording of a finding that was already there).
 */
function newRuleIds(before: readonly FindingRecord[], after: readonly FindingRecord[]): string[] {
  const left = before.map((f) => `${f.ruleId}\u0000${f.path}`);
  const added: string[] = [];
  for (const f of after) {
    const i = left.indexOf(`${f.ruleId}\u0000${f.path}`);
    if (i >= 0) left.splice(i, 1);
    else added.push(f.ruleId);
  }
  return [...new Set(added)].sort();
}

/** The real synthesized manifest of each example (synthesized once, lazily). */
const realManifests = new Map<ExampleName, TrustManifest>();
function realManifestOf(name: ExampleName): TrustManifest {
  let m = realManifests.get(name);
  if (!m) {
    const app = checkedApp();
    EXAMPLES[name](app);
    app.synth();
    m = manifestOf(app, name);
    realManifests.set(name, m);
  }
  return structuredClone(m);
}

afterEach(cleanOutdirs);

describe('the broken-variant corpus', () => {
  test('has at least one variant for every rule of ALL_RULES (a new rule needs one here)', () => {
    const covered = new Set(VARIANTS.map((v) => v.rule));
    const missing = ALL_RULES.map((r) => r.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  test('names only known rules and derives variants from every example', () => {
    const known = new Set([...ALL_RULES.map((r) => r.id), unmatchedSuppression.id]);
    expect(VARIANTS.map((v) => v.rule).filter((id) => !known.has(id))).toEqual([]);
    expect([...new Set(VARIANTS.map((v) => v.example))].sort()).toEqual([...EXAMPLE_NAMES].sort());
  });

  test('warning variants exist only for warning rules and error kinds only for error rules', () => {
    const severity = new Map<string, string>([...ALL_RULES.map((r) => [r.id, r.severity] as const), [unmatchedSuppression.id, 'error']]);
    for (const v of VARIANTS) {
      if (v.expect === 'warning') expect([v.rule, severity.get(v.rule)]).toEqual([v.rule, 'warning']);
      if (v.expect === 'synth-error') expect([v.rule, severity.get(v.rule)]).toEqual([v.rule, 'error']);
    }
  });
});

describe.each(VARIANTS.map((v) => [`${v.rule} · ${v.example} · ${v.how}`, v] as const))('%s', (_name, v) => {
  const stack = v.example;
  const expected = [v.rule, ...(v.alsoFires ?? [])].sort();

  if (v.expect === 'synth-error') {
    test(`fails synth with ${v.rule} at ${v.at}`, () => {
      // GIVEN
      const app = checkedApp();
      v.build(app);
      // WHEN
      let message = '';
      try {
        app.synth();
      } catch (err) {
        message = (err as Error).message;
      }
      // THEN
      expect(message).toContain(`[${v.at}] [${v.rule}]`);
      expect([...new Set(errorAnnotations(message).map((a) => a.ruleId))].sort()).toEqual(expected);
      expect(fs.existsSync(manifestFile(app, stack))).toBe(false);
    });
  }

  if (v.expect === 'warning') {
    test(`synthesizes and records the unsuppressed warning ${v.rule} at ${v.at}`, () => {
      // GIVEN
      const app = checkedApp();
      v.build(app);
      // WHEN
      app.synth();
      // THEN
      const open = manifestOf(app, stack).findings.filter((f) => !f.suppressed);
      expect(open.map((f) => f.ruleId)).toEqual(open.map(() => v.rule));
      expect(open).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: v.rule, severity: 'warning', path: v.at })]));
    });
  }

  if (v.expect === 'construct-error+manifest-mutation') {
    test(`is refused at construct time with ${v.code} at ${v.at} ${v.field}`, () => {
      const err = configErrorOf(() => v.build(checkedApp()));
      expect({ code: err.code, path: err.path, field: err.field }).toEqual({ code: v.code, path: v.at, field: v.field });
      expect(err.message).toContain(`[${v.at}] ${v.field}:`);
    });
  }

  if (v.expect === 'manifest-mutation') {
    test('cannot be expressed through the constructs (the guarantee holds on the real example)', () => {
      v.build(checkedApp());
    });
  }

  if (v.mutate) {
    test(`${v.rule} is raised by runRules on the mutated manifest of ${v.example} (defense in depth)`, () => {
      // GIVEN the example's real manifest, edited as a hand-edited or older-version manifest could be
      const real = realManifestOf(v.example);
      const mutated = structuredClone(real);
      v.mutate!(mutated);
      expect(manifestProblems(mutated)).toEqual(v.schemaRefuses ? expect.arrayContaining([v.schemaRefuses]) : []);
      // WHEN
      const before = runRules(real, { now: NOW });
      const after = runRules(mutated, { now: NOW });
      // THEN
      expect(newRuleIds(before, after)).toEqual(expected);
      expect(after).toEqual(
        expect.arrayContaining([expect.objectContaining({ ruleId: v.rule, severity: ALL_RULES.find((r) => r.id === v.rule)!.severity })]),
      );
    });
  }
});

describe('GIVEN the example setups the variants start from', () => {
  test.each(EXAMPLE_NAMES)('%s alone raises no unsuppressed finding under runRules either', (name) => {
    const m = realManifestOf(name);
    const suppressed = new Set(m.findings.filter((f) => f.suppressed).map((f) => `${f.ruleId}\u0000${f.path}`));
    expect(runRules(m, { now: NOW }).filter((f) => !suppressed.has(`${f.ruleId}\u0000${f.path}`))).toEqual([]);
  });
});
