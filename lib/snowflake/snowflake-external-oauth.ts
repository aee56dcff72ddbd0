import { Construct } from 'constructs';

import { reportUnevaluated } from '../checks/aspect';
import { blockedRole } from '../checks/rules/snow-004-blocked-role';
import { oneIntegrationPerIssuer } from '../checks/rules/snow-006-one-integration-per-issuer';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient, IIssuer, ITrust } from '../core/interfaces';
import type { IssuerKind } from '../core/kinds';
import { registerTrust } from '../core/register';
import {
  fail,
  isUnresolved,
  requireNewClientOf,
  requireNonEmpty,
  requireOneOf,
  requirePattern,
  requireSecureUrl,
  requireText,
  requireUnique,
} from '../core/validate';
import { Annotations, TerraformProvider, TerraformStack } from '../framework';
import type { SnowflakeTrustRecord } from '../manifest/types';
import { ExternalOauthIntegration } from '../providers/snowflake/external-oauth-integration';
import {
  DEFAULT_SNOWFLAKE_ACCOUNT,
  isUpperCaseIdentifier,
  SNOWFLAKE_IDENTIFIER_PATTERN,
  SNOWFLAKE_PRIVILEGED_ROLES,
  sqlIdentifier,
  sqlString,
} from './identifiers';
import { ISnowflakeRole, roleNameOf, SnowflakeExistingRoleOptions, SnowflakeRole, SnowflakeRoleOptions } from './snowflake-role';
import { SnowflakeMappedUser, SnowflakeUserOptions } from './snowflake-user';

/** `EXTERNAL_OAUTH_TYPE`: decided by the issuer's kind. */
export type SnowflakeIntegrationType = SnowflakeTrustRecord['integrationType'];

/** `EXTERNAL_OAUTH_SNOWFLAKE_USER_MAPPING_ATTRIBUTE`: the user property the mapping claim is compared with. */
export type SnowflakeUserMappingAttribute = SnowflakeTrustRecord['mappingAttribute'];

/** `EXTERNAL_OAUTH_ANY_ROLE_MODE`: whether a session may use a role that the token does not name. */
export type SnowflakeAnyRoleMode = SnowflakeTrustRecord['anyRoleMode'];

export { DEFAULT_SNOWFLAKE_ACCOUNT } from './identifiers';

/** Snowflake accepts at most this many JWKS URLs per integration. */
export const MAX_SNOWFLAKE_JWKS_URLS = 3;

const MAPPING_ATTRIBUTES: readonly SnowflakeUserMappingAttribute[] = ['LOGIN_NAME', 'EMAIL_ADDRESS'];
const ANY_ROLE_MODES: readonly SnowflakeAnyRoleMode[] = ['DISABLE', 'ENABLE', 'ENABLE_FOR_PRIVILEGE'];
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOCS = 'https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external';

/** The Snowflake integration type of an issuer kind: okta→OKTA, entra→AZURE, pingfederate→PING_FEDERATE, others→CUSTOM. */
export function snowflakeIntegrationTypeOf(kind: IssuerKind): SnowflakeIntegrationType {
  switch (kind) {
    case 'okta':
      return 'OKTA';
    case 'entra':
      return 'AZURE';
    case 'pingfederate':
      return 'PING_FEDERATE';
    default:
      return 'CUSTOM';
  }
}

