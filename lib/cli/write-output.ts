/**
 * Writes a command's output to stdout or to `--out FILE`.
 */
import * as path from 'node:path';

import { writeFileSafely } from '../util/write-file';
import { CLI_ERROR_CODES, CliError } from './errors';
import type { CliIo } from './io';

/** Writes `content` to `out` (resolved against the cwd; its folder must exist; symlinks are not followed) or to stdout. */
export function writeOutput(content: string, io: CliIo, out?: string): void {
  if (!out) {
    io.stdout.write(content);
    return;
  }
  const file = path.resolve(io.cwd, out);
  try {
    writeFileSafely(file, content);
  } catch (err) {
    throw new CliError(CLI_ERROR_CODES.WRITE_FAILED, `--out ${out}: ${(err as Error).message}`);
  }
}

/** JSON with a trailing newline. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
