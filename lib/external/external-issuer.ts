import { Construct } from 'constructs';

import { BUILT_IN_CLAIMS } from '../core/claims';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IIssuer, issuerRecordBase } from '../core/interfaces';
import type { IssuerKind, TokenFlow } from '../core/kinds';
import { registerIssuer } from '../core/register';
import { type ScopeName, scopeNames } from '../core/scope-name';
import { fail, isUnresolved, requireNonEmpty, requireOneOf, requirePattern, requireSecureUrl } from '../core/validate';
import type { ClaimRecord, IssuerRecord, ScopeRecord } from '../manifest/types';
import { checkTokenRules, tokenRuleFields, TokenRules } from '../profile/token-rules';

/** The kinds an {@link ExternalIssuer} may declare (Okta and Entra have constructs of their own). */
export type ExternalIssuerKind = Exclude<IssuerKind, 'okta' | 'entra'>;

/** A claim an external issuer emits beyond its kind's built-in claims. */
export interface ExternalClaim {
  /** The claim name, e.g. `email`. */
  readonly name: string;
  /** The flows whose access tokens carry it. @default both flows */
  readonly flows?: TokenFlow[];
  /** What the value holds (checks require `email` for Snowflake EMAIL_ADDRESS). @default 'other' */
  readonly valueKind?: ClaimRecord['valueKind'];
}

/** Props of {@link ExternalIssuer}; the {@link TokenRules} go into every validation profile that trusts it. */
export interface ExternalIssuerProps extends TokenRules {
  /** The IdP product; decides built-in claims, default JWKS path and token classification. */
  readonly kind: ExternalIssuerKind;
  /**
   * The exact `iss` value of its access tokens, e.g. `https://sso.example.com` (PingFederate)
   * or `https://tenant.eu.auth0.com/` (Auth0, trailing slash included).
   * @see https://docs.pingidentity.com/pingfederate/latest/administrators_reference_guide/pf_openid_connect_metadata_endpoint.html
   */
  readonly issuerUrl: string;
  /**
   * Where the signing keys are published.
   * @default pingfederate: `<issuer>/pf/JWKS`; auth0: `<issuer>/.well-known/jwks.json`;
   * keycloak: `<issuer>/protocol/openid-connect/certs`; generic: required
   */
  readonly jwksUrl?: string;
  /** The discovery document. @default `<issuer>/.well-known/openid-configuration` */
  readonly discoveryUrl?: string;
  /** The audiences it mints access tokens for (the resource ids its clients request). */
  readonly audiences: string[];
  /** Scopes it defines. @default none */
  readonly scopes?: ScopeName[];
  /** Claims it emits beyond the kind's built-in claims. @default none */
  readonly claims?: ExternalClaim[];
  /** Access-token lifetime in minutes, for review and checks. @default unknown */
  readonly accessTokenLifetimeMinutes?: number;
  /**
   * The JWS algorithms its access tokens are signed with (from its discovery document's
   * `id_token_signing_alg_values_supported` or its configuration), for checks such as
   * Databricks' RS256 / ES256 rule.
   * @default unknown
   * @see https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata
   */
  readonly signingAlgorithms?: string[];
}

const DEFAULT_JWKS_PATH: Partial<Record<ExternalIssuerKind, string>> = {
  pingfederate: '/pf/JWKS',
  auth0: '/.well-known/jwks.json',
  keycloak: '/protocol/openid-connect/certs',
};

function join(base: string, suffix: string): string {
  return base.replace(/\/+$/, '') + suffix;
}

/**
 * An IdP with no Terraform provider here (PingFederate, Auth0, Keycloak, any OIDC provider),
 * declared by URL. It creates no resources but takes part in wiring, checks and the manifest
 * exactly like Okta and Entra issuers.
 */
export class ExternalIssuer extends Construct implements IIssuer {
  public readonly issuerKind: IssuerKind;
  public readonly issuerUrl: string;
  public readonly jwksUrl: string;
  public readonly discoveryUrl: string;
  public readonly audiences: string[];
  private readonly scopes: string[];
  private readonly claims: ClaimRecord[];
  private readonly accessTokenLifetimeMinutes?: number;
  /** The token rules every validation profile of this issuer copies (a profile may override them). */
  public readonly tokenRules: TokenRules;
  private readonly signingAlgorithms?: string[];

  constructor(scope: Construct, id: string, props: ExternalIssuerProps) {
    super(scope, id);
    requireOneOf(this, 'kind', props.kind, ['auth0', 'pingfederate', 'keycloak', 'generic'] as const);
    requireSecureUrl(this, 'issuerUrl', props.issuerUrl);
    const defaultPath = DEFAULT_JWKS_PATH[props.kind];
    const jwksUrl = props.jwksUrl ?? (defaultPath ? join(props.issuerUrl, defaultPath) : undefined);
    if (!jwksUrl) {
      fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, 'jwksUrl', undefined, `is required for kind ${props.kind} (no default JWKS path)`);
    }
    requireSecureUrl(this, 'jwksUrl', jwksUrl);
    const discoveryUrl = props.discoveryUrl ?? join(props.issuerUrl, '/.well-known/openid-configuration');
    requireSecureUrl(this, 'discoveryUrl', discoveryUrl);
    if (!isUnresolved(props.audiences) && props.audiences.length === 0) {
      fail(this, CONFIG_ERROR_CODES.EMPTY_LIST, 'audiences', props.audiences, 'must hold at least one value');
    }
    checkTokenRules(this, props.kind, props);
    this.issuerKind = props.kind;
    this.tokenRules = tokenRuleFields(props);
    this.issuerUrl = props.issuerUrl;
    this.jwksUrl = jwksUrl;
    this.discoveryUrl = discoveryUrl;
    this.audiences = [...props.audiences];
    this.scopes = [...(scopeNames(props.scopes) ?? [])];
    this.claims = (props.claims ?? []).map((c) => ({
      name: c.name,
      flows: c.flows ?? ['machine', 'user'],
      tokenType: 'access',
      valueKind: c.valueKind ?? 'other',
    }));
    this.accessTokenLifetimeMinutes = props.accessTokenLifetimeMinutes;
    if (props.signingAlgorithms !== undefined) {
      requireNonEmpty(this, 'signingAlgorithms', props.signingAlgorithms);
      props.signingAlgorithms.forEach((a, i) =>
        requirePattern(this, `signingAlgorithms[${i}]`, a, /^[A-Za-z0-9+-]+$/, 'must be a JWS algorithm name, e.g. RS256 or ES256'),
      );
      this.signingAlgorithms = [...props.signingAlgorithms];
    }
    registerIssuer(this);
  }

  public toIssuerRecord(): IssuerRecord {
    const declared = new Set(this.claims.map((c) => c.name));
    const scopes: ScopeRecord[] = this.scopes.map((name) => ({ name }));
    return {
      ...issuerRecordBase(this),
      scopes,
      claims: [...BUILT_IN_CLAIMS[this.issuerKind].filter((c) => !declared.has(c.name)), ...this.claims],
      policies: [],
      details: {
        ...(this.accessTokenLifetimeMinutes === undefined ? {} : { accessTokenLifetimeMinutes: this.accessTokenLifetimeMinutes }),
        ...(this.signingAlgorithms === undefined ? {} : { signingAlgorithms: [...this.signingAlgorithms] }),
      },
    };
  }
}
