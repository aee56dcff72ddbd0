/**
 * Seed 002 (Entra): dbt Cloud developers connect to Redshift through IAM Identity Center
 * trusted identity propagation. Two Entra apps (the Redshift-facing API and the dbt client with
 * admin consent and a bounded secret), a trusted token issuer mapping `upn` to the Identity
 * Store's `emails.value`, and the Redshift IdC application accepting the App ID URI audience
 * (v1 tokens: `iss` = `https://sts.windows.net/<tenant>/`, `aud` = the App ID URI).
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { Duration } from '../../lib/core/duration';
import { EntraClientApp } from '../../lib/entra/entra-client-app';
import { EntraProtectedApi } from '../../lib/entra/entra-protected-api';
import { RedshiftTrustedTokenIssuer } from '../../lib/redshift/redshift-trusted-token-issuer';
import { setting } from '../shared/settings';

/** Settings of the dbt + Entra + Redshift example (environment variable, example default). */
export interface EntraRedshiftDbtSettings {
  /** ENTRA_TENANT_ID, `00000000-0000-4000-8000-000000000000`. */
  readonly tenantId: string;
  /** AWS_REGION, `eu-west-1`. */
  readonly awsRegion: string;
  /** IDC_INSTANCE_ARN, `arn:aws:sso:::instance/ssoins-0000000000000000`. */
  readonly idcInstanceArn: string;
  /** REDSHIFT_IDC_ROLE_ARN, `arn:aws:iam::123456789012:role/redshift-idc-application`. */
  readonly redshiftRoleArn: string;
  /** DBT_ACCESS_URL, `https://cloud.getdbt.com`. */
  readonly dbtAccessUrl: string;
  /** ENTRA_SECRET_ROTATION_KEY, `2026-11`: change it to rotate the dbt client secret. */
  readonly secretRotationKey: string;
}

/** Reads {@link EntraRedshiftDbtSettings} from the environment. */
export function entraRedshiftDbtSettings(): EntraRedshiftDbtSettings {
  return {
    tenantId: setting('ENTRA_TENANT_ID', '00000000-0000-4000-8000-000000000000'),
    awsRegion: setting('AWS_REGION', 'eu-west-1'),
    idcInstanceArn: setting('IDC_INSTANCE_ARN', 'arn:aws:sso:::instance/ssoins-0000000000000000'),
    redshiftRoleArn: setting('REDSHIFT_IDC_ROLE_ARN', 'arn:aws:iam::123456789012:role/redshift-idc-application'),
    dbtAccessUrl: setting('DBT_ACCESS_URL', 'https://cloud.getdbt.com'),
    secretRotationKey: setting('ENTRA_SECRET_ROTATION_KEY', '2026-11'),
  };
}

/** The dbt + Entra + Redshift stack. */
export class EntraRedshiftDbtStack extends TerraformStack {
  public readonly api: EntraProtectedApi;
  public readonly dbt: EntraClientApp;
  public readonly redshift: RedshiftTrustedTokenIssuer;

  constructor(scope: Construct, id: string, settings: EntraRedshiftDbtSettings = entraRedshiftDbtSettings()) {
    super(scope, id);
    new AzureadProvider(this, 'azuread', { tenantId: settings.tenantId });
    new AwsProvider(this, 'aws', { region: settings.awsRegion });

    this.api = new EntraProtectedApi(this, 'RedshiftApi', {
      tenantId: settings.tenantId,
      displayName: 'Redshift (dbt Cloud)',
      accessTokenVersion: 1, // aud = App ID URI, the audience the Redshift application accepts
      identifierUri: 'api://redshift-dbt',
    });
    this.api.addScope({ value: 'session:scope', adminConsentDisplayName: 'Use Redshift', adminConsentDescription: 'Query Redshift as the signed-in user' });

    this.dbt = new EntraClientApp(this, 'DbtCloud', {
      api: this.api,
      kind: 'web',
      displayName: 'dbt Cloud',
      redirectUris: [`${settings.dbtAccessUrl.replace(/\/+$/, '')}/complete/azure_active_directory`],
      scopes: ['session:scope'],
      adminConsent: true,
      secret: { lifetime: Duration.days(365), rotation: { key: settings.secretRotationKey, everyDays: 180 } },
    });

    this.redshift = new RedshiftTrustedTokenIssuer(this, 'Redshift', {
      issuer: this.api,
      name: 'entra-dbt',
      instanceArn: settings.idcInstanceArn,
      claimAttributePath: 'upn',
      identityStoreAttributePath: 'emails.value',
      clients: [this.dbt],
      application: {
        name: 'dbt-redshift',
        iamRoleArn: settings.redshiftRoleArn,
        identityNamespace: 'AWSIDC',
      },
    });
  }
}
