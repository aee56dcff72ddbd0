/**
 * The runtime parts (validator, review, drift, simulate, CLI) must never load cdktf or
 * constructs (DESIGN.md): cdktf is archived and costs start-up time. This test follows every
 * import transitively, statically from the TypeScript sources, and dynamically in a fresh
 * Node process on the compiled output when it exists.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const RUNTIME_DIRS = ['lib/validator', 'lib/review', 'lib/drift', 'lib/simulate', 'lib/cli', 'bin'];
const FORBIDDEN = /^(cdktf|cdktn|constructs|@cdkt[fn]\/)/;
// `import type` / `export type` are erased by TypeScript and load nothing: not followed.
const IMPORT =
  /(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(abs, f));
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every forbidden package reachable from `entry`, with the chain of files that leads to it. */
function forbiddenImports(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8').replace(/^\s*(\/\/.*|\/?\*.*)$/gm, '');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const rel = [...chain, path.relative(ROOT, file)];
      if (FORBIDDEN.test(spec)) found.push(`${rel.join(' -> ')} -> ${spec}`);
      else if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next) visit(next, rel);
      }
    }
  };
  visit(entry, []);
  return found;
}

describe('runtime parts never import cdktf or constructs', () => {
  const files = RUNTIME_DIRS.flatMap(sourceFiles);

  test('there are runtime sources to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test('the import scan detects a forbidden import (self-check)', () => {
    expect(forbiddenImports(path.join(ROOT, 'lib/manifest/manifest-writer.ts')).join('\n')).toMatch(/-> cdkt[fn]/);
  });

  test.each(['lib/manifest/index.ts', 'lib/checks/index.ts', 'lib/util/error.ts'])('the cdktf-free entry %s', (entry) => {
    expect(forbiddenImports(path.join(ROOT, entry))).toEqual([]);
  });

  test.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    expect(forbiddenImports(file)).toEqual([]);
  });

  const compiled = [
    'dist/lib/validator/index.js',
    'dist/lib/manifest/index.js',
    'dist/lib/checks/index.js',
    'dist/lib/cli/main.js',
    'dist/lib/review/index.js',
    'dist/lib/drift/index.js',
    'dist/lib/simulate/index.js',
  ].filter((f) => fs.existsSync(path.join(ROOT, f)));
  const runCompiled = compiled.length > 0 ? test : test.skip;
  runCompiled(
    `compiled entry points load no cdktf or constructs module (${compiled.join(', ') || 'SKIPPED: run npm run build first'})`,
    () => {
      const script = `${compiled.map((f) => `require(${JSON.stringify(path.join(ROOT, f))});`).join('')}
      const bad = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](cdktf|cdktn|constructs|@cdkt[fn])[\\\\/]/.test(k));
      process.stdout.write(JSON.stringify(bad));`;
      const res = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      expect(res.stderr).toBe('');
      expect(JSON.parse(res.stdout)).toEqual([]);
    },
  );
});
