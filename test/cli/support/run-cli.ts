/**
 * Runs the CLI in-process with captured output.
 */
import { Readable } from 'node:stream';

import { runCli } from '../../../lib/cli/main';

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `external-oauth <argv>` with `cwd` (default: the process cwd) and optional stdin text. */
export async function cli(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.stdin === undefined ? {} : { stdin: Readable.from([options.stdin]) }),
  });
  return { code, stdout, stderr };
}
