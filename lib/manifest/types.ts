/**
 * The trust manifest: what synth writes to `cdktf.out/stacks/<stack>/external-oauth.json`
 * and what review, drift, simulate and the validator read. Pure types, no cdktf import.
 *
 * Values known only after `terraform apply` stay as Terraform expressions (`${...}`).
 * Records refer to each other by construct path. No secret value ever appears here.
 *
 * @see README.md, "The trust manifest" and "API validation profile"
 */
import type { GrantType, IssuerKind, TokenFlow } from '../core/kinds';

/** The manifest format version; readers refuse any other. */
export const MANIFEST_SCHEMA_VERSION = 1;

/** The file name written beside each stack's `cdk.tf.json`. */
export const MANIFEST_FILE_NAME = 'external-oauth.json';

/** The id of the TerraformOutput that carries the profiles with apply-time values. */
export const PROFILES_OUTPUT_ID = 'external_oauth_profiles';

/** Machine-to-machine (client credentials) mapping of a validation profile. */
export interface MachineFlow {
  readonly enabled: boolean;
  /** The claim whose value names the system user, e.g. `appid`. */
  readonly systemUserClaim: string;
  /** The role the system user gets, e.g. `Server Admin`. */
  readonly systemUserRole: string;
}

/** User-token mapping of a validation profile. */
export interface UserFlow {
  readonly enabled: boolean;
  /** The claim whose value is an existing username, e.g. `unique_name`. Required when enabled. */
  readonly usernameClaim?: string;
}

/** The contract between synth and the validator. Field names are fixed. */
export interface ValidationProfile {
  readonly name: string;
  readonly clientId: string;
  readonly issuer: string;
  /** One apply-time expression when the declared audiences are a Terraform list token. */
  readonly audiences: ListOrApplyTime<string>;
  readonly jwksUrl: string;
  readonly machineFlow: MachineFlow;
  readonly userFlow: UserFlow;
  readonly issuerKind: IssuerKind;
  /** One apply-time expression when declared as a Terraform list token. */
  readonly clientIdClaims?: ListOrApplyTime<string>;
  readonly algorithms?: string[];
  readonly clockToleranceSeconds?: number;
  /** `pingfederate` and `generic` only: how an app token is recognised when `sub` is not the client id. */
  readonly appTokenRule?: AppTokenRule;
  /** `rfc9068`: header `typ` must be `at+jwt` and `sub`, `client_id`, `iat`, `jti` are required (RFC 9068 section 2). */
  readonly tokenProfile?: TokenProfile;
  /** `iat` is required unless `false` (RFC 9068 section 2.2). Absent means `true`. */
  readonly requireIssuedAt?: boolean;
}

/**
 * How an app (client credentials) token is recognised: the claim `claim` equals `value`, or
 * equals the profile's client id when `valueIsClientId` is true. Exactly one of the two.
 */
export interface AppTokenRule {
  readonly claim: string;
  readonly value?: string;
  readonly valueIsClientId?: true;
}

/** Token profiles a validation profile can require. */
export type TokenProfile = 'rfc9068';

/** A scope an issuer defines. */
export interface ScopeRecord {
  readonly name: string;
  readonly description?: string;
  /** Granted when a client asks for no scope. */
  readonly default?: boolean;
  readonly consent?: 'IMPLICIT' | 'REQUIRED' | 'FLEXIBLE' | 'admin' | 'user';
  readonly enabled?: boolean;
}

/** A claim an issuer emits. */
export interface ClaimRecord {
  readonly name: string;
  /** Which flows' access tokens carry it. */
  readonly flows: TokenFlow[];
  /** `access` (RESOURCE) or `id` (IDENTITY) token. */
  readonly tokenType: 'access' | 'id';
  /** Okta groups claims: the filter, e.g. `STARTS_WITH snowflake_`. */
  readonly groupFilter?: string;
  /** How the value is computed, e.g. `user.email`, or a groups filter; informative. */
  readonly value?: string;
  /** `email` when the value is an email address (for Snowflake EMAIL_ADDRESS mappings). */
  readonly valueKind?: 'email' | 'username' | 'id' | 'groups' | 'other';
}

/** One rule of an authorization-server access policy. Lifetimes in minutes. */
export interface PolicyRuleRecord {
  readonly name: string;
  readonly priority: number;
  readonly grantTypes: GrantType[];
  readonly scopes: string[];
  readonly groups?: string[];
  readonly accessTokenLifetimeMinutes: number;
  readonly refreshTokenLifetimeMinutes?: number;
  readonly refreshTokenWindowMinutes?: number;
}

