/**
 * `drift --plan` on JSON from a REAL `terraform plan` of a small AWS stack (the Redshift trusted
 * token issuer), offline: the provider comes from the /opt/tf-plugins mirror, and the SSO Admin
 * API that the refresh calls is a loopback stand-in that reports a value changed outside
 * Terraform, so that Terraform itself writes `resource_drift`. Skipped (and named so) when
 * terraform or the mirror is missing.
 */
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { cli } from '../cli/support/run-cli';
import { ENTRA_V1_ISSUER, tempDir } from '../review/fixtures/manifests';

const MIRROR = '/opt/tf-plugins';
const terraformFound = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;
const mirrorFound = fs.existsSync(path.join(MIRROR, 'registry.terraform.io', 'hashicorp', 'aws'));
const available = terraformFound && mirrorFound;
const skipReason = !terraformFound ? 'terraform not on PATH' : `no hashicorp/aws in the ${MIRROR} mirror`;
const run = promisify(execFile);

const INSTANCE_ARN = 'arn:aws:sso:::instance/ssoins-1234567890abcdef';
const ISSUER_ARN = 'arn:aws:sso::123456789012:trustedTokenIssuer/ssoins-1234567890abcdef/tti-1';
const ADDRESS = 'aws_ssoadmin_trusted_token_issuer.EntraDbt';
const CLAIM_PATH = 'trusted_token_issuer_configuration[0].oidc_jwt_configuration[0].claim_attribute_path';

function oidcConfiguration(claim: string) {
  return {
    claim_attribute_path: claim,
    identity_store_attribute_path: 'emails.value',
    issuer_url: ENTRA_V1_ISSUER,
    jwks_retrieval_option: 'OPEN_ID_DISCOVERY',
  };
}

/** The AWS part of the entra-redshift-dbt stack, as synth writes it (pinned to the mirrored provider). */
function stack(ssoAdminEndpoint: string) {
  return {
    terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '5.100.0' } } },
    provider: {
      aws: [
        {
          region: 'us-east-1',
          access_key: 'AKIAIOSFODNN7EXAMPLE',
          secret_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          skip_credentials_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: true,
          endpoints: [{ ssoadmin: ssoAdminEndpoint }],
        },
      ],
    },
    resource: {
      aws_ssoadmin_trusted_token_issuer: {
        EntraDbt: {
          name: 'entra-dbt',
          instance_arn: INSTANCE_ARN,
          trusted_token_issuer_type: 'OIDC_JWT',
          trusted_token_issuer_configuration: [{ oidc_jwt_configuration: [oidcConfiguration('upn')] }],
        },
      },
    },
  };
}

/** A state in which the issuer exists as declared (claim `upn`). */
function deployedState() {
  return {
    version: 4,
    terraform_version: '1.11.4',
    serial: 1,
    lineage: '5b0c8f8e-0000-4000-8000-000000000001',
    outputs: {},
    resources: [
      {
        mode: 'managed',
        type: 'aws_ssoadmin_trusted_token_issuer',
        name: 'EntraDbt',
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              arn: ISSUER_ARN,
              id: ISSUER_ARN,
              client_token: null,
              instance_arn: INSTANCE_ARN,
              name: 'entra-dbt',
              tags: null,
              tags_all: {},
              trusted_token_issuer_type: 'OIDC_JWT',
              trusted_token_issuer_configuration: [{ oidc_jwt_configuration: [oidcConfiguration('upn')] }],
            },
            sensitive_attributes: [],
          },
        ],
      },
    ],
  };
}

