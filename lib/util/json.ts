/**
 * JSON from files for the CLI (manifests, plans, state files): errors give the position, never
 * the file's content (a manifest path may point at a secret), and nesting is bounded before
 * anything walks the value recursively. Pure: no cdktf, no Node built-ins.
 */
import { ExternalOAuthError } from './error';

/** Why a JSON text was refused; the message names the position and the rule, never the content. */
export class JsonInputError extends ExternalOAuthError {
  declare public readonly code: 'EO_INVALID_JSON';

  constructor(message: string) {
    super('EO_INVALID_JSON', message);
  }
}

/** Line and column (1-based) of `offset` in `text`. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return `line ${line} column ${column}`;
}

/**
 * The offset where `text` first nests deeper than `maxDepth` arrays and objects, or -1.
 * Iterative: a document 100,000 levels deep costs one pass, not a stack overflow.
 */
export function depthExceededAt(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return i;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return -1;
}

/** Options of {@link parseJsonText}. */
export interface ParseJsonOptions {
  /** Deepest nesting of arrays and objects accepted. */
  readonly maxDepth: number;
}

/**
 * `JSON.parse(text)`, refusing documents nested deeper than `maxDepth`. Errors say where
 * (line and column when the parser tells the offset) and what, without quoting the text.
 */
export function parseJsonText(text: string, options: ParseJsonOptions): unknown {
  const deep = depthExceededAt(text, options.maxDepth);
  if (deep >= 0) throw new JsonInputError(`nests deeper than ${options.maxDepth} levels at ${lineColumn(text, deep)}`);
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /at position (\d+)/.exec(message);
    if (at) return fail(`invalid JSON at ${lineColumn(text, Number(at[1]))}`);
    if (/end of JSON input/i.test(message) || text.trim() === '') return fail('invalid JSON: the text ends before the value does');
    return fail('invalid JSON: an unexpected character');
  }
}

function fail(message: string): never {
  throw new JsonInputError(message);
}
