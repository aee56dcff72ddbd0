/**
 * `external-oauth validate-token --profiles FILE [--token JWT]`: wired from the validator
 * (lib/validator/cli), loaded only when this command runs.
 */
import * as path from 'node:path';
import { CLI_ERROR_CODES, CliError } from '../errors';
import type { CliIo } from '../io';

/** Options of `validate-token`. */
export interface ValidateTokenOptions {
  readonly profiles: string;
  readonly token?: string;
}

type ValidatorCli = {
  runValidateToken(command: {
    profilesFile: string;
    token?: string;
    stdin?: AsyncIterable<string | Uint8Array>;
    stdout: { write(text: string): unknown };
  }): Promise<number>;
};

function loadValidatorCli(): ValidatorCli {
  let mod: Partial<ValidatorCli>;
  try {
    mod = require('../../validator/cli') as Partial<ValidatorCli>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && /validator[\\/]cli/.test((err as Error).message)) {
      throw new CliError(CLI_ERROR_CODES.UNAVAILABLE, 'validate-token is not part of this build (lib/validator/cli is missing)');
    }
    throw err;
  }
  if (typeof mod.runValidateToken !== 'function') throw new CliError(CLI_ERROR_CODES.UNAVAILABLE, 'validate-token: lib/validator/cli does not export runValidateToken');
  return mod as ValidatorCli;
}

/** Runs `validate-token`: prints the principal (exit 0) or `{"error":CODE,...}` (exit 1). */
export async function runValidateTokenCommand(options: ValidateTokenOptions, io: CliIo): Promise<number> {
  const { runValidateToken } = loadValidatorCli();
  return runValidateToken({
    profilesFile: path.resolve(io.cwd, options.profiles),
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.token === undefined && io.stdin ? { stdin: io.stdin as AsyncIterable<string | Uint8Array> } : {}),
    stdout: io.stdout,
  });
}
