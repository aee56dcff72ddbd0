/**
 * Writes a file without following symlinks: the content goes to a temp file created
 * exclusively (O_CREAT | O_EXCL, a random name) in the target's own folder, which is then
 * renamed over the target. A symlink planted at the target or at a guessable temp name is
 * replaced or refused, never written through. The folder must exist: a mistyped path is an
 * error, not a silently created tree.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { ExternalOAuthError } from './error';

/** Why a file could not be written; the message names the path and the cause. */
export class WriteFileError extends ExternalOAuthError {
  declare public readonly code: 'EO_WRITE_FAILED';

  constructor(message: string) {
    super('EO_WRITE_FAILED', message);
  }
}

/** Writes `content` to `file` atomically (temp file + rename) without following symlinks. */
export function writeFileSafely(file: string, content: string, options: { mode?: number } = {}): void {
  const dir = path.dirname(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new WriteFileError(`the folder ${dir} does not exist: create it first`);
  }
  if (!stat.isDirectory()) throw new WriteFileError(`${dir} is not a folder`);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, options.mode ?? 0o644);
    fs.writeFileSync(fd, content);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw new WriteFileError(`cannot write ${file}: ${(err as Error).message}`);
  }
}
