/**
 * Packs the two packages built from this one source and installs each as a user would:
 *   cdktf-external-oauth  (peers cdktf 0.21, constructs ^10.4)
 *   cdktn-external-oauth  (peers cdktn ^0.24, constructs >=10.6 <10.8)
 * Checks: neither package depends on a prebuilt `@cdktf/provider-*` package; the two tarballs
 * differ only in package.json and the framework module (dist/lib/framework.*); per flavour a
 * fresh project installs the tarball, type-checks a first stack with `tsc --strict` (no
 * skipLibCheck) - a user's own TerraformProvider (`@cdktf/provider-okta` under cdktf, a
 * hand-written one under cdktn, as `cdktn get` would generate) as a `provider` prop - and
 * synthesizes it; the wrong package in a cdktn app fails and names cdktn-external-oauth, with
 * and without cdktf installed beside it.
 *
 *   npm run check:flavours [-- --out <folder>]     (needs the npm registry; run by .ci/run)
 * Exit 0 when every check passes; prints one line per check and the measured sizes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { writeFileSafely } from '../lib/util/write-file';
import { type Framework, FRAMEWORKS, writeFrameworkFiles } from './framework';
import { run, sizeOf } from './npm-project';

const ROOT = path.resolve(__dirname, '..');

/** What differs per flavour in package.json. */
export const FLAVOURS: Record<Framework, { name: string; peers: Record<string, string>; install: string[]; description: string }> = {
  cdktf: {
    name: 'cdktf-external-oauth',
    peers: { cdktf: '0.21.0', constructs: '^10.4.2' },
    install: ['cdktf@0.21.0', 'constructs@10.7.2'],
    description: 'CDK for Terraform (cdktf) constructs',
  },
  cdktn: {
    name: 'cdktn-external-oauth',
    peers: { cdktn: '^0.24.0', constructs: '>=10.6.0 <10.8.0' },
    install: ['cdktn@0.24.0', 'constructs@10.7.2'],
    description: 'CDK Terrain (cdktn) constructs',
  },
};

/** The files that differ between the two tarballs (the source map has no sources content, so it is the same). */
export const FRAMEWORK_DIST_FILES = ['package/dist/lib/framework.d.ts', 'package/dist/lib/framework.js', 'package/package.json'];

let failures = 0;
function check(name: string, ok: boolean, detail = ''): void {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

/** The package.json of a flavour: name, description, peers; no scripts or devDependencies. */
export function flavouredPackageJson(base: Record<string, unknown>, fw: Framework): Record<string, unknown> {
  const f = FLAVOURS[fw];
  const peers = { ...(base.peerDependencies as Record<string, string>) };
  const meta = { ...(base.peerDependenciesMeta as Record<string, { optional?: boolean }>) };
  for (const other of FRAMEWORKS) {
    delete peers[other];
    delete meta[other];
  }
  for (const [k, v] of Object.entries(f.peers)) {
    peers[k] = v;
    meta[k] = { optional: true };
  }
  const { scripts: _scripts, devDependencies: _dev, ...rest } = base;
  return {
    ...rest,
    name: f.name,
    description: String(base.description)
      .replace(/^CDK for Terraform \(cdktf\) constructs/, f.description)
      .replace(
        / For CDK Terrain \(cdktn\) use cdktn-external-oauth\.$/,
        fw === 'cdktf' ? ' For CDK Terrain (cdktn) use cdktn-external-oauth.' : ' For CDK for Terraform (cdktf) use cdktf-external-oauth.',
      ),
    peerDependencies: Object.fromEntries(Object.entries(peers).sort()),
    peerDependenciesMeta: Object.fromEntries(Object.entries(meta).sort()),
  };
}

/** Builds `fw` in a staging copy of the sources and packs it into `outDir`; returns the tarball. */
function pack(fw: Framework, outDir: string, work: string): string {
  const stage = path.join(work, `stage-${fw}`);
  fs.mkdirSync(path.join(stage, 'test', 'support'), { recursive: true });
  for (const d of ['lib', 'bin']) fs.cpSync(path.join(ROOT, d), path.join(stage, d), { recursive: true });
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'README.md', 'RULES.md'])
    fs.copyFileSync(path.join(ROOT, f), path.join(stage, f));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(stage, 'node_modules'));
  writeFrameworkFiles(fw, stage);
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSafely(path.join(stage, 'package.json'), JSON.stringify(flavouredPackageJson(base, fw), null, 2) + '\n');
  const tsc = run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], stage);
  check(`${fw}: build`, tsc.status === 0, `${(tsc.ms / 1000).toFixed(1)} s ${tsc.stdout.slice(0, 500)}`);
  fs.rmSync(path.join(stage, 'node_modules'));
  const res = run('npm', ['pack', '--silent', '--pack-destination', outDir], stage);
  const tarball = path.join(outDir, res.stdout.trim().split('\n').pop() ?? '');
  check(
    `${fw}: npm pack`,
    res.status === 0 && fs.existsSync(tarball),
    `${path.basename(tarball)} ${(fs.statSync(tarball).size / 1024).toFixed(0)} KiB`,
  );
  return tarball;
}

