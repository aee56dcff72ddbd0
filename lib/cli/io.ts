/**
 * The process surface the CLI uses, injected so that tests run commands in-process.
 */

/** Anything that accepts text, like `process.stdout`. */
export interface TextSink {
  write(text: string): unknown;
}

/** Where a CLI run reads and writes. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths in arguments are resolved against it. */
  readonly cwd: string;
  /** Standard input, for commands that read a value from it (validate-token). */
  readonly stdin?: NodeJS.ReadableStream;
}

/** What a command's action needs: where it reads and writes, and where its exit code goes. */
export interface CommandContext {
  readonly io: CliIo;
  setExitCode(code: number): void;
}

/** The exit codes of every command. */
export const EXIT = {
  /** Clean: nothing to report. */
  OK: 0,
  /** An error: bad usage, unreadable input, unsuppressed check errors. */
  ERROR: 1,
  /** `drift` found a difference between what is declared and what runs. */
  DRIFT: 2,
  /** `drift` could not check everything (an issuer or JWKS unreachable) and found no drift. */
  UNCHECKED: 3,
} as const;
