/**
 * Where a construct was declared in the user's program (file and line), captured when it
 * registers, so that findings and SARIF results can point at the declaration.
 */
import * as path from 'node:path';

import { IConstruct } from 'constructs';

/** A position in a source file; `file` is relative to the working directory when inside it. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
}

const locations = new WeakMap<IConstruct, SourceLocation>();
const LIBRARY_ROOT = path.resolve(__dirname, '..');

/** Records the first stack frame outside this library and node_modules as `construct`'s source. */
export function captureSourceLocation(construct: IConstruct): void {
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n').slice(1)) {
    const match = /\(?((?:[A-Za-z]:)?[^():]+):(\d+):\d+\)?$/.exec(line.trim());
    if (!match) continue;
    const file = match[1];
    if (file.startsWith('node:') || file.includes(`${path.sep}node_modules${path.sep}`) || file.startsWith(LIBRARY_ROOT + path.sep))
      continue;
    const relative = path.relative(process.cwd(), file);
    locations.set(construct, { file: relative.startsWith('..') ? file : relative.split(path.sep).join('/'), line: Number(match[2]) });
    return;
  }
}

/** The source location recorded for `construct`, if any. */
export function sourceLocationOf(construct: IConstruct): SourceLocation | undefined {
  return locations.get(construct);
}
