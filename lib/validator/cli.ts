/**
 * The core of `external-oauth validate-token --profiles FILE [--token JWT]` (argument parsing
 * lives in lib/cli). Prints the principal as JSON and returns 0, or prints
 * `{"error":CODE,"message":...}` and returns 1.
 */
import { ValidatorConfigError } from './config-error';
import { TokenValidationError } from './errors';
import type { TokenValidatorOptions } from './options';
import { TokenValidator } from './validator';

/** Largest stdin read, in bytes; anything longer is no token this validator accepts. */
const MAX_STDIN_BYTES = 1024 * 1024;

/** Inputs of {@link runValidateToken}. */
export interface ValidateTokenCommand {
  /** A manifest, `terraform output -json` or `cdktf deploy --outputs-file` document. */
  readonly profilesFile: string;
  /** The token; read from `stdin` when absent. */
  readonly token?: string;
  /** Where the token is read from when `token` is absent (e.g. `process.stdin`). */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  /** Where the result is written (e.g. `process.stdout`). */
  readonly stdout: { write(text: string): unknown };
  /** Validator options (clock, timeouts, ...); the token cache is off for a single validation. */
  readonly validatorOptions?: TokenValidatorOptions;
}

async function readAll(stdin: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buf.length;
    if (total > MAX_STDIN_BYTES) throw new TokenValidationError('token_too_large', 'Token on stdin is too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Validates one token; resolves the exit code (0 accepted, 1 otherwise). Never throws. */
export async function runValidateToken(command: ValidateTokenCommand): Promise<number> {
  const { stdout } = command;
  // The CLI runs where the operator is: a JWKS failure names the URL and the cause (an API's
  // answer to its callers does not).
  const failedFetches: string[] = [];
  const onEvent: TokenValidatorOptions['onEvent'] = (event) => {
    if (event.type === 'jwks_fetch' && !event.ok)
      failedFetches.push(`JWKS ${event.url}: ${event.reason ?? 'failed'}: ${event.message ?? ''}`.trim());
    command.validatorOptions?.onEvent?.(event);
  };
  try {
    const validator = TokenValidator.fromFile(command.profilesFile, { cacheSize: 0, ...command.validatorOptions, onEvent });
    let token = command.token;
    if (token === undefined) token = command.stdin ? await readAll(command.stdin) : '';
    token = token.trim();
    if (token.length === 0) throw new TokenValidationError('missing_token', 'No token given (pass --token or write it to stdin)');
    const principal = await validator.validate(token);
    stdout.write(`${JSON.stringify(principal, null, 2)}\n`);
    return 0;
  } catch (err) {
    const body =
      err instanceof TokenValidationError || err instanceof ValidatorConfigError
        ? err.toJSON()
        : { error: 'EO_CLI_INTERNAL', message: err instanceof Error ? err.message : String(err) };
    if (body.error === 'jwks_unavailable' && failedFetches.length > 0)
      body.message = `${body.message} (${[...new Set(failedFetches)].join('; ')})`;
    stdout.write(`${JSON.stringify(body)}\n`);
    return 1;
  }
}
