import { Construct } from 'constructs';

import { assignmentRecordOf } from '../core/assignment';
import { ClientAssignment, ClientProgram } from '../core/client-program';
import { Duration } from '../core/duration';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient } from '../core/interfaces';
import type { GrantType } from '../core/kinds';
import { registerClient } from '../core/register';
import { fail, isUnresolved, requireNonEmpty, requireOneOf, requireRedirectUri, requireText, requireUnique } from '../core/validate';
import type { ApiPermissionRecord, AssignmentRecord, ClientRecord, SecretRecord } from '../manifest/types';
import { AppRoleAssignment } from '../providers/azuread/app-role-assignment';
import { Application } from '../providers/azuread/application';
import { ApplicationApiAccess } from '../providers/azuread/application-api-access';
import { ApplicationPasswordA, ApplicationPasswordAConfig } from '../providers/azuread/application-password';
import { ServicePrincipal } from '../providers/azuread/service-principal';
import { ServicePrincipalDelegatedPermissionGrant } from '../providers/azuread/service-principal-delegated-permission-grant';
import { EntraProtectedApi } from './entra-protected-api';
import { childId, GUID_PATTERN, requireRfc3339, toRfc3339 } from './internal';

/** The longest a client secret may live: 2 years (730 days), inclusive. */
export const MAX_SECRET_LIFETIME_DAYS = 730;

/**
 * The kind of an Entra client app.
 * - `web`: confidential, server-side; authorization code (`web.redirect_uris`), and client
 *   credentials when granted app roles.
 * - `service`: confidential, no user; client credentials only, no redirect URIs.
 * - `browser`: single-page app, public; authorization code with PKCE (`single_page_application.redirect_uris`).
 */
export type EntraClientKind = 'web' | 'service' | 'browser';

/** Access to an {@link EntraProtectedApi}: delegated scopes and/or app roles. */
export interface EntraApiGrant {
  /**
   * Delegated scope values declared on the API (land in `scp` of user tokens).
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_api_access
   */
  readonly scopes?: string[];
  /**
   * App role values declared on the API with `Application` members (land in `roles` of app tokens).
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_api_access
   */
  readonly appRoles?: string[];
  /**
   * Grant admin consent in Terraform: a tenant-wide delegated permission grant for the scopes,
   * an app role assignment per app role. The Terraform principal then needs
   * `DelegatedPermissionGrant.ReadWrite.All` / `AppRoleAssignment.ReadWrite.All`.
   * @default false (an administrator consents outside Terraform; review shows it)
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/service_principal_delegated_permission_grant
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/app_role_assignment
   */
  readonly adminConsent?: boolean;
}

/** Rotation of a client secret. */
export interface EntraSecretRotation {
  /**
   * Any literal, e.g. `2026-11`. Changing it replaces the secret (`rotate_when_changed`); the new
   * secret is created before the old one is deleted.
   */
  readonly key: string;
  /**
   * Planned days between rotations, recorded for review; at most the secret's lifetime.
   * @default not recorded
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/security-best-practices-for-app-registration
   */
  readonly everyDays?: number;
}

/**
 * A client secret (`azuread_application_password`). Its value never reaches an output or the
 * manifest; only its end date is recorded. Give `lifetime` or `endDate`, not both.
 */
export interface EntraClientSecretOptions {
  /**
   * How long the secret lives, in whole hours, at most 730 days. Without `startDate` it becomes
   * `end_date_relative` (deprecated in azuread 3.x, still supported); with `startDate`, a literal
   * `end_date` = start + lifetime.
   * @default Duration.days(180) when `endDate` is absent
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_password#end_date_relative
   */
  readonly lifetime?: Duration;
  /**
   * A fixed RFC 3339 end date, at most 730 days after `startDate` (or after `now`) and in the future.
   * @default derived from `lifetime`
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_password#end_date
   */
  readonly endDate?: string;
  /**
   * A fixed RFC 3339 start date.
   * @default when Terraform creates the secret
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_password#start_date
   */
  readonly startDate?: string;
  /**
   * Key-based rotation.
   * @default none: the secret is replaced only when its dates change
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_password#rotate_when_changed
   */
  readonly rotation?: EntraSecretRotation;
  /**
   * Display name of the secret.
   * @default `cdktf-external-oauth`, plus the rotation key when rotated
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_password#display_name
   */
  readonly displayName?: string;
  /**
   * The clock `endDate` is checked against (inject a fixed date in tests).
   * @default the current time
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_password#end_date
   */
  readonly now?: Date;
}

