/**
 * One module names the CDK framework: lib/framework.ts (and the tests' Jest-matcher file).
 * Everything else imports the framework from there and the provider bindings from
 * lib/providers, so the same source builds for cdktf and for cdktn. The rewrite script keeps
 * it so after a merge: `npm run rewrite-imports`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { frameworkImports, isExempt, rewriteImports, sourceFiles } from '../../scripts/rewrite-imports';

const ROOT = path.resolve(__dirname, '..', '..');

describe('framework imports', () => {
  const files = sourceFiles(ROOT);

  test('the scan sees the library, examples and tests', () => {
    expect(files).toEqual(expect.arrayContaining(['lib/index.ts', 'stacks/main.ts', 'test/framework/imports.test.ts']));
    expect(files.filter((f) => f.startsWith('examples/')).length).toBeGreaterThan(5);
  });

  test('no file but the framework files imports cdktf, cdktn or a prebuilt provider package', () => {
    const offenders = files
      .filter((f) => !isExempt(f))
      .flatMap((f) => frameworkImports(fs.readFileSync(path.join(ROOT, f), 'utf8')).map((spec) => `${f}: ${spec}`));
    expect(offenders).toEqual([]);
  });

  test('the framework file is the one that names the framework', () => {
    expect(frameworkImports(fs.readFileSync(path.join(ROOT, 'lib/framework.ts'), 'utf8'))).toEqual([
      expect.stringMatching(/^cdkt[fn]$/),
      expect.stringMatching(/^cdkt[fn]\/lib\/_tokens$/),
      expect.stringMatching(/^cdkt[fn]\/lib\/synthesize\/synthesizer$/),
    ]);
  });

  test('the rewrite points each kind of import at the library and is idempotent', () => {
    // GIVEN a file in test/x/ with every import form the rewrite handles
    const file = path.join(ROOT, 'test', 'x', 'stack.test.ts');
    const before = [
      "import { App, TerraformStack } from 'cdktf';",
      'import type { ISynthesisSession } from "cdktf";',
      "import { resolve } from 'cdktf/lib/_tokens';",
      "import { addCustomSynthesis } from 'cdktn/lib/synthesize/synthesizer';",
      "import 'cdktf/lib/testing/adapters/jest';",
      "import { AppOauth } from '@cdktf/provider-okta/lib/app-oauth';",
      "import { SnowflakeProvider } from '@cdktn/provider-snowflake/lib/provider';",
      "const { App: A } = require('cdktf') as typeof import('cdktf');",
      "import { TokenValidator } from 'cdktf-external-oauth/validator';",
    ].join('\n');
    // WHEN
    const once = rewriteImports(before, file);
    // THEN
    expect(once.split('\n')).toEqual([
      "import { App, TerraformStack } from '../../lib/framework';",
      'import type { ISynthesisSession } from "../../lib/framework";',
      "import { resolve } from '../../lib/framework';",
      "import { addCustomSynthesis } from '../../lib/framework';",
      "import '../support/framework-jest';",
      "import { AppOauth } from '../../lib/providers/okta/app-oauth';",
      "import { SnowflakeProvider } from '../../lib/providers/snowflake/provider';",
      "const { App: A } = require('../../lib/framework') as typeof import('../../lib/framework');",
      "import { TokenValidator } from 'cdktf-external-oauth/validator';",
    ]);
    expect(rewriteImports(once, file)).toBe(once);
    expect(frameworkImports(once)).toEqual([]);
  });

  test("in examples the rewrite writes the package's public entry points, also for relative imports of lib", () => {
    // GIVEN an example (a program a user copies) with prebuilt, framework and relative lib imports
    const file = path.join(ROOT, 'examples', 'x', 'stack.ts');
    const before = [
      "import { App, TerraformStack } from 'cdktf';",
      "import { AppOauth } from '@cdktf/provider-okta/lib/app-oauth';",
      "import { Lazy } from '../../lib/framework';",
      "import { SnowflakeProvider } from '../../lib/providers/snowflake/provider';",
      "import { setting } from '../shared/settings';",
    ].join('\n');
    // WHEN
    const once = rewriteImports(before, file);
    // THEN
    expect(once.split('\n')).toEqual([
      "import { App, TerraformStack } from 'cdktf-external-oauth/framework';",
      "import { AppOauth } from 'cdktf-external-oauth/providers/okta/app-oauth';",
      "import { Lazy } from 'cdktf-external-oauth/framework';",
      "import { SnowflakeProvider } from 'cdktf-external-oauth/providers/snowflake/provider';",
      "import { setting } from '../shared/settings';",
    ]);
    expect(rewriteImports(once, file)).toBe(once);
  });

  test('an internal module without a library counterpart is left for a person to map (and still reported)', () => {
    const text = "import { x } from 'cdktf/lib/terraform-stack';";
    expect(rewriteImports(text, path.join(ROOT, 'lib', 'a.ts'))).toBe(text);
    expect(frameworkImports(text)).toEqual(['cdktf/lib/terraform-stack']);
  });

  test('the tree is already rewritten (npm run rewrite-imports -- --check)', () => {
    const pending = files
      .filter((f) => !isExempt(f))
      .filter((f) => {
        const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
        return rewriteImports(text, path.join(ROOT, f)) !== text;
      });
    expect(pending).toEqual([]);
  });
});