/** An access policy of an authorization server: which clients, under which rules. */
export interface PolicyRecord {
  readonly name: string;
  readonly priority: number;
  /** Construct paths of the clients the policy is assigned to. */
  readonly clients: string[];
  readonly rules: PolicyRuleRecord[];
}

/** Who signs tokens. */
export interface IssuerRecord {
  readonly path: string;
  readonly kind: IssuerKind;
  /** Exact `iss`. */
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly discoveryUrl: string;
  /** The audiences it mints access tokens for; one apply-time expression when declared as a Terraform list token. */
  readonly audiences: ListOrApplyTime<string>;
  readonly scopes: ScopeRecord[];
  readonly claims: ClaimRecord[];
  readonly policies: PolicyRecord[];
  /** Kind-specific facts. */
  readonly details: IssuerDetails;
}

/** Kind-specific issuer facts; each field is set by the kinds it names. */
export interface IssuerDetails {
  /** A readable name (Okta auth server name, Entra display name). */
  readonly name?: string;
  /** Okta: `ORG_URL`, `CUSTOM_URL` or `DYNAMIC`. */
  readonly issuerMode?: 'ORG_URL' | 'CUSTOM_URL' | 'DYNAMIC';
  /** Okta: true for the org's `default` authorization server. */
  readonly defaultAuthServer?: boolean;
  /** Entra: the tenant id (GUID) or an expression. */
  readonly tenantId?: string;
  /** Entra: `requested_access_token_version` of the API (1 or 2); decides `iss` and `aud`. */
  readonly accessTokenVersion?: 1 | 2;
  /** Entra: the API's identifier URI (App ID URI). */
  readonly identifierUri?: string;
  /** Entra: the API's client id (the v2 audience). */
  readonly applicationClientId?: string;
  /** Entra: app role values (land in `roles` of app tokens). */
  readonly appRoles?: string[];
  /** The authorize endpoint clients are sent to (Entra: the v2 endpoint). */
  readonly authorizeEndpoint?: string;
  /** The token endpoint. */
  readonly tokenEndpoint?: string;
  /** Access-token lifetime when declared outside policies (external issuers), in minutes. */
  readonly accessTokenLifetimeMinutes?: number;
  /** The JWS algorithms its tokens are signed with, when declared (external issuers). */
  readonly signingAlgorithms?: string[];
}

/** A client secret's metadata; never its value. */
export interface SecretRecord {
  /** RFC 3339 end date, when fixed. */
  readonly endDate?: string;
  /** Relative lifetime, e.g. `8760h`. */
  readonly endDateRelative?: string;
  /** Days between rotations, when rotated. */
  readonly rotationDays?: number;
}

/** An app registration that obtains tokens. */
export interface ClientRecord {
  readonly path: string;
  /** `web`, `browser`, `service`, `native`, or `external` for clients declared by id. */
  readonly kind: 'web' | 'browser' | 'service' | 'native' | 'external';
  readonly name: string;
  /** Construct path of the issuer it obtains tokens from. */
  readonly issuer: string;
  readonly clientId: string;
  /** One apply-time expression when an external client declares them as a Terraform list token. */
  readonly grantTypes: ListOrApplyTime<GrantType>;
  readonly responseTypes: string[];
  readonly redirectUris: string[];
  readonly postLogoutRedirectUris: string[];
  /** Scopes it may request; one apply-time expression when an external client declares them as a Terraform list token. */
  readonly scopes: ListOrApplyTime<string>;
  readonly pkce?: boolean;
  readonly tokenEndpointAuthMethod?: string;
  readonly refreshToken?: { readonly rotation: 'ROTATE' | 'STATIC'; readonly leewaySeconds?: number };
  readonly secret?: SecretRecord;
  /** Who may sign in through the client (user-facing clients); absent in manifests written before it existed. */
  readonly assignment?: AssignmentRecord;
  /** Browser origins the IdP trusts for this client's pages (Okta trusted origins); browser clients. */
  readonly trustedOrigins?: TrustedOriginRecord[];
  /** What the client program (the software behind the registration) does; absent when not declared. */
  readonly program?: ClientProgramRecord;
  /** Kind-specific facts. */
  readonly details: ClientDetails;
}

/**
 * Who may sign in through a client. Okta refuses every user who is not assigned ("User is not
 * assigned to the client application"); Entra refuses unassigned users only when the service
 * principal requires assignment.
 */
