import { Construct } from 'constructs';

import { TerraformProvider, Token } from '../framework';
import type { SnowflakeUserRecord } from '../manifest/types';
import { GrantAccountRole } from '../providers/snowflake/grant-account-role';
import { ServiceUser } from '../providers/snowflake/service-user';
import { User } from '../providers/snowflake/user';
import { ISnowflakeRole, roleNameOf, roleReferenceOf, SnowflakeRoleRef } from './snowflake-role';

/**
 * A Snowflake user that an External OAuth integration maps tokens to. Exactly one of
 * `loginName` and `email` is given: the one the integration's mapping attribute reads.
 */
export interface SnowflakeUserOptions {
  /**
   * The login name that the token's mapping claim must equal (mapping attribute LOGIN_NAME).
   * Exactly one of `loginName` and `email`.
   * @default none
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/user#login_name
   */
  readonly loginName?: string;
  /**
   * The email address that the token's mapping claim must equal (mapping attribute
   * EMAIL_ADDRESS). Exactly one of `loginName` and `email`.
   * @default none
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/user#email
   */
  readonly email?: string;
  /**
   * The user's identifier (Snowflake identifier rules; upper case recommended). Also the
   * construct id, so it must be a literal.
   * @default `loginName`; required with `email`
   * @see https://docs.snowflake.com/en/sql-reference/identifiers-syntax
   */
  readonly name?: string;
  /**
   * Shown in Snowsight.
   * @default none (Snowflake shows the name)
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/user#display_name
   */
  readonly displayName?: string;
  /**
   * The primary role of a session that does not ask for one: a role object (created or
   * declared existing with `addRole()` / `addExistingRole()`) or its name.
   * @default none (PUBLIC)
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/user#default_role
   */
  readonly defaultRole?: SnowflakeRoleRef;
  /**
   * The warehouse of a new session.
   * @default none
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/user#default_warehouse
   */
  readonly defaultWarehouse?: string;
  /**
   * Account roles granted to the user (one `snowflake_grant_account_role` each): role objects
   * (the grant then references the created role, so Terraform creates it first) or names. A
   * name equal to a role declared on the integration's account is wired to that role.
   * @default none
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/grant_account_role
   */
  readonly roles?: SnowflakeRoleRef[];
  /**
   * A workload rather than a person: creates a `snowflake_service_user` (TYPE = SERVICE: no
   * password, no MFA, no interactive login).
   * @default false (`snowflake_user`, TYPE = PERSON)
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/service_user
   */
  readonly service?: boolean;
  /**
   * A comment on the user.
   * @default none
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/user#comment
   */
  readonly comment?: string;
}

/** Props of {@link SnowflakeMappedUser}: validated options plus the integration's provider. */
export interface SnowflakeMappedUserProps extends SnowflakeUserOptions {
  /** The user's identifier (resolved from `name` / `loginName`). */
  readonly name: string;
  /**
   * The Snowflake provider of the integration's account.
   * @default the stack's default snowflake provider
   * @see https://developer.hashicorp.com/terraform/cdktf/concepts/providers
   */
  readonly provider?: TerraformProvider;
}

/**
 * A `snowflake_user` or `snowflake_service_user` and its role grants. Created by
 * `SnowflakeExternalOAuth.addUser()`, which validates the options first.
 */
export class SnowflakeMappedUser extends Construct {
  /** The user resource. */
  public readonly resource: User | ServiceUser;
  /** One grant per role, in the order given. */
  public readonly grants: GrantAccountRole[];
  /** The user's identifier as declared. */
  public readonly userName: string;
  private readonly props: SnowflakeMappedUserProps;

  constructor(scope: Construct, id: string, props: SnowflakeMappedUserProps) {
    super(scope, id);
    this.props = props;
    this.userName = props.name;
    const common = {
      name: props.name,
      loginName: props.loginName,
      email: props.email,
      displayName: props.displayName,
      defaultRole: props.defaultRole === undefined ? undefined : roleReferenceOf(props.defaultRole),
      defaultWarehouse: props.defaultWarehouse,
      comment: props.comment,
      provider: props.provider,
    };
    this.resource = props.service ? new ServiceUser(this, 'Resource', common) : new User(this, 'Resource', common);
    this.grants = (props.roles ?? []).map(
      (role, i) =>
        new GrantAccountRole(this, Token.isUnresolved(roleNameOf(role)) ? `Grant${i}` : `Grant-${roleNameOf(role)}`, {
          roleName: roleReferenceOf(role),
          userName: this.resource.name,
          provider: props.provider,
        }),
    );
  }

  /**
   * Points the grants and the default role given by the name of `role` at the role object, so
   * they reference the created role (Terraform creates it first). The integration calls it for
   * every role declared in the account, whether declared before or after the user.
   */
  public wireRole(role: ISnowflakeRole): void {
    const key = role.name.toUpperCase();
    const roles = this.props.roles ?? [];
    roles.forEach((r, i) => {
      if (typeof r === 'string' && !Token.isUnresolved(r) && r.toUpperCase() === key) this.grants[i].roleName = role.roleName;
    });
    const d = this.props.defaultRole;
    if (typeof d === 'string' && !Token.isUnresolved(d) && d.toUpperCase() === key) this.resource.defaultRole = role.roleName;
  }

  /** The manifest record of the user. */
  public toUserRecord(): SnowflakeUserRecord {
    const p = this.props;
    return {
      path: this.node.path,
      name: p.name,
      ...(p.loginName !== undefined ? { loginName: p.loginName } : {}),
      ...(p.email !== undefined ? { email: p.email } : {}),
      ...(p.defaultRole !== undefined ? { defaultRole: roleNameOf(p.defaultRole) } : {}),
      ...(p.defaultWarehouse !== undefined ? { defaultWarehouse: p.defaultWarehouse } : {}),
      roles: (p.roles ?? []).map(roleNameOf),
      service: p.service ?? false,
    };
  }
}
