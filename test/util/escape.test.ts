import { code, inline, list, table, tableCell, text } from '../../lib/util/escape';

describe('Markdown helpers', () => {
  test('text escapes pipes, HTML and emphasis and flattens newlines', () => {
    expect(text('a|b\n<script> *x*')).toBe('a\\|b &lt;script&gt; \\*x\\*');
  });

  test('code keeps a value with backticks and pipes inside one code span', () => {
    expect(code('a|b`c')).toBe('`` a\\|b`c ``');
  });

  test('inline turns backticked parts into code spans and keeps the spaces around them', () => {
    expect(inline('response type `token` added')).toBe('response type `token` added');
  });

  test('cuts long values and long lists', () => {
    expect(code('x'.repeat(150))).toBe(`\`${'x'.repeat(99)}…\``);
    expect(list(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('`a`, `b`, `c`, `d`, `e`, `f` (+1 more)');
    expect(list([])).toBe('—');
  });

  test('a table without rows is no table', () => {
    expect(table(['A'], [])).toEqual([]);
    expect(table(['A', 'B'], [['1', '']])).toEqual(['| A | B |', '|---|---|', '| 1 | — |', '']);
  });
});

describe('tableCell', () => {
  test("keeps the project's own Markdown (code spans) and escapes only pipes", () => {
    expect(tableCell('`a|b` or *c*')).toBe('`a\\|b` or *c*');
    expect(tableCell('no pipes')).toBe('no pipes');
  });
});
