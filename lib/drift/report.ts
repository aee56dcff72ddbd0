/**
 * The drift report: what `drift --live` and `drift --plan` found, and the exit code it implies.
 */

/**
 * `drift`: declared and running differ (exit 2). `unchecked`: nothing answered (DNS failure,
 * refused connection, timeout), so nothing could be compared (exit 3 when nothing drifted).
 * `notice`: informative. `error`: the check failed (exit 1).
 */
export type DriftSeverity = 'drift' | 'unchecked' | 'notice' | 'error';

/** Every finding code, with its severity. Codes are stable. */
export const DRIFT_CODES = {
  /** The issuer (or every JWKS URL) is still a Terraform expression: deploy first. */
  not_checkable: 'notice',
  /** The declared discovery document gave nothing; another metadata URL (OIDC or OAuth AS) was used. */
  discovery_fallback: 'notice',
  /** The first run with this state file: keys recorded, nothing to compare yet. */
  state_baseline: 'notice',
  /** Some of a profile's pinned algorithms are not offered by the issuer (others are). */
  algorithms_partly_covered: 'notice',
  /** No metadata URL answered (DNS failure, refused connection, TLS failure, timeout): not checked. */
  discovery_unreachable: 'unchecked',
  /** The issuer answered, but with an HTTP error status, a redirect or an oversized body on every metadata URL. */
  discovery_failed: 'drift',
  /** The discovery document is not a JSON object with `issuer` and `jwks_uri`. */
  discovery_invalid: 'drift',
  /** Discovery `issuer` is not byte-for-byte the declared issuer. */
  issuer_mismatch: 'drift',
  /** Discovery `jwks_uri` is not the declared JWKS URL. */
  jwks_uri_mismatch: 'drift',
  /** The JWKS URL did not answer (DNS failure, refused connection, TLS failure, timeout): keys not checked. */
  jwks_unreachable: 'unchecked',
  /** The JWKS URL answered with an HTTP error status, a redirect or an oversized body. */
  jwks_failed: 'drift',
  /** The JWKS is not a JSON object with a `keys` array. */
  jwks_invalid: 'drift',
  /** The JWKS holds no usable signing key. */
  jwks_no_usable_keys: 'drift',
  /** The JWKS publishes private key material. */
  jwks_private_key: 'drift',
  /** None of a profile's algorithms is offered by the issuer and its keys. */
  algorithms_not_covered: 'drift',
  /** The signing keys differ from the state file's (added, removed or re-keyed kids). */
  keys_rotated: 'drift',
  /** An identity resource changed outside Terraform (`resource_drift`). */
  resource_drift: 'drift',
  /** An identity resource has a pending change (`resource_changes`): declared is not deployed. */
  pending_change: 'drift',
  /** The plan is marked `errored`: it may be incomplete. */
  plan_errored: 'error',
  /** The state file could not be written. */
  state_write_failed: 'error',
} as const satisfies Record<string, DriftSeverity>;

/** One of {@link DRIFT_CODES}. */
export type DriftCode = keyof typeof DRIFT_CODES;

/** One thing the drift check found. */
export interface DriftFinding {
  readonly code: DriftCode;
  readonly severity: DriftSeverity;
  /** The issuer URL or the Terraform resource address. */
  readonly subject: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}

/** Builds a finding; the severity comes from the code. */
export function driftFinding(
  code: DriftCode,
  subject: string,
  message: string,
  extra: { expected?: string; actual?: string } = {},
): DriftFinding {
  return { code, severity: DRIFT_CODES[code], subject, message, ...extra };
}

/** A signing key as recorded and shown: never key material beyond its thumbprint. */
export interface KeySummary {
  readonly kid?: string;
  readonly kty: string;
  readonly alg?: string;
  /** RFC 7638 SHA-256 thumbprint. */
  readonly thumbprint: string;
  readonly usable: boolean;
  /** Why the key cannot verify tokens. */
  readonly problem?: string;
}

/** The live check of one issuer. */
export interface IssuerCheck {
  readonly issuer: string;
  /** Construct paths and profile names that declare it. */
  readonly declaredBy: string[];
  /** `unreachable`: something did not answer and nothing that answered drifted. */
  readonly status: 'ok' | 'drift' | 'unreachable' | 'not_checkable';
  readonly metadataUrl?: string;
  readonly jwksUri?: string;
  readonly keys: KeySummary[];
  readonly algorithms: string[];
  readonly durationMs: number;
}

/** A changed attribute of a planned or drifted resource; values already redacted. */
export interface AttributeChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

/** An identity resource in the plan. */
export interface PlannedResource {
  readonly address: string;
  readonly type: string;
  /** `drift`: changed outside Terraform; `pending`: Terraform would change it. */
  readonly category: 'drift' | 'pending';
  /** `import`: Terraform adopts an existing object (an `import` block) and changes nothing else. */
  readonly action: 'create' | 'update' | 'delete' | 'replace' | 'import';
  /** The import id when the plan adopts an existing object (`change.importing.id`), e.g. an IdC application ARN. */
  readonly importId?: string;
  readonly reason?: string;
  readonly attributes: AttributeChange[];
}

/** What `drift` prints (as text, Markdown or this JSON). */
export interface DriftReport {
  readonly reportVersion: 1;
  readonly checkedAt: string;
  readonly live?: { readonly issuers: IssuerCheck[] };
  readonly plan?: { readonly file: string; readonly resources: PlannedResource[]; readonly otherResources: number };
  readonly findings: DriftFinding[];
  readonly summary: { readonly drift: number; readonly unchecked: number; readonly notices: number; readonly errors: number };
  /** The targets that did not answer, apart from the drift (an egress-less runner, an IdP down). */
  readonly unreachable: Array<{ readonly subject: string; readonly message: string }>;
  readonly exitCode: 0 | 1 | 2 | 3;
}

/** Assembles the report and its exit code: 1 on any error, else 2 on any drift, else 3 when something could not be checked, else 0. */
export function buildDriftReport(parts: {
  checkedAt: string;
  live?: DriftReport['live'];
  plan?: DriftReport['plan'];
  findings: DriftFinding[];
}): DriftReport {
  const count = (s: DriftSeverity) => parts.findings.filter((f) => f.severity === s).length;
  const summary = { drift: count('drift'), unchecked: count('unchecked'), notices: count('notice'), errors: count('error') };
  const exitCode = summary.errors > 0 ? 1 : summary.drift > 0 ? 2 : summary.unchecked > 0 ? 3 : 0;
  return {
    reportVersion: 1,
    checkedAt: parts.checkedAt,
    ...(parts.live ? { live: parts.live } : {}),
    ...(parts.plan ? { plan: parts.plan } : {}),
    findings: parts.findings,
    unreachable: parts.findings.filter((f) => f.severity === 'unchecked').map((f) => ({ subject: f.subject, message: f.message })),
    summary,
    exitCode,
  };
}
