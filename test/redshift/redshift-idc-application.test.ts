import { CONFIG_ERROR_CODES } from '../../lib/core/errors';
import { TerraformOutput, TerraformStack, Testing } from '../../lib/framework';
import { AwsProvider } from '../../lib/providers/aws/provider';
import {
  REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS,
  REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION,
  RedshiftIdcApplication,
} from '../../lib/redshift/redshift-idc-application';
import { configErrorOf } from '../support/config-error';

Testing.setupJest();
// Generous: provider bindings load slowly on a busy machine.
jest.setTimeout(30_000);

/**
 * The arguments and blocks of `aws_redshift_idc_application` as the provider documents them
 * (hashicorp/aws >= 6.28.0, internal/service/redshift/idc_application.go and
 * website/docs/r/redshift_idc_application.html.markdown).
 */
const DOCUMENTED_ARGUMENTS = [
  'application_type',
  'authorized_token_issuer_list',
  'iam_role_arn',
  'idc_display_name',
  'idc_instance_arn',
  'identity_namespace',
  'redshift_idc_application_name',
  'region',
  'service_integrations',
  'tags',
];
const DOCUMENTED_TOKEN_ISSUER_ARGUMENTS = ['authorized_audiences_list', 'trusted_token_issuer_arn'];
const DOCUMENTED_SERVICE_INTEGRATIONS = {
  lake_formation: 'lake_formation_query',
  redshift: 'connect',
  s3_access_grants: 'read_write_access',
};

const INSTANCE = 'arn:aws:sso:::instance/ssoins-1234567890abcdef';
const ROLE = 'arn:aws:iam::123456789012:role/redshift-idc';
const TTI = 'arn:aws:sso::123456789012:trustedTokenIssuer/ssoins-1234567890abcdef/tti-1';

function synthOne(stack: TerraformStack): Record<string, unknown> {
  const tf = JSON.parse(Testing.synth(stack));
  const all = Object.values(tf.resource.aws_redshift_idc_application) as Record<string, unknown>[];
  expect(all).toHaveLength(1);
  return all[0];
}