/** Props of {@link EntraClientApp}. */
export interface EntraClientAppProps {
  /** The API it obtains tokens for; the API's token version decides the issuer. */
  readonly api: EntraProtectedApi;
  /** Web (confidential, user sign-in), service (client credentials) or browser (SPA, public). */
  readonly kind: EntraClientKind;
  /**
   * Display name of the app registration.
   * @default the construct id
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application#display_name
   */
  readonly displayName?: string;
  /**
   * Exact redirect URIs: https (http only for loopback), no wildcard. Required for `web` and
   * `browser`; not accepted for `service`.
   * @default none
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/reply-url
   */
  readonly redirectUris?: string[];
  /**
   * Delegated scopes of `api` (see {@link EntraApiGrant.scopes}); not for `service`.
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_api_access
   */
  readonly scopes?: string[];
  /**
   * App roles of `api` (see {@link EntraApiGrant.appRoles}); not for `browser`.
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_api_access
   */
  readonly appRoles?: string[];
  /**
   * Admin consent for the grant on `api` (see {@link EntraApiGrant.adminConsent}).
   * @default false
   * @see https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent
   */
  readonly adminConsent?: boolean;
  /**
   * A client secret; `web` and `service` only.
   * @default no secret (use a certificate or federated credential managed elsewhere)
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/application_password
   */
  readonly secret?: EntraClientSecretOptions;
  /**
   * Who may sign in (`web` and `browser`). Groups or users turn on the service principal's
   * `app_role_assignment_required` and assign them the default access role
   * (`azuread_app_role_assignment`); Entra then refuses every other user (AADSTS50105).
   * `ClientAssignment.everyone(reason)` records why the tenant is open.
   * @default Entra's default: assignment not required, every user of the tenant can sign in
   * @see https://learn.microsoft.com/en-us/entra/identity-platform/howto-restrict-your-app-to-a-set-of-users
   * @see https://registry.terraform.io/providers/hashicorp/azuread/3.7.0/docs/resources/app_role_assignment
   */
  readonly assignment?: ClientAssignment;
  /**
   * The client program behind the registration; `redirectUris` default from it and the checks
   * compare the registration with it.
   * @default not declared
   */
  readonly program?: ClientProgram;
}

/** The id of Entra's default access app role ("Default Access"), used to assign users and groups to an app without roles. */
export const ENTRA_DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';

interface Grant {
  readonly api: EntraProtectedApi;
  readonly scopes: string[];
  readonly appRoles: string[];
  readonly adminConsent: boolean;
}

/**
 * An Entra ID client app registration (`azuread_application` + service principal) that obtains
 * access tokens for one or more {@link EntraProtectedApi}s. API permissions use the split
 * `azuread_application_api_access` resource; admin consent, when asked for, a delegated
 * permission grant and app role assignments.
 */
export class EntraClientApp extends Construct implements IClient {
  /** The API it was created for; its issuer. */
  public readonly issuer: EntraProtectedApi;
  /** Same as {@link issuer}. */
  public readonly api: EntraProtectedApi;
  public readonly clientId: string;
  public readonly kind: EntraClientKind;
  /** The app registration. */
  public readonly application: Application;
  /** The client's service principal (the principal that consent and role assignments name). */
  public readonly servicePrincipal: ServicePrincipal;
  /**
   * The client secret resource, when declared. Its `value` is sensitive: pass it only to a secret
   * store, never to a TerraformOutput.
   */
  public readonly clientSecret?: ApplicationPasswordA;
  /** Who may sign in, as recorded in the manifest. */
  public readonly assignment: AssignmentRecord;
  /** The declared client program. */
  public readonly program?: ClientProgram;
  private readonly displayName: string;
  private readonly redirectUris: string[];
  private readonly grants: Grant[] = [];
  private readonly secretRecord?: SecretRecord;

