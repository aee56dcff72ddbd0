import * as fs from 'node:fs';
import * as path from 'node:path';

import { type RuleMeta, rulesFor, rulesFromModule } from '../../lib/cli/check/rule-catalog';
import { pascalName, toSarif } from '../../lib/cli/check/sarif';
import { apiProfile, edit, seedManifests, tempDir, writeSynthOut } from '../review/fixtures/manifests';
import { cli } from './support/run-cli';

/** The parts of SARIF 2.1.0 that code-scanning uploads require, checked field by field. */
function expectValidSarif(log: any): void {
  expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  expect(log.version).toBe('2.1.0');
  expect(Array.isArray(log.runs)).toBe(true);
  for (const run of log.runs) {
    const driver = run.tool.driver;
    expect(driver).toEqual(
      expect.objectContaining({
        name: 'external-oauth',
        informationUri: expect.stringMatching(/^https:\/\//),
        version: expect.any(String),
      }),
    );
    for (const rule of driver.rules) {
      expect(rule).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          name: expect.stringMatching(/^[A-Z][A-Za-z0-9]*$/),
          shortDescription: { text: expect.any(String) },
          fullDescription: { text: expect.any(String) },
          help: expect.objectContaining({ text: expect.any(String) }),
          defaultConfiguration: { level: expect.stringMatching(/^(error|warning|note)$/) },
        }),
      );
    }
    for (const result of run.results) {
      expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(typeof result.message.text).toBe('string');
      expect(result.locations.length).toBeGreaterThan(0);
      for (const loc of result.locations) {
        if (loc.physicalLocation) {
          expect(typeof loc.physicalLocation.artifactLocation.uri).toBe('string');
          expect(Number.isInteger(loc.physicalLocation.region.startLine) && loc.physicalLocation.region.startLine >= 1).toBe(true);
        }
        expect(loc.logicalLocations[0].fullyQualifiedName).toEqual(expect.any(String));
      }
      for (const s of result.suppressions ?? []) expect(s).toEqual({ kind: 'inSource', justification: expect.any(String) });
    }
  }
}

describe('external-oauth check --format sarif', () => {
  let dir: string;
  let log: any;
  beforeAll(async () => {
    dir = tempDir();
    const api = edit(apiProfile());
    // A finding without a known source: located by construct path only.
    api.findings.push({
      ruleId: 'EO-API-001',
      severity: 'warning',
      path: 'alation-entra-api/Profile',
      message: 'audience of another resource',
    });
    const [okta, entra] = seedManifests();
    writeSynthOut(path.join(dir, 'cdktf.out'), [okta, entra, api]);
    const run = await cli(['check', '--format', 'sarif'], { cwd: dir });
    expect(run.code).toBe(0);
    log = JSON.parse(run.stdout);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('has the SARIF 2.1.0 structure code scanning requires', () => {
    expectValidSarif(log);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toHaveLength(3);
  });

  test('takes rule metadata from the rule pack', () => {
    const rule = log.runs[0].tool.driver.rules.find((r: RuleMeta & { name: string }) => r.id === 'EO-ROLE-001');
    expect(rule.shortDescription.text).not.toBe('EO-ROLE-001');
    expect(rule.fullDescription.text.length).toBeGreaterThan(40);
    expect(rule.help.text).toContain("ExternalOAuthSuppressions.add(construct, [{ id: 'EO-ROLE-001'");
  });

  test("locates a result at the construct's source file and line when known", () => {
    const result = log.runs[0].results.find((r: any) => r.ruleId === 'EO-ROLE-001');
    expect(result.locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'examples/alation-entra-api/main.ts', uriBaseId: '%SRCROOT%' },
        region: { startLine: 57 },
      },
      logicalLocations: [{ name: 'Profile', fullyQualifiedName: 'alation-entra-api/Profile', kind: 'object' }],
    });
    expect(result).toMatchObject({
      level: 'warning',
      message: { text: 'alation-entra-api/Profile: machine-flow system user role Catalog Reader: check it is the least privilege' },
    });
    expect(result.partialFingerprints['externalOauthFinding/v1']).toMatch(/^[0-9a-f]{64}$/);
  });

  test('locates a result by construct path only when the source is unknown', () => {
    const result = log.runs[0].results.find((r: any) => r.ruleId === 'EO-API-001');
    expect(result.locations).toEqual([
      { logicalLocations: [{ name: 'Profile', fullyQualifiedName: 'alation-entra-api/Profile', kind: 'object' }] },
    ]);
  });

  test('marks suppressed findings with an inSource suppression and its reason', () => {
    const result = log.runs[0].results.find((r: any) => r.ruleId === 'EO-LIFE-002');
    expect(result.suppressions).toEqual([{ kind: 'inSource', justification: 'dbt Cloud requires 90 days' }]);
  });
});

describe('SARIF building blocks', () => {
  test('falls back to the findings for rules the pack does not know', () => {
    const rules = rulesFor([{ ruleId: 'X-1', severity: 'error', path: 'a/b', message: 'broken' }], new Map());
    expect(rules).toEqual([{ id: 'X-1', severity: 'error', title: 'X-1', explanation: 'broken' }]);
    const log = toSarif([{ ruleId: 'X-1', severity: 'error', path: 'a/b', message: 'broken', stack: 'a', manifest: 'm.json' }], rules, {
      version: '0.1.0',
      cwd: '/repo',
    });
    expectValidSarif(log);
    expect(log.runs[0].tool.driver.rules[0]).toMatchObject({ name: 'X1', defaultConfiguration: { level: 'error' } });
    expect(rulesFor([{ ruleId: 'X-2', severity: 'warning', title: 'Tokens expire', path: 'a', message: 'm' }], new Map())[0].title).toBe(
      'Tokens expire',
    );
  });

  test('finds rules in arrays, records and single exports of a module', () => {
    const rule = { id: 'EO-A-001', severity: 'warning', title: 'A', explanation: 'why', check: () => [] };
    expect([...rulesFromModule({ ALL_RULES: [rule], rule, other: 3 }).keys()]).toEqual(['EO-A-001']);
  });

  test('writes a file URI for sources outside the working folder', () => {
    const log = toSarif(
      [
        {
          ruleId: 'X-1',
          severity: 'warning',
          path: 'a/b',
          message: 'm',
          stack: 'a',
          manifest: 'm.json',
          source: { file: '/elsewhere/main.ts', line: 3 },
        },
      ],
      [],
      { version: '0.1.0', cwd: '/repo' },
    );
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'file:///elsewhere/main.ts' },
      region: { startLine: 3 },
    });
  });

  test('names rules in PascalCase from their title', () => {
    expect(pascalName("A trust's issuer string equals the issuer's `iss`")).toBe('ATrustsIssuerStringEqualsTheIssuersIss');
  });
});
