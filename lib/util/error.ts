/**
 * The one error family: every error this package throws extends {@link ExternalOAuthError} and
 * carries a stable `code` (as jose's `JOSEError` does). Tell errors apart with `instanceof` and
 * `code`, never with `name` or the message. Pure: no cdktf import, so that the validator, review,
 * drift, simulation and CLI share it.
 *
 * Codes are upper snake case with the `EO_` prefix (`EO_INVALID_NAME`, `EO_CLI_USAGE`,
 * `EO_SIM_PROVIDER_FAILED`), except the token validation codes (`token_expired`), which stay
 * lower snake case: they go out over HTTP beside the RFC 6750 error values
 * (https://www.rfc-editor.org/rfc/rfc6750#section-3.1).
 */
export class ExternalOAuthError extends Error {
  constructor(
    /** The stable code; documented codes never change meaning once shipped. */
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
