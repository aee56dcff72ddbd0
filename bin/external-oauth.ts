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

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error [EO_CLI_INTERNAL]: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
