/**
 * The library's provider bindings (lib/providers/) are generated, never edited:
 * - regenerating them from the committed schemas (scripts/providers/schemas/) changes nothing,
 *   and reconstructing the schemas from the prebuilt packages changes nothing either;
 * - the reconstruction is faithful: each generated module, compiled as the prebuilt package's
 *   own build compiles it (ES2020, CommonJS), is the prebuilt module's JS byte for byte, apart
 *   from the lines jsii adds (runtime type info, source map) and the two header comments.
 * The prebuilt `@cdktf/provider-*` packages are devDependencies: the oracle, never imported by
 * the library.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const BINDINGS = path.join(ROOT, 'lib', 'providers');
const GENERATED_IMPORT = "import * as cdktf from '../../../framework';";

/** Drops the lines jsii adds to a compiled module, the source map and the generator's two header comments. */
function withoutJsiiLines(js: string): string {
  return js
    .split('\n')
    .filter(
      (l) => !/sourceMappingURL|JSII_RTTI|^_[a-z0-9]+ = |\[_[a-z0-9]+\] = \{ fqn|^var _[a-z]|^\/\/ https|^\/\/ generated from/.test(l),
    )
    .join('\n')
    .trimEnd();
}

const modules = fs
  .readdirSync(BINDINGS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((p) =>
    fs
      .readdirSync(path.join(BINDINGS, p.name), { withFileTypes: true })
      .filter((m) => m.isDirectory())
      .map((m) => [p.name, m.name] as const),
  );

describe('generated provider bindings', () => {
  test('cover every provider and type the constructs use', () => {
    expect(modules.length).toBe(31);
    expect(
      modules
        .filter(([, m]) => m === 'provider')
        .map(([p]) => p)
        .sort(),
    ).toEqual(['aws', 'azuread', 'databricks', 'okta', 'snowflake']);
  });

  test('regenerating from the committed schemas, and reconstructing the schemas, gives no difference', () => {
    const res = spawnSync(
      process.execPath,
      ['--max-old-space-size=4096', '--import', 'tsx', path.join(ROOT, 'scripts/providers/generate.ts'), 'check'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(res.stdout).toMatch(/schemas and bindings reproduce/);
    expect(res.status).toBe(0);
  }, 120_000);

  test.each(modules)('%s/%s compiles to the prebuilt package JS byte for byte', (provider, mod) => {
    // GIVEN the generated module with its framework import as the generator wrote it
    const source = fs.readFileSync(path.join(BINDINGS, provider, mod, 'index.ts'), 'utf8');
    expect(source).toContain(GENERATED_IMPORT);
    // WHEN compiled like the prebuilt package
    const js = ts.transpileModule(source.replace(GENERATED_IMPORT, "import * as cdktf from 'cdktf';"), {
      compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS },
    }).outputText;
    // THEN
    const prebuilt = fs.readFileSync(path.join(ROOT, 'node_modules', '@cdktf', `provider-${provider}`, 'lib', mod, 'index.js'), 'utf8');
    expect(withoutJsiiLines(js)).toBe(withoutJsiiLines(prebuilt));
  });

  test('fails when a module differs (the comparison is not vacuous)', () => {
    const prebuilt = fs.readFileSync(path.join(ROOT, 'node_modules/@cdktf/provider-okta/lib/auth-server/index.js'), 'utf8');
    expect(withoutJsiiLines(prebuilt.replace("'issuer_mode'", "'issuer_mod'"))).not.toBe(withoutJsiiLines(prebuilt));
  });
});
