import * as fs from 'node:fs';
import * as path from 'node:path';

import * as api from '../lib';
import * as checksApi from '../lib/checks';
import * as manifestApi from '../lib/manifest';
import { VERSION } from '../lib/version';

describe('package entry', () => {
  test('VERSION equals package.json version (it is written into every manifest)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });

  test('exports every construct and the checks Aspect by name', () => {
    for (const name of [
      'OktaAuthorizationServer',
      'OktaOidcApp',
      'EntraProtectedApi',
      'EntraClientApp',
      'ExternalIssuer',
      'ExternalClient',
      'KeycloakBroker',
      'SnowflakeExternalOAuth',
      'RedshiftTrustedTokenIssuer',
      'ApiValidationProfile',
      'ExternalOAuthChecks',
      'ExternalOAuthSuppressions',
      'Duration',
      'SnowflakeScope',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
    }
  });

  test('the manifest and checks APIs and internal helpers are not at the root', () => {
    for (const name of [
      'readManifests',
      'manifestProblems',
      'MANIFEST_SCHEMA',
      'runRules',
      'ALL_RULES',
      'alterAudienceStatement',
      'modifyApplicationCommand',
      'flowOfGrant',
      'trustModelOf',
    ]) {
      expect((api as Record<string, unknown>)[name]).toBeUndefined();
    }
  });

  test('the ./manifest and ./checks entries hold the manifest reader and the rules', () => {
    expect(typeof manifestApi.readManifests).toBe('function');
    expect(typeof manifestApi.manifestProblems).toBe('function');
    expect(typeof checksApi.runRules).toBe('function');
    expect(checksApi.ALL_RULES.length).toBeGreaterThan(0);
  });

  test('package.json exports ./manifest and ./checks, and the examples resolve the same entries to the sources', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    const tsconfig = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'tsconfig.json'), 'utf8'));
    for (const sub of ['manifest', 'checks']) {
      expect(pkg.exports[`./${sub}`].default).toBe(`./dist/lib/${sub}/index.js`);
      expect(require.resolve(`cdktf-external-oauth/${sub}`)).toBe(path.join(__dirname, '..', 'lib', sub, 'index.ts'));
    }
    expect(tsconfig.compilerOptions.paths['cdktf-external-oauth']).toEqual(['./lib/index.ts']);
  });

  test('package.json maps ./validator to the runtime entry', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    expect(pkg.exports['./validator'].default).toBe('./dist/lib/validator/index.js');
    expect(pkg.engines.node).toBe('>=20.19.0');
  });
});
