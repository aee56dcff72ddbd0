import { Construct } from 'constructs';

import { Duration } from '../core/duration';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient } from '../core/interfaces';
import type { GrantType } from '../core/kinds';
import { type ScopeName, scopeNames } from '../core/scope-name';
import { fail, isUnresolved, requireMinutesInRange, requireNonEmpty, requireOneOf, requireUnique } from '../core/validate';
import { ITerraformDependable } from '../framework';
import type { PolicyRecord, PolicyRuleRecord } from '../manifest/types';
import { AuthServerPolicy } from '../providers/okta/auth-server-policy';
import { AuthServerPolicyRule } from '../providers/okta/auth-server-policy-rule';
import { chainByPriority, childId, contiguityProblems, requireLiteralName, takePriority } from './internal';
import type { OktaAuthorizationServer } from './okta-authorization-server';

/** Access-token lifetime bounds of a policy rule, in minutes (https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy_rule#access_token_lifetime_minutes). */
export const OKTA_ACCESS_TOKEN_MINUTES = { min: 5, max: 1440, default: 60 } as const;
/** Refresh-token window bounds of a policy rule, in minutes (https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy_rule#refresh_token_window_minutes). */
export const OKTA_REFRESH_WINDOW_MINUTES = { min: 5, max: 2628000, default: 10080 } as const;

/** Grant types a policy rule may allow. `refresh_token` is not one: refresh follows `offline_access`. */
export const OKTA_RULE_GRANT_TYPES: readonly GrantType[] = [
  'authorization_code',
  'client_credentials',
  'implicit',
  'password',
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:ietf:params:oauth:grant-type:token-exchange',
  'urn:ietf:params:oauth:grant-type:jwt-bearer',
  'urn:ietf:params:oauth:grant-type:saml2-bearer',
];

/** Options of {@link OktaAuthorizationServer.addPolicy}. */
export interface OktaAccessPolicyOptions {
  /** The policy name, unique in the server. */
  readonly name: string;
  /** The clients it applies to (`client_whitelist` = their client ids). `ALL_CLIENTS` is not offered. */
  readonly clients: IClient[];
  /**
   * Evaluation order, 1 first. Policies of a server must be numbered 1..n without gaps.
   * @default the smallest unused number (1, 2, ... in declaration order)
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy#priority
   */
  readonly priority?: number;
  /**
   * Required by the provider.
   * @default the name
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy#description
   */
  readonly description?: string;
}

/** Options of {@link OktaAccessPolicy.addRule}. */
export interface OktaAccessPolicyRuleOptions {
  /** The rule name, unique in the policy. */
  readonly name: string;
  /**
   * Grants the rule allows; each must be a grant of at least one of the policy's clients.
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy_rule#grant_type_whitelist
   */
  readonly grantTypes: GrantType[];
  /**
   * Scopes the rule allows: declared scopes, OIDC built-ins, or `['*']` (any scope, explicit).
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy_rule#scope_whitelist
   */
  readonly scopes: ScopeName[];
  /**
   * 5 minutes to 1 day, whole minutes.
   * @default Duration.minutes(60)
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy_rule#access_token_lifetime_minutes
   */
  readonly accessTokenLifetime?: Duration;
  /**
   * At least the access-token lifetime. Refused for client-credentials-only rules.
   * @default unlimited (Okta's default; checks may flag it)
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy_rule#refresh_token_lifetime_minutes
   */
  readonly refreshTokenLifetime?: Duration;
  /**
   * Idle window in which a refresh token must be used: 5 to 2628000 minutes, between the access
   * and refresh lifetimes. Refused for client-credentials-only rules.
   * @default Duration.days(7) (10080 minutes, the provider default)
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy_rule#refresh_token_window_minutes
   */
  readonly refreshTokenWindow?: Duration;
  /**
   * Group ids whose users the rule matches (`group_whitelist`), or `EVERYONE`. Refused for
   * client-credentials-only rules (no user to match).
   * @default ['EVERYONE']
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy_rule#group_whitelist
   */
  readonly groups?: string[];
  /**
   * Evaluation order in the policy, 1 first; rules must be numbered 1..n without gaps.
   * @default the smallest unused number (1, 2, ... in declaration order)
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/auth_server_policy_rule#priority
   */
  readonly priority?: number;
}

/** @internal Props of {@link OktaAccessPolicy}; create policies with `server.addPolicy()`. */
export interface OktaAccessPolicyProps extends OktaAccessPolicyOptions {
  readonly priority: number;
  readonly server: OktaAuthorizationServer;
}

/** An access policy of an {@link OktaAuthorizationServer} (`okta_auth_server_policy`). */
export class OktaAccessPolicy extends Construct {
  /** The policy name. */
  public readonly policyName: string;
  /** Its priority (1 first). */
  public readonly priority: number;
  /** The clients it applies to. */
  public readonly clients: readonly IClient[];
  /** The server it belongs to. */
  public readonly server: OktaAuthorizationServer;
  /** The policy resource. */
  public readonly resource: AuthServerPolicy;
  /** Besides the previous policy, it depends on nothing. */
  public readonly baseDependencies: readonly ITerraformDependable[] = [];
  private readonly declaredRules: OktaAccessPolicyRule[] = [];

