import { Construct } from 'constructs';

import { BUILT_IN_CLAIMS } from '../core/claims';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IIssuer, issuerRecordBase } from '../core/interfaces';
import type { IssuerKind, TokenFlow } from '../core/kinds';
import { registerIssuer } from '../core/register';
import { fail, isUnresolved, requireNonEmpty, requireOneOf, requireSecureUrl, requireText, requireUnique } from '../core/validate';
import type { ClaimRecord, IssuerRecord, ScopeRecord } from '../manifest/types';
import { Application } from '../providers/azuread/application';
import { ApplicationIdentifierUri } from '../providers/azuread/application-identifier-uri';
import { ServicePrincipal } from '../providers/azuread/service-principal';
import { LOGIN_HOST, permissionId, requirePermissionValue, requireTenantId } from './internal';

/** `requested_access_token_version` of an Entra API: decides `iss` and `aud` of its access tokens. */
export type EntraAccessTokenVersion = 1 | 2;

/** Who may consent to a delegated scope. */
export type EntraScopeConsentType = 'Admin' | 'User';

/** Who an app role can be assigned to: other applications (client credentials) or users and groups. */
export type EntraAppRoleMemberType = 'Application' | 'User';

/** A delegated permission (lands in `scp` of user tokens). */
export interface EntraScopeOptions {
  /** The `scp` value, e.g. `Orders.Read` or `session:role-any`. */
  readonly value: string;
  /** Title shown to an administrator granting it for all users. */
  readonly adminConsentDisplayName: string;
  /** Description shown to an administrator granting it for all users. */
  readonly adminConsentDescription: string;
  /**
   * Title shown to a user consenting for themselves.
   * @default none; required when `type` is `User`
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application#user_consent_display_name
   */
  readonly userConsentDisplayName?: string;
  /**
   * Description shown to a user consenting for themselves.
   * @default none; required when `type` is `User`
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application#user_consent_description
   */
  readonly userConsentDescription?: string;
  /**
   * Whether users may consent for themselves (`User`) or only administrators (`Admin`).
   * @default 'Admin'
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/permissions-consent-overview
   */
  readonly type?: EntraScopeConsentType;
  /**
   * Whether the scope can be requested. Entra requires a scope to be disabled before it is removed.
   * @default true
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application#enabled
   */
  readonly enabled?: boolean;
  /**
   * The scope's UUID. Set it when adopting an API whose scopes already exist.
   * @default a UUID derived from the API's construct path and `value` (stable across synths)
   * @see https://learn.microsoft.com/en-us/graph/api/resources/permissionscope
   */
  readonly id?: string;
}

/** A delegated scope as declared on an {@link EntraProtectedApi}: the options with defaults applied. */
export interface EntraScope {
  /** The scope's UUID (what `azuread_application_api_access.scope_ids` names). */
  readonly id: string;
  /** The `scp` value. */
  readonly value: string;
  /** Who may consent. */
  readonly type: EntraScopeConsentType;
  /** Whether it can be requested. */
  readonly enabled: boolean;
  /** Admin consent title. */
  readonly adminConsentDisplayName: string;
  /** Admin consent description. */
  readonly adminConsentDescription: string;
  /** User consent title, when declared. */
  readonly userConsentDisplayName?: string;
  /** User consent description, when declared. */
  readonly userConsentDescription?: string;
}

/** An app role (lands in `roles`; with `Application`, granted to clients for client credentials). */
export interface EntraAppRoleOptions {
  /** The `roles` value, e.g. `Orders.ReadWrite.All`. */
  readonly value: string;
  /** Title shown when the role is assigned and in consent screens. */
  readonly displayName: string;
  /** Description shown when the role is assigned and in consent screens. */
  readonly description: string;
  /**
   * Who may hold the role.
   * @default ['Application'] (machine-to-machine)
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application#allowed_member_types
   */
  readonly allowedMemberTypes?: EntraAppRoleMemberType[];
  /**
   * Whether the role can be assigned. Entra requires a role to be disabled before it is removed.
   * @default true
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application#enabled
   */
  readonly enabled?: boolean;
  /**
   * The role's UUID. Set it when adopting an API whose roles already exist.
   * @default a UUID derived from the API's construct path and `value` (stable across synths)
   * @see https://learn.microsoft.com/en-us/graph/api/resources/approle
   */
  readonly id?: string;
}