describe('RedshiftIdcApplication (hand-written binding)', () => {
  test('synthesizes every documented argument, and nothing else', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'demo');
    // WHEN
    new RedshiftIdcApplication(stack, 'App', {
      idcInstanceArn: INSTANCE,
      idcDisplayName: 'Redshift (analytics)',
      redshiftIdcApplicationName: 'analytics',
      iamRoleArn: ROLE,
      identityNamespace: 'AWSIDC',
      applicationType: 'None',
      authorizedTokenIssuerList: [{ trustedTokenIssuerArn: TTI, authorizedAudiencesList: ['api://redshift', 'client-id'] }],
      serviceIntegrations: { redshift: { connect: { authorization: 'Enabled' } } },
      tags: { team: 'data' },
      region: 'eu-west-1',
    });
    // THEN
    const resource = synthOne(stack);
    expect(resource).toEqual({
      application_type: 'None',
      iam_role_arn: ROLE,
      idc_display_name: 'Redshift (analytics)',
      idc_instance_arn: INSTANCE,
      identity_namespace: 'AWSIDC',
      redshift_idc_application_name: 'analytics',
      region: 'eu-west-1',
      tags: { team: 'data' },
      authorized_token_issuer_list: [{ authorized_audiences_list: ['api://redshift', 'client-id'], trusted_token_issuer_arn: TTI }],
      service_integrations: [{ redshift: [{ connect: [{ authorization: 'Enabled' }] }] }],
    });
    expect(Object.keys(resource).filter((k) => !DOCUMENTED_ARGUMENTS.includes(k))).toEqual([]);
    const issuers = resource.authorized_token_issuer_list as Record<string, unknown>[];
    expect(Object.keys(issuers[0]).sort()).toEqual(DOCUMENTED_TOKEN_ISSUER_ARGUMENTS);
  });

  test.each(Object.entries(DOCUMENTED_SERVICE_INTEGRATIONS))(
    'service integration %s uses the documented nested block %s',
    (block, scope) => {
      const stack = new TerraformStack(Testing.app(), 'demo');
      const key = { lake_formation: 'lakeFormation', redshift: 'redshift', s3_access_grants: 's3AccessGrants' }[block]!;
      const inner = { lake_formation_query: 'lakeFormationQuery', connect: 'connect', read_write_access: 'readWriteAccess' }[scope]!;
      new RedshiftIdcApplication(stack, 'App', {
        idcInstanceArn: INSTANCE,
        idcDisplayName: 'app',
        redshiftIdcApplicationName: 'app',
        iamRoleArn: ROLE,
        serviceIntegrations: { [key]: { [inner]: { authorization: 'Disabled' } } },
      });
      expect(synthOne(stack).service_integrations).toEqual([{ [block]: [{ [scope]: [{ authorization: 'Disabled' }] }] }]);
    },
  );

  test('omits unset optional arguments', () => {
    const stack = new TerraformStack(Testing.app(), 'demo');
    new RedshiftIdcApplication(stack, 'App', {
      idcInstanceArn: INSTANCE,
      idcDisplayName: 'app',
      redshiftIdcApplicationName: 'app',
      iamRoleArn: ROLE,
    });
    expect(synthOne(stack)).toEqual({
      idc_instance_arn: INSTANCE,
      idc_display_name: 'app',
      redshift_idc_application_name: 'app',
      iam_role_arn: ROLE,
    });
  });

  test('exposes computed attributes as references', () => {
    const stack = new TerraformStack(Testing.app(), 'demo');
    const app = new RedshiftIdcApplication(stack, 'App', {
      idcInstanceArn: INSTANCE,
      idcDisplayName: 'app',
      redshiftIdcApplicationName: 'app',
      iamRoleArn: ROLE,
    });
    new TerraformOutput(stack, 'arn', { value: app.redshiftIdcApplicationArn });
    new TerraformOutput(stack, 'managed', { value: app.idcManagedApplicationArn });
    new TerraformOutput(stack, 'namespace', { value: app.identityNamespace });
    const id = stack.getLogicalId(app);
    const out = JSON.parse(Testing.synth(stack)).output;
    expect(out.arn.value).toBe(`\${aws_redshift_idc_application.${id}.redshift_idc_application_arn}`);
    expect(out.managed.value).toBe(`\${aws_redshift_idc_application.${id}.idc_managed_application_arn}`);
    expect(out.namespace.value).toBe(`\${aws_redshift_idc_application.${id}.identity_namespace}`);
    expect(RedshiftIdcApplication.tfResourceType).toBe('aws_redshift_idc_application');
  });

  test('raises the required aws provider version, keeping the provider source', () => {
    // GIVEN an AWS provider pinned by the prebuilt bindings (6.25.0)
    const stack = new TerraformStack(Testing.app(), 'demo');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    // WHEN
    new RedshiftIdcApplication(stack, 'App', {
      idcInstanceArn: INSTANCE,
      idcDisplayName: 'app',
      redshiftIdcApplicationName: 'app',
      iamRoleArn: ROLE,
    });
    // THEN
    const tf = JSON.parse(Testing.synth(stack));
    expect(tf.terraform.required_providers.aws).toEqual({ source: 'aws', version: `>= ${REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION}` });
    expect(REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION).toBe('6.28.0');
  });

  test('leaves the aws provider version alone when not used', () => {
    const stack = new TerraformStack(Testing.app(), 'demo');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    const tf = JSON.parse(Testing.synth(stack));
    expect(tf.terraform.required_providers.aws.version).toBe('6.25.0');
  });

  test('counts as an aws resource for the provider-presence validation', () => {
    const withoutProvider = new TerraformStack(Testing.app(), 'demo');
    new RedshiftIdcApplication(withoutProvider, 'App', {
      idcInstanceArn: INSTANCE,
      idcDisplayName: 'app',
      redshiftIdcApplicationName: 'app',
      iamRoleArn: ROLE,
    });
    expect(() => Testing.synth(withoutProvider, true)).toThrow(/for the following providers: aws/);

    const withProvider = new TerraformStack(Testing.app(), 'demo');
    new AwsProvider(withProvider, 'aws', { region: 'us-east-1' });
    new RedshiftIdcApplication(withProvider, 'App', {
      idcInstanceArn: INSTANCE,
      idcDisplayName: 'app',
      redshiftIdcApplicationName: 'app',
      iamRoleArn: ROLE,
    });
    expect(() => Testing.synth(withProvider, true)).not.toThrow();
  });

  test('renders HCL with nested blocks', () => {
    const stack = new TerraformStack(Testing.app(), 'demo');
    new RedshiftIdcApplication(stack, 'App', {
      idcInstanceArn: INSTANCE,
      idcDisplayName: 'app',
      redshiftIdcApplicationName: 'app',
      iamRoleArn: ROLE,
      authorizedTokenIssuerList: [{ trustedTokenIssuerArn: TTI, authorizedAudiencesList: ['aud'] }],
      serviceIntegrations: { lakeFormation: { lakeFormationQuery: { authorization: 'Enabled' } } },
    });
    const hcl = String(Testing.synthHcl(stack));
    expect(hcl).toMatch(/resource "aws_redshift_idc_application" "App"/);
    expect(hcl.replace(/\s+/g, ' ')).toContain(
      `authorized_token_issuer_list { authorized_audiences_list = [ "aud" ] trusted_token_issuer_arn = "${TTI}" }`,
    );
    expect(hcl.replace(/\s+/g, ' ')).toContain(
      'service_integrations { lake_formation { lake_formation_query { authorization = "Enabled" } } }',
    );
  });

  test('fails when authorizedTokenIssuerList holds a second issuer (the provider allows one block), accepts one', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'limit');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    const base = { idcInstanceArn: INSTANCE, idcDisplayName: 'analytics', redshiftIdcApplicationName: 'analytics', iamRoleArn: ROLE };
    const one = { trustedTokenIssuerArn: TTI, authorizedAudiencesList: ['api://redshift'] };
    // WHEN / THEN
    expect(() => new RedshiftIdcApplication(stack, 'One', { ...base, authorizedTokenIssuerList: [one] })).not.toThrow();
    const err = configErrorOf(
      () =>
        new RedshiftIdcApplication(stack, 'Two', {
          ...base,
          authorizedTokenIssuerList: [one, { ...one, trustedTokenIssuerArn: `${TTI}-2` }],
        }),
    );
    expect(err.code).toBe(CONFIG_ERROR_CODES.OUT_OF_RANGE);
    expect(err.field).toBe('authorizedTokenIssuerList');
    expect(err.message).toMatch(
      /^\[limit\/Two\] authorizedTokenIssuerList: must hold at most 1 trusted token issuer .*aws redshift modify-redshift-idc-application \(received 2\) \[EO_OUT_OF_RANGE\]$/,
    );
    expect(REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS).toBe(1);
  });
});
