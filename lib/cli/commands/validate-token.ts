/**
 * `external-oauth validate-token --profiles FILE [--token JWT]`: wired from the validator
 * (lib/validator/cli), loaded only when this command runs.
 */
import * as path from 'node:path';
import type { CliIo } from '../io';

/** Options of `validate-token`. */
export interface ValidateTokenOptions {
  readonly profiles: string;
  readonly token?: string;
}

/** Runs `validate-token`: prints the principal (exit 0) or `{"error":CODE,...}` (exit 1). */
export async function runValidateTokenCommand(options: ValidateTokenOptions, io: CliIo): Promise<number> {
  const { runValidateToken } = require('../../validator/cli') as typeof import('../../validator/cli');
  return runValidateToken({
    profilesFile: path.resolve(io.cwd, options.profiles),
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.token === undefined && io.stdin ? { stdin: io.stdin as AsyncIterable<string | Uint8Array> } : {}),
    stdout: io.stdout,
  });
}
