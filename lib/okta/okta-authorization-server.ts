import { Construct, IConstruct } from 'constructs';

import { BUILT_IN_CLAIMS } from '../core/claims';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient, IIssuer, issuerRecordBase } from '../core/interfaces';
import type { IssuerKind, TokenFlow } from '../core/kinds';
import { registerIssuer } from '../core/register';
import { type ScopeName, scopeNameOf, scopeNames } from '../core/scope-name';
import { fail, isUnresolved, requireNonEmpty, requireOneOf, requirePattern, requireUnique } from '../core/validate';
import { dependable } from '../framework';
import type { ClaimRecord, IssuerRecord, ScopeRecord } from '../manifest/types';
import { AuthServer } from '../providers/okta/auth-server';
import { AuthServerClaim } from '../providers/okta/auth-server-claim';
import { AuthServerScope } from '../providers/okta/auth-server-scope';
import { DataOktaAuthServer } from '../providers/okta/data-okta-auth-server';
import { chainByPriority, childId, contiguityProblems, requireLiteralName, requireTokenName, takePriority } from './internal';
import { OktaAccessPolicy, OktaAccessPolicyOptions } from './okta-access-policy';

/**
 * How an Okta authorization server builds its `iss`: the org domain, the custom domain, or
 * whichever domain the request came in on.
 * @see https://developer.okta.com/docs/guides/custom-url-domain/main/#about-the-issuer
 */
export type OktaIssuerMode = 'ORG_URL' | 'CUSTOM_URL' | 'DYNAMIC';

/** Whether users see a consent dialog for a scope. */
export type OktaScopeConsent = 'IMPLICIT' | 'REQUIRED' | 'FLEXIBLE';

/** How a groups claim selects the user's groups. */
export type OktaGroupFilterType = 'STARTS_WITH' | 'EQUALS' | 'CONTAINS' | 'REGEX';

/**
 * Scopes every Okta custom authorization server has without declaring them. Policy rules and
 * claims may name these; `addScope()` refuses them. `groups` is NOT among them on custom
 * servers (only the org authorization server has it): declare it with `addScope()`.
 * @see https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#scopes
 */
export const OKTA_BUILT_IN_SCOPES: readonly string[] = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access', 'device_sso'];

/**
 * Claim names Okta reserves: custom claims may not use them.
 * @see https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#reserved-claims-in-the-payload-section
 */
export const OKTA_RESERVED_CLAIMS: readonly string[] = [
  'iss',
  'sub',
  'aud',
  'exp',
  'iat',
  'nbf',
  'jti',
  'cid',
  'uid',
  'scp',
  'ver',
  'auth_time',
  'amr',
  'idp',
  'nonce',
  'at_hash',
  'c_hash',
  'acr',
  'sid',
  'client_id',
  'scope',
  'token_type',
  'active',
  'expires_in',
  'access_token',
  'id_token',
  'refresh_token',
  'device_id',
  '_links',
];

/** Props of {@link OktaAuthorizationServer}. */
export interface OktaAuthorizationServerProps {
  /** The authorization server's name, unique in the org. */
  readonly name: string;
  /**
   * The access-token audience (`aud`), e.g. `api://snowflake` or `https://<account>.snowflakecomputing.com`.
   * A list for symmetry with other issuers, but Okta accepts exactly one value.
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server#audiences
   */
  readonly audiences: string[];
  /**
   * @default no description
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server#description
   */
  readonly description?: string;
  /**
   * Which domain `iss` uses. `DYNAMIC` makes `iss` depend on the request's domain: consumers that
   * pin the issuer (Snowflake, the validator) then reject tokens minted on the other domain.
   * @default 'ORG_URL'
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server#issuer_mode
   */
  readonly issuerMode?: OktaIssuerMode;
  /**
   * Signing-key rotation. `MANUAL` keys never rotate unless an admin does it.
   * @default 'AUTO'
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server#credentials_rotation_mode
   */
  readonly credentialsRotationMode?: 'AUTO' | 'MANUAL';
}

/** Props of {@link OktaAuthorizationServer.fromDefault}. */
export interface OktaDefaultAuthorizationServerProps {
  /**
   * The default server's audience, as configured in the org.
   * @default 'api://default'
   * @see https://developer.okta.com/docs/concepts/auth-servers/#default-custom-authorization-server
   */
  readonly audience?: string;
  /**
   * The default server's issuer mode, when known (it is not managed here).
   * @default not declared (absent from the manifest)
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/data-sources/auth_server
   */
  readonly issuerMode?: OktaIssuerMode;
}