export interface AssignmentRecord {
  /**
   * `assigned`: the listed groups and users only; `everyone`: every user of the org or tenant
   * (`reason` says why); `none`: nobody is assigned, so every sign-in fails; `external`: decided
   * at an IdP outside this program and not declared.
   */
  readonly mode: 'assigned' | 'everyone' | 'none' | 'external';
  /** Group ids (Okta) or object ids (Entra) assigned. */
  readonly groups?: string[];
  /** User ids (Okta) or object ids (Entra) assigned. */
  readonly users?: string[];
  /** Why the client is open to everyone (required with `everyone`). */
  readonly reason?: string;
}

/** A browser origin the IdP trusts (Okta `okta_trusted_origin`). */
export interface TrustedOriginRecord {
  /** `https://host[:port]`, no path. */
  readonly origin: string;
  /** `CORS`: the browser may call the IdP's API and token endpoint; `REDIRECT`: the IdP may redirect back to it. */
  readonly scopes: Array<'CORS' | 'REDIRECT'>;
  /** `managed`: created by this program; `existing`: declared as already trusted in the org. */
  readonly source: 'managed' | 'existing';
}

/** Where a client program reads user claims from. */
export type ClaimSource = 'id_token' | 'userinfo' | 'access_token';

/** What a client program can do, as its vendor documents it. */
export interface ClientProgramRecord {
  /** The program, e.g. `dbt Cloud`. */
  readonly name: string;
  /** The vendor page its facts come from. */
  readonly see?: string;
  /** Sends `code_challenge` (PKCE, RFC 7636) on the authorization request. */
  readonly sendsPkce: boolean;
  /** Stores the new refresh token after every refresh (works with rotation). */
  readonly keepsRotatedRefreshToken: boolean;
  /** Token endpoint authentication methods it can use, the one it uses first. */
  readonly tokenEndpointAuthMethods: string[];
  /** The tokens it reads user claims from. */
  readonly readsClaimsFrom: ClaimSource[];
  /** Scopes it requests on the authorization request, when documented. */
  readonly requestedScopes?: string[];
}

/** An Entra client's permission to a protected API. */
export interface ApiPermissionRecord {
  /** Construct path of the `EntraProtectedApi`. */
  readonly api: string;
  /** Delegated scope values (land in `scp` of user tokens). */
  readonly scopes: string[];
  /** App role values (land in `roles` of app tokens). */
  readonly appRoles: string[];
  /** Admin consent granted by Terraform (delegated permission grant / app role assignment). */
  readonly adminConsent: boolean;
}

/** Kind-specific client facts; each field is set by the kinds it names. */
export interface ClientDetails {
  /** Okta: group names or ids assigned to the app. */
  readonly groups?: string[];
  /** Entra: permissions to protected APIs. */
  readonly apiPermissions?: ApiPermissionRecord[];
  /** The authorize endpoint the client is configured with, when declared (Entra v1 is flagged). */
  readonly authorizeEndpoint?: string;
  /** Okta: login / initiate-login URI. */
  readonly loginUri?: string;
}

/** A Snowflake user mapped by an integration. */
export interface SnowflakeUserRecord {
  readonly path: string;
  readonly name: string;
  readonly loginName?: string;
  readonly email?: string;
  readonly defaultRole?: string;
  readonly defaultWarehouse?: string;
  readonly roles: string[];
  /** A `snowflake_service_user` (no password, no MFA) rather than a person. */
  readonly service: boolean;
}

/** A Snowflake account role that users are granted: created here or declared as existing. */
export interface SnowflakeRoleRecord {
  readonly path: string;
  readonly name: string;
  /** `created`: a `snowflake_account_role` of this stack; `existing`: declared, not managed here. */
  readonly mode: 'created' | 'existing';
  readonly comment?: string;
  /** Why an existing role is not created here (who manages it). */
  readonly note?: string;
}