/** Props of {@link SnowflakeExternalOAuth}. */
export interface SnowflakeExternalOAuthProps {
  /**
   * The issuer whose access tokens Snowflake accepts. Decides `EXTERNAL_OAUTH_TYPE` and
   * `EXTERNAL_OAUTH_ISSUER` (its exact `issuerUrl`, e.g. Entra v1 `https://sts.windows.net/<tenant>/`).
   */
  readonly issuer: IIssuer;
  /**
   * The integration's name: a Snowflake identifier, unique among the account's security
   * integrations. Upper case recommended (the provider quotes identifiers, so a lower-case
   * name is case-sensitive in SQL). Renaming recreates the integration.
   * @see https://docs.snowflake.com/en/sql-reference/identifiers-syntax
   */
  readonly name: string;
  /**
   * The access-token claim(s) whose value names the Snowflake user, e.g. `sub` (Okta),
   * `upn` (Entra user tokens), `email`. Removing it recreates the integration.
   * @see https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external#required-parameters
   */
  readonly userMappingClaim: string | string[];
  /**
   * Which user property the claim value is compared with.
   * @default 'LOGIN_NAME'
   * @see https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external#required-parameters
   */
  readonly mappingAttribute?: SnowflakeUserMappingAttribute;
  /**
   * A name for the Snowflake account this integration lives in. Snowflake allows one
   * integration per issuer per account; the name scopes that rule (and user names) across
   * the app. Use the same name for every construct that targets one account.
   * @default 'default'
   * @see https://docs.snowflake.com/en/user-guide/admin-account-identifier
   */
  readonly account?: string;
  /**
   * Where Snowflake fetches signing keys; 1 to 3 URLs. Removing them recreates the integration.
   * @default [issuer.jwksUrl]
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/external_oauth_integration#external_oauth_jws_keys_url
   */
  readonly jwksUrls?: string[];
  /**
   * The URL of the Snowflake account this integration lives in,
   * `https://<account identifier>.snowflakecomputing.com`: the audience Snowflake accepts without
   * any audience list. When given, the checks hold the issuer to it (EO-SNOW-010), which catches a
   * typo in the issuer's audience that wiring by object copies to both sides.
   * @default not declared (EO-SNOW-010 does not apply)
   * @see https://docs.snowflake.com/en/user-guide/admin-account-identifier
   */
  readonly accountUrl?: string;
  /**
   * Accepted `aud` values in addition to the account URL (`EXTERNAL_OAUTH_AUDIENCE_LIST`).
   * Extend later with {@link SnowflakeExternalOAuth.addAudience}.
   * @default issuer.audiences
   * @see https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external#optional-parameters
   */
  readonly audiences?: string[];
  /**
   * Whether a session may use a role the token does not name. Secure by default.
   * @default 'DISABLE'
   * @see https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external#optional-parameters
   */
  readonly anyRoleMode?: SnowflakeAnyRoleMode;
  /**
   * Roles a client may set as the primary role. ACCOUNTADMIN, ORGADMIN and SECURITYADMIN are
   * refused. Exclusive with `blockedRoles`.
   * @default no allow list (every role not blocked)
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/external_oauth_integration#external_oauth_allowed_roles_list
   */
  readonly allowedRoles?: string[];
  /**
   * Roles a client may not set as the primary role. Snowflake adds ACCOUNTADMIN, ORGADMIN and
   * SECURITYADMIN itself (account parameter EXTERNAL_OAUTH_ADD_PRIVILEGED_ROLES_TO_BLOCKED_LIST).
   * Exclusive with `allowedRoles`.
   * @default none beyond Snowflake's privileged roles
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/external_oauth_integration#external_oauth_blocked_roles_list
   */
  readonly blockedRoles?: string[];
  /**
   * The claim that carries `session:role:<ROLE>` scopes. Entra user tokens need `scp`.
   * Removing it recreates the integration.
   * @default 'scp' for Entra issuers; otherwise not set (Snowflake's default)
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/external_oauth_integration#external_oauth_scope_mapping_attribute
   */
  readonly scopeMappingAttribute?: string;
  /**
   * The single character separating scopes in the scope claim; CUSTOM integrations only.
   * @default not set (Snowflake's default)
   * @see https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external#optional-parameters
   */
  readonly scopeDelimiter?: string;
  /**
   * The clients expected to present tokens; each must be registered with `issuer` (the same
   * object). Add more with {@link SnowflakeExternalOAuth.addClient}.
   * @default none
   * @see https://docs.snowflake.com/en/user-guide/oauth-ext-overview
   */
  readonly clients?: IClient[];
  /**
   * Whether the integration is enabled.
   * @default true
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/external_oauth_integration#enabled
   */
  readonly enabled?: boolean;
  /**
   * A comment on the integration.
   * @default none
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/external_oauth_integration#comment
   */
  readonly comment?: string;
  /**
   * The Snowflake provider (alias) of `account`, for every resource this construct creates.
   * @default the stack's default snowflake provider
   * @see https://developer.hashicorp.com/terraform/cdktf/concepts/providers
   */
  readonly provider?: TerraformProvider;
}

/**
 * Props of {@link SnowflakeExternalOAuth.extendExisting}: the existing integration as
 * `DESCRIBE SECURITY INTEGRATION` shows it, plus the audiences to add. `enabled` and `comment`
 * are ignored (nothing is created).
 */