/** An app role as declared on an {@link EntraProtectedApi}: the options with defaults applied. */
export interface EntraAppRole {
  /** The role's UUID (what `role_ids` and `app_role_id` name). */
  readonly id: string;
  /** The `roles` value. */
  readonly value: string;
  /** Assignment and consent title. */
  readonly displayName: string;
  /** Assignment and consent description. */
  readonly description: string;
  /** Who may hold it. */
  readonly allowedMemberTypes: EntraAppRoleMemberType[];
  /** Whether it can be assigned. */
  readonly enabled: boolean;
}

/** An optional claim added to the API's access tokens. */
export interface EntraOptionalClaim {
  /** The claim name, e.g. `upn`, `email`, `idtyp`, `groups`. */
  readonly name: string;
  /**
   * Modifiers such as `include_externally_authenticated_upn` or `emit_as_roles`.
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application#additional_properties
   */
  readonly additionalProperties?: string[];
  /**
   * Whether the claim is required for a smooth sign-in.
   * @default false
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference
   */
  readonly essential?: boolean;
  /**
   * The flows whose access tokens carry it (for checks). App tokens carry no user claims.
   * @default ['machine', 'user'] for `idtyp`; ['user'] otherwise
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference
   */
  readonly flows?: TokenFlow[];
  /**
   * What the value holds (checks require `email` for Snowflake EMAIL_ADDRESS mappings).
   * @default 'email' for `email` and `upn`; 'other' otherwise
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference
   */
  readonly valueKind?: ClaimRecord['valueKind'];
}

/** Props of {@link EntraProtectedApi}. */
export interface EntraProtectedApiProps {
  /**
   * The tenant GUID, or a token such as `data.azuread_client_config.current.tenant_id`.
   * `common`, `organizations`, `consumers` and domain names are rejected.
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference
   */
  readonly tenantId: string;
  /**
   * Display name of the app registration.
   * @default the construct id
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application#display_name
   */
  readonly displayName?: string;
  /**
   * The identifier URI (App ID URI), e.g. `api://orders` or `https://api.example.com` (a
   * verified domain). Managed by a separate `azuread_application_identifier_uri` so that the
   * default can refer to the client id without a dependency cycle. v1 tokens carry it in `aud`.
   * @default `api://<client id>`
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_identifier_uri
   */
  readonly identifierUri?: string;
  /**
   * `requested_access_token_version`, always written. 2: `iss`
   * `https://login.microsoftonline.com/<tenant>/v2.0`, `aud` the client id. 1: `iss`
   * `https://sts.windows.net/<tenant>/` (trailing slash), `aud` the identifier URI.
   * @default 2 (Entra itself defaults to 1)
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/scenario-protected-web-api-app-registration#accepted-token-version
   */
  readonly accessTokenVersion?: EntraAccessTokenVersion;
  /**
   * Delegated scopes; more with {@link EntraProtectedApi.addScope}.
   * @default none
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-configure-app-expose-web-apis
   */
  readonly scopes?: EntraScopeOptions[];
  /**
   * App roles; more with {@link EntraProtectedApi.addAppRole}.
   * @default none
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/howto-add-app-roles-in-apps
   */
  readonly appRoles?: EntraAppRoleOptions[];
  /**
   * Optional access-token claims; more with {@link EntraProtectedApi.addOptionalClaim}.
   * @default none
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference
   */
  readonly optionalClaims?: EntraOptionalClaim[];
  /**
   * Require an app role assignment before any user or client gets a token for this API
   * (`app_role_assignment_required` of its service principal).
   * @default false
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/service_principal#app_role_assignment_required
   */
  readonly assignmentRequired?: boolean;
}

/** Claims present only in v1 (`ver: 1.0`) or only in v2 access tokens. */
const VERSION_ONLY_CLAIMS: Record<string, EntraAccessTokenVersion> = { appid: 1, unique_name: 1, upn: 1, azp: 2, preferred_username: 2 };
/** Built-in claims that Entra emits only when configured as optional claims. */
const OPT_IN_CLAIMS = new Set(['email', 'idtyp']);

/**
 * An Entra ID (Azure AD) protected API: a resource-server app registration
 * (`azuread_application`) with its service principal, delegated scopes, app roles and
 * optional claims. The issuer of the access tokens its clients obtain.
 *
 * Single tenant (`sign_in_audience = AzureADMyOrg`): the issuer is decided by `tenantId` and
 * `accessTokenVersion`, never by the endpoint a client calls.
 */