/** A Snowflake EXTERNAL_OAUTH security integration. */
export interface SnowflakeTrustRecord {
  readonly type: 'snowflake';
  readonly path: string;
  readonly name: string;
  /** Construct path of the issuer. */
  readonly issuerPath: string;
  readonly issuer: string;
  readonly integrationType: 'OKTA' | 'AZURE' | 'PING_FEDERATE' | 'CUSTOM';
  readonly account?: string;
  /** The URL of the Snowflake account (`https://<account identifier>.snowflakecomputing.com`), when declared. */
  readonly accountUrl?: string;
  readonly jwksUrls: string[];
  /** One apply-time expression when declared (or inherited from the issuer) as a Terraform list token. */
  readonly audiences: ListOrApplyTime<string>;
  /** One apply-time expression when `userMappingClaim` is a Terraform list token. */
  readonly userMappingClaims: ListOrApplyTime<string>;
  readonly mappingAttribute: 'LOGIN_NAME' | 'EMAIL_ADDRESS';
  readonly anyRoleMode: 'DISABLE' | 'ENABLE' | 'ENABLE_FOR_PRIVILEGE';
  readonly allowedRoles: string[];
  readonly blockedRoles: string[];
  readonly scopeMappingAttribute?: string;
  readonly scopeDelimiter?: string;
  /** Construct paths of the clients expected to present tokens. */
  readonly clients: string[];
  readonly users: SnowflakeUserRecord[];
  /**
   * Account roles declared on the integration (created or existing). Absent in manifests
   * written before roles were recorded.
   */
  readonly roles?: SnowflakeRoleRecord[];
  /** True when the integration exists already and only its audience list is extended. */
  readonly existing: boolean;
  /** Steps a human must run (e.g. ALTER ... SET EXTERNAL_OAUTH_AUDIENCE_LIST). */
  readonly manualSteps: string[];
}

/** An IAM Identity Center trusted token issuer used by Redshift. */
export interface RedshiftTrustRecord {
  readonly type: 'redshift';
  readonly path: string;
  readonly name: string;
  readonly issuerPath: string;
  readonly issuer: string;
  readonly claimAttributePath: string;
  readonly identityStoreAttributePath: string;
  /** One apply-time expression when declared (or inherited from the issuer) as a Terraform list token. */
  readonly audiences: ListOrApplyTime<string>;
  readonly clients: string[];
  readonly application: {
    /**
     * `managed`: created by this stack; `adopted`: an existing application imported by ARN (a
     * Terraform `import` block) and owned from then on; `existing`: left outside Terraform, the
     * issuer is authorized by a manual step.
     */
    readonly mode: 'managed' | 'adopted' | 'existing';
    /** The application's ARN: the import id when adopted; an apply-time value when managed. */
    readonly arn?: string;
    /** Steps a human must run for an existing application. */
    readonly manualSteps: string[];
  };
}

/** An API that validates tokens with the bundled validator. */
export interface ProfileTrustRecord {
  readonly type: 'profile';
  readonly path: string;
  readonly name: string;
  readonly issuerPath: string;
  readonly clientPath: string;
  readonly profile: ValidationProfile;
}

/**
 * The only JWS algorithms Databricks exchanges tokens for (read by the construct docs, the
 * checks and the simulation).
 * @see https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-exchange
 */
export const DATABRICKS_EXCHANGE_ALGORITHMS: readonly string[] = ['RS256', 'ES256'];

/** A Databricks account user that an account-wide federation policy maps tokens to (provisioned by SCIM, not by this stack). */
export interface DatabricksUserRecord {
  /** The Databricks user name the subject claim's value must name (usually the email address). */
  readonly userName: string;
}

/** Where a Databricks federation policy gets the issuer's signing keys. */
export interface DatabricksJwksRecord {
  /** `discovery` (recommended by Databricks): the issuer's well-known endpoint; `uri`: `jwks_uri`; `json`: pinned `jwks_json`. */
  readonly source: 'discovery' | 'uri' | 'json';
  /** `jwks_uri`, with source `uri`. */
  readonly uri?: string;
  /** The key ids of the pinned `jwks_json`, with source `json` (the keys themselves are not recorded). */
  readonly keyIds?: string[];
}

/** A Databricks OAuth token federation policy (account-wide, or for one service principal). */
export interface DatabricksTrustRecord {
  readonly type: 'databricks';
  readonly path: string;
  /** The policy id. */
  readonly name: string;
  readonly issuerPath: string;
  /** `oidc_policy.issuer`: the exact `iss`. */
  readonly issuer: string;
  /** `account`: `databricks_account_federation_policy`; `service-principal`: `databricks_service_principal_federation_policy`. */
  readonly scope: 'account' | 'service-principal';
  /** The Databricks account id, when declared (the default audience). */
  readonly accountId?: string;
  /** `oidc_policy.audiences`; empty when omitted (then Databricks accepts the account id only); one apply-time expression when declared as a Terraform list token. */
  readonly audiences: ListOrApplyTime<string>;
  /** True when `oidc_policy.audiences` is omitted: Databricks defaults it to the account id. */
  readonly audiencesDefaulted: boolean;
  /** `oidc_policy.subject_claim` (default `sub`). */
  readonly subjectClaim: string;
  /** `oidc_policy.subject`: service-principal policies only; the exact value the subject claim must hold. */
  readonly subject?: string;
  /** Service-principal policies: the service principal (numeric id, application id used as the exchange's `client_id`). */
  readonly servicePrincipal?: { readonly id: number | string; readonly applicationId: string; readonly name?: string };
  readonly jwks: DatabricksJwksRecord;
  readonly description?: string;
  /** Construct paths of the clients expected to present tokens. */
  readonly clients: string[];
  /** Account policies: the Databricks users declared as mapped. */
  readonly users: DatabricksUserRecord[];
}