/** Loopback stand-in for the SSO Admin API: someone changed the claim to `email` in the console. */
function startSsoAdmin(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      if (target.endsWith('.DescribeTrustedTokenIssuer')) {
        const c = oidcConfiguration('email');
        res.end(
          JSON.stringify({
            Name: 'entra-dbt',
            TrustedTokenIssuerArn: ISSUER_ARN,
            TrustedTokenIssuerType: 'OIDC_JWT',
            TrustedTokenIssuerConfiguration: {
              OidcJwtConfiguration: {
                ClaimAttributePath: c.claim_attribute_path,
                IdentityStoreAttributePath: c.identity_store_attribute_path,
                IssuerUrl: c.issuer_url,
                JwksRetrievalOption: c.jwks_retrieval_option,
              },
            },
          }),
        );
      } else if (target.endsWith('.ListTagsForResource')) {
        res.end(JSON.stringify({ Tags: [] }));
      } else {
        res.statusCode = 400;
        res.end(JSON.stringify({ __type: 'ValidationException', message: `not supported here: ${target}` }));
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(available ? describe : describe.skip)(`drift --plan on a real terraform plan${available ? '' : ` (SKIPPED: ${skipReason})`}`, () => {
  let dir: string;
  let ssoAdmin: http.Server;
  const env = () => ({
    ...process.env,
    TF_CLI_CONFIG_FILE: path.join(dir, 'cli.tfrc'),
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  const terraform = (...args: string[]) =>
    run('terraform', [...args, '-no-color'], { cwd: dir, env: env(), timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  const showJson = async (planFile: string, jsonFile: string) =>
    fs.writeFileSync(
      path.join(dir, jsonFile),
      (await run('terraform', ['show', '-json', planFile], { cwd: dir, env: env(), maxBuffer: 16 * 1024 * 1024 })).stdout,
    );

  beforeAll(async () => {
    dir = tempDir('eo-tf-');
    ssoAdmin = await startSsoAdmin();
    const endpoint = `http://127.0.0.1:${(ssoAdmin.address() as AddressInfo).port}`;
    fs.writeFileSync(path.join(dir, 'cli.tfrc'), `provider_installation {\n  filesystem_mirror {\n    path = "${MIRROR}"\n  }\n}\n`);
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(stack(endpoint), null, 2));
    await terraform('init', '-input=false');
    // Not deployed yet: a pending create, planned without refresh.
    await terraform('plan', '-refresh=false', '-input=false', '-out=create.tfplan');
    await showJson('create.tfplan', 'create.json');
    // Deployed as declared, then changed outside Terraform: the refresh finds the drift.
    fs.writeFileSync(path.join(dir, 'terraform.tfstate'), JSON.stringify(deployedState(), null, 2));
    await terraform('plan', '-input=false', '-out=drift.tfplan');
    await showJson('drift.tfplan', 'drift.json');
  }, 180_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (ssoAdmin ? ssoAdmin.close(() => resolve()) : resolve()));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('reports the trusted token issuer changed outside Terraform (resource_drift) and the pending fix, exit 2', async () => {
    // WHEN
    const result = await cli(['drift', '--plan', 'drift.json', '--format', 'json'], { cwd: dir });
    // THEN
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(
      report.plan.resources.map((r: { category: string; action: string; address: string }) => [r.category, r.action, r.address]),
    ).toEqual([
      ['drift', 'update', ADDRESS],
      ['pending', 'update', ADDRESS],
    ]);
    expect(report.plan.resources[0].attributes).toContainEqual({ path: CLAIM_PATH, before: 'upn', after: 'email' });
    expect(report.plan.resources[1].attributes).toContainEqual({ path: CLAIM_PATH, before: 'email', after: 'upn' });
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['resource_drift', 'pending_change']);
  });

  test('prints exactly the changed attribute in text (the example of the README)', async () => {
    const result = await cli(['drift', '--plan', 'drift.json'], { cwd: dir });
    expect(result.stdout).toBe(
      [
        'plan drift.json: 2 identity resource(s) changed, 0 other resource change(s) ignored',
        `  drifted update ${ADDRESS}`,
        `    ${CLAIM_PATH}: upn -> email`,
        `  pending update ${ADDRESS}`,
        `    ${CLAIM_PATH}: email -> upn`,
        `drift  resource_drift ${ADDRESS}: changed outside Terraform: ${CLAIM_PATH}`,
        `drift  pending_change ${ADDRESS}: pending update: ${CLAIM_PATH}`,
        'DRIFT: 2 drift, 0 unreachable, 0 error(s), 0 notice(s)',
        '',
      ].join('\n'),
    );
  });

  test('reports a not-yet-deployed trusted token issuer as a pending create with its values', async () => {
    const report = JSON.parse((await cli(['drift', '--plan', 'create.json', '--format', 'json'], { cwd: dir })).stdout);
    expect(report.exitCode).toBe(2);
    const [resource] = report.plan.resources;
    expect(resource).toMatchObject({ category: 'pending', action: 'create', address: ADDRESS });
    expect(resource.attributes).toEqual(
      expect.arrayContaining([
        { path: 'arn', before: '(none)', after: '(known after apply)' },
        { path: CLAIM_PATH, before: '(none)', after: 'upn' },
        { path: 'trusted_token_issuer_configuration[0].oidc_jwt_configuration[0].issuer_url', before: '(none)', after: ENTRA_V1_ISSUER },
      ]),
    );
  });
});
