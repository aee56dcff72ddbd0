/**
 * Turns a construct configuration error thrown while the synth program runs into one line on
 * stderr (`error: [path] field: rule (received X) [CODE]`, the rule saying what to change) and
 * exit code 1, without a stack trace. `--verbose` or EXTERNAL_OAUTH_VERBOSE=1 adds the stack.
 * Any other error is printed with its stack, as Node would.
 */
import { ExternalOAuthConfigError } from '../lib/core/errors';

/** The process surface used (injected by tests). */
export interface AppProcess {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stderr: { write(text: string): unknown };
  on(event: 'uncaughtException', listener: (err: unknown) => void): unknown;
  exit(code: number): never;
}

/** What is printed for `err`. */
export function configErrorText(err: unknown, verbose: boolean): string {
  if (!(err instanceof ExternalOAuthConfigError)) return `${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`;
  return `error: ${err.message}\n${verbose ? `${err.stack ?? ''}\n` : '(run with --verbose or EXTERNAL_OAUTH_VERBOSE=1 for the stack trace)\n'}`;
}

/** Installs the handler: call first thing in the synth program. */
export function exitOnConfigError(proc: AppProcess = process): void {
  proc.on('uncaughtException', (err) => {
    proc.stderr.write(configErrorText(err, proc.argv.includes('--verbose') || proc.env.EXTERNAL_OAUTH_VERBOSE === '1'));
    proc.exit(1);
  });
}