export interface SnowflakeExistingIntegrationProps extends SnowflakeExternalOAuthProps {
  /**
   * The integration's name exactly as `SHOW SECURITY INTEGRATIONS` prints it.
   */
  readonly name: string;
  /**
   * The integration's current `EXTERNAL_OAUTH_AUDIENCE_LIST` (possibly empty). The generated
   * ALTER statement keeps them: `SET EXTERNAL_OAUTH_AUDIENCE_LIST` replaces the whole list.
   */
  readonly existingAudiences: string[];
}

const EXISTING = Symbol('existingAudiences');
interface InternalProps extends SnowflakeExternalOAuthProps {
  readonly [EXISTING]?: readonly string[];
}

/**
 * A Snowflake External OAuth security integration (`snowflake_external_oauth_integration`)
 * that accepts one issuer's access tokens and maps a claim to Snowflake users, plus the users
 * it maps to (`addUser`). One integration per issuer per account: extend the audience list of
 * the existing one with `addAudience()`, or `extendExisting()` for an integration that
 * Terraform does not manage.
 *
 * @see https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external
 * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/external_oauth_integration
 */
export class SnowflakeExternalOAuth extends Construct implements ITrust {
  /**
   * Declares an integration that already exists in Snowflake (not managed by Terraform) and
   * extends its audience list: creates no integration resource, records `existing: true` and
   * the exact `ALTER SECURITY INTEGRATION ... SET EXTERNAL_OAUTH_AUDIENCE_LIST` statement as
   * a manual step. Users can still be added.
   */
  public static extendExisting(scope: Construct, id: string, props: SnowflakeExistingIntegrationProps): SnowflakeExternalOAuth {
    const internal: InternalProps = { ...props, [EXISTING]: props.existingAudiences ?? [] };
    return new SnowflakeExternalOAuth(scope, id, internal);
  }

  public readonly issuer: IIssuer;
  /** The integration's name. */
  public readonly integrationName: string;
  /** The account name that scopes the one-integration-per-issuer rule. */
  public readonly account: string;
  /** `EXTERNAL_OAUTH_TYPE`, derived from the issuer kind. */
  public readonly integrationType: SnowflakeIntegrationType;
  /** The user property the mapping claim is compared with. */
  public readonly mappingAttribute: SnowflakeUserMappingAttribute;
  /** True when the integration exists already and is not managed here. */
  public readonly existing: boolean;
  /** The integration resource; undefined for {@link SnowflakeExternalOAuth.extendExisting}. */
  public readonly integration?: ExternalOauthIntegration;

  private readonly props: SnowflakeExternalOAuthProps;
  private readonly jwksUrlList: string[];
  private readonly audienceList: string[];
  private readonly existingAudienceList: readonly string[];
  private readonly userMappingClaims: string[];
  private readonly anyRoleMode: SnowflakeAnyRoleMode;
  private readonly allowedRoles: string[];
  /** `allowedRoles` as the integration resource references them (created roles by reference). */
  private allowedRoleRefs: string[];
  private readonly blockedRoles: string[];
  private readonly scopeMappingAttribute?: string;
  private readonly clientList: IClient[] = [];
  private readonly userList: SnowflakeMappedUser[] = [];
  private readonly roleList: ISnowflakeRole[] = [];

