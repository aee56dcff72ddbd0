/**
 * CLI errors with stable codes. `runCli` prints `error [CODE]: message` and exits 1.
 */
import type { SimulationErrorCode } from '../simulate/simulate';
import { ExternalOAuthError } from '../util/error';

/** The closed set of CLI error codes. Codes never change meaning once shipped. */
export const CLI_ERROR_CODES = {
  /** Bad arguments: unknown option, bad value, missing required combination. */
  USAGE: 'EO_CLI_USAGE',
  /** A path given on the command line does not exist. */
  NOT_FOUND: 'EO_CLI_NOT_FOUND',
  /** No `external-oauth.json` under the given folder. */
  NO_MANIFESTS: 'EO_CLI_NO_MANIFESTS',
  /** A manifest is not valid JSON or does not fit the schema. */
  INVALID_MANIFEST: 'EO_CLI_INVALID_MANIFEST',
  /** A `terraform show -json` file is not valid plan JSON. */
  INVALID_PLAN: 'EO_CLI_INVALID_PLAN',
  /** The drift state file is not readable or not writable. */
  INVALID_STATE: 'EO_CLI_INVALID_STATE',
  /** An output file could not be written. */
  WRITE_FAILED: 'EO_CLI_WRITE_FAILED',
} as const;

/** One of {@link CLI_ERROR_CODES}. */
export type CliErrorCode = (typeof CLI_ERROR_CODES)[keyof typeof CLI_ERROR_CODES];

/**
 * An expected failure of a CLI command; anything else is a bug and is reported as such.
 * `simulate` passes on the simulation's own codes (`EO_SIM_*`).
 */
export class CliError extends ExternalOAuthError {
  declare public readonly code: CliErrorCode | SimulationErrorCode;

  constructor(code: CliErrorCode | SimulationErrorCode, message: string) {
    super(code, message);
  }
}
