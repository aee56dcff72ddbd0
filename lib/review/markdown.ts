/**
 * Markdown helpers for output that lands in pull-request comments and GITHUB_STEP_SUMMARY:
 * escaped table cells, bounded lists, no line longer than it must be.
 */

/** Longest single value shown in a cell; longer values are cut with `…`. */
export const MAX_VALUE_LENGTH = 100;
/** Most list items shown in a cell; the rest are counted. */
export const MAX_LIST_ITEMS = 6;

function cut(value: string, max = MAX_VALUE_LENGTH): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function escape(value: string): string {
  return value.replace(/[\\`*_[\]<>|#]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** Plain text, safe in a table cell: no newlines, pipes, HTML or emphasis markers. */
export function text(value: string, max = 300): string {
  return escape(cut(value, max));
}

/** A code span, safe in a table cell. */
export function code(value: string): string {
  const v = cut(value).replace(/\|/g, '\\|');
  return v.includes('`') ? `\`\` ${v} \`\`` : `\`${v}\``;
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
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map((c) => c || '—').join(' | ')} |`), ''];
}