  constructor(scope: Construct, id: string, props: EntraClientAppProps) {
    super(scope, id);
    requireOneOf(this, 'kind', props.kind, ['web', 'service', 'browser'] as const);
    if (props.displayName !== undefined) requireText(this, 'displayName', props.displayName);
    const redirectUris = props.redirectUris ?? (props.kind === 'service' ? [] : [...(props.program?.redirectUris ?? [])]);
    if (props.kind === 'service') {
      if (redirectUris.length > 0)
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          'redirectUris',
          redirectUris,
          'must be empty for a service client (client credentials use no redirect)',
        );
    } else {
      requireNonEmpty(this, 'redirectUris', redirectUris);
      redirectUris.forEach((uri, i) => requireRedirectUri(this, `redirectUris[${i}]`, uri));
      requireUnique(this, 'redirectUris', redirectUris);
    }
    if (props.secret && props.kind === 'browser') {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'secret',
        'browser',
        'must not be set for a browser (SPA) client: a public client cannot keep a secret',
      );
    }

    this.api = props.api;
    this.issuer = props.api;
    this.kind = props.kind;
    this.displayName = props.displayName ?? id;
    this.redirectUris = [...redirectUris];

    this.application = new Application(this, 'Application', {
      displayName: this.displayName,
      signInAudience: 'AzureADMyOrg',
      ...(props.kind === 'web'
        ? { web: { redirectUris: [...redirectUris], implicitGrant: { accessTokenIssuanceEnabled: false, idTokenIssuanceEnabled: false } } }
        : {}),
      ...(props.kind === 'browser' ? { singlePageApplication: { redirectUris: [...redirectUris] } } : {}),
      // API permissions are managed by azuread_application_api_access.
      lifecycle: { ignoreChanges: ['required_resource_access'] },
    });
    this.clientId = this.application.clientId;
    this.program = props.program;
    this.assignment = this.validateAssignment(props);
    this.servicePrincipal = new ServicePrincipal(this, 'ServicePrincipal', {
      clientId: this.application.clientId,
      ...(this.assignment.mode === 'assigned' ? { appRoleAssignmentRequired: true } : {}),
    });
    [...(this.assignment.groups ?? []), ...(this.assignment.users ?? [])].forEach((principalObjectId, i) => {
      new AppRoleAssignment(this, `Assignment${i}`, {
        appRoleId: ENTRA_DEFAULT_ACCESS_ROLE_ID,
        principalObjectId,
        resourceObjectId: this.servicePrincipal.objectId,
      });
    });

    if (props.secret) {
      const { config, record } = this.secretConfig(props.secret);
      this.secretRecord = record;
      this.clientSecret = new ApplicationPasswordA(this, 'Secret', {
        applicationId: this.application.id,
        ...config,
        lifecycle: { createBeforeDestroy: true },
      });
    }

    if (props.scopes?.length || props.appRoles?.length || props.adminConsent) {
      this.grantAccess(props.api, { scopes: props.scopes, appRoles: props.appRoles, adminConsent: props.adminConsent });
    }
    registerClient(this);
  }

  /**
   * Grants this client access to `api`: delegated scopes and/or app roles, which must be declared
   * on that API before. One call per API.
   */
  public grantAccess(api: EntraProtectedApi, grant: EntraApiGrant): void {
    const field = `grantAccess(${api.node.path})`;
    if (this.grants.some((g) => g.api === api)) {
      fail(
        this,
        CONFIG_ERROR_CODES.DUPLICATE_NAME,
        field,
        api.node.path,
        'must be called once per API: list all its scopes and app roles in one grant',
      );
    }
    if (!isUnresolved(api.tenantId) && !isUnresolved(this.api.tenantId) && api.tenantId.toLowerCase() !== this.api.tenantId.toLowerCase()) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        `${field}.tenantId`,
        api.tenantId,
        `must be the tenant of the client's API (${this.api.tenantId}): grants cannot cross tenants`,
      );
    }
    const scopes = [...(grant.scopes ?? [])];
    const appRoles = [...(grant.appRoles ?? [])];
    if (scopes.length === 0 && appRoles.length === 0) {
      fail(this, CONFIG_ERROR_CODES.EMPTY_LIST, `${field}.scopes`, [], 'must name at least one scope or app role');
    }
    requireUnique(this, `${field}.scopes`, scopes);
    requireUnique(this, `${field}.appRoles`, appRoles);
    if (this.kind === 'service' && scopes.length > 0) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        `${field}.scopes`,
        scopes,
        'must be empty for a service client: delegated scopes land only in user tokens; grant app roles instead',
      );
    }
    if (this.kind === 'browser' && appRoles.length > 0) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        `${field}.appRoles`,
        appRoles,
        'must be empty for a browser client: a public client cannot use client credentials',
      );
    }
    const scopeIds = scopes.map((value, i) => {
      const declared = api.scope(value);
      if (!declared)
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          `${field}.scopes[${i}]`,
          value,
          `must be a scope declared on ${api.node.path} with addScope() (declared: ${list(api.scopes.map((s) => s.value))})`,
        );
      if (!declared.enabled)
        fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, `${field}.scopes[${i}]`, value, `must be an enabled scope of ${api.node.path}`);
      return declared.id;
    });
    const roles = appRoles.map((value, i) => {
      const declared = api.appRole(value);
      if (!declared)
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          `${field}.appRoles[${i}]`,
          value,
          `must be an app role declared on ${api.node.path} with addAppRole() (declared: ${list(api.appRoles.map((r) => r.value))})`,
        );
      if (!declared.enabled)
        fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, `${field}.appRoles[${i}]`, value, `must be an enabled app role of ${api.node.path}`);
      if (!declared.allowedMemberTypes.includes('Application')) {
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          `${field}.appRoles[${i}]`,
          value,
          `must be an app role whose allowedMemberTypes include Application (it is assigned to users only)`,
        );
      }
      return declared;
    });
    const adminConsent = grant.adminConsent ?? false;

    const key = api.node.path;
    new ApplicationApiAccess(this, childId('ApiAccess', key), {
      applicationId: this.application.id,
      apiClientId: api.clientId,
      ...(scopeIds.length > 0 ? { scopeIds } : {}),
      ...(roles.length > 0 ? { roleIds: roles.map((r) => r.id) } : {}),
    });
    if (adminConsent && scopes.length > 0) {
      new ServicePrincipalDelegatedPermissionGrant(this, childId('Consent', key), {
        servicePrincipalObjectId: this.servicePrincipal.objectId,
        resourceServicePrincipalObjectId: api.servicePrincipal.objectId,
        claimValues: [...scopes],
      });
    }
    if (adminConsent) {
      for (const role of roles) {
        new AppRoleAssignment(this, childId('RoleAssignment', `${key}/${role.value}`), {
          appRoleId: role.id,
          principalObjectId: this.servicePrincipal.objectId,
          resourceObjectId: api.servicePrincipal.objectId,
        });
      }
    }
    this.grants.push({ api, scopes, appRoles, adminConsent });
  }

  /** The grants it uses: `service` client credentials; `web` and `browser` authorization code (+ client credentials for a `web` client granted app roles). */
  public get grantTypes(): GrantType[] {
    if (this.kind === 'service') return ['client_credentials'];
    const grants: GrantType[] = ['authorization_code', 'refresh_token'];
    if (this.kind === 'web' && this.grants.some((g) => g.appRoles.length > 0)) grants.push('client_credentials');
    return grants;
  }

  public toClientRecord(): ClientRecord {
    const apiPermissions: ApiPermissionRecord[] = this.grants.map((g) => ({
      api: g.api.node.path,
      scopes: [...g.scopes],
      appRoles: [...g.appRoles],
      adminConsent: g.adminConsent,
    }));
    const scopes = [...new Set(this.grants.flatMap((g) => g.scopes))];
    const interactive = this.kind !== 'service';
    return {
      path: this.node.path,
      kind: this.kind,
      name: this.displayName,
      issuer: this.issuer.node.path,
      clientId: this.clientId,
      grantTypes: this.grantTypes,
      responseTypes: interactive ? ['code'] : [],
      redirectUris: [...this.redirectUris],
      postLogoutRedirectUris: [],
      scopes,
      ...(this.kind === 'browser' ? { pkce: true, tokenEndpointAuthMethod: 'none' } : {}),
      ...(this.secretRecord ? { secret: { ...this.secretRecord } } : {}),
      ...(interactive ? { assignment: { ...this.assignment } } : {}),
      ...(this.program ? { program: this.program.toRecord() } : {}),
      details: {
        apiPermissions,
        ...(interactive ? { authorizeEndpoint: this.issuer.authorizeEndpoint } : {}),
      },
    };
  }

  // Assignment: who may sign in.
  private validateAssignment(props: EntraClientAppProps): AssignmentRecord {
    const a = props.assignment;
    if (a === undefined)
      return {
        mode: 'everyone',
        reason: 'Entra ID default: the service principal does not require assignment, so every user of the tenant can sign in',
      };
    if (props.kind === 'service')
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'assignment', a.mode, 'does not apply to a service client (no users sign in)');
    return assignmentRecordOf(this, 'assignment', a, {
      everyone: 'the tenant',
      idPattern: GUID_PATTERN,
      idRule: 'must be an object id (GUID)',
    });
  }

  /** The password's date and rotation settings, checked against the 730-day maximum. */
  private secretConfig(secret: EntraClientSecretOptions): {
    config: Omit<ApplicationPasswordAConfig, 'applicationId'>;
    record: SecretRecord;
  } {
    if (secret.lifetime && secret.endDate !== undefined) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'secret.endDate',
        secret.endDate,
        'must not be given together with secret.lifetime: give one of them',
      );
    }
    const now = secret.now ?? new Date();
    const startMs = secret.startDate !== undefined ? requireRfc3339(this, 'secret.startDate', secret.startDate) : undefined;
    const maxSeconds = MAX_SECRET_LIFETIME_DAYS * 86400;
    const tooLong = `must be at most ${MAX_SECRET_LIFETIME_DAYS} days (2 years)`;
    let lifetimeSeconds: number;
    let endDate: string | undefined;
    let endDateRelative: string | undefined;

    if (secret.endDate !== undefined) {
      const endMs = requireRfc3339(this, 'secret.endDate', secret.endDate);
      if (endMs <= now.getTime())
        fail(
          this,
          CONFIG_ERROR_CODES.OUT_OF_RANGE,
          'secret.endDate',
          secret.endDate,
          `must be in the future (now is ${toRfc3339(now.getTime())})`,
        );
      const from = startMs ?? now.getTime();
      if (endMs <= from) fail(this, CONFIG_ERROR_CODES.OUT_OF_RANGE, 'secret.endDate', secret.endDate, 'must be after secret.startDate');
      lifetimeSeconds = (endMs - from) / 1000;
      if (lifetimeSeconds > maxSeconds)
        fail(
          this,
          CONFIG_ERROR_CODES.SECRET_TOO_LONG,
          'secret.endDate',
          secret.endDate,
          `${tooLong} after ${startMs !== undefined ? 'secret.startDate' : `now (${toRfc3339(now.getTime())})`}`,
        );
      endDate = secret.endDate;
    } else {
      const lifetime = secret.lifetime ?? Duration.days(180);
      lifetimeSeconds = lifetime.toSeconds();
      if (lifetimeSeconds > maxSeconds) fail(this, CONFIG_ERROR_CODES.SECRET_TOO_LONG, 'secret.lifetime', lifetime.toString(), tooLong);
      if (lifetimeSeconds <= 0 || lifetimeSeconds % 3600 !== 0)
        fail(
          this,
          CONFIG_ERROR_CODES.OUT_OF_RANGE,
          'secret.lifetime',
          lifetime.toString(),
          'must be a whole number of hours, at least 1 hour',
        );
      if (startMs !== undefined) endDate = toRfc3339(startMs + lifetimeSeconds * 1000);
      else endDateRelative = `${lifetimeSeconds / 3600}h`;
    }

    const rotation = secret.rotation;
    if (rotation) {
      requireText(this, 'secret.rotation.key', rotation.key);
      if (isUnresolved(rotation.key))
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          'secret.rotation.key',
          rotation.key,
          'must be a literal string, not a Terraform token',
        );
      if (rotation.everyDays !== undefined) {
        const maxDays = Math.floor(lifetimeSeconds / 86400);
        if (!Number.isInteger(rotation.everyDays) || rotation.everyDays < 1 || rotation.everyDays > maxDays) {
          fail(
            this,
            CONFIG_ERROR_CODES.OUT_OF_RANGE,
            'secret.rotation.everyDays',
            rotation.everyDays,
            `must be a whole number of days between 1 and the secret's lifetime (${maxDays} days): rotate before it expires`,
          );
        }
      }
    }
    if (secret.displayName !== undefined) requireText(this, 'secret.displayName', secret.displayName);

    const displayName = secret.displayName ?? (rotation ? `cdktf-external-oauth ${rotation.key}` : 'cdktf-external-oauth');
    return {
      config: {
        displayName,
        ...(secret.startDate !== undefined ? { startDate: secret.startDate } : {}),
        ...(endDate !== undefined ? { endDate } : {}),
        ...(endDateRelative !== undefined ? { endDateRelative } : {}),
        ...(rotation ? { rotateWhenChanged: { rotation: rotation.key } } : {}),
      },
      record: {
        ...(endDate !== undefined ? { endDate } : {}),
        ...(endDateRelative !== undefined ? { endDateRelative } : {}),
        ...(rotation?.everyDays !== undefined ? { rotationDays: rotation.everyDays } : {}),
      },
    };
  }
}

function list(values: string[]): string {
  return values.length === 0 ? 'none' : values.join(', ');
}
