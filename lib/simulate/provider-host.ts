/**
 * Parent side of the local OpenID providers: forks `provider-server` (the compiled `.js` next
 * to this file, or the `.ts` source through `tsx` when running from sources under Jest or tsx),
 * speaks the IPC protocol, and always stops what it started.
 *
 * Every process started here is tracked until it has exited; {@link liveProviderPids} lists
 * the ones still running (tests assert it is empty).
 */
import { ChildProcess, fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { ExternalOAuthError } from '../util/error';
import type { ChildMessage, MintRequest, MintResult, ProviderConfig } from './provider-protocol';
import { FAIL_START_FLAG } from './provider-protocol';

/** A provider process failed to start, to configure, or to answer. */
export class ProviderProcessError extends ExternalOAuthError {
  declare public readonly code: 'EO_SIM_PROVIDER_PROCESS';

  constructor(
    message: string,
    /** What the provider process wrote to stderr. */
    public readonly stderr: string,
  ) {
    super('EO_SIM_PROVIDER_PROCESS', message);
  }
}

const live = new Set<ChildProcess>();

/** Pids of provider processes started by this module that have not exited yet. */
export function liveProviderPids(): number[] {
  return [...live].map((c) => c.pid).filter((pid): pid is number => pid !== undefined);
}

/** How to run the server script: the compiled `.js` with plain node, or the `.ts` source with tsx. */
export function serverScript(dir: string = __dirname): { file: string; execArgv: string[] } {
  const js = path.join(dir, 'provider-server.js');
  if (fs.existsSync(js)) return { file: js, execArgv: ['--no-warnings'] };
  const ts = path.join(dir, 'provider-server.ts');
  if (fs.existsSync(ts)) {
    // Sources (Jest, tsx): tsx's CommonJS hook only, resolved from here (not from the cwd); the
    // dynamic import of oidc-provider then runs on Node's own ESM loader, without hooks.
    let tsx: string;
    try {
      tsx = require.resolve('tsx/cjs');
    } catch {
      throw new ProviderProcessError(
        'running the simulation from TypeScript sources needs the tsx package (or build with tsc and run dist/)',
        '',
      );
    }
    return { file: ts, execArgv: ['--no-warnings', '--require', tsx] };
  }
  throw new ProviderProcessError(`provider-server script not found in ${dir}`, '');
}

/** Options of {@link startProviderProcess}. */
export interface StartOptions {
  /** Milliseconds to wait for the process to listen. */
  readonly timeoutMs: number;
  /** Fault injection: the process exits before listening. */
  readonly failStart?: boolean;
  /** A label for error messages (the issuer). */
  readonly label: string;
}

/** A running provider process. */
export class ProviderProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private stderrText = '';
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    public readonly port: number,
    public readonly label: string,
    exited: Promise<void>,
  ) {
    this.exited = exited;
    child.on('message', (msg: ChildMessage) => {
      if (!('id' in msg)) return;
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!p) return;
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new ProviderProcessError(`${label}: ${msg.error}`, this.stderrText));
    });
    child.once('exit', () => {
      for (const p of this.pending.values()) p.reject(new ProviderProcessError(`${label}: the provider process exited`, this.stderrText));
      this.pending.clear();
    });
  }

  /** The child's pid. */
  public get pid(): number | undefined {
    return this.child.pid;
  }

  /** `http://127.0.0.1:<port>`. */
  public get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What the process wrote to stderr so far. */
  public get stderr(): string {
    return this.stderrText;
  }

  /** Forks the server script and waits until it listens. Kills the process on any failure. */
  public static async start(options: StartOptions): Promise<ProviderProcess> {
    const script = serverScript();
    const child = fork(script.file, options.failStart ? [FAIL_START_FLAG] : [], {
      execPath: process.execPath,
      execArgv: script.execArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // The loader flags are in execArgv; inherited NODE_OPTIONS (Jest's, a second --import tsx) would load them twice.
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    live.add(child);
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    }).then(() => {
      live.delete(child);
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new ProviderProcessError(`${options.label}: the provider did not start within ${options.timeoutMs} ms`, stderr)),
          options.timeoutMs,
        );
        child.once('error', (err) => {
          clearTimeout(timer);
          reject(new ProviderProcessError(`${options.label}: cannot start the provider process: ${err.message}`, stderr));
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(
            new ProviderProcessError(
              `${options.label}: the provider process exited before listening (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`,
              stderr,
            ),
          );
        });
        child.on('message', (msg: ChildMessage) => {
          if ('type' in msg && msg.type === 'ready') {
            clearTimeout(timer);
            resolve(msg.port);
          }
        });
      });
      const proc = new ProviderProcess(child, port, options.label, exited);
      child.stderr?.on('data', (d: string) => (proc.stderrText += d));
      proc.stderrText = stderr;
      return proc;
    } catch (err) {
      await killAndWait(child, exited);
      throw err;
    }
  }

  private call<T>(message: Record<string, unknown>, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!this.child.connected) {
        reject(new ProviderProcessError(`${this.label}: the provider process is not running`, this.stderrText));
        return;
      }
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new ProviderProcessError(`${this.label}: no answer within ${timeoutMs} ms`, this.stderrText));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.child.send({ id, ...message });
    });
  }

  /** Builds the provider inside the process. */
  public configure(config: ProviderConfig, timeoutMs: number): Promise<void> {
    return this.call<void>({ type: 'configure', config }, timeoutMs);
  }

  /** Obtains one access token from the provider. */
  public mint(request: MintRequest, timeoutMs: number): Promise<MintResult> {
    return this.call<MintResult>({ type: 'mint', request }, timeoutMs);
  }

  /** Asks the process to stop, kills it after a grace period, and waits until it has exited. */
  public async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null && this.child.connected) {
      try {
        this.child.send({ type: 'stop' });
      } catch {
        // the channel closed meanwhile: killed below
      }
    }
    await killAndWait(this.child, this.exited, 1000);
  }
}

/** Waits up to `graceMs` for the process to exit, then kills it (SIGKILL) and waits for the exit. */
async function killAndWait(child: ChildProcess, exited: Promise<void>, graceMs = 0): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
    const result = await Promise.race([exited.then(() => 'exited' as const), grace]);
    clearTimeout(timer);
    if (result === 'timeout') child.kill('SIGKILL');
  }
  await exited;
  if (child.connected) child.disconnect();
  child.stderr?.destroy();
}
