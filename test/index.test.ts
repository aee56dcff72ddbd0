import * as fs from 'node:fs';
import * as path from 'node:path';
import * as api from '../lib';
import { VERSION } from '../lib/version';

describe('package entry', () => {
  test('VERSION equals package.json version (it is written into every manifest)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });

  test('exports every construct, the checks and the manifest reader by name', () => {
    for (const name of ['OktaAuthorizationServer', 'OktaOidcApp', 'EntraProtectedApi', 'EntraClientApp', 'ExternalIssuer', 'ExternalClient', 'KeycloakBroker', 'SnowflakeExternalOAuth', 'RedshiftTrustedTokenIssuer', 'ApiValidationProfile', 'ExternalOAuthChecks', 'ExternalOAuthSuppressions', 'readManifests', 'Duration', 'SnowflakeScope']) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
    }
  });

  test('package.json maps ./validator to the runtime entry', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    expect(pkg.exports['./validator'].default).toBe('./dist/lib/validator/index.js');
    expect(pkg.engines.node).toBe('>=20.19.0');
  });
});
