/**
 * Real Terraform, offline: the synthesized AWS resources pass `terraform init`, `validate` and
 * `plan -refresh=false` with the hashicorp/aws 5.100.0 filesystem mirror (NOTES.md). Resources
 * that 5.100.0 does not know (aws_redshift_idc_application, from 6.28.0) and non-AWS providers
 * are dropped from the copy, and so is the `import` block that adopts an existing
 * aws_redshift_idc_application: an import block needs its target resource in the configuration,
 * and 5.100.0 rejects that resource ("Invalid resource type ... does not support resource type
 * aws_redshift_idc_application"), so it cannot be validated here (its synthesized JSON is
 * asserted in redshift-trusted-token-issuer.test.ts). Skipped, and says so, when terraform or the mirror is absent.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { TerraformStack, Testing } from '../../lib/framework';
import { AwsProvider } from '../../lib/providers/aws/provider';
import { RedshiftTrustedTokenIssuer } from '../../lib/redshift/redshift-trusted-token-issuer';
import { SnowflakeExternalOAuth } from '../../lib/snowflake/snowflake-external-oauth';
import { FakeIssuer } from '../support/fake-issuer';

const run = promisify(execFile);
const MIRROR = '/opt/tf-plugins';
const MIRROR_AWS_VERSION = '5.100.0';
/** aws_* resource types that the mirrored provider does not have. */
const UNKNOWN_TO_MIRROR = ['aws_redshift_idc_application'];
const TIMEOUT_MS = 120_000;
const ADOPTED_ARN = 'arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

function onPath(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, binary);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const TERRAFORM = onPath('terraform');
const AVAILABLE = TERRAFORM !== undefined && fs.existsSync(MIRROR);
const SKIP_REASON = 'SKIPPED: terraform or /opt/tf-plugins not present';
if (!AVAILABLE) console.warn(`test/redshift/terraform-validate.test.ts ${SKIP_REASON}`);
const maybeDescribe = AVAILABLE ? describe : describe.skip;

type TfJson = Record<string, any>;

/**
 * A copy of the stack with only the AWS resources the mirrored provider knows, pinned to it.
 * Top-level `import` blocks are not copied: the only one targets aws_redshift_idc_application.
 */
function restrictToMirroredAws(tf: TfJson): TfJson {
  const keep = (type: string): boolean => type.startsWith('aws_') && !UNKNOWN_TO_MIRROR.includes(type);
  const pick = (block: TfJson | undefined): TfJson | undefined => {
    const entries = Object.entries(block ?? {}).filter(([type]) => keep(type));
    return entries.length ? Object.fromEntries(entries) : undefined;
  };
  const copy: TfJson = {
    terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: MIRROR_AWS_VERSION } } },
    provider: { aws: tf.provider.aws },
  };
  const resource = pick(tf.resource);
  const data = pick(tf.data);
  if (resource) copy.resource = resource;
  if (data) copy.data = data;
  return copy;
}

