/**
 * Writes a command's output to stdout or to `--out FILE`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI_ERROR_CODES, CliError } from './errors';
import type { CliIo } from './io';

/** Writes `content` to `out` (resolved against the cwd) or to stdout. */
export function writeOutput(content: string, io: CliIo, out?: string): void {
  if (!out) {
    io.stdout.write(content);
    return;
  }
  const file = path.resolve(io.cwd, out);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  } catch (err) {
    throw new CliError(CLI_ERROR_CODES.WRITE_FAILED, `cannot write ${out}: ${(err as Error).message}`);
  }
}

/** JSON with a trailing newline. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
