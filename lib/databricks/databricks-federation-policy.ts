import { Construct } from 'constructs';

import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient, IIssuer, ITrust } from '../core/interfaces';
import { registerTrust } from '../core/register';
import { fail, isUnresolved, requireNewClientOf, requireNonEmpty, requirePattern, requireSecureUrl, requireUnique } from '../core/validate';
import { TerraformProvider, TerraformResource, TerraformStack } from '../framework';
import type { DatabricksJwksRecord, DatabricksTrustRecord } from '../manifest/types';
import { AccountFederationPolicy } from '../providers/databricks/account-federation-policy';
import { ServicePrincipalFederationPolicy } from '../providers/databricks/service-principal-federation-policy';

export { DATABRICKS_EXCHANGE_ALGORITHMS } from '../manifest/types';

/** `policy_id`: 2-63 lowercase letters, digits, `-` and `/`. */
const POLICY_ID = /^[a-z0-9/-]{2,63}$/;
/** A Databricks application id (UUID). */
const APPLICATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A JWT claim name (no spaces). */
const CLAIM_NAME = /^\S+$/;
/** Private-key members of a JWK (RFC 7518 section 6): never pinned in a policy. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

/** Databricks accepts at most this many federation policies per service principal. */
export const MAX_DATABRICKS_POLICIES_PER_SERVICE_PRINCIPAL = 20;

/** The subject claim Databricks reads when `subjectClaim` is not set. */
export const DATABRICKS_DEFAULT_SUBJECT_CLAIM = 'sub';

/** The Databricks service principal a service-principal federation policy lets workloads act as. */
export interface DatabricksServicePrincipalRef {
  /**
   * `service_principal_id`: the service principal's numeric id in the account (a Terraform
   * expression such as `databricks_service_principal.x.id` works too). Changing it recreates the policy.
   * @see https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/service_principal_federation_policy
   */
  readonly id: number;
  /**
   * The service principal's application id (a UUID): the `client_id` of the RFC 8693 token
   * exchange at `/oidc/v1/token`.
   * @see https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-exchange
   */
  readonly applicationId: string;
  /**
   * A readable name for review and simulation.
   * @default the application id
   */
  readonly name?: string;
}

/** Props of {@link DatabricksFederationPolicy}. */
export interface DatabricksFederationPolicyProps {
  /**
   * The issuer whose tokens Databricks exchanges. `oidc_policy.issuer` is its exact `issuerUrl`.
   * @see https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-policy
   */
  readonly issuer: IIssuer;
  /**
   * `policy_id`: 2-63 characters of lowercase letters, digits, `-` and `/`, unique in its scope
   * (the account, or the service principal). Changing it recreates the policy.
   * @see https://docs.databricks.com/api/account/accountfederationpolicy/create
   */
  readonly policyId: string;
  /**
   * The service principal the policy lets workloads authenticate as: a
   * `databricks_service_principal_federation_policy` (workload identity federation). Without
   * it, a `databricks_account_federation_policy` (account-wide token federation, users).
   * @default none: an account-wide policy
   * @see https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-policy
   */
  readonly servicePrincipal?: DatabricksServicePrincipalRef;
  /**
   * `oidc_policy.subject`: the exact value the subject claim must hold. Required for a
   * service-principal policy, refused for an account policy (Databricks maps the claim's value
   * to a user there). GitHub Actions: `repo:<org>/<repo>:environment:<env>`; Okta client
   * credentials: the client id (Okta puts it in `sub`).
   * @default none
   * @see https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/service_principal_federation_policy
   */
  readonly subject?: string;
  /**
   * `oidc_policy.subject_claim`: the claim that holds the subject. Entra puts a per-application
   * value in `sub`: use `oid` (users) or `azp` (applications) there.
   * @default 'sub'
   * @see https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/account_federation_policy
   */
  readonly subjectClaim?: string;
  /**
   * `oidc_policy.audiences`: the token's `aud` must be one of them.
   * @default issuer.audiences
   * @see https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/account_federation_policy
   */
  readonly audiences?: string[];
  /**
   * Leave `oidc_policy.audiences` unset: Databricks then accepts the account id only, so the
   * issuer must mint the account id as `aud`. Exclusive with `audiences`.
   * @default false
   * @see https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/account_federation_policy
   */
  readonly omitAudiences?: boolean;
  /**
   * The Databricks account id: the audience Databricks defaults to, and the account the policy
   * belongs to (policies of different accounts are counted apart).
   * @default unknown (the provider's account)
   * @see https://docs.databricks.com/aws/en/admin/account-settings/
   */
  readonly accountId?: string;
  /**
   * `oidc_policy.jwks_uri`: fetch keys from this URL instead of the issuer's discovery.
   * Databricks recommends discovery. Exclusive with `jwksJson`.
   * @default none: keys by discovery
   * @see https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/account_federation_policy
   */
  readonly jwksUri?: string;
  /**
   * `oidc_policy.jwks_json`: pinned public keys. They stop matching at the issuer's next key
   * rotation (the checks warn); Databricks recommends discovery. Exclusive with `jwksUri`.
   * @default none: keys by discovery
   * @see https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/account_federation_policy
   */
  readonly jwksJson?: string;
  /**
   * `description` of the policy.
   * @default none
   * @see https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/account_federation_policy
   */
  readonly description?: string;
  /**
   * The clients expected to present tokens; each must be registered with `issuer`. Add more
   * with {@link DatabricksFederationPolicy.addClient}.
   * @default none
   * @see https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-exchange
   */
  readonly clients?: IClient[];
  /**
   * Account policies: the Databricks user names the subject claim maps to (users are
   * provisioned outside this stack, typically by SCIM). Add more with
   * {@link DatabricksFederationPolicy.addUser}.
   * @default none
   * @see https://docs.databricks.com/aws/en/admin/users-groups/scim/
   */
  readonly users?: string[];
  /**
   * The Databricks provider (account-level: `host` = the accounts console, `account_id`).
   * @default the stack's default databricks provider
   * @see https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs#authentication
   */
  readonly provider?: TerraformProvider;
}