  constructor(scope: Construct, id: string, props: SnowflakeExternalOAuthProps) {
    super(scope, id);
    const existingAudiences = (props as InternalProps)[EXISTING];
    this.existing = existingAudiences !== undefined;
    this.props = props;
    this.issuer = props.issuer;
    this.account = props.account ?? DEFAULT_SNOWFLAKE_ACCOUNT;
    this.integrationType = snowflakeIntegrationTypeOf(props.issuer.issuerKind);

    this.checkNames(props);
    this.integrationName = props.name;

    // Mapping claim and attribute.
    this.userMappingClaims = typeof props.userMappingClaim === 'string' ? [props.userMappingClaim] : [...(props.userMappingClaim ?? [])];
    this.checkMappingClaims();
    this.mappingAttribute = props.mappingAttribute ?? 'LOGIN_NAME';
    requireOneOf(this, 'mappingAttribute', this.mappingAttribute, MAPPING_ATTRIBUTES);

    // Keys.
    this.jwksUrlList = [...(props.jwksUrls ?? [props.issuer.jwksUrl])];
    this.checkKeys(props);

    // Audiences.
    this.existingAudienceList = [...(existingAudiences ?? [])];
    this.audienceList = this.audiencesOf(props, this.existingAudienceList);

    // Roles.
    this.anyRoleMode = props.anyRoleMode ?? 'DISABLE';
    this.allowedRoles = [...(props.allowedRoles ?? [])];
    this.blockedRoles = [...(props.blockedRoles ?? [])];
    this.allowedRoleRefs = [...this.allowedRoles];
    this.checkRoles(props);

    // Scopes.
    this.scopeMappingAttribute = props.scopeMappingAttribute ?? (props.issuer.issuerKind === 'entra' ? 'scp' : undefined);
    this.checkScopes(props);

    (props.clients ?? []).forEach((c, i) => {
      this.checkClient(c, `clients[${i}]`);
      this.clientList.push(c);
    });

    this.checkOneIntegrationPerIssuer();

    if (!this.existing) {
      this.integration = new ExternalOauthIntegration(this, 'Resource', {
        name: props.name,
        enabled: props.enabled ?? true,
        externalOauthType: this.integrationType,
        externalOauthIssuer: props.issuer.issuerUrl,
        externalOauthJwsKeysUrl: [...this.jwksUrlList],
        externalOauthAudienceList: [...this.audienceList],
        externalOauthTokenUserMappingClaim: [...this.userMappingClaims],
        externalOauthSnowflakeUserMappingAttribute: this.mappingAttribute,
        externalOauthAnyRoleMode: this.anyRoleMode,
        externalOauthAllowedRolesList: props.allowedRoles ? [...this.allowedRoles] : undefined,
        externalOauthBlockedRolesList: props.blockedRoles ? [...this.blockedRoles] : undefined,
        externalOauthScopeMappingAttribute: this.scopeMappingAttribute,
        externalOauthScopeDelimiter: props.scopeDelimiter,
        comment: props.comment,
        provider: props.provider,
      });
    }
    registerTrust(this);
  }

  // Account and integration name.
  private checkNames(props: SnowflakeExternalOAuthProps): void {
    requirePattern(this, 'account', this.account, /^\S+$/, 'must be a non-empty name without spaces', CONFIG_ERROR_CODES.INVALID_NAME);
    requirePattern(
      this,
      'name',
      props.name,
      SNOWFLAKE_IDENTIFIER_PATTERN,
      'must be a Snowflake identifier: a letter or _, then letters, digits, _ or $ (at most 255)',
      CONFIG_ERROR_CODES.INVALID_NAME,
    );
    if (!this.existing && !isUnresolved(props.name) && !isUpperCaseIdentifier(props.name)) {
      Annotations.of(this).addWarning(
        `Snowflake integration name "${props.name}" is not upper case: the provider quotes identifiers, so SQL must write it as "${props.name}" with double quotes. Upper case is recommended.`,
      );
    }
  }

  // Mapping claim.
  private checkMappingClaims(): void {
    requireNonEmpty(this, 'userMappingClaim', this.userMappingClaims);
    this.userMappingClaims.forEach((c, i) => requireText(this, `userMappingClaim[${i}]`, c));
    requireUnique(this, 'userMappingClaim', this.userMappingClaims);
  }

  // Keys.
  private checkKeys(props: SnowflakeExternalOAuthProps): void {
    requireNonEmpty(this, 'jwksUrls', this.jwksUrlList);
    if (!isUnresolved(this.jwksUrlList) && this.jwksUrlList.length > MAX_SNOWFLAKE_JWKS_URLS) {
      fail(
        this,
        CONFIG_ERROR_CODES.OUT_OF_RANGE,
        'jwksUrls',
        this.jwksUrlList,
        `must hold at most ${MAX_SNOWFLAKE_JWKS_URLS} URLs (Snowflake's limit)`,
      );
    }
    this.jwksUrlList.forEach((u, i) => requireSecureUrl(this, `jwksUrls[${i}]`, u));
    if (props.accountUrl !== undefined) requireSecureUrl(this, 'accountUrl', props.accountUrl);
    requireUnique(this, 'jwksUrls', this.jwksUrlList);
  }

  // Audiences: the declared ones, after the existing ones of an extended integration.
  private audiencesOf(props: SnowflakeExternalOAuthProps, existingList: readonly string[]): string[] {
    existingList.forEach((a, i) => requireText(this, `existingAudiences[${i}]`, a));
    requireUnique(this, 'existingAudiences', existingList);
    const declared = props.audiences ?? props.issuer.audiences;
    // The issuer's audiences may already be in the existing list: add only the new ones.
    const added = this.existing ? (isUnresolved(declared) ? [...declared] : declared.filter((a) => !existingList.includes(a))) : [];
    const audiences = this.existing ? [...existingList, ...added] : [...declared];
    requireNonEmpty(this, 'audiences', audiences);
    audiences.forEach((a, i) => requireText(this, `audiences[${i}]`, a));
    requireUnique(this, 'audiences', audiences);
    return audiences;
  }

