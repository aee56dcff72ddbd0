/**
 * `check` on the examples' real synth output (the six stacks of `stacks/main.ts`, checks on):
 * exit 0, exactly the two deliberate exceptions, suppressed with the reasons written in
 * `examples/<name>/stack.ts`, in text, JSON and SARIF 2.1.0; SARIF results located at the line
 * of the example source that declares the construct.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { SarifLog } from '../../lib/cli/check/sarif';
import { VERSION } from '../../lib/version';
import { removeDir, synthExamples, tmpDir } from '../support/synth-examples';
import { cli } from './support/run-cli';

/** The deliberate exceptions: the construct, its rule, and where the example declares both. */
const SUPPRESSED = [
  {
    ruleId: 'EO-CLAIM-002',
    severity: 'error',
    path: 'okta-snowflake-dbt/Snowflake',
    file: 'examples/okta-snowflake-dbt/stack.ts',
    declaration: "new SnowflakeExternalOAuth(this, 'Snowflake',",
  },
  {
    ruleId: 'EO-GRANT-001',
    severity: 'warning',
    path: 'okta-spa-openmetadata/Spa',
    file: 'examples/okta-spa-openmetadata/stack.ts',
    declaration: "new OktaOidcApp(this, 'Spa',",
  },
] as const;

type Expected = (typeof SUPPRESSED)[number] & { line: number; reason: string };