/**
 * A Databricks OAuth token federation policy: Databricks exchanges the issuer's JWTs (RFC 8693
 * token exchange at `/oidc/v1/token`) for Databricks OAuth tokens. Account-wide
 * (`databricks_account_federation_policy`: the subject claim names a Databricks user) or for one
 * service principal (`databricks_service_principal_federation_policy`: `iss`, `aud` and the
 * subject claim must equal the policy, and the exchange's `client_id` is the service principal's
 * application id). Policies of one service principal in a stack are chained with `depends_on`
 * so that they are never created in parallel.
 *
 * @see https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-policy
 * @see https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-exchange
 */
export class DatabricksFederationPolicy extends Construct implements ITrust {
  public readonly issuer: IIssuer;
  /** `policy_id`. */
  public readonly policyId: string;
  /** `account` or `service-principal`. */
  public readonly scope: DatabricksTrustRecord['scope'];
  /** The claim that holds the subject. */
  public readonly subjectClaim: string;
  /** Service-principal policies: the subject the claim must hold. */
  public readonly subject?: string;
  /** Service-principal policies: the service principal. */
  public readonly servicePrincipal?: DatabricksServicePrincipalRef;
  /** The Terraform resource. */
  public readonly resource: AccountFederationPolicy | ServicePrincipalFederationPolicy;

  private readonly props: DatabricksFederationPolicyProps;
  private readonly audienceList: string[];
  private readonly clientList: IClient[] = [];
  private readonly userList: string[] = [];
  private readonly jwks: DatabricksJwksRecord;