/** Options of {@link OktaAuthorizationServer.addScope}. */
export interface OktaScopeOptions {
  /** The scope name, e.g. `session:role:ANALYST` or `SnowflakeScope.ROLE_ANY`. Not an OIDC built-in ({@link OKTA_BUILT_IN_SCOPES}). */
  readonly name: ScopeName;
  /**
   * @default no description
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_scope#description
   */
  readonly description?: string;
  /**
   * Shown in consent dialogs.
   * @default the name
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_scope#display_name
   */
  readonly displayName?: string;
  /**
   * Granted when a client asks for no scope (and a rule allows it).
   * @default false
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_scope#default
   */
  readonly default?: boolean;
  /**
   * @default 'IMPLICIT'
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_scope#consent
   */
  readonly consent?: OktaScopeConsent;
  /**
   * Whether the scope is listed in the public discovery document. Scope names such as
   * `session:role:SYSADMIN` reveal roles, so they are not published unless asked.
   * @default 'NO_CLIENTS' (the provider's own default is `ALL_CLIENTS`)
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_scope#metadata_publish
   */
  readonly metadataPublish?: 'ALL_CLIENTS' | 'NO_CLIENTS';
}

/** Options of {@link OktaAuthorizationServer.addClaim}. */
export interface OktaClaimOptions {
  /** The claim name; not one of {@link OKTA_RESERVED_CLAIMS}. */
  readonly name: string;
  /** An Okta expression (e.g. `user.email`, `app.profile.tenant`) or, for `GROUPS`, the filter value. */
  readonly value: string;
  /**
   * @default 'EXPRESSION'
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_claim#value_type
   */
  readonly valueType?: 'EXPRESSION' | 'GROUPS';
  /**
   * `RESOURCE`: access token; `IDENTITY`: ID token.
   * @default 'RESOURCE'
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_claim#claim_type
   */
  readonly claimType?: 'RESOURCE' | 'IDENTITY';
  /**
   * Required for `GROUPS`, refused otherwise.
   * @default none
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_claim#group_filter_type
   */
  readonly groupFilterType?: OktaGroupFilterType;
  /**
   * ID-token claims: include even when the ID token comes with an access token.
   * @default true (provider default; not sent)
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_claim#always_include_in_token
   */
  readonly alwaysIncludeInToken?: boolean;
  /**
   * Emit the claim only when one of these scopes is granted (declared or built-in scopes).
   * @default every scope (the claim is always emitted)
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_claim#scopes
   */
  readonly scopes?: ScopeName[];
  /**
   * What the value holds, for checks (Snowflake `EMAIL_ADDRESS` mappings need `email`).
   * @default `groups` for GROUPS, `email` for `user.email`, `username` for `user.login`, else `other`
   * @see https://docs.snowflake.com/en/user-guide/oauth-ext-custom#configure-the-external-oauth-security-integration
   */
  readonly valueKind?: ClaimRecord['valueKind'];
  /**
   * Flows whose tokens carry it. Client-credentials tokens have no user: expressions on `user`
   * or groups evaluate to nothing there.
   * @default `['user']` for GROUPS, IDENTITY claims and expressions that mention `user` or groups; else both
   * @see https://developer.okta.com/docs/reference/okta-expression-language/
   */
  readonly flows?: TokenFlow[];
}

/** Options of {@link OktaAuthorizationServer.addGroupsClaim}. */
export interface OktaGroupsClaimOptions {
  /** @default 'groups' @see https://developer.okta.com/docs/guides/customize-tokens-groups-claim/main/ */
  readonly name?: string;
  /** How `filter` is matched against group names. */
  readonly filterType: OktaGroupFilterType;
  /** The filter value, e.g. `snowflake_` with `STARTS_WITH`. */
  readonly filter: string;
  /** @default 'RESOURCE' @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_claim#claim_type */
  readonly claimType?: 'RESOURCE' | 'IDENTITY';
  /** @default every scope @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_claim#scopes */
  readonly scopes?: ScopeName[];
  /** @default true (provider default; not sent) @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_claim#always_include_in_token */
  readonly alwaysIncludeInToken?: boolean;
}

