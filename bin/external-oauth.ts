#!/usr/bin/env node
/**
 * The `external-oauth` executable: runs the CLI on this process and sets its exit code.
 */
import type { CliIo } from '../lib/cli/io';
import { runCli } from '../lib/cli/main';

const io: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  // Lazy: only validate-token without --token reads stdin.
  get stdin() {
    return process.stdin;
  },
};

// A reader that stops early (`external-oauth --help | head -1`) closes the pipe: that is not an
// error of this program, so exit quietly instead of printing an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw err;
  });
}

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error [EO_CLI_INTERNAL]: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
