/**
 * The access matrix that `simulate()` returns: who (client / user / flow) gets into which trust
 * (Snowflake integration, Redshift trusted token issuer, API validation profile), as whom and
 * with which role, plus negative probes per trust. Pure types.
 */
import type { IssuerKind } from '../core/kinds';

/** Printed with every matrix: the warehouse columns are not the vendors. */
export const SIMULATION_DISCLAIMER =
  'Snowflake and Redshift columns are an evaluation of their documented acceptance rules by this tool, not the vendor, and so are Databricks federation policy columns (the documented token-exchange rules): a real login can still fail for reasons the manifest does not declare (network policies, users or grants created outside this stack, account settings). API profile columns run the bundled validator itself.';

/** How a trust column is evaluated. */
export type Evaluator =
  'validator' | 'snowflake-documented-rules' | 'redshift-documented-rules' | 'databricks-documented-rules' | 'keycloak-documented-mappers';

/** Added to the disclaimer when Keycloak broker columns are shown. */
export const KEYCLOAK_BROKER_DISCLAIMER =
  'Keycloak broker columns are an evaluation of Keycloak\'s documented identity-provider mapper behaviour by this tool, not Keycloak: its mappers read the ID token and userinfo, and the access token only when "Access token is JWT" is on.';

/** The flow of a row: an app token (client credentials, no end user) or a user token. */
export type SimFlow = 'app' | 'user';

/** One simulated issuer (an issuer record of a manifest). */
export interface SimIssuerInfo {
  readonly path: string;
  readonly stack: string;
  readonly kind: IssuerKind;
  /** The issuer string as declared (may be an apply-time `${...}` expression). */
  readonly declaredIssuer: string;
  /** The issuer string after stand-ins, before the host moved to loopback. */
  readonly issuer: string;
  /** The exact `iss` of the local provider's tokens. */
  readonly localIssuer: string;
  readonly audiences: string[];
  /** The local provider serving it (issuers with the same `iss` share one provider, like one tenant). */
  readonly provider: number;
}

/** One client (an app registration). */
export interface SimClientInfo {
  readonly path: string;
  readonly stack: string;
  readonly name: string;
  readonly issuer: string;
  /** The client id (a stand-in when declared as an apply-time expression). */
  readonly clientId: string;
  readonly grantTypes: string[];
  /** True for the synthetic client that negative probes use ("a client the trust does not list"). */
  readonly synthetic?: true;
}

/** A user who signs in at an issuer. */
export interface SimUserInfo {
  /** Stable id within the result (`<provider>:<username>`). */
  readonly id: string;
  /** The IdP login: Okta login, Entra UPN, PingFederate / generic `sub`. */
  readonly username: string;
  readonly email?: string;
  /** `declared`: a Snowflake user declared in a manifest; `synthetic`: the per-issuer simulated user. */
  readonly origin: 'declared' | 'synthetic';
  /** Construct paths of the Snowflake user records it stands for. */
  readonly declaredAs: string[];
}

/** One trust (a column). */
export interface SimTrustInfo {
  readonly path: string;
  readonly stack: string;
  readonly name: string;
  /** `keycloak-broker`: a Keycloak identity broker (in `brokers`, not `trusts`): do its mappers find their claims? */
  readonly type: 'snowflake' | 'redshift' | 'profile' | 'databricks' | 'keycloak-broker';
  readonly issuerPath: string;
  readonly evaluator: Evaluator;
  /** Construct paths of the clients it lists (a profile: its one client). */
  readonly clients: string[];
  readonly audiences: string[];
}

/** The decoded token a cell was evaluated with (never the token string itself). */
export interface TokenSummary {
  readonly issuerPath: string;
  readonly audience: string;
  readonly scopes: string[];
  readonly lifetimeSeconds: number;
  /** The payload claims (decoded from the provider's signed token). */
  readonly claims: Readonly<Record<string, unknown>>;
}