  constructor(scope: Construct, id: string, props: DatabricksFederationPolicyProps) {
    super(scope, id);
    this.props = props;
    this.issuer = props.issuer;
    this.policyId = props.policyId;
    this.scope = props.servicePrincipal ? 'service-principal' : 'account';
    this.subjectClaim = props.subjectClaim ?? DATABRICKS_DEFAULT_SUBJECT_CLAIM;
    this.subject = props.subject;
    this.servicePrincipal = props.servicePrincipal;

    requirePattern(
      this,
      'policyId',
      props.policyId,
      POLICY_ID,
      'must be 2-63 characters of lowercase letters, digits, - and /',
      CONFIG_ERROR_CODES.INVALID_NAME,
    );
    requireSecureUrl(this, 'issuer.issuerUrl', props.issuer.issuerUrl);
    requirePattern(this, 'subjectClaim', this.subjectClaim, CLAIM_NAME, 'must be a claim name without spaces, e.g. sub, azp or oid');
    this.checkScope(props);

    if (props.audiences !== undefined && props.omitAudiences) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'audiences|omitAudiences',
        props.audiences,
        'give either audiences or omitAudiences, not both',
      );
    }
    this.audienceList = props.omitAudiences ? [] : [...(props.audiences ?? props.issuer.audiences)];
    if (!props.omitAudiences) requireNonEmpty(this, 'audiences', this.audienceList);
    this.audienceList.forEach((a, i) => {
      if (!isUnresolved(a) && a.trim().length === 0)
        fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, `audiences[${i}]`, a, 'must not be empty');
    });
    requireUnique(this, 'audiences', this.audienceList);

    this.jwks = this.checkJwks(props);
    (props.clients ?? []).forEach((c, i) => this.addClientAt(c, `clients[${i}]`));
    (props.users ?? []).forEach((u, i) => this.addUserAt(u, `users[${i}]`));
    const previous = this.checkPolicyCount();

    const oidcPolicy = {
      issuer: props.issuer.issuerUrl,
      ...(props.omitAudiences ? {} : { audiences: this.audienceList }),
      subjectClaim: this.subjectClaim,
      ...(this.subject !== undefined ? { subject: this.subject } : {}),
      ...(props.jwksUri !== undefined ? { jwksUri: props.jwksUri } : {}),
      ...(props.jwksJson !== undefined ? { jwksJson: props.jwksJson } : {}),
    };
    const common = { policyId: props.policyId, description: props.description, oidcPolicy, provider: props.provider };
    this.resource = props.servicePrincipal
      ? new ServicePrincipalFederationPolicy(this, 'Resource', {
          ...common,
          servicePrincipalId: props.servicePrincipal.id,
          ...(previous ? { dependsOn: [previous] } : {}),
        })
      : new AccountFederationPolicy(this, 'Resource', common);
    registerTrust(this);
  }

  /** The audiences Databricks accepts: the configured list (empty when omitted: the account id). */
  public get audiences(): string[] {
    return [...this.audienceList];
  }

  /** The clients expected to present tokens. */
  public get clients(): IClient[] {
    return [...this.clientList];
  }

  /** Account policies: the Databricks user names declared as mapped. */
  public get users(): string[] {
    return [...this.userList];
  }

  /** Declares one more client expected to present tokens; it must use this policy's issuer. */
  public addClient(client: IClient): void {
    this.addClientAt(client, `addClient(${client.node.path})`);
  }

  /** Account policies: declares one more Databricks user the subject claim maps to. */
  public addUser(userName: string): void {
    this.addUserAt(userName, `addUser(${JSON.stringify(userName)})`);
  }

  public toTrustRecord(): DatabricksTrustRecord {
    const sp = this.servicePrincipal;
    return {
      type: 'databricks',
      path: this.node.path,
      name: this.policyId,
      issuerPath: this.issuer.node.path,
      issuer: this.issuer.issuerUrl,
      scope: this.scope,
      ...(this.props.accountId !== undefined ? { accountId: this.props.accountId } : {}),
      audiences: [...this.audienceList],
      audiencesDefaulted: this.props.omitAudiences === true,
      subjectClaim: this.subjectClaim,
      ...(this.subject !== undefined ? { subject: this.subject } : {}),
      ...(sp
        ? { servicePrincipal: { id: sp.id, applicationId: sp.applicationId, ...(sp.name !== undefined ? { name: sp.name } : {}) } }
        : {}),
      jwks: this.jwks,
      ...(this.props.description !== undefined ? { description: this.props.description } : {}),
      clients: this.clientList.map((c) => c.node.path),
      users: this.userList.map((userName) => ({ userName })),
    };
  }

  /** The key that policies of one service principal share (account + id), or undefined for account policies. */
  private get servicePrincipalKey(): string | undefined {
    return this.servicePrincipal ? `${this.props.accountId ?? ''}\u0000${String(this.servicePrincipal.id)}` : undefined;
  }

  private checkScope(props: DatabricksFederationPolicyProps): void {
    const sp = props.servicePrincipal;
    if (!sp) {
      if (props.subject !== undefined) {
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          'subject',
          props.subject,
          'must not be set on an account federation policy (Databricks maps the subject claim to a user; subject is for service-principal policies)',
        );
      }
      return;
    }
    if (!isUnresolved(sp.id) && (!Number.isInteger(sp.id) || sp.id <= 0)) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'servicePrincipal.id',
        sp.id,
        "must be the service principal's numeric id (a positive integer)",
      );
    }
    requirePattern(
      this,
      'servicePrincipal.applicationId',
      sp.applicationId,
      APPLICATION_ID,
      "must be the service principal's application id (a UUID), the client_id of the token exchange",
    );
    if (props.subject === undefined || (!isUnresolved(props.subject) && props.subject.trim().length === 0)) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'subject',
        props.subject,
        'is required for a service-principal federation policy (the exact value of the subject claim)',
      );
    }
    if (props.users !== undefined && props.users.length > 0) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'users',
        props.users,
        'apply to account federation policies only (a service-principal policy maps every matching token to the service principal)',
      );
    }
  }

  private checkJwks(props: DatabricksFederationPolicyProps): DatabricksJwksRecord {
    if (props.jwksUri !== undefined && props.jwksJson !== undefined) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'jwksUri|jwksJson',
        { jwksUri: props.jwksUri },
        'give at most one of jwksUri and jwksJson (or neither: keys by discovery, as Databricks recommends)',
      );
    }
    if (props.jwksUri !== undefined) {
      requireSecureUrl(this, 'jwksUri', props.jwksUri);
      return { source: 'uri', uri: props.jwksUri };
    }
    if (props.jwksJson === undefined) return { source: 'discovery' };
    if (isUnresolved(props.jwksJson)) return { source: 'json' };
    let keys: unknown;
    try {
      keys = (JSON.parse(props.jwksJson) as { keys?: unknown }).keys;
    } catch {
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'jwksJson', '(not JSON)', 'must be a JWKS document {"keys":[...]}');
    }
    if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'object' && k !== null)) {
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'jwksJson', '(no keys)', 'must be a JWKS document {"keys":[...]} with at least one key');
    }
    const jwks = keys as Array<Record<string, unknown>>;
    const privateAt = jwks.findIndex((k) => PRIVATE_JWK_MEMBERS.some((m) => m in k));
    if (privateAt >= 0) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        `jwksJson.keys[${privateAt}]`,
        '(private key material, not shown)',
        'must hold public keys only',
      );
    }
    return { source: 'json', keyIds: jwks.map((k) => (typeof k.kid === 'string' ? k.kid : '(no kid)')) };
  }

  private addClientAt(client: IClient, field: string): void {
    requireNewClientOf(this, this.issuer, this.clientList, client, field);
    this.clientList.push(client);
  }

  private addUserAt(userName: string, field: string): void {
    if (this.scope === 'service-principal') {
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, field, userName, 'applies to account federation policies only');
    }
    if (!isUnresolved(userName) && userName.trim().length === 0)
      fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, field, userName, 'must be a Databricks user name');
    if (!isUnresolved(userName) && this.userList.includes(userName))
      fail(this, CONFIG_ERROR_CODES.DUPLICATE_NAME, field, userName, 'is already declared');
    this.userList.push(userName);
  }

  /**
   * At most 20 policies per service principal and one policy id per scope, across the app. Returns
   * the previous policy resource of the same service principal in this stack, to depend on.
   */
  private checkPolicyCount(): TerraformResource | undefined {
    // Only policies that were fully constructed (a constructor that threw leaves its construct in the tree).
    const others = this.node.root.node
      .findAll()
      .filter((c): c is DatabricksFederationPolicy => c instanceof DatabricksFederationPolicy && c !== this && c.resource !== undefined);
    const key = this.servicePrincipalKey;
    const sameScope = others.filter((p) => p.servicePrincipalKey === key && (p.props.accountId ?? '') === (this.props.accountId ?? ''));
    const clash = sameScope.find((p) => !isUnresolved(p.policyId) && p.policyId === this.policyId);
    if (clash) {
      fail(
        this,
        CONFIG_ERROR_CODES.DUPLICATE_NAME,
        'policyId',
        this.policyId,
        `must be unique ${key ? 'for the service principal' : 'in the account'} (also used by ${clash.node.path})`,
      );
    }
    if (key === undefined) return undefined;
    if (sameScope.length >= MAX_DATABRICKS_POLICIES_PER_SERVICE_PRINCIPAL) {
      fail(
        this,
        CONFIG_ERROR_CODES.OUT_OF_RANGE,
        'servicePrincipal.id',
        this.servicePrincipal!.id,
        `must have at most ${MAX_DATABRICKS_POLICIES_PER_SERVICE_PRINCIPAL} federation policies; this would be policy ${sameScope.length + 1} (the others start with ${sameScope[0]!.node.path})`,
      );
    }
    const stack = TerraformStack.of(this);
    return sameScope.filter((p) => TerraformStack.of(p) === stack).pop()?.resource;
  }
}