export class EntraProtectedApi extends Construct implements IIssuer {
  public readonly issuerKind: IssuerKind = 'entra';
  public readonly issuerUrl: string;
  public readonly jwksUrl: string;
  public readonly discoveryUrl: string;
  public readonly audiences: string[];
  /** The tenant GUID (or token). */
  public readonly tenantId: string;
  /** `requested_access_token_version`. */
  public readonly accessTokenVersion: EntraAccessTokenVersion;
  /** The identifier URI (App ID URI); a token when defaulted to `api://<client id>`. */
  public readonly identifierUri: string;
  /** The API's client id (application id); the v2 audience. */
  public readonly clientId: string;
  /** The v2 authorize endpoint of the tenant. */
  public readonly authorizeEndpoint: string;
  /** The v2 token endpoint of the tenant. */
  public readonly tokenEndpoint: string;
  /** The app registration. */
  public readonly application: Application;
  /** The service principal (enterprise application) of the API. */
  public readonly servicePrincipal: ServicePrincipal;
  /** The `azuread_application_identifier_uri` resource. */
  public readonly identifierUriResource: ApplicationIdentifierUri;
  private readonly displayName: string;
  private readonly declaredScopes: EntraScope[] = [];
  private readonly declaredAppRoles: EntraAppRole[] = [];
  private readonly declaredClaims: EntraOptionalClaim[] = [];

  constructor(scope: Construct, id: string, props: EntraProtectedApiProps) {
    super(scope, id);
    requireTenantId(this, 'tenantId', props.tenantId);
    const version = props.accessTokenVersion ?? 2;
    if (version !== 1 && version !== 2) fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'accessTokenVersion', version, 'must be 1 or 2');
    if (props.identifierUri !== undefined) requireIdentifierUri(this, 'identifierUri', props.identifierUri);
    if (props.displayName !== undefined) requireText(this, 'displayName', props.displayName);

    this.tenantId = props.tenantId;
    this.accessTokenVersion = version;
    this.displayName = props.displayName ?? id;

    this.application = new Application(this, 'Application', {
      displayName: this.displayName,
      signInAudience: 'AzureADMyOrg',
      api: { requestedAccessTokenVersion: version },
      // Identifier URIs are managed by azuread_application_identifier_uri (no self-reference cycle).
      lifecycle: { ignoreChanges: ['identifier_uris'] },
    });
    this.clientId = this.application.clientId;
    this.identifierUri = props.identifierUri ?? `api://${this.application.clientId}`;
    this.identifierUriResource = new ApplicationIdentifierUri(this, 'IdentifierUri', {
      applicationId: this.application.id,
      identifierUri: this.identifierUri,
    });
    this.servicePrincipal = new ServicePrincipal(this, 'ServicePrincipal', {
      clientId: this.application.clientId,
      ...(props.assignmentRequired !== undefined ? { appRoleAssignmentRequired: props.assignmentRequired } : {}),
    });

    const tenantBase = `${LOGIN_HOST}/${this.tenantId}`;
    this.issuerUrl = version === 2 ? `${tenantBase}/v2.0` : `https://sts.windows.net/${this.tenantId}/`;
    this.jwksUrl = `${tenantBase}/discovery/v2.0/keys`;
    this.discoveryUrl =
      version === 2 ? `${tenantBase}/v2.0/.well-known/openid-configuration` : `${tenantBase}/.well-known/openid-configuration`;
    this.authorizeEndpoint = `${tenantBase}/oauth2/v2.0/authorize`;
    this.tokenEndpoint = `${tenantBase}/oauth2/v2.0/token`;
    this.audiences = [version === 2 ? this.clientId : this.identifierUri];

