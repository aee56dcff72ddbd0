import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { Construct } from 'constructs';

import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { App, TerraformStack, Testing } from '../../lib/framework';
import { Annotations } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { readManifest } from '../../lib/manifest/read';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { ApiValidationProfile } from '../../lib/profile/api-validation-profile';

function declare(stack: TerraformStack): void {
  const issuer = new ExternalIssuer(stack, 'Ping', {
    kind: 'pingfederate',
    issuerUrl: 'https://sso.example.com',
    audiences: ['https://api.example.com'],
  });
  const client = new ExternalClient(stack, 'Client', { issuer, clientId: 'api-client', grantTypes: ['client_credentials'] });
  new ApiValidationProfile(stack, 'Profile', {
    name: 'orders-api',
    client,
    machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Reader' },
  });
}

describe('ManifestWriter', () => {
  let outdir: string;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-manifest-'));
  });
  afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('writes external-oauth.json beside cdk.tf.json, valid against the schema', () => {
    // GIVEN
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'demo');
    declare(stack);
    // WHEN
    app.synth();
    // THEN
    const file = path.join(outdir, 'stacks', 'demo', 'external-oauth.json');
    const manifest = readManifest(file);
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.stack).toBe('demo');
    expect(manifest.issuers[0]).toMatchObject({ path: 'demo/Ping', kind: 'pingfederate', jwksUrl: 'https://sso.example.com/pf/JWKS' });
    expect(manifest.clients[0]).toMatchObject({ path: 'demo/Client', issuer: 'demo/Ping', clientId: 'api-client' });
    expect(manifest.profiles).toEqual([
      {
        name: 'orders-api',
        clientId: 'api-client',
        issuer: 'https://sso.example.com',
        audiences: ['https://api.example.com'],
        jwksUrl: 'https://sso.example.com/pf/JWKS',
        machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Reader' },
        userFlow: { enabled: false },
        issuerKind: 'pingfederate',
      },
    ]);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'demo', 'cdk.tf.json'))).toBe(true);
  });

  test('the profiles output has the static id external_oauth_profiles', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'demo');
    declare(stack);
    const tf = JSON.parse(Testing.synth(stack));
    expect(tf.output.external_oauth_profiles.value).toEqual([expect.objectContaining({ name: 'orders-api', clientId: 'api-client' })]);
  });

  test('writes no manifest when an error was annotated (nothing half-written)', () => {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'demo');
    declare(stack);
    Annotations.of(stack).addError('broken on purpose');
    expect(() => app.synth()).toThrow(/broken on purpose/);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'demo', 'external-oauth.json'))).toBe(false);
  });

  test('resolves apply-time values to Terraform expressions', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'demo');
    const { TerraformVariable } = require('../../lib/framework');
    const v = new TerraformVariable(stack, 'client_id', { type: 'string' });
    const issuer = new ExternalIssuer(stack, 'Ping', { kind: 'pingfederate', issuerUrl: 'https://sso.example.com', audiences: ['a'] });
    new ExternalClient(stack, 'Client', { issuer, clientId: v.stringValue, grantTypes: ['client_credentials'] });
    const manifest = ManifestWriter.of(stack).build();
    expect(manifest.clients[0].clientId).toBe('${var.client_id}');
  });
});

describe('ManifestWriter record order', () => {
  test('lists records in construct-tree order, not the order they were declared, and each stack only its own', () => {
    // GIVEN an issuer declared before one inside a group that was added to the tree first
    const app = Testing.app();
    const stack = new TerraformStack(app, 'demo');
    const other = new TerraformStack(app, 'other');
    const group = new Construct(stack, 'Group');
    new ExternalIssuer(stack, 'Ping', { kind: 'pingfederate', issuerUrl: 'https://sso.example.com', audiences: ['a'] });
    new ExternalIssuer(group, 'Auth0', { kind: 'auth0', issuerUrl: 'https://tenant.example.com/', audiences: ['b'] });
    new ExternalIssuer(other, 'Elsewhere', { kind: 'pingfederate', issuerUrl: 'https://idp.example.org', audiences: ['c'] });
    // WHEN
    const manifest = ManifestWriter.of(stack).build();
    // THEN
    expect(manifest.issuers.map((i) => i.path)).toEqual(['demo/Group/Auth0', 'demo/Ping']);
    expect(
      ManifestWriter.of(other)
        .build()
        .issuers.map((i) => i.path),
    ).toEqual(['other/Elsewhere']);
  });
});

describe('source locations', () => {
  test('records the declaring file and line of each trust-model construct', () => {
    const { sourceLocationOf } = require('../../lib/core/source-location');
    const app = Testing.app();
    const stack = new TerraformStack(app, 'demo');
    const issuer = new ExternalIssuer(stack, 'Ping', { kind: 'pingfederate', issuerUrl: 'https://sso.example.com', audiences: ['a'] });
    // The issuer is declared two lines above the `new Error()` below.
    const line = Number(new Error().stack!.split('\n')[1].match(/:(\d+):\d+\)?$/)![1]) - 2;
    expect(sourceLocationOf(issuer)).toEqual({ file: 'test/manifest/manifest-writer.test.ts', line });
  });
});
