import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { ExternalOAuthChecks } from '../../lib/checks/aspect';
import { ExternalOAuthSuppressions } from '../../lib/checks/suppressions';
import { ClientAssignment } from '../../lib/core/client-program';
import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { App, Aspects, TerraformStack, TerraformVariable } from '../../lib/framework';
import { readManifest } from '../../lib/manifest/read';
import type { TrustManifest } from '../../lib/manifest/types';
import { ApiValidationProfile, ApiValidationProfileProps } from '../../lib/profile/api-validation-profile';
import { NOW } from './support';

let outdir: string;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-checks-'));
});
afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

function app(): App {
  const a = new App({ outdir });
  Aspects.of(a).add(new ExternalOAuthChecks({ now: NOW }));
  return a;
}

function declare(
  stack: TerraformStack,
  profile: Partial<ApiValidationProfileProps> = {},
): { issuer: ExternalIssuer; client: ExternalClient; profile: ApiValidationProfile } {
  const issuer = new ExternalIssuer(stack, 'Ping', {
    kind: 'pingfederate',
    issuerUrl: 'https://sso.example.com',
    audiences: ['https://api.example.com'],
  });
  const client = new ExternalClient(stack, 'Client', { issuer, clientId: 'api-client', grantTypes: ['client_credentials'] });
  const p = new ApiValidationProfile(stack, 'Profile', {
    name: 'orders-api',
    client,
    machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Reader' },
    ...profile,
  });
  return { issuer, client, profile: p };
}

function manifestOf(stack = 'demo'): TrustManifest {
  return readManifest(path.join(outdir, 'stacks', stack, 'external-oauth.json'));
}

function annotationsOf(stack = 'demo'): { constructPath: string; level: string; message: string }[] {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')).stacks[stack].annotations;
}