    (props.scopes ?? []).forEach((s) => this.addScope(s));
    (props.appRoles ?? []).forEach((r) => this.addAppRole(r));
    (props.optionalClaims ?? []).forEach((c) => this.addOptionalClaim(c));
    registerIssuer(this);
  }

  /** Declares a delegated scope (inline `api.oauth2_permission_scope`, with a stable id). */
  public addScope(options: EntraScopeOptions): EntraScope {
    const field = `scopes[${this.declaredScopes.length}]`;
    requirePermissionValue(this, `${field}.value`, options.value);
    this.requireFreeValue(`${field}.value`, options.value);
    requireText(this, `${field}.adminConsentDisplayName`, options.adminConsentDisplayName);
    requireText(this, `${field}.adminConsentDescription`, options.adminConsentDescription);
    const type = options.type ?? 'Admin';
    requireOneOf(this, `${field}.type`, type, ['Admin', 'User'] as const);
    if (type === 'User') {
      requireText(this, `${field}.userConsentDisplayName`, options.userConsentDisplayName);
      requireText(this, `${field}.userConsentDescription`, options.userConsentDescription);
    }
    const id = this.permissionUuid(`${field}.id`, options.id, 'scope', options.value);
    const declared: EntraScope = {
      id,
      value: options.value,
      type,
      enabled: options.enabled ?? true,
      adminConsentDisplayName: options.adminConsentDisplayName,
      adminConsentDescription: options.adminConsentDescription,
      ...(options.userConsentDisplayName !== undefined ? { userConsentDisplayName: options.userConsentDisplayName } : {}),
      ...(options.userConsentDescription !== undefined ? { userConsentDescription: options.userConsentDescription } : {}),
    };
    this.declaredScopes.push(declared);
    this.application.putApi({
      requestedAccessTokenVersion: this.accessTokenVersion,
      oauth2PermissionScope: this.declaredScopes.map((s) => ({
        id: s.id,
        value: s.value,
        type: s.type,
        enabled: s.enabled,
        adminConsentDisplayName: s.adminConsentDisplayName,
        adminConsentDescription: s.adminConsentDescription,
        ...(s.userConsentDisplayName !== undefined ? { userConsentDisplayName: s.userConsentDisplayName } : {}),
        ...(s.userConsentDescription !== undefined ? { userConsentDescription: s.userConsentDescription } : {}),
      })),
    });
    return declared;
  }

  /** Declares an app role (inline `app_role`, with a stable id). */
  public addAppRole(options: EntraAppRoleOptions): EntraAppRole {
    const field = `appRoles[${this.declaredAppRoles.length}]`;
    requirePermissionValue(this, `${field}.value`, options.value);
    this.requireFreeValue(`${field}.value`, options.value);
    requireText(this, `${field}.displayName`, options.displayName);
    requireText(this, `${field}.description`, options.description);
    const memberTypes = options.allowedMemberTypes ?? ['Application'];
    requireNonEmpty(this, `${field}.allowedMemberTypes`, memberTypes);
    memberTypes.forEach((t, i) => requireOneOf(this, `${field}.allowedMemberTypes[${i}]`, t, ['Application', 'User'] as const));
    requireUnique(this, `${field}.allowedMemberTypes`, memberTypes);
    const id = this.permissionUuid(`${field}.id`, options.id, 'app-role', options.value);
    const declared: EntraAppRole = {
      id,
      value: options.value,
      displayName: options.displayName,
      description: options.description,
      allowedMemberTypes: [...memberTypes],
      enabled: options.enabled ?? true,
    };
    this.declaredAppRoles.push(declared);
    this.application.putAppRole(
      this.declaredAppRoles.map((r) => ({
        id: r.id,
        value: r.value,
        displayName: r.displayName,
        description: r.description,
        allowedMemberTypes: [...r.allowedMemberTypes],
        enabled: r.enabled,
      })),
    );
    return declared;
  }

  /** Adds an optional claim to the API's access tokens (inline `optional_claims.access_token`). */
  public addOptionalClaim(claim: EntraOptionalClaim): void {
    const field = `optionalClaims[${this.declaredClaims.length}]`;
    requireText(this, `${field}.name`, claim.name);
    if (isUnresolved(claim.name))
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, `${field}.name`, claim.name, 'must be a literal claim name, not a Terraform token');
    if (this.declaredClaims.some((c) => c.name === claim.name))
      fail(this, CONFIG_ERROR_CODES.DUPLICATE_NAME, `${field}.name`, claim.name, 'must not declare the same optional claim twice');
    if (claim.flows) {
      requireNonEmpty(this, `${field}.flows`, claim.flows);
      claim.flows.forEach((f, i) => requireOneOf(this, `${field}.flows[${i}]`, f, ['machine', 'user'] as const));
    }
    this.declaredClaims.push(claim);
    this.application.putOptionalClaims({
      accessToken: this.declaredClaims.map((c) => ({
        name: c.name,
        ...(c.additionalProperties ? { additionalProperties: [...c.additionalProperties] } : {}),
        ...(c.essential !== undefined ? { essential: c.essential } : {}),
      })),
    });
  }

  /** The declared scope with this value, if any. */
  public scope(value: string): EntraScope | undefined {
    return this.declaredScopes.find((s) => s.value === value);
  }

  /** The declared app role with this value, if any. */
  public appRole(value: string): EntraAppRole | undefined {
    return this.declaredAppRoles.find((r) => r.value === value);
  }

  /** Every declared scope, in declaration order. */
  public get scopes(): readonly EntraScope[] {
    return [...this.declaredScopes];
  }

  /** Every declared app role, in declaration order. */
  public get appRoles(): readonly EntraAppRole[] {
    return [...this.declaredAppRoles];
  }

  public toIssuerRecord(): IssuerRecord {
    const scopes: ScopeRecord[] = this.declaredScopes.map((s) => ({
      name: s.value,
      description: s.adminConsentDescription,
      consent: s.type === 'User' ? 'user' : 'admin',
      enabled: s.enabled,
    }));
    return {
      ...issuerRecordBase(this),
      scopes,
      claims: this.emittedClaims(),
      policies: [],
      details: {
        name: this.displayName,
        tenantId: this.tenantId,
        accessTokenVersion: this.accessTokenVersion,
        identifierUri: this.identifierUri,
        applicationClientId: this.clientId,
        appRoles: this.declaredAppRoles.filter((r) => r.enabled).map((r) => r.value),
        authorizeEndpoint: this.authorizeEndpoint,
        tokenEndpoint: this.tokenEndpoint,
      },
    };
  }

  /**
   * Built-in Entra claims of this token version (v1: `appid`, `unique_name`, `upn`; v2: `azp`,
   * `preferred_username`), without opt-in claims (`email`, `idtyp`) unless declared, plus the
   * declared optional claims.
   */
  private emittedClaims(): ClaimRecord[] {
    const declared = new Map(this.declaredClaims.map((c) => [c.name, c]));
    const builtIn = BUILT_IN_CLAIMS.entra.filter((c) => {
      if (declared.has(c.name)) return false;
      if (OPT_IN_CLAIMS.has(c.name)) return false;
      const only = VERSION_ONLY_CLAIMS[c.name];
      return only === undefined || only === this.accessTokenVersion;
    });
    const optional = this.declaredClaims.map((c): ClaimRecord => {
      const known = BUILT_IN_CLAIMS.entra.find((b) => b.name === c.name);
      const flows: TokenFlow[] = c.flows ? [...c.flows] : c.name === 'idtyp' ? ['machine', 'user'] : ['user'];
      const valueKind = c.valueKind ?? (c.name === 'email' || c.name === 'upn' ? 'email' : (known?.valueKind ?? 'other'));
      return { name: c.name, flows, tokenType: 'access', valueKind };
    });
    return [...builtIn.map((c) => ({ ...c, flows: [...c.flows] })), ...optional];
  }

  private requireFreeValue(field: string, value: string): void {
    if (this.declaredScopes.some((s) => s.value === value) || this.declaredAppRoles.some((r) => r.value === value)) {
      fail(
        this,
        CONFIG_ERROR_CODES.DUPLICATE_NAME,
        field,
        value,
        'must be unique among the scopes and app roles of the API (they share one namespace in Entra)',
      );
    }
  }

  private permissionUuid(field: string, explicit: string | undefined, kind: 'scope' | 'app-role', value: string): string {
    if (explicit === undefined) return permissionId(this.node.path, kind, value);
    if (isUnresolved(explicit) || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(explicit)) {
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, field, explicit, 'must be a literal UUID');
    }
    const all = [...this.declaredScopes.map((s) => s.id), ...this.declaredAppRoles.map((r) => r.id)];
    if (all.includes(explicit.toLowerCase()))
      fail(this, CONFIG_ERROR_CODES.DUPLICATE_NAME, field, explicit, 'must be unique among the scopes and app roles of the API');
    return explicit.toLowerCase();
  }
}

/**
 * An identifier URI: `api://<something>` or an https URL; no wildcard, no fragment.
 * @see https://learn.microsoft.com/en-us/entra/identity-platform/identifier-uri-restrictions
 */
function requireIdentifierUri(scope: Construct, field: string, value: string): void {
  if (isUnresolved(value)) return;
  if (value.includes('*')) fail(scope, CONFIG_ERROR_CODES.WILDCARD_URI, field, value, 'must be an exact URI without wildcards (*)');
  if (/\s/.test(value)) fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, value, 'must not contain spaces');
  if (value.startsWith('api://')) {
    if (!/^api:\/\/[^/#?]+/.test(value))
      fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, value, 'must name something after api://, e.g. api://orders');
    if (value.includes('#')) fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, value, 'must not have a fragment (#...)');
    return;
  }
  if (!value.startsWith('https://')) fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, value, 'must use the api:// or https:// scheme');
  requireSecureUrl(scope, field, value, { allowLoopbackHttp: false });
}