function untar(tarball: string, into: string): Map<string, Buffer> {
  fs.mkdirSync(into, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', into], into);
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(path.relative(into, p), fs.readFileSync(p));
    }
  };
  walk(into);
  return files;
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    skipLibCheck: false,
    outDir: 'build',
    types: ['node'],
  },
  include: ['main.ts'],
};

/** A first stack: an Okta authorization server, a Snowflake integration, the checks. */
function consumerMain(fw: Framework): string {
  const pkg = FLAVOURS[fw].name;
  const userProvider =
    fw === 'cdktf'
      ? `import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
const userOkta = (stack: TerraformStack) => new OktaProvider(stack, 'okta', { orgName: 'acme', baseUrl: 'okta.com' });`
      : `import { OktaProvider } from '${pkg}/providers/okta/provider';
/** A provider class as \`cdktn get\` would generate it. */
class SnowflakeProviderOfMine extends TerraformProvider {
  constructor(scope: Construct, id: string, alias?: string) {
    super(scope, id, { terraformResourceType: 'snowflake', terraformGeneratorMetadata: { providerName: 'snowflake', providerVersion: '2.11.0' }, terraformProviderSource: 'snowflakedb/snowflake' });
    this._alias = alias;
  }
  private _alias?: string;
  public get alias(): string | undefined { return this._alias; }
  public set alias(value: string | undefined) { this._alias = value; }
  protected synthesizeAttributes(): { [name: string]: unknown } { return { alias: this._alias }; }
}
const userOkta = (stack: TerraformStack) => new OktaProvider(stack, 'okta', { orgName: 'acme', baseUrl: 'okta.com' });`;
  const snowflakeProvider =
    fw === 'cdktf'
      ? `import { SnowflakeProvider } from '${pkg}/providers/snowflake/provider';
const snowflake = (stack: TerraformStack) => new SnowflakeProvider(stack, 'snowflake', { alias: 'analytics' });`
      : `const snowflake = (stack: TerraformStack) => new SnowflakeProviderOfMine(stack, 'snowflake', 'analytics');`;
  return `import { App, Aspects, TerraformProvider, TerraformStack } from '${fw}';
import { Construct } from 'constructs';
import { ExternalOAuthChecks, OktaAuthorizationServer, SnowflakeExternalOAuth, type SnowflakeExternalOAuthProps } from '${pkg}';
import { TokenValidator } from '${pkg}/validator';
import * as providers from '${pkg}/providers';
${userProvider}
${snowflakeProvider}

const app = new App({ outdir: 'out' });
Aspects.of(app).add(new ExternalOAuthChecks());
const stack = new TerraformStack(app, 'demo');
const okta: TerraformProvider = userOkta(stack);
// the user's provider type-checks as a \`provider\` prop
const viaProp: SnowflakeExternalOAuthProps['provider'] = okta;
void viaProp;
const server = new OktaAuthorizationServer(stack, 'AuthServer', { name: 'snowflake', audiences: ['https://acme.snowflakecomputing.com'] });
new SnowflakeExternalOAuth(stack, 'Snowflake', { issuer: server, name: 'OKTA_DEMO', userMappingClaim: 'sub', provider: snowflake(stack) });
app.synth();
console.log('synth ok', typeof TokenValidator, typeof providers.okta.provider.OktaProvider);
`;
}

