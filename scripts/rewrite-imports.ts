/**
 * Rewrites imports of the CDK framework and of prebuilt provider bindings to the library's own
 * modules, so that lib/framework.ts stays the only module naming the framework:
 *   'cdktf' | 'cdktn' | '<fw>/lib/_tokens' | '<fw>/lib/synthesize/synthesizer'  -> lib/framework
 *   '<fw>/lib/testing/adapters/jest'                                           -> test/support/framework-jest
 *   '@cdktf/provider-<p>/lib/<m>' | '@cdktn/provider-<p>/lib/<m>'              -> lib/providers/<p>/<m>
 * in `from '...'`, `import '...'`, `import('...')` and `require('...')`, under lib, examples,
 * stacks, test, bench and scripts. Examples are programs a user copies, so there the targets are
 * the package's public entry points (`cdktf-external-oauth/framework`,
 * `cdktf-external-oauth/providers/<p>/<m>`), which tsconfig `paths` and jest's
 * `moduleNameMapper` map to the sources. Idempotent: a second run changes nothing.
 *
 *   node --import tsx scripts/rewrite-imports.ts          rewrite in place, list changed files
 *   node --import tsx scripts/rewrite-imports.ts --check  exit 1 when a file would change
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { writeFileSafely } from '../lib/util/write-file';
import { FRAMEWORK_FILES } from './framework';

const ROOT = path.resolve(__dirname, '..');
export const REWRITE_DIRS = ['lib', 'examples', 'stacks', 'test', 'bench', 'scripts'];
/** Files that name the framework or the prebuilt packages on purpose (check-flavours.ts writes consumer programs). */
export const EXEMPT = [
  ...FRAMEWORK_FILES,
  'lib/providers/',
  'scripts/providers/',
  'scripts/framework.ts',
  'scripts/rewrite-imports.ts',
  'scripts/check-flavours.ts',
  'test/providers/',
  'test/framework/',
];

const SPEC =
  /(\bfrom\s+|\bimport\s+|\bimport\(\s*|\brequire\(\s*)(['"])((?:cdktf|cdktn)(?:\/lib\/[\w/-]+)?|@cdkt[fn]\/provider-[\w-]+\/lib\/[\w-]+)\2/g;

/** The package's name for a library module, as examples import it. */
const PUBLIC_NAME = 'cdktf-external-oauth';
/** A relative import of lib/framework or lib/providers/... (an example written before this rule). */
const RELATIVE_LIB = /(\bfrom\s+|\bimport\s+|\bimport\(\s*|\brequire\(\s*)(['"])(?:\.\.\/)+lib\/(framework|providers\/[\w-]+\/[\w-]+)\2/g;

function isExample(file: string): boolean {
  return path.relative(ROOT, file).split(path.sep)[0] === 'examples';
}

function rel(fromFile: string, target: string): string {
  if (isExample(fromFile) && target.startsWith('lib/')) return `${PUBLIC_NAME}/${target.slice('lib/'.length)}`;
  let r = path.relative(path.dirname(fromFile), path.join(ROOT, target)).split(path.sep).join('/');
  if (!r.startsWith('.')) r = './' + r;
  return r;
}

/** The library module that replaces `spec`, or undefined when it has none. */
function targetOf(spec: string): string | undefined {
  const p = /^@cdkt[fn]\/provider-([\w-]+)\/lib\/([\w-]+)$/.exec(spec);
  if (p) return `lib/providers/${p[1]}/${p[2]}`;
  const f = /^(?:cdktf|cdktn)(\/lib\/[\w/-]+)?$/.exec(spec);
  if (!f) return undefined;
  if (!f[1] || f[1] === '/lib/_tokens' || f[1] === '/lib/synthesize/synthesizer') return 'lib/framework';
  if (f[1] === '/lib/testing/adapters/jest') return 'test/support/framework-jest';
  return undefined; // another internal: left for a person to map
}

/** `text` with its framework and provider imports rewritten for a file at `file`. */
export function rewriteImports(text: string, file: string): string {
  const next = text.replace(SPEC, (all, lead: string, q: string, spec: string) => {
    const target = targetOf(spec);
    return target ? `${lead}${q}${rel(file, target)}${q}` : all;
  });
  return isExample(file)
    ? next.replace(RELATIVE_LIB, (_all, lead: string, q: string, target: string) => `${lead}${q}${PUBLIC_NAME}/${target}${q}`)
    : next;
}

/** Framework or prebuilt-provider module specifiers that `text` still names. */
export function frameworkImports(text: string): string[] {
  return [...text.matchAll(SPEC)].map((m) => m[3]);
}

export function isExempt(relPath: string): boolean {
  return EXEMPT.some((e) => (e.endsWith('/') ? relPath.startsWith(e) : relPath === e));
}

/** TypeScript files under the rewrite folders (relative paths), skipping node_modules and outputs. */
export function sourceFiles(root = ROOT): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (!['node_modules', 'cdktf.out', 'dist'].includes(e.name)) walk(p);
      } else if (/\.(ts|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const d of REWRITE_DIRS) if (fs.existsSync(path.join(root, d))) walk(d);
  return out.sort();
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  const changed: string[] = [];
  for (const f of sourceFiles()) {
    if (isExempt(f)) continue;
    const file = path.join(ROOT, f);
    const text = fs.readFileSync(file, 'utf8');
    const next = rewriteImports(text, file);
    if (next === text) continue;
    changed.push(f);
    if (!check) writeFileSafely(file, next);
  }
  for (const f of changed) console.log(`${check ? 'would rewrite' : 'rewrote'} ${f}`);
  console.log(`${changed.length} files ${check ? 'to rewrite' : 'rewritten'}`);
  process.exit(check && changed.length > 0 ? 1 : 0);
}
