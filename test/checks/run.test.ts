import * as fs from 'node:fs';
import * as path from 'node:path';

import type { Rule } from '../../lib/checks/rule';
import { ALL_RULES } from '../../lib/checks/rules';
import { renderRulesMarkdown } from '../../lib/checks/rules-doc';
import { runRules } from '../../lib/checks/run';
import {
  apiClient,
  broker,
  client,
  entraClient,
  entraIssuer,
  externalIssuer,
  manifest,
  NOW,
  oktaIssuer,
  oktaSnowflake,
  profile,
  redshift,
  snowflake,
} from './support';

/** Every kind of record, consistent: no rule fires. */
function cleanManifest() {
  const base = oktaSnowflake();
  return manifest({
    issuers: [...base.issuers, entraIssuer(), externalIssuer()],
    clients: [
      client({
        redirectUris: ['https://ataccama.example.com/auth/realms/one/broker/okta/endpoint'],
        postLogoutRedirectUris: ['https://ataccama.example.com/auth/realms/one/broker/okta/endpoint/logout_response'],
      }),
      entraClient(),
      apiClient(),
    ],
    trusts: [...base.trusts, redshift(), profile()],
    brokers: [broker({ reserveSeconds: 3600, ssoSessionIdleSeconds: 8 * 3600 })],
  });
}

describe('the rule pack', () => {
  test('ids are unique, namespaced and documented', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^EO-[A-Z]+-\d{3}$/);
      expect(['error', 'warning']).toContain(r.severity);
      expect(r.title.length).toBeGreaterThan(10);
      expect(r.explanation).toMatch(/Fix:/);
    }
  });

  test('every rule has a failing and a passing test in test/checks/rules', () => {
    const dir = path.join(__dirname, 'rules');
    const text = fs
      .readdirSync(dir)
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    for (const { id } of ALL_RULES) {
      const block = text.split(/\ndescribe\(/).find((b) => b.startsWith(`'${id} `) || b.startsWith(`"${id} `));
      expect({ id, hasBlock: !!block }).toEqual({ id, hasBlock: true });
      expect({ id, fails: /test(\.each\(.*?\))?\(\s*['"]fails (when|at|for)/s.test(block!) }).toEqual({ id, fails: true });
      expect({ id, passes: /test(\.each\(.*?\))?\(\s*['"]passes/s.test(block!) }).toEqual({ id, passes: true });
    }
  });

  test('RULES.md is generated from the rule files (run `npm run rules` when this fails)', () => {
    const file = path.join(__dirname, '..', '..', 'RULES.md');
    expect(fs.readFileSync(file, 'utf8')).toBe(renderRulesMarkdown());
  });
});

describe('runRules', () => {
  test('finds nothing on a consistent manifest of every record kind', () => {
    expect(runRules(cleanManifest(), { now: NOW })).toEqual([]);
  });

  test('turns violations into findings with the rule id, severity and title', () => {
    // GIVEN an access-token lifetime of 61 minutes
    const m = manifest({
      issuers: [
        oktaIssuer({
          policies: [
            {
              name: 'p',
              priority: 1,
              clients: [],
              rules: [{ name: 'r', priority: 1, grantTypes: ['client_credentials'], scopes: [], accessTokenLifetimeMinutes: 61 }],
            },
          ],
        }),
      ],
    });
    // WHEN
    const findings = runRules(m, { now: NOW });
    // THEN
    expect(findings).toEqual([
      {
        ruleId: 'EO-LIFE-001',
        severity: 'warning',
        title: 'Access tokens live at most 60 minutes',
        path: 's/Okta',
        message: expect.stringContaining('61 minutes'),
      },
    ]);
  });

  test('reports an unevaluable rule as a warning with evaluated: false, even for an error rule', () => {
    const base = oktaSnowflake();
    const findings = runRules(manifest({ ...base, trusts: [snowflake({ jwksUrls: '${var.jwks}' as unknown as string[] })] }), { now: NOW });
    const f = findings.find((x) => x.ruleId === 'EO-SNOW-007');
    expect(f).toMatchObject({ severity: 'warning', evaluated: false, path: 's/Snowflake' });
    expect(f!.message).toMatch(/^Could not be evaluated at s\/Snowflake: .*apply-time value\. It is reported, not passed/);
  });

  test('reports a crashing rule as an error, never a pass', () => {
    const broken: Rule = {
      id: 'EO-TEST-001',
      severity: 'warning',
      title: 'crashes on purpose',
      explanation: 'Fix: none',
      check: () => {
        throw new Error('boom');
      },
    };
    expect(runRules({ ...manifest(), stack: 'demo' }, { rules: [broken] })).toEqual([
      expect.objectContaining({
        ruleId: 'EO-TEST-001',
        severity: 'error',
        evaluated: false,
        path: 'demo',
        message: expect.stringContaining('boom'),
      }),
    ]);
  });

  test('ignores findings already in the manifest (the CLI re-runs on a written manifest)', () => {
    const m = { ...cleanManifest(), findings: [{ ruleId: 'EO-X-001', severity: 'error', path: 'x', message: 'old' }] };
    expect(runRules(m, { now: NOW })).toEqual([]);
  });
});

describe('purity', () => {
  test('runRules and the rules load neither cdktf nor constructs (the CLI uses them)', () => {
    // GIVEN a fresh Node process
    const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
    const script =
      "require('./lib/checks/run'); require('./lib/checks/rules-doc'); require('./lib/checks/rules/index'); process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((k) => /node_modules[\\\\/](cdktf|cdktn|constructs)[\\\\/]/.test(k))))";
    // WHEN
    const loaded = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' }),
    );
    // THEN
    expect(loaded).toEqual([]);
  }, 30_000);
});
