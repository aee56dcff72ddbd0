import { Construct, IConstruct } from 'constructs';

import { SNOWFLAKE_SYSTEM_ROLES } from '../checks/model';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { fail, isUnresolved, requirePattern } from '../core/validate';
import { TerraformProvider } from '../framework';
import type { SnowflakeRoleRecord } from '../manifest/types';
import { AccountRole } from '../providers/snowflake/account-role';
import { DEFAULT_SNOWFLAKE_ACCOUNT, SNOWFLAKE_IDENTIFIER_PATTERN } from './identifiers';

/** A Snowflake account role that users are granted: created here or declared as existing. */
export interface ISnowflakeRole extends IConstruct {
  /**
   * The name to reference in grants: for a created role, a reference to the
   * `snowflake_account_role` (so Terraform creates the role before granting it).
   */
  readonly roleName: string;
  /** The role's identifier as declared (a literal). */
  readonly name: string;
  /** True when the role exists already and is not managed here. */
  readonly existing: boolean;
  /** The Snowflake account name the role lives in (see `SnowflakeExternalOAuthProps.account`). */
  readonly account: string;
  /** The manifest record of the role. */
  toRoleRecord(): SnowflakeRoleRecord;
}

/** Options of a role created with `SnowflakeExternalOAuth.addRole()`. */
export interface SnowflakeRoleOptions {
  /**
   * A comment on the role.
   * @default none
   * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/account_role#comment
   */
  readonly comment?: string;
}

/** Options of a role declared with `SnowflakeExternalOAuth.addExistingRole()` / `SnowflakeRole.fromExisting()`. */
export interface SnowflakeExistingRoleOptions {
  /**
   * Who manages the role, or why it is not created here; shown in review.
   * @default none
   */
  readonly note?: string;
  /**
   * The Snowflake account name the role lives in (the `account` of the integrations whose users are granted it).
   * @default 'default'
   */
  readonly account?: string;
}

/** Props of {@link SnowflakeRole}. */
export interface SnowflakeRoleProps extends SnowflakeRoleOptions {
  /**
   * The role's identifier (Snowflake identifier rules; upper case recommended). A literal.
   * @see https://docs.snowflake.com/en/sql-reference/identifiers-syntax
   */
  readonly name: string;
  /**
   * The Snowflake account name the role lives in.
   * @default 'default'
   */
  readonly account?: string;
  /**
   * The Snowflake provider of the account.
   * @default the stack's default snowflake provider
   * @see https://developer.hashicorp.com/terraform/cdktf/concepts/providers
   */
  readonly provider?: TerraformProvider;
}

const EXISTING = Symbol('existingRole');
interface InternalProps extends SnowflakeRoleProps {
  readonly [EXISTING]?: { readonly note?: string };
}

/**
 * A Snowflake account role: `new SnowflakeRole()` (or `SnowflakeExternalOAuth.addRole()`)
 * creates a `snowflake_account_role`; {@link SnowflakeRole.fromExisting} declares one that
 * already exists (no resource; recorded as existing). Pass the object to `addUser({ roles,
 * defaultRole })`: grants then reference the created role, so Terraform orders them after it.
 *
 * @see https://docs.snowflake.com/en/sql-reference/sql/create-role
 * @see https://registry.terraform.io/providers/snowflakedb/snowflake/2.11.0/docs/resources/account_role
 */
export class SnowflakeRole extends Construct implements ISnowflakeRole {
  /**
   * Declares a role that already exists in the account (created by hand, by another stack or
   * by the platform team): no resource, recorded in the manifest as `existing`.
   */
  public static fromExisting(scope: Construct, id: string, name: string, options: SnowflakeExistingRoleOptions = {}): SnowflakeRole {
    const internal: InternalProps = { name, account: options.account, [EXISTING]: { note: options.note } };
    return new SnowflakeRole(scope, id, internal);
  }

  public readonly roleName: string;
  public readonly name: string;
  public readonly existing: boolean;
  public readonly account: string;
  /** The `snowflake_account_role`; undefined for an existing role. */
  public readonly resource?: AccountRole;
  private readonly comment?: string;
  private readonly note?: string;

  constructor(scope: Construct, id: string, props: SnowflakeRoleProps) {
    super(scope, id);
    const existing = (props as InternalProps)[EXISTING];
    if (isUnresolved(props.name)) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_NAME,
        'name',
        props.name,
        'must be a literal identifier (grants and checks compare role names)',
      );
    }
    requirePattern(
      this,
      'name',
      props.name,
      SNOWFLAKE_IDENTIFIER_PATTERN,
      'must be a Snowflake role identifier: a letter or _, then letters, digits, _ or $',
      CONFIG_ERROR_CODES.INVALID_NAME,
    );
    this.name = props.name;
    this.account = props.account ?? DEFAULT_SNOWFLAKE_ACCOUNT;
    this.existing = existing !== undefined;
    if (!this.existing && (SNOWFLAKE_SYSTEM_ROLES as readonly string[]).includes(props.name.toUpperCase())) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'name',
        props.name,
        `must not be a system-defined role (${SNOWFLAKE_SYSTEM_ROLES.join(', ')}): it exists in every account and cannot be created`,
      );
    }
    this.comment = props.comment;
    this.note = existing?.note;
    if (this.existing) {
      this.roleName = props.name;
    } else {
      this.resource = new AccountRole(this, 'Resource', { name: props.name, comment: props.comment, provider: props.provider });
      this.roleName = this.resource.name;
    }
  }

  public toRoleRecord(): SnowflakeRoleRecord {
    return {
      path: this.node.path,
      name: this.name,
      mode: this.existing ? 'existing' : 'created',
      ...(this.comment !== undefined ? { comment: this.comment } : {}),
      ...(this.note !== undefined ? { note: this.note } : {}),
    };
  }
}

/** A role given by name or by object. */
export type SnowflakeRoleRef = string | ISnowflakeRole;

/** The role's identifier as declared: the string itself, or the object's literal `name`. */
export function roleNameOf(role: SnowflakeRoleRef): string {
  return typeof role === 'string' ? role : role.name;
}

/** What a grant references: the string itself, or the object's `roleName` (a reference for a created role). */
export function roleReferenceOf(role: SnowflakeRoleRef): string {
  return typeof role === 'string' ? role : role.roleName;
}
