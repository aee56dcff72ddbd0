import { CONFIG_ERROR_CODES } from '../../lib/core/errors';
import { ExternalClient } from '../../lib/external/external-client';
import { TerraformStack, TerraformVariable, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import type { RedshiftTrustRecord } from '../../lib/manifest/types';
import { AwsProvider } from '../../lib/providers/aws/provider';
import { SsoadminTrustedTokenIssuer } from '../../lib/providers/aws/ssoadmin-trusted-token-issuer';
import { RedshiftIdcApplication } from '../../lib/redshift/redshift-idc-application';
import {
  modifyApplicationCommand,
  RedshiftTrustedTokenIssuer,
  RedshiftTrustedTokenIssuerProps,
} from '../../lib/redshift/redshift-trusted-token-issuer';
import { configErrorOf as configError } from '../support/config-error';
import { FakeIssuer } from '../support/fake-issuer';

Testing.setupJest();
// Generous: provider bindings load slowly on a busy machine.
jest.setTimeout(30_000);

const TENANT = '00000000-0000-0000-0000-000000000001';
const ENTRA_V1 = `https://sts.windows.net/${TENANT}/`;
const INSTANCE = 'arn:aws:sso:::instance/ssoins-1234567890abcdef';
const ROLE = 'arn:aws:iam::123456789012:role/redshift-idc';
const APP_ARN = 'arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

function setup(): { stack: TerraformStack; entra: FakeIssuer } {
  const stack = new TerraformStack(Testing.app(), 'demo');
  const entra = new FakeIssuer(stack, 'Entra', {
    kind: 'entra',
    issuerUrl: ENTRA_V1,
    jwksUrl: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
    audiences: ['api://redshift'],
  });
  return { stack, entra };
}

function trust(
  stack: TerraformStack,
  issuer: FakeIssuer,
  extra: Partial<RedshiftTrustedTokenIssuerProps> = {},
  id = 'Redshift',
): RedshiftTrustedTokenIssuer {
  const hasApp = 'application' in extra || 'adoptedApplication' in extra || 'existingApplicationArn' in extra;
  return new RedshiftTrustedTokenIssuer(stack, id, {
    issuer,
    instanceArn: INSTANCE,
    claimAttributePath: 'upn',
    ...(hasApp ? {} : { application: { name: 'analytics', iamRoleArn: ROLE } }),
    ...extra,
  });
}

function record(t: RedshiftTrustedTokenIssuer): RedshiftTrustRecord {
  return ManifestWriter.of(t)
    .build()
    .trusts.find((r) => r.path === t.node.path) as RedshiftTrustRecord;
}

describe('RedshiftTrustedTokenIssuer', () => {
  test('synthesizes an OIDC_JWT trusted token issuer with the exact issuer URL (Entra v1 trailing slash kept)', () => {
    // GIVEN
    const { stack, entra } = setup();
    // WHEN
    trust(stack, entra, { identityStoreAttributePath: 'userName' });
    // THEN
    expect(Testing.synth(stack)).toHaveResourceWithProperties(SsoadminTrustedTokenIssuer, {
      name: 'Redshift',
      instance_arn: INSTANCE,
      trusted_token_issuer_type: 'OIDC_JWT',
      trusted_token_issuer_configuration: [
        {
          oidc_jwt_configuration: [
            {
              issuer_url: ENTRA_V1,
              claim_attribute_path: 'upn',
              identity_store_attribute_path: 'userName',
              jwks_retrieval_option: 'OPEN_ID_DISCOVERY',
            },
          ],
        },
      ],
    });
  });

  test('identity store attribute path defaults to emails.value', () => {
    const { stack, entra } = setup();
    const t = trust(stack, entra, { claimAttributePath: 'email' });
    expect(record(t)).toMatchObject({ claimAttributePath: 'email', identityStoreAttributePath: 'emails.value' });
  });

  test('a managed application authorizes the issuer with its audiences and raises the aws provider version', () => {
    // GIVEN
    const { stack, entra } = setup();
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    // WHEN
    const t = trust(stack, entra, {
      application: { name: 'analytics', displayName: 'Analytics', iamRoleArn: ROLE, identityNamespace: 'AWSIDC' },
    });
    // THEN
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(RedshiftIdcApplication, {
      idc_instance_arn: INSTANCE,
      redshift_idc_application_name: 'analytics',
      idc_display_name: 'Analytics',
      iam_role_arn: ROLE,
      identity_namespace: 'AWSIDC',
      authorized_token_issuer_list: [
        {
          trusted_token_issuer_arn: `\${aws_ssoadmin_trusted_token_issuer.${stack.getLogicalId(t.trustedTokenIssuer)}.arn}`,
          authorized_audiences_list: ['api://redshift'],
        },
      ],
    });
    expect(JSON.parse(synth).terraform.required_providers.aws).toEqual({ source: 'aws', version: '>= 6.28.0' });
    expect(record(t).application).toEqual({
      mode: 'managed',
      arn: `\${aws_redshift_idc_application.${stack.getLogicalId(t.application!)}.redshift_idc_application_arn}`,
      manualSteps: [],
    });
  });

  test('addAudience extends the application entry and the record', () => {
    const { stack, entra } = setup();
    const t = trust(stack, entra);
    t.addAudience('client-guid');
    expect(Testing.synth(stack)).toHaveResourceWithProperties(RedshiftIdcApplication, {
      authorized_token_issuer_list: [expect.objectContaining({ authorized_audiences_list: ['api://redshift', 'client-guid'] })],
    });
    expect(record(t).audiences).toEqual(['api://redshift', 'client-guid']);
    expect(configError(() => t.addAudience('client-guid')).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
  });

  describe('existing application', () => {
    test('creates no application, keeps the provider version, records the exact modify command', () => {
      // GIVEN
      const { stack, entra } = setup();
      new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
      // WHEN
      const t = trust(stack, entra, { existingApplicationArn: APP_ARN });
      // THEN
      const synth = Testing.synth(stack);
      expect(synth).not.toHaveResource(RedshiftIdcApplication);
      expect(synth).toHaveResource(SsoadminTrustedTokenIssuer);
      expect(JSON.parse(synth).terraform.required_providers.aws.version).toBe('6.25.0');
      const tti = `\${aws_ssoadmin_trusted_token_issuer.${stack.getLogicalId(t.trustedTokenIssuer)}.arn}`;
      expect(record(t).application).toEqual({
        mode: 'existing',
        arn: APP_ARN,
        manualSteps: [
          `aws redshift modify-redshift-idc-application --redshift-idc-application-arn ${APP_ARN} --authorized-token-issuer-list 'TrustedTokenIssuerArn=${tti},AuthorizedAudiencesList=api://redshift' --region eu-west-1`,
        ],
      });
    });

    test('the command repeats issuers already authorized (the list is replaced) and every audience', () => {
      const { stack, entra } = setup();
      const other = 'arn:aws:sso::123456789012:trustedTokenIssuer/ssoins-1234567890abcdef/tti-okta';
      const t = trust(stack, entra, {
        existingApplicationArn: APP_ARN,
        audiences: ['api://redshift', 'guid'],
        existingAuthorizedTokenIssuers: [{ trustedTokenIssuerArn: other, audiences: ['okta-aud'] }],
      });
      const [step] = record(t).application.manualSteps;
      expect(step).toMatch(
        new RegExp(
          `--authorized-token-issuer-list TrustedTokenIssuerArn=${other.replace(/[/.]/g, '\\$&')},AuthorizedAudiencesList=okta-aud 'TrustedTokenIssuerArn=\\$\\{aws_ssoadmin_trusted_token_issuer\\.[^}]+\\.arn\\},AuthorizedAudiencesList=api://redshift,guid' --region eu-west-1$`,
        ),
      );
    });

    test('switches to the JSON syntax when an audience holds a comma', () => {
      const cmd = modifyApplicationCommand(APP_ARN, [{ trustedTokenIssuerArn: 'arn:aws:sso::1:trustedTokenIssuer/x', audiences: ['a,b'] }]);
      expect(cmd).toBe(
        `aws redshift modify-redshift-idc-application --redshift-idc-application-arn ${APP_ARN} --authorized-token-issuer-list '[{"TrustedTokenIssuerArn":"arn:aws:sso::1:trustedTokenIssuer/x","AuthorizedAudiencesList":["a,b"]}]' --region eu-west-1`,
      );
    });

    test('fails when both application and existingApplicationArn are given', () => {
      const { stack, entra } = setup();
      const err = configError(() => trust(stack, entra, { application: { name: 'a', iamRoleArn: ROLE }, existingApplicationArn: APP_ARN }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.MISSING_VALUE);
    });

    test('fails when neither is given', () => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { application: undefined })).code).toBe(CONFIG_ERROR_CODES.MISSING_VALUE);
    });

    test('fails when the ARN is not an ARN', () => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { existingApplicationArn: 'analytics' })).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    });

    test('fails when existing issuers are listed for a managed application', () => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { existingAuthorizedTokenIssuers: [] })).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    });
  });

  describe('validation', () => {
    test('fails when the instance ARN is malformed, accepts an apply-time value', () => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { instanceArn: 'ssoins-1234567890abcdef' })).field).toBe('instanceArn');
      const v = new TerraformVariable(stack, 'instance', { type: 'string' });
      expect(() => trust(stack, entra, { instanceArn: v.stringValue }, 'FromVar')).not.toThrow();
    });

    test.each(['email address', 'a.b.c.d', 'email1', ''])('fails when claimAttributePath is %j', (path) => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { claimAttributePath: path })).field).toBe('claimAttributePath');
    });

    test.each(['upn', 'email', 'preferred_username', 'a.b.c'])('accepts claimAttributePath %j', (path) => {
      const { stack, entra } = setup();
      expect(() => trust(stack, entra, { claimAttributePath: path })).not.toThrow();
    });

    test('fails when identityStoreAttributePath uses _, accepts userName', () => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { identityStoreAttributePath: 'emails_value' })).field).toBe(
        'identityStoreAttributePath',
      );
      expect(() => trust(stack, entra, { identityStoreAttributePath: 'userName' }, 'Ok')).not.toThrow();
    });

    test('fails when audiences are empty', () => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { audiences: [] })).code).toBe(CONFIG_ERROR_CODES.EMPTY_LIST);
    });

    test('fails when the issuer URL is plain http', () => {
      const { stack } = setup();
      const plain = new FakeIssuer(stack, 'Plain', { kind: 'generic', issuerUrl: 'http://idp.example.com' });
      expect(configError(() => trust(stack, plain)).code).toBe(CONFIG_ERROR_CODES.INVALID_URL);
    });

    test('fails when a client belongs to another issuer, accepts one of the same issuer', () => {
      const { stack, entra } = setup();
      const okta = new FakeIssuer(stack, 'Okta', { kind: 'okta', issuerUrl: 'https://acme.okta.com/oauth2/aus1' });
      const oktaClient = new ExternalClient(stack, 'OktaClient', { issuer: okta, clientId: 'o', grantTypes: ['authorization_code'] });
      const entraClient = new ExternalClient(stack, 'EntraClient', { issuer: entra, clientId: 'e', grantTypes: ['authorization_code'] });
      expect(configError(() => trust(stack, entra, { clients: [oktaClient] })).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
      const t = trust(stack, entra, { clients: [entraClient] }, 'Ok');
      expect(record(t).clients).toEqual(['demo/EntraClient']);
      expect(configError(() => t.addClient(oktaClient)).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    });

    test('fails when two trusted token issuers share a name in one instance, accepts it in another', () => {
      const { stack, entra } = setup();
      trust(stack, entra, { name: 'entra' }, 'A');
      expect(configError(() => trust(stack, entra, { name: 'entra', application: { name: 'b', iamRoleArn: ROLE } }, 'B')).code).toBe(
        CONFIG_ERROR_CODES.DUPLICATE_NAME,
      );
      expect(() =>
        trust(stack, entra, { name: 'entra', instanceArn: 'arn:aws:sso:::instance/ssoins-abcdef1234567890' }, 'C'),
      ).not.toThrow();
    });

    test('fails when the name has a space', () => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { name: 'entra id' })).code).toBe(CONFIG_ERROR_CODES.INVALID_NAME);
    });

    test.each(['Analytics', 'analytics_app', 'a--b', '1app'])('fails when the application name is %j', (name) => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { application: { name, iamRoleArn: ROLE } })).field).toBe('application.name');
    });

    test('fails when the application name has 64 characters, accepts 63', () => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { application: { name: 'a'.repeat(64), iamRoleArn: ROLE } })).field).toBe(
        'application.name',
      );
      expect(() => trust(stack, entra, { application: { name: 'a'.repeat(63), iamRoleArn: ROLE } }, 'Ok')).not.toThrow();
    });

    test('fails when the role ARN is not an IAM role', () => {
      const { stack, entra } = setup();
      expect(
        configError(() => trust(stack, entra, { application: { name: 'a', iamRoleArn: 'arn:aws:iam::123456789012:user/x' } })).field,
      ).toBe('application.iamRoleArn');
    });

    test('fails when two service integrations are set, synthesizes one', () => {
      const { stack, entra } = setup();
      const err = configError(() =>
        trust(stack, entra, {
          application: {
            name: 'a',
            iamRoleArn: ROLE,
            serviceIntegrations: {
              redshift: { connect: { authorization: 'Enabled' } },
              s3AccessGrants: { readWriteAccess: { authorization: 'Enabled' } },
            },
          },
        }),
      );
      expect(err.field).toBe('application.serviceIntegrations');
      trust(
        stack,
        entra,
        {
          application: {
            name: 'b',
            iamRoleArn: ROLE,
            serviceIntegrations: { s3AccessGrants: { readWriteAccess: { authorization: 'Enabled' } } },
          },
        },
        'Ok',
      );
      expect(Testing.synth(stack)).toHaveResourceWithProperties(RedshiftIdcApplication, {
        service_integrations: [{ s3_access_grants: [{ read_write_access: [{ authorization: 'Enabled' }] }] }],
      });
    });
  });

  describe('adopted application (import by ARN, the dbt guide flow)', () => {
    const ADOPT = {
      arn: APP_ARN,
      name: 'redshift-idc-application',
      displayName: 'Redshift-IdC',
      iamRoleArn: ROLE,
      identityNamespace: 'AWSIDC',
    };

    test('synthesizes an import block with the ARN as id and owns the single authorized token issuer with the issuer audiences', () => {
      // GIVEN
      const { stack, entra } = setup();
      // WHEN
      const t = trust(stack, entra, { adoptedApplication: ADOPT });
      // THEN
      const tf = JSON.parse(Testing.synth(stack));
      const tti = Object.keys(tf.resource.aws_ssoadmin_trusted_token_issuer)[0];
      const [address, app] = Object.entries(tf.resource.aws_redshift_idc_application)[0] as [string, unknown];
      expect(tf.import).toEqual([{ id: APP_ARN, to: `aws_redshift_idc_application.${address}` }]);
      expect(app).toEqual({
        idc_instance_arn: INSTANCE,
        redshift_idc_application_name: 'redshift-idc-application',
        idc_display_name: 'Redshift-IdC',
        iam_role_arn: ROLE,
        identity_namespace: 'AWSIDC',
        authorized_token_issuer_list: [
          { trusted_token_issuer_arn: `\${aws_ssoadmin_trusted_token_issuer.${tti}.arn}`, authorized_audiences_list: ['api://redshift'] },
        ],
        lifecycle: { prevent_destroy: true },
      });
      expect(tf.terraform.required_providers.aws.version).toBe('>= 6.28.0');
      expect(t.applicationArn).toBe(APP_ARN);
      expect(t.applicationMode).toBe('adopted');
      expect(t.manualSteps).toEqual([]);
    });

    test('a managed application has no import block and no prevent_destroy', () => {
      const { stack, entra } = setup();
      trust(stack, entra);
      const tf = JSON.parse(Testing.synth(stack));
      expect(tf.import).toBeUndefined();
      expect(Object.values(tf.resource.aws_redshift_idc_application)[0]).not.toHaveProperty('lifecycle');
    });

    test('audiences added later land in the one authorized token issuer; preventDestroy: false drops the lifecycle', () => {
      const { stack, entra } = setup();
      const t = trust(stack, entra, { adoptedApplication: { ...ADOPT, preventDestroy: false } });
      t.addAudience('api://second');
      const app = Object.values(JSON.parse(Testing.synth(stack)).resource.aws_redshift_idc_application)[0] as Record<string, any>;
      expect(app.authorized_token_issuer_list).toHaveLength(1);
      expect(app.authorized_token_issuer_list[0].authorized_audiences_list).toEqual(['api://redshift', 'api://second']);
      expect(app).not.toHaveProperty('lifecycle');
    });

    test('imports through the aliased provider of the trust', () => {
      const { stack, entra } = setup();
      const west = new AwsProvider(stack, 'west', { region: 'us-west-2', alias: 'west' });
      trust(stack, entra, { adoptedApplication: ADOPT, provider: west });
      expect(JSON.parse(Testing.synth(stack)).import).toEqual([expect.objectContaining({ id: APP_ARN, provider: 'aws.west' })]);
    });

    test('the manifest records mode adopted with the ARN, and passes the schema', () => {
      const { stack, entra } = setup();
      const t = trust(stack, entra, { adoptedApplication: ADOPT });
      expect(record(t).application).toEqual({ mode: 'adopted', arn: APP_ARN, manualSteps: [] });
      expect(manifestProblems(ManifestWriter.of(stack).build())).toEqual([]);
    });

    test('fails when another issuer is already authorized (one issuer per application), accepts none', () => {
      // GIVEN the boundary: this issuer alone fits; with one more already authorized it would be the second
      const { stack, entra } = setup();
      expect(() => trust(stack, entra, { adoptedApplication: ADOPT }, 'Alone')).not.toThrow();
      // WHEN
      const err = configError(() =>
        trust(
          stack,
          entra,
          {
            adoptedApplication: { ...ADOPT, arn: `${APP_ARN}0` },
            existingAuthorizedTokenIssuers: [
              { trustedTokenIssuerArn: 'arn:aws:sso::123456789012:trustedTokenIssuer/ssoins-1/tti-okta', audiences: ['okta'] },
            ],
          },
          'Second',
        ),
      );
      // THEN
      expect(err.code).toBe(CONFIG_ERROR_CODES.OUT_OF_RANGE);
      expect(err.field).toBe('existingAuthorizedTokenIssuers');
      expect(err.message).toMatch(
        /authorized_token_issuer_list, which holds 1 trusted token issuer .* would be number 2; use existingApplicationArn instead/,
      );
    });

    test('fails when a second trust adopts the same application, accepts another application', () => {
      const { stack, entra } = setup();
      trust(stack, entra, { adoptedApplication: ADOPT }, 'First');
      const err = configError(() => trust(stack, entra, { adoptedApplication: ADOPT, name: 'second' }, 'Second'));
      expect(err.code).toBe(CONFIG_ERROR_CODES.OUT_OF_RANGE);
      expect(err.field).toBe('adoptedApplication.arn');
      expect(err.message).toMatch(/is already adopted by demo\/First, and its authorized_token_issuer_list holds 1 trusted token issuer/);
      expect(() =>
        trust(stack, entra, { adoptedApplication: { ...ADOPT, arn: APP_ARN.replace(/0f1e/, '1f1e') }, name: 'other' }, 'Other'),
      ).not.toThrow();
    });

    test('fails when the ARN is not a Redshift IdC application ARN, accepts an apply-time value', () => {
      const { stack, entra } = setup();
      const err = configError(() =>
        trust(stack, entra, { adoptedApplication: { ...ADOPT, arn: 'arn:aws:sso::123456789012:application/ssoins-1/apl-1' } }),
      );
      expect([err.code, err.field]).toEqual([CONFIG_ERROR_CODES.INVALID_VALUE, 'adoptedApplication.arn']);
      const v = new TerraformVariable(stack, 'app_arn', { type: 'string' });
      expect(() => trust(stack, entra, { adoptedApplication: { ...ADOPT, arn: v.stringValue } }, 'FromVar')).not.toThrow();
    });

    test('checks the adopted values like a created application, naming adoptedApplication', () => {
      const { stack, entra } = setup();
      expect(configError(() => trust(stack, entra, { adoptedApplication: { ...ADOPT, name: 'Redshift_App' } })).field).toBe(
        'adoptedApplication.name',
      );
      expect(
        configError(() => trust(stack, entra, { adoptedApplication: { ...ADOPT, iamRoleArn: 'arn:aws:iam::123456789012:user/x' } }, 'Role'))
          .field,
      ).toBe('adoptedApplication.iamRoleArn');
    });

    test('fails when adoptedApplication is combined with application or existingApplicationArn', () => {
      const { stack, entra } = setup();
      for (const [i, extra] of [{ application: { name: 'a', iamRoleArn: ROLE } }, { existingApplicationArn: APP_ARN }].entries()) {
        const err = configError(() => trust(stack, entra, { adoptedApplication: ADOPT, ...extra }, `Both${i}`));
        expect([err.code, err.field]).toEqual([CONFIG_ERROR_CODES.MISSING_VALUE, 'application|adoptedApplication|existingApplicationArn']);
      }
    });
  });

  test('records pass the manifest schema', () => {
    // GIVEN a managed and an existing application
    const { stack, entra } = setup();
    const client = new ExternalClient(stack, 'Client', { issuer: entra, clientId: 'bi-tool', grantTypes: ['authorization_code'] });
    const managed = trust(stack, entra, { clients: [client] }, 'Managed');
    const existing = trust(stack, entra, { existingApplicationArn: APP_ARN, name: 'entra-existing' }, 'Existing');
    // WHEN
    const manifest = ManifestWriter.of(stack).build();
    // THEN
    expect(manifestProblems(manifest)).toEqual([]);
    expect(record(managed)).toMatchObject({
      type: 'redshift',
      name: 'Managed',
      issuerPath: 'demo/Entra',
      issuer: ENTRA_V1,
      audiences: ['api://redshift'],
      clients: ['demo/Client'],
    });
    expect(record(existing).application.mode).toBe('existing');
  });
});
