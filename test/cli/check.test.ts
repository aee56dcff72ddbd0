import * as fs from 'node:fs';
import * as path from 'node:path';

import { apiProfile, apiProfileWith, edit, oktaSnowflake, seedManifests, tempDir, writeSynthOut } from '../review/fixtures/manifests';
import { cli } from './support/run-cli';

describe('external-oauth check', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeSynthOut(path.join(dir, 'cdktf.out'), seedManifests());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('lists findings as text with source lines and suppression reasons, exit 0 without errors', async () => {
    // WHEN
    const run = await cli(['check'], { cwd: dir });
    // THEN
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'warning EO-ROLE-001 alation-entra-api/Profile: machine-flow system user role Catalog Reader: check it is the least privilege (examples/alation-entra-api/main.ts:57)',
      'warning EO-LIFE-002 okta-snowflake-dbt/AuthServer: refresh-token lifetime 90 d is the dbt default; shorter is safer (examples/okta-snowflake-dbt/main.ts:42) [suppressed: dbt Cloud requires 90 days]',
      '0 error(s), 1 warning(s), 1 suppressed',
      '',
    ]);
  });

  test('prints JSON findings with their stack and manifest file', async () => {
    const run = await cli(['check', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ errors: 0, warnings: 1, suppressed: 1 });
    expect(report.findings[0]).toMatchObject({
      stack: 'alation-entra-api',
      manifest: 'cdktf.out/stacks/alation-entra-api/external-oauth.json',
      ruleId: 'EO-ROLE-001',
    });
  });

  test('fails when an unsuppressed error is in a manifest (exit 1)', async () => {
    // GIVEN an error finding recorded at synth
    const broken = tempDir();
    try {
      const m = edit(apiProfile());
      m.findings.push({ ruleId: 'EO-ISS-001', severity: 'error', path: 'alation-entra-api/Profile', message: 'issuer mismatch' });
      writeSynthOut(broken, [m]);
      // WHEN
      const run = await cli(['check', broken]);
      // THEN
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('error   EO-ISS-001 alation-entra-api/Profile: issuer mismatch\n');
      expect(run.stdout).toContain('1 error(s), 1 warning(s), 0 suppressed');
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });

  test('marks findings whose rule could not be evaluated (an apply-time value)', async () => {
    const other = tempDir();
    try {
      const m = edit(oktaSnowflake());
      m.findings = [
        {
          ruleId: 'EO-ISS-001',
          severity: 'warning',
          title: 'issuer',
          path: 'okta-snowflake-dbt/Snowflake',
          evaluated: false,
          message: 'Could not be evaluated',
        },
      ];
      writeSynthOut(other, [m]);
      const run = await cli(['check', other]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('warning EO-ISS-001 okta-snowflake-dbt/Snowflake: Could not be evaluated [not evaluated]\n');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  test('a suppressed error does not fail the check', async () => {
    const suppressed = tempDir();
    try {
      const m = edit(oktaSnowflake());
      m.findings[0].severity = 'error';
      writeSynthOut(suppressed, [m]);
      expect((await cli(['check', suppressed])).code).toBe(0);
    } finally {
      fs.rmSync(suppressed, { recursive: true, force: true });
    }
  });

  test('fails when --format is unknown', async () => {
    const run = await cli(['check', '--format', 'xml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Allowed choices are text, json, sarif');
  });
});

describe('check with no DIR, from the root of a cdktf project', () => {
  let project: string;
  beforeEach(() => {
    // GIVEN a project root with its stacks/ source folder, as `cdktf init` and this repository lay it out
    project = tempDir('eo-project-');
    fs.mkdirSync(path.join(project, 'stacks'));
    fs.writeFileSync(path.join(project, 'stacks', 'main.ts'), '// the synth program\n');
  });
  afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

  test('reads cdktf.out/stacks (not the stacks/ source folder), says so, exit 0', async () => {
    writeSynthOut(path.join(project, 'cdktf.out'), [apiProfile()]);
    const run = await cli(['check'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('note: DIR .: read 1 manifest(s) from cdktf.out/stacks\n');
    expect(run.stdout).toMatch(/\n0 error\(s\), 1 warning\(s\), 0 suppressed\n$/);
  });

  test('honours the output folder of cdktf.json', async () => {
    fs.writeFileSync(
      path.join(project, 'cdktf.json'),
      JSON.stringify({ language: 'typescript', app: 'npx tsx stacks/main.ts', output: 'synth-out' }),
    );
    writeSynthOut(path.join(project, 'synth-out'), [apiProfile()]);
    const run = await cli(['check'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('note: DIR .: read 1 manifest(s) from synth-out/stacks\n');
  });

  test('fails before the synth ran, naming every folder looked in', async () => {
    const run = await cli(['check'], { cwd: project });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error [EO_CLI_NO_MANIFESTS]: no external-oauth.json under DIR . (looked in ., cdktf.out/stacks, stacks): run the synth first (npm start or cdktf synth), or pass the synth output folder (cdktf.out)\n',
    });
  });

  test('reads a validation profile whose audiences and client-id claims are known only after apply (check and review)', async () => {
    // GIVEN a synth output whose profile lists are apply-time expressions (Terraform list tokens)
    const out = tempDir();
    try {
      const manifest = apiProfileWith((profile) => {
        profile.audiences = '${var.audiences}';
        profile.clientIdClaims = '${var.client_id_claims}';
      });
      writeSynthOut(path.join(out, 'cdktf.out'), [manifest]);
      // WHEN check and review read it THEN both succeed, and review shows the expression as one value
      const check = await cli(['check', 'cdktf.out'], { cwd: out });
      expect(check).toMatchObject({ code: 0, stderr: '' });
      const review = await cli(['review', 'cdktf.out', '--base-empty', '--format', 'json'], { cwd: out });
      expect(review).toMatchObject({ code: 0, stderr: 'note: --base-empty: every declared item is reported as new\n' });
      expect(review.stdout).toContain('${var.audiences}');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