  /** Use {@link OktaAuthorizationServer.addPolicy}. */
  constructor(scope: Construct, id: string, props: OktaAccessPolicyProps) {
    super(scope, id);
    this.policyName = props.name;
    this.priority = props.priority;
    this.clients = [...props.clients];
    this.server = props.server;
    this.resource = new AuthServerPolicy(this, 'Resource', {
      authServerId: props.server.authServerId,
      name: props.name,
      description: props.description ?? props.name,
      priority: props.priority,
      clientWhitelist: props.clients.map((c) => c.clientId),
      status: 'ACTIVE',
    });
    this.node.addValidation({
      validate: () =>
        contiguityProblems(
          this,
          'rules[].priority',
          this.declaredRules.map((r) => r.priority),
        ),
    });
  }

  /** Adds a rule (`okta_auth_server_policy_rule`). Declare the scopes it names first. */
  public addRule(input: OktaAccessPolicyRuleOptions): OktaAccessPolicyRule {
    const options = { ...input, scopes: scopeNames(input.scopes) };
    const index = this.declaredRules.length;
    const f = (name: string) => `rules[${index}].${name}`;
    requireLiteralName(this, f('name'), options.name);
    requireUnique(this, 'rules[].name', [...this.declaredRules.map((r) => r.ruleName), options.name]);

    requireNonEmpty(this, f('grantTypes'), options.grantTypes);
    requireUnique(this, f('grantTypes'), options.grantTypes);
    const clientGrants = new Set(this.clients.flatMap((c) => c.grantTypes));
    options.grantTypes.forEach((g, i) => {
      if (g === 'refresh_token') {
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          `${f('grantTypes')}[${i}]`,
          g,
          'is not a rule grant type: refresh tokens follow the offline_access scope and refreshTokenLifetime',
        );
      }
      requireOneOf(this, `${f('grantTypes')}[${i}]`, g, OKTA_RULE_GRANT_TYPES);
      if (!clientGrants.has(g)) {
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          `${f('grantTypes')}[${i}]`,
          g,
          `must be a grant type of one of the policy's clients (${[...clientGrants].join(', ') || 'none'})`,
        );
      }
    });

    requireNonEmpty(this, f('scopes'), options.scopes);
    requireUnique(this, f('scopes'), options.scopes);
    if (options.scopes.includes('*') && options.scopes.length > 1) {
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, f('scopes'), options.scopes, "must be ['*'] alone or a list of scope names");
    }
    options.scopes.forEach((s, i) => this.server.requireKnownScope(this, `${f('scopes')}[${i}]`, s, true));

    const access = options.accessTokenLifetime ?? Duration.minutes(OKTA_ACCESS_TOKEN_MINUTES.default);
    const accessMinutes = requireMinutesInRange(
      this,
      f('accessTokenLifetime'),
      access,
      OKTA_ACCESS_TOKEN_MINUTES.min,
      OKTA_ACCESS_TOKEN_MINUTES.max,
    );

    const machineOnly = options.grantTypes.every((g) => g === 'client_credentials');
    let refreshMinutes: number | undefined;
    let windowMinutes: number | undefined;
    if (machineOnly) {
      for (const key of ['refreshTokenLifetime', 'refreshTokenWindow', 'groups'] as const) {
        if (options[key] !== undefined) {
          fail(
            this,
            CONFIG_ERROR_CODES.INVALID_VALUE,
            f(key),
            describe(options[key]),
            'does not apply to a client-credentials-only rule (no user, no refresh token)',
          );
        }
      }
    } else {
      if (options.refreshTokenLifetime !== undefined) {
        refreshMinutes = requireMinutesInRange(
          this,
          f('refreshTokenLifetime'),
          options.refreshTokenLifetime,
          OKTA_ACCESS_TOKEN_MINUTES.min,
          OKTA_REFRESH_WINDOW_MINUTES.max,
        );
        if (refreshMinutes < accessMinutes) {
          fail(
            this,
            CONFIG_ERROR_CODES.OUT_OF_RANGE,
            f('refreshTokenLifetime'),
            options.refreshTokenLifetime.toString(),
            `must be at least the access token lifetime (${accessMinutes} minutes)`,
          );
        }
      }
      const window = options.refreshTokenWindow ?? Duration.days(7);
      windowMinutes = requireMinutesInRange(
        this,
        f('refreshTokenWindow'),
        window,
        OKTA_REFRESH_WINDOW_MINUTES.min,
        OKTA_REFRESH_WINDOW_MINUTES.max,
      );
      if (windowMinutes < accessMinutes) {
        fail(
          this,
          CONFIG_ERROR_CODES.OUT_OF_RANGE,
          f('refreshTokenWindow'),
          window.toString(),
          `must be at least the access token lifetime (${accessMinutes} minutes)`,
        );
      }
      if (refreshMinutes !== undefined && windowMinutes > refreshMinutes) {
        fail(
          this,
          CONFIG_ERROR_CODES.OUT_OF_RANGE,
          f('refreshTokenWindow'),
          window.toString(),
          `must be at most the refresh token lifetime (${refreshMinutes} minutes)${options.refreshTokenWindow ? '' : '; the default is 7 days, set refreshTokenWindow'}`,
        );
      }
    }

    const groups = options.groups ?? ['EVERYONE'];
    requireNonEmpty(this, f('groups'), groups);
    requireUnique(this, f('groups'), groups);
    groups.forEach((g, i) => {
      if (!isUnresolved(g) && (typeof g !== 'string' || !/^\S+$/.test(g)))
        fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, `${f('groups')}[${i}]`, g, 'must be a group id or EVERYONE');
    });

    const priority = takePriority(
      this,
      f('priority'),
      options.priority,
      this.declaredRules.map((r) => r.priority),
    );
    const rule = new OktaAccessPolicyRule(this, childId('Rule', options.name), {
      policy: this,
      name: options.name,
      priority,
      grantTypes: [...options.grantTypes],
      scopes: [...options.scopes],
      groups: [...groups],
      accessTokenLifetimeMinutes: accessMinutes,
      refreshTokenLifetimeMinutes: refreshMinutes,
      refreshTokenWindowMinutes: windowMinutes,
    });
    this.declaredRules.push(rule);
    chainByPriority(this.declaredRules);
    return rule;
  }

  /** The rules, in declaration order. */
  public get rules(): readonly OktaAccessPolicyRule[] {
    return [...this.declaredRules];
  }

  /** The manifest record: clients by construct path, rules by priority, lifetimes in minutes. */
  public toPolicyRecord(): PolicyRecord {
    return {
      name: this.policyName,
      priority: this.priority,
      clients: this.clients.map((c) => c.node.path),
      rules: [...this.declaredRules].sort((a, b) => a.priority - b.priority).map((r) => r.toRuleRecord()),
    };
  }
}