/** A consumer that accepts an issuer's tokens. */
export type TrustRecord = SnowflakeTrustRecord | RedshiftTrustRecord | ProfileTrustRecord | DatabricksTrustRecord;

/** A synth-time check result. */
export interface FindingRecord {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly message: string;
  /** Present when suppressed; suppressed findings stay visible to reviewers. */
  readonly suppressed?: { readonly reason: string };
  /** Source location of the construct, when known. */
  readonly source?: { readonly file: string; readonly line: number };
  /** The rule's title, for review and SARIF. */
  readonly title?: string;
  /** `false` when the rule could not be evaluated (an apply-time value); never a pass. */
  readonly evaluated?: false;
}

/** The manifest `context` key under which {@link KeycloakBrokerRecord}s are listed. */
export const KEYCLOAK_BROKERS_CONTEXT_KEY = 'keycloakBrokers';

/** A Keycloak identity broker in front of an (Okta) client, as declared by `KeycloakBroker`. */
export interface KeycloakBrokerRecord {
  readonly path: string;
  readonly name: string;
  /** Construct path of the client the broker signs in with. */
  readonly clientPath: string;
  /** Construct path of that client's issuer. */
  readonly issuerPath: string;
  /** Keycloak realm setting "SSO Session Idle". */
  readonly ssoSessionIdleSeconds: number;
  /** Keycloak realm setting "SSO Session Max". */
  readonly ssoSessionMaxSeconds: number;
  /** Safety margin the upstream refresh token must outlive SSO Session Max by. */
  readonly reserveSeconds: number;
  /** The identity provider's "Client authentication" (`client_secret_post`, ...); absent in older manifests. */
  readonly clientAuthentication?: string;
  /** The identity provider's "Use PKCE". */
  readonly usePkce?: boolean;
  /** "Store tokens": Keycloak keeps the upstream tokens after sign-in. */
  readonly storeTokens?: boolean;
  /** "Stored tokens readable": the product may read the stored upstream tokens. */
  readonly storedTokensReadable?: boolean;
  /** The identity provider's "Scopes" requested at the upstream IdP. */
  readonly scopes?: string[];
  /** "Access token is JWT": the mappers may also read the upstream access token. */
  readonly accessTokenIsJwt?: boolean;
  /** The identity provider's mappers that read a claim. */
  readonly mappers?: KeycloakBrokerMapperRecord[];
}

/** A Keycloak identity-provider mapper that reads one claim of the upstream tokens. */
export interface KeycloakBrokerMapperRecord {
  readonly name: string;
  /** The mapper type id, e.g. `oidc-advanced-group-idp-mapper`. */
  readonly type: string;
  /** The claim it reads. */
  readonly claim: string;
}

/**
 * A value known only after `terraform apply`: a string holding a Terraform interpolation
 * `${...}`. A list field whose whole list is such a token is written as one of these strings
 * instead of an array; read list fields through the checks' `listOf`, which says so.
 * @see https://developer.hashicorp.com/terraform/language/expressions/strings#interpolation
 */
export type ApplyTimeExpression = string;

/**
 * A list field the manifest writer may write as one {@link ApplyTimeExpression} (the whole list
 * is a Terraform token). Read it through `listOf` (`manifest/list-fields`), never directly.
 */
export type ListOrApplyTime<T> = readonly T[] | ApplyTimeExpression;

/** The whole manifest of one stack. */
export interface TrustManifest {
  readonly schemaVersion: 1;
  readonly stack: string;
  readonly generator: string;
  readonly issuers: IssuerRecord[];
  readonly clients: ClientRecord[];
  readonly trusts: TrustRecord[];
  readonly profiles: ValidationProfile[];
  readonly findings: FindingRecord[];
  /** Extra declared facts that checks use (e.g. a Keycloak broker's session settings). */
  readonly context: Record<string, unknown>;
}