describe('ExternalOAuthChecks', () => {
  test('a clean stack synthesizes with no findings', () => {
    // GIVEN
    const a = app();
    declare(new TerraformStack(a, 'demo'));
    // WHEN
    a.synth();
    // THEN
    expect(manifestOf().findings).toEqual([]);
  });

  test('fails when an error finding exists: synth aborts with the rule id, the construct path and the fix', () => {
    // GIVEN a profile that accepts Microsoft Graph tokens
    const a = app();
    declare(new TerraformStack(a, 'demo'), { audiences: ['https://api.example.com', 'https://graph.microsoft.com'] });
    // WHEN / THEN
    expect(() => a.synth()).toThrow(
      /\[demo\/Profile\] \[EO-API-001\] API validation profile "orders-api" \(demo\/Profile\) accepts audience "https:\/\/graph\.microsoft\.com".*Fix:/,
    );
    expect(fs.existsSync(path.join(outdir, 'stacks', 'demo', 'external-oauth.json'))).toBe(false);
  });

  test('a warning is annotated on its construct and recorded in the manifest with its source line', () => {
    // GIVEN a machine flow mapped to Server Admin
    const a = app();
    const stack = new TerraformStack(a, 'demo');
    declare(stack, { machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' } });
    const line = Number(new Error().stack!.split('\n')[1].match(/:(\d+):\d+\)?$/)![1]);
    // WHEN
    a.synth();
    // THEN
    const [finding] = manifestOf().findings;
    expect(finding).toMatchObject({
      ruleId: 'EO-ROLE-001',
      severity: 'warning',
      title: 'Machine-flow system users do not get administrator roles',
      path: 'demo/Profile',
      message: expect.stringContaining('"Server Admin"'),
    });
    expect(finding.suppressed).toBeUndefined();
    expect(finding.source?.file).toBe('test/checks/aspect.test.ts');
    expect(finding.source?.line).toBeLessThanOrEqual(line);
    expect(annotationsOf()).toEqual([
      expect.objectContaining({ constructPath: 'demo/Profile', level: '@cdktf/warn', message: expect.stringContaining('[EO-ROLE-001]') }),
    ]);
  });

  test('a suppressed finding stays in the manifest with its reason and is not annotated', () => {
    // GIVEN
    const a = app();
    const { profile } = declare(new TerraformStack(a, 'demo'), {
      machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' },
    });
    ExternalOAuthSuppressions.add(profile, [{ id: 'EO-ROLE-001', reason: 'Alation requires Server Admin for the metadata crawler' }]);
    // WHEN
    a.synth();
    // THEN
    expect(manifestOf().findings).toEqual([
      expect.objectContaining({ ruleId: 'EO-ROLE-001', suppressed: { reason: 'Alation requires Server Admin for the metadata crawler' } }),
    ]);
    expect(annotationsOf()).toEqual([]);
  });

  test('a suppression on the stack covers its children, and suppressing an error lets synth pass', () => {
    const a = app();
    const stack = new TerraformStack(a, 'demo');
    declare(stack, { audiences: ['https://api.example.com', 'https://graph.microsoft.com'] });
    ExternalOAuthSuppressions.add(stack, [
      { id: 'EO-AUD-001', reason: 'legacy client, removal tracked in JIRA-123' },
      { id: 'EO-API-001', reason: 'legacy client, removal tracked in JIRA-123' },
    ]);
    expect(() => a.synth()).not.toThrow();
    expect(manifestOf().findings).toEqual([
      expect.objectContaining({
        ruleId: 'EO-AUD-001',
        severity: 'error',
        path: 'demo/Profile',
        suppressed: { reason: 'legacy client, removal tracked in JIRA-123' },
      }),
      expect.objectContaining({
        ruleId: 'EO-API-001',
        severity: 'error',
        path: 'demo/Profile',
        suppressed: { reason: 'legacy client, removal tracked in JIRA-123' },
      }),
    ]);
  });

  test('fails when a suppression matches nothing', () => {
    const a = app();
    const { client } = declare(new TerraformStack(a, 'demo'));
    ExternalOAuthSuppressions.add(client, [{ id: 'EO-GRANT-001', reason: 'hybrid flow needed by the vendor' }]);
    expect(() => a.synth()).toThrow(
      /\[demo\/Client\] \[EO-SUP-001\] The suppression of EO-GRANT-001 on demo\/Client .* matches no finding/,
    );
  });

  test('a suppression on the app covers every stack and may match in only one of them', () => {
    const a = app();
    declare(new TerraformStack(a, 'one'), { machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'admin' } });
    declare(new TerraformStack(a, 'two'));
    ExternalOAuthSuppressions.add(a, [{ id: 'EO-ROLE-001', reason: 'crawler needs admin in every environment' }]);
    expect(() => a.synth()).not.toThrow();
    expect(manifestOf('one').findings).toEqual([
      expect.objectContaining({ ruleId: 'EO-ROLE-001', suppressed: { reason: 'crawler needs admin in every environment' } }),
    ]);
    expect(manifestOf('two').findings).toEqual([]);
  });

  test('fails when a suppression on the app matches nothing in any stack', () => {
    const a = app();
    declare(new TerraformStack(a, 'one'));
    declare(new TerraformStack(a, 'two'));
    ExternalOAuthSuppressions.add(a, [{ id: 'EO-ROLE-001', reason: 'crawler needs admin in every environment' }]);
    expect(() => a.synth()).toThrow(/\[EO-SUP-001\] The suppression of EO-ROLE-001 on the app .* matches no finding in any stack/);
  });

  test('fails when a suppression reason is shorter than 10 characters', () => {
    const a = app();
    const { profile } = declare(new TerraformStack(a, 'demo'));
    expect(() => ExternalOAuthSuppressions.add(profile, [{ id: 'EO-ROLE-001', reason: 'needed' }])).toThrow(
      /\[demo\/Profile\] suppressions\[0\]\.reason: must explain the suppression in at least 10 characters/,
    );
  });

  test('a value known only at apply yields a could-not-evaluate warning, never a pass', () => {
    // GIVEN a redirect URI that is a Terraform variable
    const a = app();
    const stack = new TerraformStack(a, 'demo');
    const callback = new TerraformVariable(stack, 'callback', { type: 'string' });
    const issuer = new ExternalIssuer(stack, 'Ping', {
      kind: 'pingfederate',
      issuerUrl: 'https://sso.example.com',
      audiences: ['https://api.example.com'],
    });
    new ExternalClient(stack, 'Web', {
      issuer,
      clientId: 'web',
      grantTypes: ['authorization_code'],
      redirectUris: [callback.stringValue],
      assignment: ClientAssignment.groups(['web-users']),
    });
    // WHEN
    a.synth();
    // THEN
    expect(manifestOf().findings).toEqual([
      expect.objectContaining({
        ruleId: 'EO-URI-001',
        severity: 'warning',
        evaluated: false,
        path: 'demo/Web',
        message: expect.stringMatching(
          /^Could not be evaluated at demo\/Web: redirectUris\[0\] "\$\{var\.callback\}" is an apply-time value/,
        ),
      }),
    ]);
  });

  test('checks each stack once when the aspect is on both the app and the stack', () => {
    const a = app();
    const stack = new TerraformStack(a, 'demo');
    Aspects.of(stack).add(new ExternalOAuthChecks({ now: NOW }));
    declare(stack, { machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Owner' } });
    a.synth();
    expect(manifestOf().findings).toHaveLength(1);
  });

  test('works when added to a stack only', () => {
    const a = new App({ outdir });
    const stack = new TerraformStack(a, 'demo');
    Aspects.of(stack).add(new ExternalOAuthChecks({ now: NOW }));
    declare(stack, { audiences: ['00000003-0000-0000-c000-000000000000'] });
    expect(() => a.synth()).toThrow(/EO-API-001/);
  });

  test('checks every stack of the app and leaves stacks without trust model alone', () => {
    const a = app();
    declare(new TerraformStack(a, 'one'), { machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'admin' } });
    declare(new TerraformStack(a, 'two'));
    new TerraformStack(a, 'plain');
    a.synth();
    expect(manifestOf('one').findings.map((f) => f.ruleId)).toEqual(['EO-ROLE-001']);
    expect(manifestOf('two').findings).toEqual([]);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'plain', 'external-oauth.json'))).toBe(false);
  });
});
