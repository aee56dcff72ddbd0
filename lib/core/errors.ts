import { ExternalOAuthError } from '../util/error';

/**
 * Construct-time configuration errors with stable codes.
 *
 * Every error names the construct path, the field, the value received and the rule, so that
 * a failed `cdktf synth` says exactly what to change. Codes never change meaning once shipped.
 */

/** The closed set of configuration error codes. */
export const CONFIG_ERROR_CODES = {
  /** A name does not match its pattern (profile names, integration names, ...). */
  INVALID_NAME: 'EO_INVALID_NAME',
  /** A URL is not absolute, not https (loopback excepted), or has a fragment / credentials. */
  INVALID_URL: 'EO_INVALID_URL',
  /** A redirect or sign-out URI contains a wildcard. */
  WILDCARD_URI: 'EO_WILDCARD_URI',
  /** A list that must hold at least one value is empty. */
  EMPTY_LIST: 'EO_EMPTY_LIST',
  /** A number or duration is outside the range the provider accepts. */
  OUT_OF_RANGE: 'EO_OUT_OF_RANGE',
  /** A client secret would live longer than the maximum (2 years). */
  SECRET_TOO_LONG: 'EO_SECRET_TOO_LONG',
  /** A second Snowflake integration for the same issuer in one account. */
  DUPLICATE_INTEGRATION: 'EO_DUPLICATE_INTEGRATION',
  /** Two things that must be unique share a name or key. */
  DUPLICATE_NAME: 'EO_DUPLICATE_NAME',
  /** A required value is missing, or two exclusive values are both given. */
  MISSING_VALUE: 'EO_MISSING_VALUE',
  /** A value is not one of the accepted values, or contradicts another value. */
  INVALID_VALUE: 'EO_INVALID_VALUE',
  /** The App belongs to the other CDK framework (cdktf vs cdktn) than this package's build. */
  WRONG_FRAMEWORK: 'EO_WRONG_FRAMEWORK',
} as const;

/** One of {@link CONFIG_ERROR_CODES}. */
export type ConfigErrorCode = (typeof CONFIG_ERROR_CODES)[keyof typeof CONFIG_ERROR_CODES];

/** What a configuration error is about. */
export interface ConfigErrorDetails {
  /** The construct path, e.g. `okta-snowflake-dbt/AuthServer`. */
  readonly path: string;
  /** The prop or field, e.g. `redirectUris[1]`. */
  readonly field: string;
  /** The value received (never a secret). */
  readonly value: unknown;
  /** The rule that the value breaks, as a sentence fragment. */
  readonly rule: string;
}

/** Thrown at construct time when a prop breaks a rule. Nothing is synthesized. */
export class ExternalOAuthConfigError extends ExternalOAuthError {
  declare public readonly code: ConfigErrorCode;
  public readonly path: string;
  public readonly field: string;
  public readonly value: unknown;
  public readonly rule: string;

  constructor(code: ConfigErrorCode, details: ConfigErrorDetails) {
    super(code, `[${details.path}] ${details.field}: ${details.rule} (received ${describeValue(details.value)}) [${code}]`);
    this.path = details.path;
    this.field = details.field;
    this.value = details.value;
    this.rule = details.rule;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