  // Roles.
  private checkRoles(props: SnowflakeExternalOAuthProps): void {
    requireOneOf(this, 'anyRoleMode', this.anyRoleMode, ANY_ROLE_MODES);
    if (props.allowedRoles !== undefined && props.blockedRoles !== undefined) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'blockedRoles',
        props.blockedRoles,
        'must not be combined with allowedRoles (Snowflake accepts one of the two lists)',
      );
    }
    if (props.allowedRoles !== undefined) requireNonEmpty(this, 'allowedRoles', this.allowedRoles);
    this.allowedRoles.forEach((r, i) => {
      requireRoleName(this, `allowedRoles[${i}]`, r);
      if (isUnresolved(r)) {
        reportUnevaluated(
          this,
          blockedRole,
          `allowedRoles[${i}] is only known after apply, so whether it is one of ${SNOWFLAKE_PRIVILEGED_ROLES.join(', ')} (blocked for External OAuth) is not known`,
        );
      } else if ((SNOWFLAKE_PRIVILEGED_ROLES as readonly string[]).includes(r.toUpperCase())) {
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          `allowedRoles[${i}]`,
          r,
          `must not be ${SNOWFLAKE_PRIVILEGED_ROLES.join(', ')}: Snowflake blocks these privileged roles for External OAuth, and an OAuth token must never act as an administrator`,
        );
      }
    });
    requireUniqueRoles(this, 'allowedRoles', this.allowedRoles);
    this.blockedRoles.forEach((r, i) => requireRoleName(this, `blockedRoles[${i}]`, r));
    requireUniqueRoles(this, 'blockedRoles', this.blockedRoles);
  }

  // Scopes.
  private checkScopes(props: SnowflakeExternalOAuthProps): void {
    if (this.scopeMappingAttribute !== undefined) requireText(this, 'scopeMappingAttribute', this.scopeMappingAttribute);
    if (props.scopeDelimiter !== undefined) {
      if (this.integrationType !== 'CUSTOM') {
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          'scopeDelimiter',
          props.scopeDelimiter,
          `is accepted only for CUSTOM integrations (this issuer makes a ${this.integrationType} integration)`,
        );
      }
      if (!isUnresolved(props.scopeDelimiter) && [...props.scopeDelimiter].length !== 1) {
        fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'scopeDelimiter', props.scopeDelimiter, 'must be a single character, e.g. " " or ","');
      }
    }
  }

  /** The accepted audiences, including any added with {@link addAudience}. */
  public get audiences(): string[] {
    return [...this.audienceList];
  }

  /** The JWKS URLs Snowflake fetches keys from. */
  public get jwksUrls(): string[] {
    return [...this.jwksUrlList];
  }

  /** The clients expected to present tokens. */
  public get clients(): IClient[] {
    return [...this.clientList];
  }

  /** The roles declared on this integration ({@link addRole}, {@link addExistingRole}, or passed by object to {@link addUser}). */
  public get roles(): ISnowflakeRole[] {
    return [...this.roleList];
  }

  /** The users added with {@link addUser}. */
  public get users(): SnowflakeMappedUser[] {
    return [...this.userList];
  }

  /**
   * Steps a human must run: for an existing integration whose audience list changes, the
   * exact `ALTER SECURITY INTEGRATION <name> SET EXTERNAL_OAUTH_AUDIENCE_LIST = (...)`.
   */
  public get manualSteps(): string[] {
    if (!this.existing) return [];
    const existing = new Set(this.existingAudienceList);
    if (this.audienceList.every((a) => existing.has(a))) return [];
    return [alterAudienceStatement(this.integrationName, this.audienceList)];
  }

  /**
   * Accepts one more audience: the way to let a second API (or app) share this issuer's
   * integration, since Snowflake allows one integration per issuer per account. For a managed
   * integration Terraform updates it in place; for an existing one the ALTER statement in
   * {@link manualSteps} lists it.
   */
  public addAudience(audience: string): void {
    const field = `addAudience(${JSON.stringify(audience)})`;
    requireText(this, field, audience);
    if (!isUnresolved(audience) && this.audienceList.includes(audience)) {
      fail(
        this,
        CONFIG_ERROR_CODES.DUPLICATE_NAME,
        field,
        audience,
        `is already in the audience list of integration ${this.integrationName}`,
      );
    }
    this.audienceList.push(audience);
    if (this.integration) this.integration.externalOauthAudienceList = [...this.audienceList];
  }

  /** Declares one more client expected to present tokens; it must use this integration's issuer. */
  public addClient(client: IClient): void {
    this.checkClient(client, `addClient(${client.node.path})`);
    this.clientList.push(client);
  }

  /**
   * Creates an account role (`snowflake_account_role`) in this integration's account. Users
   * granted it, by object or by name, reference the created role, so Terraform creates the
   * role before the grants. The manifest records it as `created`.
   * @see https://docs.snowflake.com/en/sql-reference/sql/create-role
   */
  public addRole(name: string, options: SnowflakeRoleOptions = {}): SnowflakeRole {
    this.checkRoleName(`addRole(${JSON.stringify(name)})`, name);
    const role = new SnowflakeRole(this, `Role-${name}`, { ...options, name, account: this.account, provider: this.props.provider });
    this.useRole(role, `addRole(${JSON.stringify(name)})`);
    return role;
  }

  /**
   * Declares an account role that already exists in this integration's account (created by
   * hand or by another team): no resource; the manifest records it as `existing`.
   */
  public addExistingRole(name: string, options: Omit<SnowflakeExistingRoleOptions, 'account'> = {}): SnowflakeRole {
    this.checkRoleName(`addExistingRole(${JSON.stringify(name)})`, name);
    const role = SnowflakeRole.fromExisting(this, `Role-${name}`, name, { ...options, account: this.account });
    this.useRole(role, `addExistingRole(${JSON.stringify(name)})`);
    return role;
  }

  /**
   * Adds the Snowflake user a token maps to: a `snowflake_user` (or `snowflake_service_user`
   * with `service: true`) and one `snowflake_grant_account_role` per role. Give exactly one of
   * `loginName` (mapping attribute LOGIN_NAME) and `email` (EMAIL_ADDRESS), matching this
   * integration's mapping attribute.
   */
  public addUser(options: SnowflakeUserOptions): SnowflakeMappedUser {
    const name = options.name ?? options.loginName;
    const label = `addUser(${JSON.stringify(name ?? options.email ?? '')})`;
    if ((options.loginName === undefined) === (options.email === undefined)) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        `${label}.loginName|email`,
        { loginName: options.loginName, email: options.email },
        'exactly one of loginName and email is required',
      );
    }
    const wanted = this.mappingAttribute === 'LOGIN_NAME' ? 'loginName' : 'email';
    const given = options.loginName !== undefined ? 'loginName' : 'email';
    if (wanted !== given) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        `${label}.${given}`,
        options[given],
        `must be ${wanted} instead: integration ${this.integrationName} maps tokens by ${this.mappingAttribute}`,
      );
    }
    if (options.loginName !== undefined) requireText(this, `${label}.loginName`, options.loginName);
    if (options.email !== undefined) requirePattern(this, `${label}.email`, options.email, EMAIL_PATTERN, 'must be an email address');
    if (name === undefined) {
      fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, `${label}.name`, undefined, 'is required when the user is mapped by email');
    }
    if (isUnresolved(name)) {
      fail(this, CONFIG_ERROR_CODES.INVALID_NAME, `${label}.name`, name, 'must be a literal identifier (it names the construct)');
    }
    requirePattern(
      this,
      `${label}.name`,
      name,
      SNOWFLAKE_IDENTIFIER_PATTERN,
      'must be a Snowflake identifier: a letter or _, then letters, digits, _ or $ (pass name when loginName is not one)',
      CONFIG_ERROR_CODES.INVALID_NAME,
    );
    const roles = options.roles ?? [];
    roles.forEach((r, i) =>
      typeof r === 'string' ? requireRoleName(this, `${label}.roles[${i}]`, r) : this.useRole(r, `${label}.roles[${i}]`),
    );
    requireUniqueRoles(this, `${label}.roles`, roles.map(roleNameOf));
    if (typeof options.defaultRole === 'string') requireRoleName(this, `${label}.defaultRole`, options.defaultRole);
    else if (options.defaultRole !== undefined) this.useRole(options.defaultRole, `${label}.defaultRole`);
    if (options.defaultWarehouse !== undefined)
      requirePattern(
        this,
        `${label}.defaultWarehouse`,
        options.defaultWarehouse,
        SNOWFLAKE_IDENTIFIER_PATTERN,
        'must be a Snowflake identifier',
        CONFIG_ERROR_CODES.INVALID_NAME,
      );
    this.checkUserUnique(label, name, options);

    const user = new SnowflakeMappedUser(this, `User-${name}`, { ...options, name, provider: this.props.provider });
    this.userList.push(user);
    for (const integration of this.sameAccountInStack()) integration.roleList.forEach((r) => user.wireRole(r));
    return user;
  }

  public toTrustRecord(): SnowflakeTrustRecord {
    return {
      type: 'snowflake',
      path: this.node.path,
      name: this.integrationName,
      issuerPath: this.issuer.node.path,
      issuer: this.issuer.issuerUrl,
      integrationType: this.integrationType,
      account: this.account,
      ...(this.props.accountUrl !== undefined ? { accountUrl: this.props.accountUrl } : {}),
      jwksUrls: [...this.jwksUrlList],
      audiences: [...this.audienceList],
      userMappingClaims: [...this.userMappingClaims],
      mappingAttribute: this.mappingAttribute,
      anyRoleMode: this.anyRoleMode,
      allowedRoles: [...this.allowedRoles],
      blockedRoles: [...this.blockedRoles],
      ...(this.scopeMappingAttribute !== undefined ? { scopeMappingAttribute: this.scopeMappingAttribute } : {}),
      ...(this.props.scopeDelimiter !== undefined ? { scopeDelimiter: this.props.scopeDelimiter } : {}),
      clients: this.clientList.map((c) => c.node.path),
      users: this.userList.map((u) => u.toUserRecord()),
      roles: this.roleList.map((r) => r.toRoleRecord()),
      existing: this.existing,
      manualSteps: this.manualSteps,
    };
  }

  /** A role name for addRole / addExistingRole: a literal identifier, not yet declared in the account. */
  private checkRoleName(field: string, name: string): void {
    if (isUnresolved(name))
      fail(this, CONFIG_ERROR_CODES.INVALID_NAME, field, name, 'must be a literal identifier (it names the construct)');
    requireRoleName(this, field, name);
    this.checkRoleUnique(field, name);
  }

  /**
   * Records `role` on this integration (once) and wires the users of the account (in this
   * stack) granted it by name. Refuses a role of another account, and a second role object with
   * the same name in the account.
   */
  private useRole(role: ISnowflakeRole, field: string): void {
    if (role.account !== this.account) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        field,
        role.node.path,
        `must be a role of Snowflake account "${this.account}" (it belongs to account "${role.account}")`,
      );
    }
    const integrations = this.sameAccountInStack();
    if (integrations.some((i) => i.roleList.includes(role))) return;
    this.checkRoleUnique(field, role.name);
    this.roleList.push(role);
    for (const integration of integrations) {
      integration.userList.forEach((u) => u.wireRole(role));
      integration.wireAllowedRole(role);
    }
  }

  /** Points the allowed-roles entry naming `role` at the role object (a created role: by reference, so Terraform creates it first). */
  private wireAllowedRole(role: ISnowflakeRole): void {
    if (!this.integration || this.props.allowedRoles === undefined) return;
    const key = role.name.toUpperCase();
    if (!this.allowedRoles.some((r) => !isUnresolved(r) && r.toUpperCase() === key)) return;
    this.allowedRoleRefs = this.allowedRoleRefs.map((r, i) =>
      !isUnresolved(this.allowedRoles[i]) && this.allowedRoles[i].toUpperCase() === key ? role.roleName : r,
    );
    this.integration.externalOauthAllowedRolesList = [...this.allowedRoleRefs];
  }

  /** Roles are declared once per account (per stack: another stack may declare it existing). */
  private checkRoleUnique(field: string, name: string): void {
    for (const integration of this.sameAccountInStack()) {
      const clash = integration.roleList.find((r) => r.name.toUpperCase() === name.toUpperCase());
      if (clash)
        fail(
          this,
          CONFIG_ERROR_CODES.DUPLICATE_NAME,
          field,
          name,
          `must be declared once in Snowflake account "${this.account}" (already declared by ${clash.node.path}); pass that role object instead`,
        );
    }
  }

  /** This integration and the other integrations of its account in the same stack (roles are wired by reference within a stack). */
  private sameAccountInStack(): SnowflakeExternalOAuth[] {
    const stack = TerraformStack.of(this);
    return [this, ...this.sameAccount().filter((i) => TerraformStack.of(i) === stack)];
  }

  private checkClient(client: IClient, field: string): void {
    requireNewClientOf(this, this.issuer, this.clientList, client, field);
  }

  /** Every other integration construct of the app that targets the same account. */
  private sameAccount(): SnowflakeExternalOAuth[] {
    return this.node.root.node
      .findAll()
      .filter((c): c is SnowflakeExternalOAuth => c instanceof SnowflakeExternalOAuth && c !== this && c.account === this.account);
  }

  private checkOneIntegrationPerIssuer(): void {
    for (const other of this.sameAccount()) {
      const a = other.issuer.issuerUrl;
      const b = this.issuer.issuerUrl;
      const same = other.issuer === this.issuer || (!isUnresolved(a) && !isUnresolved(b) && a === b);
      if (same) {
        const seed = alterAudienceStatement(other.integrationName, [
          ...other.audienceList,
          ...this.audienceList.filter((x) => !other.audienceList.includes(x)),
        ]);
        fail(
          this,
          CONFIG_ERROR_CODES.DUPLICATE_INTEGRATION,
          'issuer',
          b,
          `must not get a second integration in Snowflake account "${this.account}": ${other.node.path} (${other.integrationName}) already trusts this issuer and Snowflake rejects a second integration for one issuer. Call addAudience() on ${other.node.path} instead (equivalent to: ${seed})`,
        );
      }
      if (
        !isUnresolved(this.integrationName) &&
        other.integrationName.toUpperCase() === this.integrationName.toUpperCase() &&
        !isUnresolved(other.integrationName)
      ) {
        fail(
          this,
          CONFIG_ERROR_CODES.DUPLICATE_NAME,
          'name',
          this.integrationName,
          `must be unique among security integrations in Snowflake account "${this.account}" (also used by ${other.node.path})`,
        );
      }
      if (other.issuer !== this.issuer && (isUnresolved(a) || isUnresolved(b))) {
        reportUnevaluated(
          this,
          oneIntegrationPerIssuer,
          `the issuer URL of ${this.issuer.node.path} or ${other.issuer.node.path} is only known after apply, so whether ${other.node.path} already trusts the same issuer in this account is not known (make sure they are different issuers; see ${DOCS})`,
        );
      }
    }
  }

  private checkUserUnique(label: string, name: string, options: SnowflakeUserOptions): void {
    const key = (options.loginName ?? options.email ?? '').toLowerCase();
    for (const integration of [this, ...this.sameAccount()]) {
      for (const user of integration.userList) {
        const record = user.toUserRecord();
        if (record.name.toUpperCase() === name.toUpperCase()) {
          fail(
            this,
            CONFIG_ERROR_CODES.DUPLICATE_NAME,
            `${label}.name`,
            name,
            `must be unique among users of Snowflake account "${this.account}" (also used by ${user.node.path})`,
          );
        }
        const other = (record.loginName ?? record.email ?? '').toLowerCase();
        if (key && !isUnresolved(key) && other === key) {
          fail(
            this,
            CONFIG_ERROR_CODES.DUPLICATE_NAME,
            `${label}.${options.loginName !== undefined ? 'loginName' : 'email'}`,
            options.loginName ?? options.email,
            `must map to one user only in Snowflake account "${this.account}" (also used by ${user.node.path})`,
          );
        }
      }
    }
  }
}

/** The exact statement that sets an integration's audience list (replacing the whole list). */
export function alterAudienceStatement(integrationName: string, audiences: readonly string[]): string {
  return `ALTER SECURITY INTEGRATION ${sqlIdentifier(integrationName)} SET EXTERNAL_OAUTH_AUDIENCE_LIST = (${audiences.map(sqlString).join(', ')})`;
}

function requireRoleName(scope: Construct, field: string, value: string): void {
  requirePattern(
    scope,
    field,
    value,
    SNOWFLAKE_IDENTIFIER_PATTERN,
    'must be a Snowflake role identifier: a letter or _, then letters, digits, _ or $',
    CONFIG_ERROR_CODES.INVALID_NAME,
  );
}

/** Role identifiers are case-insensitive when unquoted: compare upper-cased. */
function requireUniqueRoles(scope: Construct, field: string, roles: readonly string[]): void {
  requireUnique(
    scope,
    field,
    roles.map((r) => (isUnresolved(r) ? r : r.toUpperCase())),
  );
}
