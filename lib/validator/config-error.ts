/**
 * Errors in the validator's configuration: the profiles file, a profile, or an option.
 * Thrown when a {@link TokenValidator} is built, never while validating a token.
 */

/** Every configuration error code. */
export const CONFIG_ERROR_CODES = [
  /** The profiles file cannot be read. */
  'profiles_file_unreadable',
  /** The profiles file is not JSON, or a manifest that does not fit the schema. */
  'profiles_file_invalid',
  /** The file holds no profiles (no manifest, no `external_oauth_profiles` output). */
  'profiles_not_found',
  /** A profile still holds Terraform expressions (`${...}`): deploy first, pass the outputs file. */
  'profile_unresolved',
  /** A profile does not fit the profile schema. */
  'profile_invalid',
  /** Two profiles share a name, or an (issuer, clientId) pair. */
  'profile_duplicate',
  /** The JWKS URL is not https (http is allowed for loopback hosts only), or has credentials. */
  'profile_insecure_jwks_url',
  /** A multi-tenant issuer (`common`, `organizations`, `consumers`, `{tenantid}`) or an Entra issuer without a tenant id. */
  'profile_untrusted_issuer',
  /** A validator option is out of range. */
  'invalid_option',
] as const;

/** A stable configuration error code. */
export type ConfigErrorCode = (typeof CONFIG_ERROR_CODES)[number];

/** The validator cannot be built from this configuration. */
export class ValidatorConfigError extends Error {
  constructor(
    public readonly code: ConfigErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ValidatorConfigError';
  }

  /** `{ error, message }`, as the CLI prints it. */
  public toJSON(): { error: ConfigErrorCode; message: string } {
    return { error: this.code, message: this.message };
  }
}
