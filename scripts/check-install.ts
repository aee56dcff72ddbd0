/**
 * Installs this package as an API service would and checks what it gets:
 *   npm pack -> an empty project -> npm install <tarball>
 * then `require()` and `import` of cdktf-external-oauth/validator, the CLI commands that need no
 * peer (check, review, drift --plan, validate-token), simulate asking for oidc-provider, no
 * cdktf / provider / oidc-provider / jose package installed, and node_modules at most 15 MB.
 *
 * Run: npm run check:install (also run by .ci/run). Needs the npm registry for ajv and commander.
 * Exit 0 when every check passes; prints one line per check and the measured size.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { seedManifests, writeSynthOut } from '../test/review/fixtures/manifests';
import { run, sizeOf } from './npm-project';

/** Largest node_modules accepted for a validator-only install. */
export const MAX_INSTALL_BYTES = 15 * 1024 * 1024;
/** Packages a validator-only install must not bring. */
const FORBIDDEN = ['cdktf', 'cdktn', 'constructs', '@cdktf', '@cdktn', 'oidc-provider', 'jose'];

const ROOT = path.resolve(__dirname, '..');

function main(): number {
  const started = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-install-'));
  const failures: string[] = [];
  const check = (name: string, ok: boolean, detail = ''): void => {
    process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}\n`);
    if (!ok) failures.push(name);
  };
  try {
    // 1. pack (runs the build through `prepare`)
    const pack = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
    if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
    const tarball = path.join(work, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]!.filename);
    check('npm pack', fs.existsSync(tarball), path.basename(tarball));

    // 2. an empty project installs the tarball
    const project = path.join(work, 'api');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'api-service', version: '1.0.0', private: true }, null, 2));
    const install = run('npm', ['install', tarball, '--ignore-scripts'], project);
    check('npm install <tarball> into an empty project', install.status === 0, install.status === 0 ? '' : install.stderr.slice(0, 500));
    if (install.status !== 0) return 1;

    // 3. the validator loads both ways
    const cjs = run(
      process.execPath,
      ['-e', "const { TokenValidator } = require('cdktf-external-oauth/validator'); process.stdout.write(typeof TokenValidator)"],
      project,
    );
    check("require('cdktf-external-oauth/validator')", cjs.stdout === 'function', cjs.stderr.trim());
    const esm = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { TokenValidator } from 'cdktf-external-oauth/validator'; process.stdout.write(typeof TokenValidator)",
      ],
      project,
    );
    check("import { TokenValidator } from 'cdktf-external-oauth/validator'", esm.stdout === 'function', esm.stderr.trim());
    const subpaths = run(
      process.execPath,
      [
        '-e',
        "const m = require('cdktf-external-oauth/manifest'); const c = require('cdktf-external-oauth/checks'); process.stdout.write(`${typeof m.readManifests} ${typeof c.runRules}`)",
      ],
      project,
    );
    check(
      "require('cdktf-external-oauth/manifest') and require('cdktf-external-oauth/checks') without cdktf",
      subpaths.stdout === 'function function',
      subpaths.stderr.trim(),
    );

    // 4. the CLI without any peer: check, review, drift --plan, validate-token; simulate asks for oidc-provider
    const synth = path.join(project, 'cdktf.out');
    writeSynthOut(synth, seedManifests());
    const bin = path.join(project, 'node_modules', '.bin', 'external-oauth');
    const checkRun = run(bin, ['check'], project);
    check(
      'external-oauth check (no DIR, from the project root)',
      checkRun.status === 0 && /0 error\(s\)/.test(checkRun.stdout),
      checkRun.stderr.trim(),
    );
    const review = run(bin, ['review', 'cdktf.out'], project);
    check('external-oauth review', review.status === 0 && review.stdout.startsWith('## External OAuth review'), review.stderr.trim());
    const plan = run(bin, ['drift', '--plan', path.join(ROOT, 'test', 'drift', 'fixtures', 'plan-identity-drift.json')], project);
    check('external-oauth drift --plan', plan.status === 2 && /^DRIFT: /m.test(plan.stdout), plan.stderr.trim());
    const manifest = path.join(synth, 'stacks', 'alation-entra-api', 'external-oauth.json');
    const token = run(bin, ['validate-token', '--profiles', manifest, '--token', 'not-a-jwt'], project);
    check('external-oauth validate-token', token.status === 1 && /"error":\s*"malformed_token"/.test(token.stdout), token.stderr.trim());
    const sim = run(bin, ['simulate', 'cdktf.out'], project);
    check(
      'external-oauth simulate asks for oidc-provider',
      sim.status === 1 &&
        sim.stderr.includes(
          'error [EO_SIM_MISSING_PEER]: simulate: the access simulation needs the optional peer dependency oidc-provider',
        ),
      sim.stderr.trim(),
    );

    // 5. what was installed
    const modules = path.join(project, 'node_modules');
    const present = FORBIDDEN.filter((name) => fs.existsSync(path.join(modules, name)));
    check('no cdktf, constructs, @cdktf/*, oidc-provider or jose installed', present.length === 0, present.join(', '));
    const bytes = sizeOf(modules);
    const packages = fs.readdirSync(modules).filter((n) => !n.startsWith('.')).length;
    check(
      `node_modules at most ${MAX_INSTALL_BYTES / 1024 / 1024} MB`,
      bytes <= MAX_INSTALL_BYTES,
      `${(bytes / 1024 / 1024).toFixed(2)} MB in ${packages} top-level package folder(s)`,
    );
  } catch (err) {
    check('install check ran', false, (err as Error).message);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(
    `${failures.length === 0 ? 'install check passed' : `install check FAILED: ${failures.join('; ')}`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