interface DeclaredScope {
  readonly record: ScopeRecord;
  readonly resource: AuthServerScope;
}

interface DeclaredClaim {
  readonly record: ClaimRecord;
  readonly claimType: 'RESOURCE' | 'IDENTITY';
}

const USE_DEFAULT_SERVER = Symbol('okta-default-auth-server');
interface InternalProps extends OktaAuthorizationServerProps {
  readonly [USE_DEFAULT_SERVER]?: OktaDefaultAuthorizationServerProps;
}

const USER_EXPRESSION = /\b(user|Groups|isMemberOfGroup\w*|getFilteredGroups)\b/;
const DEFAULT_AUDIENCE = 'api://default';

/**
 * An Okta custom authorization server (`okta_auth_server`): the issuer of access tokens for
 * Snowflake, Redshift and APIs. Declare its scopes, claims and access policies with the
 * `add*()` methods; its issuer URL is the server's computed `issuer`, known after apply.
 *
 * @example
 * const server = new OktaAuthorizationServer(stack, 'Snowflake', { name: 'snowflake', audiences: ['api://snowflake'] });
 * server.addScope({ name: 'session:role:ANALYST' });
 * server.addGroupsClaim({ filterType: 'STARTS_WITH', filter: 'snowflake_' });
 * server.addPolicy({ name: 'dbt', clients: [app] }).addRule({ name: 'cc', grantTypes: ['client_credentials'], scopes: ['session:role:ANALYST'] });
 */
export class OktaAuthorizationServer extends Construct implements IIssuer {
  /**
   * References the org's built-in `default` authorization server (read with the
   * `okta_auth_server` data source, not managed). Scopes, claims and policies may still be added
   * to it. Marked `defaultAuthServer: true` in the manifest so that checks can warn: it is shared
   * by every app in the org.
   * @see https://developer.okta.com/docs/concepts/auth-servers/#default-custom-authorization-server
   */
  public static fromDefault(scope: Construct, id: string, props: OktaDefaultAuthorizationServerProps = {}): OktaAuthorizationServer {
    const internal: InternalProps = { name: 'default', audiences: [props.audience ?? DEFAULT_AUDIENCE], [USE_DEFAULT_SERVER]: props };
    return new OktaAuthorizationServer(scope, id, internal);
  }

  /** Always `okta`: app tokens are those whose `sub` equals the client id. */
  public readonly issuerKind: IssuerKind = 'okta';
  /** The exact `iss`: the server's computed `issuer` attribute (a token until apply). */
  public readonly issuerUrl: string;
  /** `<issuer>/v1/keys`: Okta exposes no JWKS attribute; drift verifies it against discovery. */
  public readonly jwksUrl: string;
  /** `<issuer>/.well-known/openid-configuration`. */
  public readonly discoveryUrl: string;
  /** The single audience, as a one-element list. */
  public readonly audiences: string[];
  /** The server id (a token). */
  public readonly authServerId: string;
  /** The server's name. */
  public readonly serverName: string;
  /** The issuer mode, when declared. */
  public readonly issuerMode?: OktaIssuerMode;
  /** True for the org's `default` server ({@link OktaAuthorizationServer.fromDefault}). */
  public readonly defaultAuthServer: boolean;
  /** The managed resource; absent for the default server. */
  public readonly resource?: AuthServer;

  private readonly declaredScopes: DeclaredScope[] = [];
  private readonly declaredClaims: DeclaredClaim[] = [];
  private readonly declaredPolicies: OktaAccessPolicy[] = [];

