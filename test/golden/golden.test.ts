/**
 * Golden test: every example stack's Terraform JSON and trust manifest are those captured from
 * the last release built on the prebuilt `@cdktf/provider-*` bindings (test/golden/baseline/,
 * written by `npm start` before the library generated its own bindings). Holds under cdktf
 * and under cdktn (`EXTERNAL_OAUTH_FRAMEWORK=cdktn npm test`). Normalised: only the
 * framework version in the `//` metadata and the absolute local-backend path (the baseline
 * keeps only its file name, so it names no machine's folder).
 * Whitespace is not compared in cdk.tf.json: cdktn writes `{}` where cdktf writes `{\n}`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { type MainAppRun, runMainApp } from '../support/main-app';

const BASELINE = path.join(__dirname, 'baseline');
const STACKS = fs.readdirSync(BASELINE).sort();

/** cdk.tf.json without the framework version and with the backend path reduced to its file name. */
export function normalizeTerraformJson(text: string): unknown {
  const json = JSON.parse(text) as { '//'?: { metadata?: { version?: string } }; terraform?: { backend?: { local?: { path?: string } } } };
  if (json['//']?.metadata) delete json['//'].metadata.version;
  const local = json.terraform?.backend?.local;
  if (local?.path) local.path = path.basename(local.path);
  return json;
}

describe('golden: example stacks as before the framework change', () => {
  let run: MainAppRun;
  beforeAll(() => {
    run = runMainApp();
  }, 120_000);
  afterAll(() => run?.cleanup());

  test('the app synthesizes the baseline stacks', () => {
    expect(run.status).toBe(0);
    expect(STACKS.length).toBeGreaterThanOrEqual(7);
    expect(fs.readdirSync(path.join(run.outdir, 'stacks')).sort()).toEqual(STACKS);
  });

  test.each(STACKS)('%s: cdk.tf.json equals the baseline', (stack) => {
    const read = (dir: string) => normalizeTerraformJson(fs.readFileSync(path.join(dir, stack, 'cdk.tf.json'), 'utf8'));
    expect(read(path.join(run.outdir, 'stacks'))).toEqual(read(BASELINE));
  });

  test.each(STACKS)('%s: external-oauth.json equals the baseline byte for byte', (stack) => {
    const read = (dir: string) => fs.readFileSync(path.join(dir, stack, 'external-oauth.json'), 'utf8');
    expect(read(path.join(run.outdir, 'stacks'))).toBe(read(BASELINE));
  });

  test('fails when a stack differs: the normalisation keeps resource values', () => {
    const base = fs.readFileSync(path.join(BASELINE, STACKS[0], 'cdk.tf.json'), 'utf8');
    const changed = base.replace(/"display_name": "([^"]+)"/, '"display_name": "$1 (changed)"');
    expect(changed).not.toBe(base);
    expect(normalizeTerraformJson(changed)).not.toEqual(normalizeTerraformJson(base));
  });
});