/** The 1-based line of `text` in the example source, and the suppression reason written there for `ruleId`. */
function fromSource(s: (typeof SUPPRESSED)[number]): Expected {
  const lines = fs.readFileSync(path.join(process.cwd(), s.file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(s.declaration)) + 1;
  const reason = new RegExp(`\\{\\s*id: '${s.ruleId}',\\s*reason:\\s*'([^']+)',?\\s*\\}`).exec(lines.join('\n'))?.[1];
  if (line < 1 || !reason) throw new Error(`cannot find ${s.declaration} or the ${s.ruleId} suppression in ${s.file}`);
  return { ...s, line, reason };
}

const EXPECTED: readonly Expected[] = SUPPRESSED.map(fromSource);

/**
 * What synth prints as "could not be evaluated" (two Snowflake integrations whose issuer URLs are
 * known only after apply): recorded in the manifests as unevaluated warnings, in manifest path order.
 */
const UNEVALUATED = [
  'EO-SNOW-006 okta-keycloak-ataccama/Snowflake',
  'EO-SNOW-006 okta-keycloak-ataccama/Snowflake',
  'EO-SNOW-006 pingfederate-snowflake-atlan/Snowflake',
];

let outdir: string;

beforeAll(() => {
  outdir = tmpDir('check-examples');
  synthExamples(outdir);
});

afterAll(() => removeDir(outdir));

describe('check on the examples’ real synth output', () => {
  test('text: exit 0, the two suppressed findings with their source line and reason, the unevaluated warnings synth printed, and the counts', async () => {
    // WHEN (run from the project root, like CI after `npm start`)
    const run = await cli(['check', outdir]);
    // THEN
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(EXPECTED.length + UNEVALUATED.length + 1);
    const suppressed = lines.filter((l) => l.includes(' [suppressed: '));
    EXPECTED.forEach((e, i) => {
      expect(suppressed[i].startsWith(`${e.severity.padEnd(7)} ${e.ruleId} ${e.path}: `)).toBe(true);
      expect(suppressed[i].endsWith(` (${e.file}:${e.line}) [suppressed: ${e.reason}]`)).toBe(true);
    });
    const unevaluated = lines.filter((l) => l.endsWith(' [not evaluated]'));
    expect(unevaluated.map((l) => l.split(':')[0].replace(/^warning +/, ''))).toEqual(UNEVALUATED);
    for (const l of unevaluated)
      expect(l).toMatch(
        /: Could not be evaluated at [^:]+: the issuer URL of .* is only known after apply, .* It is reported, not passed: make the value static, or check it again after apply\. \[not evaluated\]$/,
      );
    expect(lines[lines.length - 1]).toBe('0 error(s), 3 warning(s), 2 suppressed');
  });

  test("README's `check` sample is the real output of the examples", async () => {
    // GIVEN the sample in README.md (the CLI section)
    const readme = fs.readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
    const start = readme.indexOf('$ npx external-oauth check\n');
    expect(start).toBeGreaterThan(0);
    const sample = readme.slice(start + '$ npx external-oauth check\n'.length, readme.indexOf('```', start));
    // WHEN check runs on the examples' synth output THEN it prints exactly that
    expect((await cli(['check', outdir])).stdout).toBe(sample);
  });

  test('json: the same findings, located and suppressed, and the summary', async () => {
    // WHEN
    const run = await cli(['check', outdir, '--format', 'json']);
    // THEN
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: unknown; findings: Array<Record<string, unknown>> };
    expect(report.summary).toEqual({ errors: 0, warnings: 3, suppressed: 2 });
    expect(report.findings.filter((f) => f.evaluated === false).map((f) => `${f.ruleId} ${f.path}`)).toEqual(UNEVALUATED);
    expect(report.findings.filter((f) => f.suppressed)).toEqual(
      EXPECTED.map((e) =>
        expect.objectContaining({
          ruleId: e.ruleId,
          severity: e.severity,
          path: e.path,
          stack: e.path.split('/')[0],
          source: { file: e.file, line: e.line },
          suppressed: expect.objectContaining({ reason: e.reason }),
        }),
      ),
    );
  });

  test('sarif: a SARIF 2.1.0 log with rule metadata, suppressions with their justification and locations at the declaring line', async () => {
    // WHEN
    const run = await cli(['check', outdir, '--format', 'sarif']);
    // THEN
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver).toMatchObject({
      name: 'external-oauth',
      version: VERSION,
      informationUri: expect.stringMatching(/^https:\/\//),
    });
    // rule metadata: one per rule that has a result, in id order, from the rule pack
    expect(sarifRun.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level])).toEqual([
      ...EXPECTED.map((e) => [e.ruleId, e.severity]),
      ['EO-SNOW-006', 'error'],
    ]);
    for (const rule of sarifRun.tool.driver.rules) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(40);
      expect(rule.helpUri).toMatch(/^https:\/\//);
    }
    // results: one per finding, suppressed in source with the reason, at the declaring line
    expect(sarifRun.results).toHaveLength(EXPECTED.length + UNEVALUATED.length);
    const suppressedResults = sarifRun.results.filter((r) => r.suppressions);
    expect(sarifRun.results.filter((r) => !r.suppressions).map((r) => [r.ruleId, r.level])).toEqual(
      UNEVALUATED.map(() => ['EO-SNOW-006', 'warning']),
    );
    EXPECTED.forEach((e, i) => {
      const result = suppressedResults[i];
      expect(result).toMatchObject({
        ruleId: e.ruleId,
        level: e.severity,
        properties: { stack: e.path.split('/')[0], constructPath: e.path },
      });
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(e.ruleId);
      expect(result.message.text.startsWith(`${e.path}: `)).toBe(true);
      expect(result.suppressions).toEqual([{ kind: 'inSource', justification: e.reason }]);
      expect(result.locations).toEqual([
        {
          physicalLocation: { artifactLocation: { uri: e.file, uriBaseId: '%SRCROOT%' }, region: { startLine: e.line } },
          logicalLocations: [{ name: e.path.split('/').pop(), fullyQualifiedName: e.path, kind: 'object' }],
        },
      ]);
      expect(Object.values(result.partialFingerprints)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    });
    // AND each location really is the declaration in the example's source
    for (const result of suppressedResults) {
      const loc = result.locations[0].physicalLocation;
      const source = fs.readFileSync(path.join(process.cwd(), loc?.artifactLocation.uri ?? ''), 'utf8').split('\n');
      expect(source[(loc?.region.startLine ?? 0) - 1]).toContain(`'${result.properties.constructPath.split('/').pop()}'`);
    }
  });
});