  constructor(scope: Construct, id: string, props: OktaAuthorizationServerProps) {
    super(scope, id);
    const defaultProps = (props as InternalProps)[USE_DEFAULT_SERVER];
    requireLiteralName(this, 'name', props.name);
    requireSingleAudience(this, props.audiences);
    if (props.issuerMode !== undefined) requireOneOf(this, 'issuerMode', props.issuerMode, ['ORG_URL', 'CUSTOM_URL', 'DYNAMIC'] as const);
    if (defaultProps?.issuerMode !== undefined)
      requireOneOf(this, 'issuerMode', defaultProps.issuerMode, ['ORG_URL', 'CUSTOM_URL', 'DYNAMIC'] as const);
    if (props.credentialsRotationMode !== undefined)
      requireOneOf(this, 'credentialsRotationMode', props.credentialsRotationMode, ['AUTO', 'MANUAL'] as const);

    let issuer: string;
    if (defaultProps) {
      const lookup = new DataOktaAuthServer(this, 'Lookup', { name: 'default' });
      this.authServerId = lookup.id;
      issuer = lookup.issuer;
      this.issuerMode = defaultProps.issuerMode;
      this.defaultAuthServer = true;
    } else {
      this.issuerMode = props.issuerMode ?? 'ORG_URL';
      this.resource = new AuthServer(this, 'Resource', {
        name: props.name,
        audiences: [...props.audiences],
        description: props.description,
        issuerMode: this.issuerMode,
        credentialsRotationMode: props.credentialsRotationMode ?? 'AUTO',
        status: 'ACTIVE',
      });
      this.authServerId = this.resource.id;
      issuer = this.resource.issuer;
      this.defaultAuthServer = false;
    }
    this.serverName = props.name;
    this.issuerUrl = issuer;
    this.jwksUrl = `${issuer}/v1/keys`;
    this.discoveryUrl = `${issuer}/.well-known/openid-configuration`;
    this.audiences = [...props.audiences];
    this.node.addValidation({
      validate: () =>
        contiguityProblems(
          this,
          'policies[].priority',
          this.declaredPolicies.map((p) => p.priority),
        ),
    });
    registerIssuer(this);
  }