/** The outcome of presenting a token to a trust. */
export interface Cell {
  readonly trust: string;
  /**
   * `not-issued`: the IdP refuses the token (its policy); `sign-in-refused`: the sign-in itself
   * fails (user not assigned, browser origin not trusted, PKCE missing, rotated refresh token
   * reused), shown as `sign-in refused: <reason>`; `skipped`: a probe that cannot be built.
   */
  readonly outcome: 'accepted' | 'rejected' | 'not-issued' | 'sign-in-refused' | 'skipped';
  /** Accepted: the identity the trust maps the token to (Snowflake user, Identity Center user, principal username). */
  readonly as?: string;
  /** Accepted: the claim value the trust mapped (Snowflake / Redshift), e.g. the email address. */
  readonly mappedValue?: string;
  /** Accepted: `system` (app token, machine flow) or `user`. */
  readonly principalKind?: 'system' | 'user';
  /** Accepted: the role (Snowflake session role, profile system-user role, ...). */
  readonly role?: string;
  /** Rejected: a stable reason code (validator codes, or `issuer_mismatch`, `audience_mismatch`, ... for the documented rules). */
  readonly code?: string;
  /** Why, in words (rejected / not issued), or how (accepted). */
  readonly reason: string;
  /** Extra facts a reviewer should see (e.g. "Snowflake does not check the client id"). */
  readonly notes?: string[];
  /** The audience of the token that was presented. */
  readonly audience?: string;
}

/** Negative probe kinds. */
export type ProbeKind = 'replay' | 'expired' | 'missing-scope' | 'unlisted-client' | 'unassigned-user';

/** A negative probe of one trust. */
export interface ProbeInfo {
  readonly kind: ProbeKind;
  /** The trust probed. */
  readonly target: string;
  readonly description: string;
}

/** One row: the token a client obtains for a user (or as itself), presented to every trust. */
export interface AccessRow {
  readonly id: string;
  readonly kind: 'access' | 'probe';
  readonly client: string;
  readonly clientName: string;
  readonly issuer: string;
  readonly flow: SimFlow;
  /** The grant that yields the token (user rows: the first user grant the client declares). */
  readonly grant: string;
  /** Other declared grants that yield the same kind of token. */
  readonly alsoVia: string[];
  /** User rows: the user's id in `users`. */
  readonly user?: string;
  /** Probe rows. */
  readonly probe?: ProbeInfo;
  /** The tokens obtained (one per audience the client can obtain); empty when none was issued. */
  readonly tokens: TokenSummary[];
  /** Why no token was issued (the IdP's policy), when none was. */
  readonly notIssued?: string;
  /** Why the sign-in was refused (the IdP or the browser), when it was; every cell is `sign-in-refused`. */
  readonly signInRefused?: string;
  /** Cells by trust path (probe rows: the probed trust only). */
  readonly cells: Record<string, Cell>;
}

/** A stand-in for an apply-time value. */
export interface StandIn {
  readonly stack: string;
  readonly expression: string;
  readonly value: string;
  readonly kind: 'issuer-url' | 'uuid';
}

/** Timings of a run, in milliseconds. */
export interface SimulationTimings {
  readonly totalMs: number;
  readonly startMs: number;
  readonly mintMs: number;
  readonly evaluateMs: number;
  readonly providers: number;
  readonly tokens: number;
}

/** What `simulate()` returns. */
export interface SimulationResult {
  readonly simulationVersion: 1;
  readonly disclaimer: string;
  readonly stacks: string[];
  readonly issuers: SimIssuerInfo[];
  readonly clients: SimClientInfo[];
  readonly users: SimUserInfo[];
  readonly trusts: SimTrustInfo[];
  /** Keycloak broker columns (cells only in the rows of the client each signs in with). */
  readonly brokers: SimTrustInfo[];
  /** Access rows first, then probe rows. */
  readonly rows: AccessRow[];
  readonly standIns: StandIn[];
  /** Assumptions the run made (e.g. a lifetime that was not declared). */
  readonly assumptions: string[];
  readonly timings: SimulationTimings;
}