function consumer(fw: Framework, tarball: string, work: string): void {
  const dir = path.join(work, `consumer-${fw}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `consumer-${fw}`, version: '1.0.0', private: true }, null, 2));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  fs.writeFileSync(path.join(dir, 'main.ts'), consumerMain(fw));
  const extra = fw === 'cdktf' ? ['@cdktf/provider-okta@14.1.1'] : [];
  const inst = run(
    'npm',
    ['install', '--no-audit', '--no-fund', tarball, ...FLAVOURS[fw].install, ...extra, 'typescript@5.9.3', '@types/node@20'],
    dir,
  );
  check(
    `${fw}: consumer npm install`,
    inst.status === 0,
    `${(inst.ms / 1000).toFixed(1)} s ${inst.stderr
      .split('\n')
      .filter((l) => /ERR|ERESOLVE/.test(l))
      .slice(0, 3)
      .join(' ')}`,
  );
  const nm = path.join(dir, 'node_modules');
  const provs = fs.existsSync(path.join(nm, '@cdktf'))
    ? fs.readdirSync(path.join(nm, '@cdktf')).filter((p) => p.startsWith('provider-'))
    : [];
  check(
    `${fw}: no prebuilt provider package but the user's own`,
    JSON.stringify(provs) === JSON.stringify(fw === 'cdktf' ? ['provider-okta'] : []),
    JSON.stringify(provs),
  );
  check(`${fw}: the other framework is not installed`, !fs.existsSync(path.join(nm, fw === 'cdktf' ? 'cdktn' : 'cdktf')));
  const pkgSize = sizeOf(path.join(nm, FLAVOURS[fw].name));
  console.log(
    `     ${fw}: ${FLAVOURS[fw].name} installed ${(pkgSize / 1024 / 1024).toFixed(1)} MB; node_modules ${(sizeOf(nm) / 1024 / 1024).toFixed(0)} MB (with typescript, @types/node${extra.length ? ', ' + extra.join(', ') : ''})`,
  );
  const tsc = run(process.execPath, [path.join(nm, 'typescript', 'bin', 'tsc'), '-p', '.'], dir);
  check(
    `${fw}: tsc --strict without skipLibCheck`,
    tsc.status === 0,
    `${(tsc.ms / 1000).toFixed(1)} s ${tsc.stdout
      .split('\n')
      .filter((l) => l.includes('error'))
      .slice(0, 3)
      .join(' | ')}`,
  );
  if (tsc.status !== 0) return;
  const synth = run(process.execPath, ['build/main.js'], dir);
  const out = path.join(dir, 'out', 'stacks', 'demo');
  const tf = fs.existsSync(path.join(out, 'cdk.tf.json'))
    ? (JSON.parse(fs.readFileSync(path.join(out, 'cdk.tf.json'), 'utf8')) as {
        resource?: Record<string, unknown>;
        '//'?: { metadata?: { version?: string } };
      })
    : undefined;
  check(
    `${fw}: synth`,
    synth.status === 0 &&
      synth.stdout.includes('synth ok function function') &&
      !!tf?.resource?.okta_auth_server &&
      !!tf?.resource?.snowflake_external_oauth_integration &&
      fs.existsSync(path.join(out, 'external-oauth.json')),
    `${(synth.ms / 1000).toFixed(1)} s, framework ${tf?.['//']?.metadata?.version ?? '?'} ${synth.stderr.split('\n').slice(0, 2).join(' ')}`,
  );
}

