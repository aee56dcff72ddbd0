/**
 * The `external-oauth` CLI: argument parsing only. Each command's implementation is required
 * inside its action, so `--help` loads nothing but commander, and no command loads cdktf.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CLI_ERROR_CODES, CliError } from './errors';
import { EXIT, type CliIo } from './io';
import { plainText } from '../util/escape';

/** Parses `argv` (without `node` and the script) and runs the command; resolves the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    // Commander already printed its message through outputError (below).
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.ERROR;
    if (err instanceof CliError) {
      io.stderr.write(`error [${err.code}]: ${plainText(err.message)}\n`);
      return EXIT.ERROR;
    }
    io.stderr.write(`error [EO_CLI_INTERNAL]: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.ERROR;
  }
}

/** Largest `--timeout`: Node turns a timer delay above 2^31-1 ms into 1 ms; ten minutes is plenty for one HTTP request. */
export const MAX_TIMEOUT_MS = 600_000;
/** Largest `--concurrency`. */
export const MAX_CONCURRENCY = 64;

function positiveInt(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`${name} must be an integer from 1 to ${max} (received ${JSON.stringify(value)})`);
    return n;
  };
}

/** Commander's own messages (`error: unknown option '--x'`) in the CLI's `error [EO_CLI_USAGE]: ...` form. */
function usageError(message: string): string {
  return message.replace(/^error: /, `error [${CLI_ERROR_CODES.USAGE}]: `);
}

function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('external-oauth')
    .description('Review, check and drift-detect the external OAuth trust that cdktf-external-oauth synthesizes.')
    .version(readVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(usageError(s)) })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExit codes: 0 clean, 1 error (or unsuppressed check errors), 2 drift, 3 drift could not be checked (an issuer unreachable, nothing drifted).\nDIR: a cdktf.out folder, a project folder holding cdktf.out (or the cdktf.json "output" folder), a stack folder or one external-oauth.json (default: the current folder).');

  program
    .command('review')
    .description('Review the identity posture per issuer; with --base, the changes since the base synth output ranked by risk.')
    .argument('[DIR]', 'synth output to review (default: the current folder)')
    .option('--base <DIR>', 'synth output of the base branch to diff against (must hold manifests)')
    .option('--base-empty', 'diff against an empty base: every declared item is new (first adoption)')
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .option('--out <FILE>', 'write to FILE instead of stdout')
    .option('--simulate', 'embed the simulated access matrix (and its base..head difference); starts local OpenID providers on 127.0.0.1')
    .action(async (dir: string | undefined, opts: { base?: string; baseEmpty?: boolean; format: 'markdown' | 'json'; out?: string; simulate?: boolean }) => {
      const { runReview } = require('./commands/review') as typeof import('./commands/review');
      setCode(await runReview({ ...opts, ...(dir ? { dir } : {}) }, io));
    });

  program
    .command('check')
    .description('Print the synth findings of the manifests; exit 1 on unsuppressed errors.')
    .argument('[DIR]', 'synth output to check (default: the current folder)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--out <FILE>', 'write to FILE instead of stdout')
    .action(async (dir: string | undefined, opts: { format: 'text' | 'json' | 'sarif'; out?: string }) => {
      const { runCheck } = require('./commands/check') as typeof import('./commands/check');
      setCode(runCheck({ ...opts, ...(dir ? { dir } : {}) }, io));
    });

  program
    .command('drift')
    .description("Compare what is declared with what runs: the issuers' live metadata and JWKS (--live), the Terraform plan (--plan).")
    .argument('[DIR]', 'synth output that declares the issuers (default: the current folder)')
    .option('--live', "fetch each issuer's discovery document and JWKS and compare")
    .option('--plan <PLAN_JSON>', 'terraform show -json output to scan for identity resource drift and pending changes')
    .option('--state <FILE>', 'key state file for rotation checks with --live (read, then updated)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--concurrency <N>', 'issuers checked at once', positiveInt('--concurrency', MAX_CONCURRENCY), 4)
    .option('--timeout <MS>', 'timeout of each HTTP request in milliseconds', positiveInt('--timeout', MAX_TIMEOUT_MS), 5000)
    .option('--out <FILE>', 'write to FILE instead of stdout')
    .action(async (dir: string | undefined, opts: { live?: boolean; plan?: string; state?: string; format: 'text' | 'markdown' | 'json'; concurrency: number; timeout: number; out?: string }) => {
      const { runDrift } = require('./commands/drift') as typeof import('./commands/drift');
      setCode(await runDrift({ ...opts, ...(dir ? { dir } : {}) }, io));
    });

  program
    .command('simulate')
    .description('Simulate who gets in where: local OpenID providers shaped like the declared issuers mint tokens for every client, user and flow; prints the access matrix per trust, with negative probes.')
    .argument('[DIR]', 'synth output to simulate (default: the current folder)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--no-probes', 'skip the negative probes')
    .option('--out <FILE>', 'write to FILE instead of stdout')
    .action(async (dir: string | undefined, opts: { format: 'text' | 'markdown' | 'json'; probes: boolean; out?: string }) => {
      const { runSimulate } = require('./commands/simulate') as typeof import('./commands/simulate');
      setCode(await runSimulate({ ...opts, ...(dir ? { dir } : {}) }, io));
    });

  program
    .command('validate-token')
    .description('Validate a bearer token against the synthesized profiles; prints the principal, or {"error":CODE,"message":...} and exits 1.')
    .requiredOption('--profiles <FILE>', 'a manifest, or terraform output -json / cdktf deploy --outputs-file output')
    .option('--token <JWT>', 'the token (default: read from stdin)')
    .action(async (opts: { profiles: string; token?: string }) => {
      const { runValidateTokenCommand } = require('./commands/validate-token') as typeof import('./commands/validate-token');
      setCode(await runValidateTokenCommand(opts, io));
    });

  return program;
}

function readVersion(): string {
  return (require('../version') as typeof import('../version')).VERSION;
}
