/**
 * Errors in the validator's configuration: the profiles file, a profile, or an option.
 * Thrown when a {@link TokenValidator} is built, never while validating a token.
 */
import { ExternalOAuthError } from '../util/error';

/** Every configuration error code of the validator. */
export const VALIDATOR_CONFIG_ERROR_CODES = {
  /** The profiles file cannot be read. */
  PROFILES_FILE_UNREADABLE: 'EO_PROFILES_FILE_UNREADABLE',
  /** The profiles file is not JSON, or a manifest that does not fit the schema. */
  PROFILES_FILE_INVALID: 'EO_PROFILES_FILE_INVALID',
  /** The file holds no profiles (no manifest, no `external_oauth_profiles` output). */
  PROFILES_NOT_FOUND: 'EO_PROFILES_NOT_FOUND',
  /** A profile still holds Terraform expressions (`${...}`): deploy first, pass the outputs file. */
  PROFILE_UNRESOLVED: 'EO_PROFILE_UNRESOLVED',
  /** A profile does not fit the profile schema. */
  PROFILE_INVALID: 'EO_PROFILE_INVALID',
  /** Two profiles share a name, or an (issuer, clientId) pair. */
  PROFILE_DUPLICATE: 'EO_PROFILE_DUPLICATE',
  /** The JWKS URL is not https (http is allowed for loopback hosts only), or has credentials. */
  PROFILE_INSECURE_JWKS_URL: 'EO_PROFILE_INSECURE_JWKS_URL',
  /** A multi-tenant issuer (`common`, `organizations`, `consumers`, `{tenantid}`) or an Entra issuer without a tenant id. */
  PROFILE_UNTRUSTED_ISSUER: 'EO_PROFILE_UNTRUSTED_ISSUER',
  /** A validator option is out of range. */
  INVALID_OPTION: 'EO_INVALID_OPTION',
} as const;

/** A stable configuration error code of the validator (see {@link VALIDATOR_CONFIG_ERROR_CODES}). */
export type ValidatorConfigErrorCode = (typeof VALIDATOR_CONFIG_ERROR_CODES)[keyof typeof VALIDATOR_CONFIG_ERROR_CODES];

/** The validator cannot be built from this configuration. */
export class ValidatorConfigError extends ExternalOAuthError {
  declare public readonly code: ValidatorConfigErrorCode;

  constructor(code: ValidatorConfigErrorCode, message: string) {
    super(code, message);
  }

  /** `{ error, message }`, as the CLI prints it. */
  public toJSON(): { error: ValidatorConfigErrorCode; message: string } {
    return { error: this.code, message: this.message };
  }
}