/** The cdktf package in a cdktn app: fails and names cdktn-external-oauth. */
function wrongFlavour(tarball: string, work: string): void {
  const dir = path.join(work, 'consumer-wrong');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer-wrong', version: '1.0.0', private: true }, null, 2));
  fs.writeFileSync(
    path.join(dir, 'main.js'),
    `const { App, TerraformStack } = require('cdktn');
const { OktaAuthorizationServer } = require('cdktf-external-oauth');
const app = new App({ outdir: 'out' });
new OktaAuthorizationServer(new TerraformStack(app, 'demo'), 'AuthServer', { name: 's', audiences: ['https://a.example.com'] });
app.synth();
`,
  );
  const inst = run('npm', ['install', '--no-audit', '--no-fund', tarball, ...FLAVOURS.cdktn.install], dir);
  check('wrong flavour: npm install', inst.status === 0);
  const res = run(process.execPath, ['main.js'], dir);
  check(
    'wrong flavour: synth fails naming cdktn-external-oauth',
    res.status !== 0 && res.stderr.includes('install cdktn-external-oauth instead'),
    res.stderr.split('\n').find((l) => l.includes('install cdktn-external-oauth')) ?? res.stderr.slice(0, 300),
  );
  // with cdktf installed as well, the construct-time host check answers instead
  const both = run('npm', ['install', '--no-audit', '--no-fund', 'cdktf@0.21.0'], dir);
  const res2 = run(process.execPath, ['main.js'], dir);
  check(
    'wrong flavour, both frameworks installed: fails with EO_WRONG_FRAMEWORK naming cdktn-external-oauth',
    both.status === 0 &&
      res2.status !== 0 &&
      res2.stderr.includes('[EO_WRONG_FRAMEWORK]') &&
      res2.stderr.includes('install cdktn-external-oauth instead'),
    res2.stderr.split('\n').find((l) => l.includes('EO_WRONG_FRAMEWORK')) ?? res2.stderr.slice(0, 300),
  );
}

function main(): void {
  const outArg = process.argv.indexOf('--out');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-flavours-'));
  const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(work, 'packages');
  fs.mkdirSync(outDir, { recursive: true });
  try {
    const tarballs = Object.fromEntries(FRAMEWORKS.map((fw) => [fw, pack(fw, outDir, work)])) as Record<Framework, string>;
    const a = untar(tarballs.cdktf, path.join(work, 'x-cdktf'));
    const b = untar(tarballs.cdktn, path.join(work, 'x-cdktn'));
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => !a.has(f) || !b.has(f) || !a.get(f)!.equals(b.get(f)!)).sort();
    check(
      'the tarballs differ only in package.json and the framework module',
      JSON.stringify(differ) === JSON.stringify(FRAMEWORK_DIST_FILES),
      `${differ.join(', ')} of ${a.size} files`,
    );
    for (const fw of FRAMEWORKS) {
      const pj = JSON.parse((fw === 'cdktf' ? a : b).get('package/package.json')!.toString('utf8')) as Record<
        string,
        Record<string, string> | undefined
      >;
      const deps = [...Object.keys(pj.dependencies ?? {}), ...Object.keys(pj.peerDependencies ?? {})];
      check(`${fw}: package.json names no @cdktf/provider-* package`, !deps.some((d) => d.startsWith('@cdktf/provider-')), deps.join(' '));
    }
    for (const fw of FRAMEWORKS) consumer(fw, tarballs[fw], work);
    wrongFlavour(tarballs.cdktf, work);
  } finally {
    if (outArg < 0) fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(failures === 0 ? 'all flavour checks passed' : `${failures} flavour check(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}

if (require.main === module) main();
