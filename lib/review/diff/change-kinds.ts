/**
 * The kinds of change a `review --base` reports, with their risk and rank.
 *
 * Ranking: changes sort by `rank` (highest first), then by construct path. The levels are
 * `critical` (a change the design forbids in place), `high` (more parties, audiences, roles or
 * flows can get in), `medium` (existing access gets longer, broader or mapped differently) and
 * `low` (removals, narrowing, cosmetic). README.md (The external-oauth CLI) prints this table.
 */

/** How much a change can widen access. */
export type RiskLevel = 'critical' | 'high' | 'medium' | 'low';

/** The order of {@link RiskLevel}s, most severe first. */
export const RISK_LEVELS: readonly RiskLevel[] = ['critical', 'high', 'medium', 'low'];

interface KindSpec {
  readonly risk: RiskLevel;
  readonly rank: number;
  /** What the kind means, for documentation. */
  readonly meaning: string;
}

/** Every change kind. Codes are stable; ranks may be tuned. */
export const CHANGE_KINDS = {
  profile_changed_in_place: {
    risk: 'critical',
    rank: 100,
    meaning: "A validation profile's name or client id changed in place: create a new profile instead.",
  },
  any_role_enabled: {
    risk: 'high',
    rank: 95,
    meaning: 'Snowflake any-role mode enabled or widened (DISABLE < ENABLE_FOR_PRIVILEGE < ENABLE).',
  },
  role_any_scope_added: { risk: 'high', rank: 94, meaning: 'A client can now obtain the `session:role-any` scope.' },
  grant_added_implicit: { risk: 'high', rank: 92, meaning: 'A client can now use the implicit grant (or a `token` response type).' },
  grant_added_client_credentials: { risk: 'high', rank: 91, meaning: 'A client can now obtain machine tokens (client_credentials).' },
  grant_added_password: { risk: 'high', rank: 90, meaning: 'A client can now use the resource-owner password grant.' },
  audience_widened: { risk: 'high', rank: 88, meaning: 'An issuer mints, or a trust or profile accepts, an additional audience.' },
  federation_identity_changed: {
    risk: 'high',
    rank: 87,
    meaning:
      'A Databricks federation policy admits another subject, reads another subject claim, changes scope, or maps to another service principal.',
  },
  blocked_role_removed: { risk: 'high', rank: 86, meaning: 'A Snowflake blocked role was removed, or the allowed-role list was cleared.' },
  issuer_added: { risk: 'high', rank: 84, meaning: 'A new issuer is declared.' },
  sign_in_opened: {
    risk: 'high',
    rank: 83,
    meaning: 'A client that signs users in is now open to every user of the org or tenant, or no longer declares who may sign in.',
  },
  machine_role_changed: { risk: 'high', rank: 82, meaning: "A profile's machine-flow system user role changed." },
  machine_flow_enabled: { risk: 'high', rank: 81, meaning: 'A profile now accepts machine (client credentials) tokens.' },
  client_added: { risk: 'high', rank: 80, meaning: 'A new client can obtain tokens.' },
  trust_added: {
    risk: 'high',
    rank: 78,
    meaning: 'A new consumer (Snowflake, Redshift, API profile, Databricks federation policy) accepts tokens.',
  },
  trust_application_changed: {
    risk: 'high',
    rank: 77,
    meaning:
      "A Redshift trust's IAM Identity Center application changed: another ARN, or another mode (created, adopted by import, or outside Terraform).",
  },
  trust_issuer_changed: { risk: 'high', rank: 76, meaning: 'A trust or profile now accepts a different issuer.' },
  hardening_removed: {
    risk: 'medium',
    rank: 72,
    meaning:
      'PKCE disabled, refresh-token rotation turned off, or client authentication set to none (with the client program that asks for it, when declared).',
  },
  allowed_role_added: { risk: 'medium', rank: 70, meaning: 'A role was added to a non-empty Snowflake allowed-role list.' },
  grant_added: {
    risk: 'medium',
    rank: 68,
    meaning: 'A client can use another grant type (refresh_token, device code, token exchange, ...).',
  },
  lifetime_longer: { risk: 'medium', rank: 66, meaning: 'An access-token, refresh-token or refresh-window lifetime got longer.' },
  trusted_origin_added: { risk: 'medium', rank: 65, meaning: 'A browser origin is newly trusted by the IdP (CORS / redirect).' },
  redirect_uri_added: { risk: 'medium', rank: 64, meaning: 'A new redirect or sign-out redirect URI.' },
  scope_added: {
    risk: 'medium',
    rank: 62,
    meaning: 'A client can obtain another scope or app role, a scope became default, or admin consent was granted.',
  },
  suppression_added: { risk: 'medium', rank: 60, meaning: 'A check finding is newly suppressed (the reason is shown).' },
  finding_added: { risk: 'medium', rank: 58, meaning: 'A new unsuppressed check finding.' },
  mapping_changed: {
    risk: 'medium',
    rank: 56,
    meaning: 'A trust maps tokens to identities differently (claim, attribute, issuer kind, client-id claims, app-token rule).',
  },
  user_flow_enabled: { risk: 'medium', rank: 55, meaning: 'A profile now accepts user tokens.' },
  principal_added: {
    risk: 'medium',
    rank: 54,
    meaning: 'A Snowflake user, a role grant, a default role, or a group or user assigned to a client was added.',
  },
  key_source_changed: { risk: 'medium', rank: 52, meaning: 'An issuer string, JWKS URL or Entra access-token version changed.' },
  validation_relaxed: {
    risk: 'medium',
    rank: 50,
    meaning:
      'A profile allows more algorithms or a larger clock tolerance, no longer requires `iat`, or dropped its token profile (RFC 9068).',
  },
  secret_lifetime_longer: { risk: 'medium', rank: 48, meaning: "A client secret's end date moved later (dates only are shown)." },
  grant_registered: { risk: 'medium', rank: 46, meaning: 'A grant type was registered on a client although no policy rule allows it yet.' },
  other_changed: { risk: 'low', rank: 20, meaning: 'Any other declared change (claims, policies, manual steps, ...).' },
  removed: { risk: 'low', rank: 12, meaning: 'An issuer, client, trust, profile or user was removed.' },
  narrowed: {
    risk: 'low',
    rank: 10,
    meaning: 'Access got narrower (audience, grant, scope, role, lifetime, URI removed or reduced) or a finding was resolved.',
  },
} as const satisfies Record<string, KindSpec>;

/** One of {@link CHANGE_KINDS}. */
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** One difference between the base and the head synth output. */
export interface ReviewChange {
  readonly kind: ChangeKind;
  readonly risk: RiskLevel;
  readonly rank: number;
  /** The construct path (or `stack: rule path` for findings) the change is about. */
  readonly subject: string;
  /** One line: what changed. */
  readonly summary: string;
  readonly before?: string;
  readonly after?: string;
  /** What to do instead, for changes that must not be made in place. */
  readonly advice?: string;
}

/** Builds a change of `kind`. */
export function change(
  kind: ChangeKind,
  subject: string,
  summary: string,
  extra: { before?: string; after?: string; advice?: string } = {},
): ReviewChange {
  const spec = CHANGE_KINDS[kind];
  return { kind, risk: spec.risk, rank: spec.rank, subject, summary, ...extra };
}

/** Highest rank first, then subject, then summary: a stable order. */
export function rankChanges(changes: readonly ReviewChange[]): ReviewChange[] {
  return [...changes].sort((a, b) => b.rank - a.rank || a.subject.localeCompare(b.subject) || a.summary.localeCompare(b.summary));
}