function declare(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'redshift-offline');
  new AwsProvider(stack, 'aws', {
    region: 'eu-west-1',
    accessKey: 'AKIAIOSFODNN7EXAMPLE',
    secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: 'true',
  });
  const tenant = '00000000-0000-0000-0000-000000000001';
  const entra = new FakeIssuer(stack, 'Entra', {
    kind: 'entra',
    issuerUrl: `https://sts.windows.net/${tenant}/`,
    jwksUrl: `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
    audiences: ['api://redshift'],
  });
  new RedshiftTrustedTokenIssuer(stack, 'Redshift', {
    issuer: entra,
    instanceArn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
    claimAttributePath: 'upn',
    identityStoreAttributePath: 'emails.value',
    application: { name: 'analytics', iamRoleArn: 'arn:aws:iam::123456789012:role/redshift-idc' },
    tags: { owner: 'data-platform' },
  });
  new RedshiftTrustedTokenIssuer(stack, 'RedshiftExisting', {
    issuer: entra,
    instanceArn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
    claimAttributePath: 'email',
    existingApplicationArn: 'arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
  });
  // An adopted application: its trusted token issuer is validated; its import block and the
  // application itself (aws >= 6.28.0) are dropped from the copy.
  new RedshiftTrustedTokenIssuer(stack, 'RedshiftAdopted', {
    issuer: entra,
    instanceArn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
    claimAttributePath: 'upn',
    adoptedApplication: { arn: ADOPTED_ARN, name: 'existing-redshift', iamRoleArn: 'arn:aws:iam::123456789012:role/redshift-idc' },
  });
  // A non-AWS resource in the same stack: dropped from the copy.
  new SnowflakeExternalOAuth(stack, 'Snowflake', { issuer: entra, name: 'ENTRA_OAUTH', userMappingClaim: 'upn' });
  return stack;
}

maybeDescribe(
  AVAILABLE ? `terraform init/validate/plan offline against the hashicorp/aws ${MIRROR_AWS_VERSION} mirror` : SKIP_REASON,
  () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;

    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-tf-redshift-'));
      const cliConfig = path.join(dir, 'terraformrc');
      fs.writeFileSync(
        cliConfig,
        `provider_installation {\n  filesystem_mirror {\n    path    = "${MIRROR}"\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`,
      );
      env = {
        ...process.env,
        TF_CLI_CONFIG_FILE: cliConfig,
        TF_IN_AUTOMATION: '1',
        CHECKPOINT_DISABLE: '1',
        AWS_EC2_METADATA_DISABLED: 'true',
      };
      delete env.TF_PLUGIN_CACHE_DIR;
      delete env.AWS_PROFILE;
      delete env.TF_DATA_DIR;
    });

    afterAll(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    async function terraform(...args: string[]): Promise<string> {
      const work = path.join(dir, 'stack');
      try {
        const { stdout } = await run(TERRAFORM!, [...args, '-no-color'], {
          cwd: work,
          env,
          timeout: TIMEOUT_MS - 10_000,
          maxBuffer: 16 * 1024 * 1024,
        });
        return stdout;
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string; message: string };
        throw new Error(`terraform ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`, { cause: e });
      }
    }

    test(
      'the trusted token issuer passes init, validate and plan -refresh=false',
      async () => {
        // GIVEN the synthesized stack, restricted to what the mirrored provider knows
        const full = JSON.parse(Testing.synth(declare())) as TfJson;
        const copy = restrictToMirroredAws(full);
        expect(Object.keys(copy.resource)).toEqual(['aws_ssoadmin_trusted_token_issuer']);
        expect(Object.keys(full.resource)).toEqual(
          expect.arrayContaining(['aws_redshift_idc_application', 'snowflake_external_oauth_integration']),
        );
        // the import block of the adopted application targets a type 5.100.0 lacks: not validated here
        expect(full.import).toEqual([
          expect.objectContaining({ id: ADOPTED_ARN, to: expect.stringMatching(/^aws_redshift_idc_application\./) }),
        ]);
        expect(copy).not.toHaveProperty('import');
        // nothing left refers to a dropped resource
        expect(JSON.stringify(copy)).not.toMatch(/\$\{(aws_redshift_idc_application|snowflake_)/);
        const work = path.join(dir, 'stack');
        fs.mkdirSync(work, { recursive: true });
        fs.writeFileSync(path.join(work, 'main.tf.json'), JSON.stringify(copy, null, 2));

        // WHEN
        const init = await terraform('init', '-input=false', '-backend=false');
        const validate = await terraform('validate');
        const plan = await terraform('plan', '-refresh=false', '-input=false', '-lock=false');

        // THEN
        expect(init).toMatch(/Terraform has been successfully initialized/);
        expect(init).toMatch(new RegExp(`hashicorp/aws v${MIRROR_AWS_VERSION.replace(/\./g, '\\.')}`));
        expect(validate).toMatch(/Success! The configuration is valid/);
        expect(plan).toMatch(/Plan: 3 to add, 0 to change, 0 to destroy/);
        expect(plan).toMatch(/issuer_url\s+= "https:\/\/sts\.windows\.net\/00000000-0000-0000-0000-000000000001\/"/);
        expect(plan).toMatch(/jwks_retrieval_option\s+= "OPEN_ID_DISCOVERY"/);
      },
      TIMEOUT_MS,
    );
  },
);
