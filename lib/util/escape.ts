/**
 * Escaping for everything the CLI prints: terminal text (CI logs) and Markdown (pull-request
 * comments, GITHUB_STEP_SUMMARY). Values that come from manifests, plans or remote IdPs are
 * data: they must not forge log lines, move the cursor, colour the output, or become live
 * Markdown links, images or HTML. Pure: no cdktf, no Node built-ins.
 *
 * @see https://spec.commonmark.org/0.31.2/#code-spans
 * @see https://github.github.com/gfm/#tables-extension-
 */

/** Longest single value shown in a Markdown cell; longer values are cut with `…`. */
export const MAX_VALUE_LENGTH = 100;
/** Most list items shown in a Markdown cell; the rest are counted. */
export const MAX_LIST_ITEMS = 6;

/**
 * C0 and C1 control characters (ESC, CR, BEL, ...), DEL, and the Unicode line separators and
 * bidirectional overrides that reorder or split what a reader sees.
 */
// eslint-disable-next-line no-control-regex -- these control characters are what the escaping removes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, newlines included
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `value` with every control character shown as `\uXXXX`, newlines and tabs included: one
 * value on one line.
 */
export function plain(value: string): string {
  return value.replace(CONTROL_OR_NEWLINE, visible);
}

/**
 * Lines of terminal output joined by newlines, each with its control characters shown as
 * `\uXXXX` (tabs kept): a value holding a newline or an ANSI escape cannot forge another line.
 */
export function plainLines(lines: readonly string[]): string {
  return lines.map((l) => l.replace(CONTROL_OR_NEWLINE, (c) => (c === '\t' ? c : visible(c)))).join('\n');
}

/** Terminal text that may hold newlines of its own (a whole rendered report): only the other control characters are shown as `\uXXXX`. */
export function plainText(value: string): string {
  return value.replace(CONTROL, visible);
}

function cut(value: string, max = MAX_VALUE_LENGTH): string {
  const flat = plain(value.replace(/\s+/g, ' ')).trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function escape(value: string): string {
  return value.replace(/[\\`*_[\]<>|#!~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/**
 * Markdown the project writes itself (rule titles, with their code spans), kept as Markdown but
 * safe in a GFM table cell: pipes escaped. Never for values that came from outside: use
 * {@link text}, {@link code} or {@link inline}.
 */
export function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}

/** Plain text, safe in a Markdown table cell: no newlines, pipes, HTML, links, images or emphasis. */
export function text(value: string, max = 300): string {
  return escape(cut(value, max));
}

/**
 * A Markdown code span, safe in a table cell for any content: the fence is one backtick longer
 * than the longest backtick run inside (CommonMark), padded when the value starts or ends with
 * a backtick, pipes escaped (GFM tables), control characters shown as `\uXXXX`.
 */
export function code(value: string): string {
  const v = tableCell(cut(value));
  const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || v.startsWith(' ') || v.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${v}${pad}${fence}`;
}

/** Text whose `backticked` parts become code spans: for summaries written with backticks. */
export function inline(value: string, max = 300): string {
  return cut(value, max)
    .split('`')
    .map((part, i) => (i % 2 === 1 ? code(part) : escape(part)))
    .join('');
}

/** A bounded, comma-separated list; `—` when empty. */
export function list(values: readonly string[], render: (v: string) => string = code, max = MAX_LIST_ITEMS): string {
  if (values.length === 0) return '—';
  const shown = values.slice(0, max).map(render).join(', ');
  return values.length > max ? `${shown} (+${values.length - max} more)` : shown;
}

/** A Markdown table; empty rows give no table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map((c) => c || '—').join(' | ')} |`),
    '',
  ];
}
