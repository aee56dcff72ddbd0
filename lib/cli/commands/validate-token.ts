/**
 * `external-oauth validate-token --profiles FILE [--token JWT]`: wired from the validator
 * (lib/validator/cli), loaded only when this command runs.
 */
import * as path from 'node:path';

import { Command } from 'commander';

import type { CliIo, CommandContext } from '../io';

/** Options of `validate-token`. */
export interface ValidateTokenOptions {
  readonly profiles: string;
  readonly token?: string;
}

/** The `validate-token` command; its implementation loads when it runs. */
export function validateTokenCommand({ io, setExitCode }: CommandContext): Command {
  return new Command('validate-token')
    .description(
      'Validate a bearer token against the synthesized profiles; prints the principal, or {"error":CODE,"message":...} and exits 1.',
    )
    .requiredOption('--profiles <FILE>', 'a manifest, or terraform output -json / cdktf deploy --outputs-file output')
    .option('--token <JWT>', 'the token (default: read from stdin)')
    .action(async (opts: ValidateTokenOptions) => {
      setExitCode(await runValidateTokenCommand(opts, io));
    });
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