/** @internal Props of {@link OktaAccessPolicyRule}; create rules with `policy.addRule()`. */
export interface OktaAccessPolicyRuleProps {
  readonly policy: OktaAccessPolicy;
  readonly name: string;
  readonly priority: number;
  readonly grantTypes: GrantType[];
  readonly scopes: string[];
  readonly groups: string[];
  readonly accessTokenLifetimeMinutes: number;
  readonly refreshTokenLifetimeMinutes?: number;
  readonly refreshTokenWindowMinutes?: number;
}

/** A rule of an {@link OktaAccessPolicy} (`okta_auth_server_policy_rule`). */
export class OktaAccessPolicyRule extends Construct {
  /** The rule name. */
  public readonly ruleName: string;
  /** Its priority in the policy (1 first). */
  public readonly priority: number;
  /** The grants it allows. */
  public readonly grantTypes: readonly GrantType[];
  /** The scopes it allows. */
  public readonly scopes: readonly string[];
  /** The rule resource. */
  public readonly resource: AuthServerPolicyRule;
  /** The custom scopes it names (besides the previous rule). */
  public readonly baseDependencies: readonly ITerraformDependable[];
  private readonly props: OktaAccessPolicyRuleProps;

  /** Use {@link OktaAccessPolicy.addRule}. */
  constructor(scope: Construct, id: string, props: OktaAccessPolicyRuleProps) {
    super(scope, id);
    this.props = props;
    this.ruleName = props.name;
    this.priority = props.priority;
    this.grantTypes = [...props.grantTypes];
    this.scopes = [...props.scopes];
    this.resource = new AuthServerPolicyRule(this, 'Resource', {
      authServerId: props.policy.server.authServerId,
      policyId: props.policy.resource.id,
      name: props.name,
      priority: props.priority,
      grantTypeWhitelist: [...props.grantTypes],
      scopeWhitelist: [...props.scopes],
      groupWhitelist: [...props.groups],
      accessTokenLifetimeMinutes: props.accessTokenLifetimeMinutes,
      refreshTokenLifetimeMinutes: props.refreshTokenLifetimeMinutes,
      refreshTokenWindowMinutes: props.refreshTokenWindowMinutes,
      status: 'ACTIVE',
    });
    this.baseDependencies = props.policy.server.scopeDependencies(props.scopes);
  }

  /** The manifest record. Refresh fields are present only for rules with a user grant. */
  public toRuleRecord(): PolicyRuleRecord {
    const p = this.props;
    return {
      name: p.name,
      priority: p.priority,
      grantTypes: [...p.grantTypes],
      scopes: [...p.scopes],
      groups: [...p.groups],
      accessTokenLifetimeMinutes: p.accessTokenLifetimeMinutes,
      ...(p.refreshTokenLifetimeMinutes !== undefined ? { refreshTokenLifetimeMinutes: p.refreshTokenLifetimeMinutes } : {}),
      ...(p.refreshTokenWindowMinutes !== undefined ? { refreshTokenWindowMinutes: p.refreshTokenWindowMinutes } : {}),
    };
  }
}

function describe(value: unknown): unknown {
  return value instanceof Duration ? value.toString() : value;
}
