/**
 * The hand-written `aws_redshift_idc_application` binding extends the framework's own
 * TerraformResource, so it synthesizes the same JSON and HCL under cdktf and under cdktn: this
 * suite compares both forms with fixtures and runs in each test leg
 * (`EXTERNAL_OAUTH_FRAMEWORK=cdktn npm test`). Every argument and block is set, one list is a
 * token resolved late (Lazy), and meta-arguments, an override and computed attributes are used.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { Construct } from 'constructs';

import { Lazy, TerraformOutput, TerraformResource, TerraformStack, Testing } from '../../lib/framework';
import { AwsProvider } from '../../lib/providers/aws/provider';
import { RedshiftIdcApplication } from '../../lib/redshift/redshift-idc-application';

const FIXTURES = path.join(__dirname, 'fixtures');

function declare(scope: Construct): RedshiftIdcApplication {
  const provider = new AwsProvider(scope, 'aws', { region: 'eu-west-1', alias: 'idc' });
  const audiences = ['aud-1'];
  const app = new RedshiftIdcApplication(scope, 'App', {
    idcInstanceArn: 'arn:aws:sso:::instance/ssoins-1',
    idcDisplayName: 'Redshift',
    redshiftIdcApplicationName: 'redshift-app',
    iamRoleArn: 'arn:aws:iam::123456789012:role/redshift-idc',
    identityNamespace: 'ns',
    applicationType: 'None',
    region: 'eu-west-1',
    tags: { team: 'data' },
    authorizedTokenIssuerList: [
      {
        trustedTokenIssuerArn: 'arn:aws:sso::123456789012:trustedTokenIssuer/x',
        authorizedAudiencesList: Lazy.listValue({ produce: () => audiences }),
      },
    ],
    serviceIntegrations: { lakeFormation: { lakeFormationQuery: { authorization: 'Enabled' } } },
    provider,
    lifecycle: { ignoreChanges: ['tags'] },
  });
  audiences.push('aud-2'); // resolved at synth: added after construction
  app.addOverride('tags_all', { owner: 'platform' });
  new TerraformOutput(scope, 'arn', { value: app.redshiftIdcApplicationArn });
  new TerraformOutput(scope, 'tags_all', { value: app.tagsAll });
  return app;
}

describe('RedshiftIdcApplication under either framework', () => {
  test('extends the framework TerraformResource', () => {
    const app = declare(new TerraformStack(Testing.app(), 's'));
    expect(app).toBeInstanceOf(TerraformResource);
    expect(TerraformResource.isTerraformResource(app)).toBe(true);
  });

  test('Terraform JSON equals the fixture', () => {
    // GIVEN / WHEN
    const stack = new TerraformStack(Testing.app(), 's');
    declare(stack);
    const json = JSON.parse(Testing.synth(stack)) as Record<string, unknown>;
    delete json['//'];
    // THEN
    expect(json).toEqual(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'redshift-idc-application.tf.json'), 'utf8')));
  });

  test('HCL equals the fixture', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    declare(stack);
    expect(Testing.synthHcl(stack)).toBe(fs.readFileSync(path.join(FIXTURES, 'redshift-idc-application.tf'), 'utf8'));
  });
});
