/**
 * README.md (the CLI section) documents every change kind (with its rank and risk), every drift finding code
 * (with its severity) and every CLI error code; examples/ci holds the workflow it points to.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { CLI_ERROR_CODES } from '../../lib/cli/errors';
import { DRIFT_CODES } from '../../lib/drift/report';
import { CHANGE_KINDS } from '../../lib/review/diff/change-kinds';

const ROOT = path.resolve(__dirname, '..', '..');
const doc = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README.md: the CLI section', () => {
  test.each(Object.entries(CHANGE_KINDS))('documents change kind %s with its rank and risk', (kind, spec) => {
    expect(doc).toContain(`| ${spec.rank} | \`${kind}\` | ${spec.risk} |`);
  });

  test.each(Object.entries(DRIFT_CODES))('documents drift code %s with its severity', (code, severity) => {
    expect(doc).toContain(`| \`${code}\` | ${severity} |`);
  });

  test.each(Object.values(CLI_ERROR_CODES))('documents CLI error code %s', (code) => {
    expect(doc).toContain(`\`${code}\``);
  });
});

describe('examples/ci/github-actions.yml', () => {
  const workflow = fs.readFileSync(path.join(ROOT, 'examples', 'ci', 'github-actions.yml'), 'utf8');

  test('on pull requests: synth, SARIF to code scanning, review --base to the job summary', () => {
    expect(workflow).toMatch(/^on:\n {2}pull_request:\n {2}schedule:/m);
    expect(workflow).toContain('npm ci && npm start');
    expect(workflow).toContain('npx external-oauth check cdktf.out --format sarif --out external-oauth.sarif');
    expect(workflow).toContain('github/codeql-action/upload-sarif@v3');
    expect(workflow).toContain('npx external-oauth review cdktf.out --base .base/cdktf.out --out review.md');
    expect(workflow).toContain('cat review.md >> "$GITHUB_STEP_SUMMARY"');
  });

  test('on a schedule: terraform plan + show -json, then drift --live --plan with a key state', () => {
    expect(workflow).toContain('terraform plan -input=false -lock=false -out=plan.tfplan');
    expect(workflow).toContain('terraform show -json plan.tfplan > plan.json');
    expect(workflow).toMatch(/npx external-oauth drift "\$STACK_DIR" --live --plan "\$STACK_DIR\/plan.json" \\\n\s+--state "\$STATE_FILE"/);
  });

  test('drift exit 3 (could not check) is a warning, not a failure; the state folder exists; a base without manifests uses --base-empty', () => {
    expect(workflow).toContain('if [ "$code" = 3 ]; then\n            echo "::warning::external-oauth drift could not be checked');
    expect(workflow).toContain('mkdir -p .external-oauth\n          npx external-oauth drift');
    expect(workflow).toContain('npx external-oauth review cdktf.out --base-empty --out review.md');
  });
});