  /** Declares a custom scope (`okta_auth_server_scope`). Declare scopes before the rules and claims that name them. */
  public addScope(input: OktaScopeOptions): AuthServerScope {
    const options = { ...input, name: scopeNameOf(input.name) };
    const field = `scopes[${this.declaredScopes.length}]`;
    requireTokenName(this, `${field}.name`, options.name);
    if (OKTA_BUILT_IN_SCOPES.includes(options.name)) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_NAME,
        `${field}.name`,
        options.name,
        'is an OIDC scope that every Okta authorization server already has; name it in rules without declaring it',
      );
    }
    if (options.name === '*')
      fail(this, CONFIG_ERROR_CODES.INVALID_NAME, `${field}.name`, options.name, 'is the rule wildcard, not a scope name');
    requireUnique(this, 'scopes[].name', [...this.declaredScopes.map((s) => s.record.name), options.name]);
    const consent = options.consent ?? 'IMPLICIT';
    requireOneOf(this, `${field}.consent`, consent, ['IMPLICIT', 'REQUIRED', 'FLEXIBLE'] as const);
    const metadataPublish = options.metadataPublish ?? 'NO_CLIENTS';
    requireOneOf(this, `${field}.metadataPublish`, metadataPublish, ['ALL_CLIENTS', 'NO_CLIENTS'] as const);
    const resource = new AuthServerScope(this, childId('Scope', options.name), {
      authServerId: this.authServerId,
      name: options.name,
      description: options.description,
      displayName: options.displayName,
      default: options.default ?? false,
      consent,
      metadataPublish,
    });
    const record: ScopeRecord = {
      name: options.name,
      ...(options.description !== undefined ? { description: options.description } : {}),
      default: options.default ?? false,
      consent,
      enabled: true,
    };
    this.declaredScopes.push({ record, resource });
    return resource;
  }

  /** Declares a custom claim (`okta_auth_server_claim`). */
  public addClaim(input: OktaClaimOptions): AuthServerClaim {
    const options = { ...input, scopes: scopeNames(input.scopes) };
    const field = `claims[${this.declaredClaims.length}]`;
    requireTokenName(this, `${field}.name`, options.name);
    if (OKTA_RESERVED_CLAIMS.includes(options.name)) {
      fail(this, CONFIG_ERROR_CODES.INVALID_NAME, `${field}.name`, options.name, 'is a claim name Okta reserves');
    }
    const valueType = options.valueType ?? 'EXPRESSION';
    requireOneOf(this, `${field}.valueType`, valueType, ['EXPRESSION', 'GROUPS'] as const);
    const claimType = options.claimType ?? 'RESOURCE';
    requireOneOf(this, `${field}.claimType`, claimType, ['RESOURCE', 'IDENTITY'] as const);
    if (!isUnresolved(options.value) && (typeof options.value !== 'string' || options.value.trim().length === 0)) {
      fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, `${field}.value`, options.value, 'is required and must not be empty');
    }
    if (valueType === 'GROUPS') {
      if (options.groupFilterType === undefined) {
        fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, `${field}.groupFilterType`, undefined, 'is required when valueType is GROUPS');
      }
      requireOneOf(this, `${field}.groupFilterType`, options.groupFilterType, ['STARTS_WITH', 'EQUALS', 'CONTAINS', 'REGEX'] as const);
    } else if (options.groupFilterType !== undefined) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        `${field}.groupFilterType`,
        options.groupFilterType,
        'applies only when valueType is GROUPS',
      );
    }
    const sameType = this.declaredClaims.filter((c) => c.claimType === claimType).map((c) => c.record.name);
    requireUnique(this, `claims[${claimType}].name`, [...sameType, options.name]);
    if (options.scopes !== undefined) {
      requireNonEmpty(this, `${field}.scopes`, options.scopes);
      options.scopes.forEach((s, i) => this.requireKnownScope(this, `${field}.scopes[${i}]`, s, false));
      requireUnique(this, `${field}.scopes`, options.scopes);
    }
    if (options.flows !== undefined) {
      requireNonEmpty(this, `${field}.flows`, options.flows);
      options.flows.forEach((f, i) => requireOneOf(this, `${field}.flows[${i}]`, f, ['machine', 'user'] as const));
      if (claimType === 'IDENTITY' && options.flows.includes('machine')) {
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          `${field}.flows`,
          options.flows,
          'ID-token claims exist only in user flows (client credentials yield no ID token)',
        );
      }
    }

    const resource = new AuthServerClaim(this, childId(claimType === 'RESOURCE' ? 'Claim' : 'IdClaim', options.name), {
      authServerId: this.authServerId,
      name: options.name,
      value: options.value,
      valueType,
      claimType,
      groupFilterType: options.groupFilterType,
      alwaysIncludeInToken: options.alwaysIncludeInToken,
      scopes: options.scopes ? [...options.scopes] : undefined,
      status: 'ACTIVE',
    });
    const deps = this.scopeDependencies(options.scopes ?? []);
    if (deps.length > 0) resource.dependsOn = deps.map((d) => dependable(d));

    const userOnly =
      valueType === 'GROUPS' || claimType === 'IDENTITY' || (!isUnresolved(options.value) && USER_EXPRESSION.test(options.value));
    const record: ClaimRecord = {
      name: options.name,
      flows: options.flows ? [...options.flows] : userOnly ? ['user'] : ['machine', 'user'],
      tokenType: claimType === 'RESOURCE' ? 'access' : 'id',
      ...(valueType === 'GROUPS' ? { groupFilter: `${options.groupFilterType} ${options.value}` } : {}),
      value: options.value,
      valueKind: options.valueKind ?? defaultValueKind(valueType, options.value),
    };
    this.declaredClaims.push({ record, claimType });
    return resource;
  }

  /**
   * Declares a groups claim: the user's groups whose names match `filter` (Okta caps it at 100
   * groups). Only user tokens carry it.
   * @example server.addGroupsClaim({ filterType: 'STARTS_WITH', filter: 'snowflake_' })
   */
  public addGroupsClaim(options: OktaGroupsClaimOptions): AuthServerClaim {
    return this.addClaim({
      name: options.name ?? 'groups',
      value: options.filter,
      valueType: 'GROUPS',
      groupFilterType: options.filterType,
      claimType: options.claimType,
      scopes: options.scopes,
      alwaysIncludeInToken: options.alwaysIncludeInToken,
      valueKind: 'groups',
    });
  }

  /**
   * Declares an access policy (`okta_auth_server_policy`) for some clients of this server.
   * Priorities are assigned 1, 2, ... in declaration order unless given; explicit ones must end up
   * contiguous from 1 (checked at synth).
   */
  public addPolicy(options: OktaAccessPolicyOptions): OktaAccessPolicy {
    const index = this.declaredPolicies.length;
    requireLiteralName(this, `policies[${index}].name`, options.name);
    requireUnique(this, 'policies[].name', [...this.declaredPolicies.map((p) => p.policyName), options.name]);
    requireNonEmpty(this, `policies[${index}].clients`, options.clients);
    options.clients.forEach((c, i) => {
      if (c.issuer !== this) {
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          `policies[${index}].clients[${i}]`,
          c.node.path,
          `must obtain its tokens from this authorization server (its issuer is ${c.issuer.node.path})`,
        );
      }
    });
    const priority = takePriority(
      this,
      `policies[${index}].priority`,
      options.priority,
      this.declaredPolicies.map((p) => p.priority),
    );
    const policy = new OktaAccessPolicy(this, childId('Policy', options.name), { ...options, priority, server: this });
    this.declaredPolicies.push(policy);
    chainByPriority(this.declaredPolicies);
    return policy;
  }

  /** True for a declared scope or an OIDC built-in scope. */
  public hasScope(name: string): boolean {
    return OKTA_BUILT_IN_SCOPES.includes(name) || this.declaredScopes.some((s) => s.record.name === name);
  }

  /** The `okta_auth_server_scope` resources that back `names` (built-ins have none). */
  public scopeDependencies(names: readonly string[]): AuthServerScope[] {
    return this.declaredScopes.filter((s) => names.includes(s.record.name)).map((s) => s.resource);
  }

  /** The access policies, in declaration order. */
  public get policies(): readonly OktaAccessPolicy[] {
    return [...this.declaredPolicies];
  }

  /**
   * The access-token (and ID-token) claims it emits: Okta's built-in claims, then the declared
   * ones. A claim restricted to scopes is only present when one of them is granted.
   */
  public get claims(): ClaimRecord[] {
    const declared = this.declaredClaims.map((c) => c.record);
    return [...BUILT_IN_CLAIMS.okta.map((c) => ({ ...c, flows: [...c.flows] })), ...declared.map((c) => ({ ...c, flows: [...c.flows] }))];
  }

  /**
   * Scopes that `client` may obtain: those of the rules, in policies assigned to it, that allow
   * one of its grant types. No duplicates.
   */
  public scopesGrantedTo(client: IClient): string[] {
    const scopes = new Set<string>();
    for (const policy of this.declaredPolicies) {
      if (!policy.clients.includes(client)) continue;
      for (const rule of policy.rules) {
        if (rule.grantTypes.some((g) => client.grantTypes.includes(g))) rule.scopes.forEach((s) => scopes.add(s));
      }
    }
    return [...scopes];
  }

  /**
   * Fails (naming `scope`) unless `name` is a declared scope, an OIDC built-in, or, when
   * `allowWildcard`, the rule wildcard `*`.
   */
  public requireKnownScope(scope: IConstruct, field: string, name: string, allowWildcard: boolean): void {
    if (isUnresolved(name))
      fail(scope, CONFIG_ERROR_CODES.INVALID_VALUE, field, name, 'must be a literal scope name, not a Terraform token');
    if (allowWildcard && name === '*') return;
    if (!this.hasScope(name)) {
      fail(
        scope,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        field,
        name,
        `must be a scope declared with addScope() before use, or an OIDC built-in (${OKTA_BUILT_IN_SCOPES.join(', ')})`,
      );
    }
  }

  /** The manifest record: declared scopes, built-in and declared claims, policies by priority. */
  public toIssuerRecord(): IssuerRecord {
    return {
      ...issuerRecordBase(this),
      scopes: this.declaredScopes.map((s) => ({ ...s.record })),
      claims: this.claims,
      policies: [...this.declaredPolicies].sort((a, b) => a.priority - b.priority).map((p) => p.toPolicyRecord()),
      details: {
        name: this.serverName,
        ...(this.issuerMode !== undefined ? { issuerMode: this.issuerMode } : {}),
        defaultAuthServer: this.defaultAuthServer,
      },
    };
  }
}

function requireSingleAudience(scope: Construct, audiences: string[]): void {
  requireNonEmpty(scope, 'audiences', audiences);
  if (audiences.length > 1) {
    fail(
      scope,
      CONFIG_ERROR_CODES.INVALID_VALUE,
      'audiences',
      audiences,
      'must hold exactly one value (Okta authorization servers support a single audience)',
    );
  }
  requirePattern(
    scope,
    'audiences[0]',
    audiences[0],
    /^\S+$/,
    'must be a non-empty value without spaces',
    CONFIG_ERROR_CODES.INVALID_VALUE,
  );
}

function defaultValueKind(valueType: 'EXPRESSION' | 'GROUPS', value: string): ClaimRecord['valueKind'] {
  if (valueType === 'GROUPS') return 'groups';
  if (value === 'user.email') return 'email';
  if (value === 'user.login') return 'username';
  return 'other';
}
