/**
 * Writes the framework files, the only modules that name the CDK framework:
 *   lib/framework.ts                 re-exports `cdktf` (CDK for Terraform 0.21) or `cdktn`
 *                                     (CDK Terrain 0.24), plus the internals the library uses
 *   test/support/framework-jest.ts   that framework's Jest matchers (tests only)
 *
 *   node --import tsx scripts/framework.ts [cdktf|cdktn]
 * Without an argument the framework comes from EXTERNAL_OAUTH_FRAMEWORK (default cdktf).
 * `npm run build` runs this first, so `EXTERNAL_OAUTH_FRAMEWORK=cdktn npm test` builds and
 * tests the cdktn flavour. Writing is idempotent: an unchanged file is not rewritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { writeFileSafely } from '../lib/util/write-file';

export const FRAMEWORKS = ['cdktf', 'cdktn'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

const ROOT = path.resolve(__dirname, '..');
export const FRAMEWORK_FILES = ['lib/framework.ts', 'test/support/framework-jest.ts'] as const;

const NAMES: Record<Framework, string> = { cdktf: 'CDK for Terraform (npm cdktf 0.21)', cdktn: 'CDK Terrain (npm cdktn 0.24)' };

/** The text of each framework file for `fw`. */
export function frameworkFiles(fw: Framework): Record<(typeof FRAMEWORK_FILES)[number], string> {
  return {
    'lib/framework.ts': `/**
 * The one module that names the CDK framework: this build targets ${NAMES[fw]}.
 * Written by scripts/framework.ts (\`npm run build\`); every other module imports the framework
 * from here. The internals below have the same paths in cdktf 0.21 and cdktn 0.24.
 */
import { assertFrameworkInstalled } from './core/framework-preflight';

assertFrameworkInstalled('${fw}');

export * from '${fw}';
export { resolve } from '${fw}/lib/_tokens';
export { addCustomSynthesis, StackSynthesizer } from '${fw}/lib/synthesize/synthesizer';

/** The framework this build targets. */
export const FRAMEWORK: 'cdktf' | 'cdktn' = '${fw}';
`,
    'test/support/framework-jest.ts': `/** Jest matchers of the framework the tests run under (written by scripts/framework.ts). */
import '${fw}/lib/testing/adapters/jest';
`,
  };
}

/** The framework named by `arg`, else EXTERNAL_OAUTH_FRAMEWORK, else cdktf. */
export function selectedFramework(arg = process.env.EXTERNAL_OAUTH_FRAMEWORK): Framework {
  const fw = arg && arg.length > 0 ? arg : 'cdktf';
  if (!(FRAMEWORKS as readonly string[]).includes(fw)) throw new Error(`framework: must be cdktf or cdktn (received ${fw})`);
  return fw as Framework;
}

/** Writes the framework files for `fw` under `root`; returns the files that changed. */
export function writeFrameworkFiles(fw: Framework, root = ROOT): string[] {
  const changed: string[] = [];
  for (const [rel, text] of Object.entries(frameworkFiles(fw))) {
    const file = path.join(root, rel);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
    writeFileSafely(file, text);
    changed.push(rel);
  }
  return changed;
}

if (require.main === module) {
  try {
    const fw = selectedFramework(process.argv[2]);
    const changed = writeFrameworkFiles(fw);
    // stderr: `npm pack --json` runs the build through `prepare` and parses stdout
    process.stderr.write(`framework: ${fw}${changed.length ? ` (wrote ${changed.join(', ')})` : ''}\n`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
}
