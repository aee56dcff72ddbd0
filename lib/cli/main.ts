/**
 * The `external-oauth` CLI: the program and its shared settings. Each command is one module
 * (`./commands/<name>`) that declares its arguments and options and loads its implementation
 * only when it runs, so `--help` loads nothing but commander, and no command loads cdktf.
 */
import { Command, CommanderError } from 'commander';

import { plainText } from '../util/escape';
import { checkCommand } from './commands/check';
import { driftCommand } from './commands/drift';
import { reviewCommand } from './commands/review';
import { simulateCommand } from './commands/simulate';
import { validateTokenCommand } from './commands/validate-token';
import { CLI_ERROR_CODES, CliError } from './errors';
import { type CliIo, type CommandContext, EXIT } from './io';

/** Parses `argv` (without `node` and the script) and runs the command; resolves the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram({ io, setExitCode: (c) => (code = c) });
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

/** Commander's own messages (`error: unknown option '--x'`) in the CLI's `error [EO_CLI_USAGE]: ...` form. */
function usageError(message: string): string {
  return message.replace(/^error: /, `error [${CLI_ERROR_CODES.USAGE}]: `);
}

function buildProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('external-oauth')
    .description('Review, check and drift-detect the external OAuth trust that cdktf-external-oauth synthesizes.')
    .version(readVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(usageError(s)),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 clean, 1 error (or unsuppressed check errors), 2 drift, 3 drift could not be checked (an issuer unreachable, nothing drifted).\nDIR: a cdktf.out folder, a project folder holding cdktf.out (or the cdktf.json "output" folder), a stack folder or one external-oauth.json (default: the current folder).',
    );
  // addCommand does not copy the program's settings (output, exit override, help after error) as command() does.
  for (const command of [reviewCommand, checkCommand, driftCommand, simulateCommand, validateTokenCommand]) {
    program.addCommand(command(context).copyInheritedSettings(program));
  }
  return program;
}

function readVersion(): string {
  return (require('../version') as typeof import('../version')).VERSION;
}
