/**
 * dbt Cloud developers connect to Redshift through IAM Identity Center trusted identity
 * propagation, following the dbt guide "Set up external OAuth with Redshift" (Entra ID tab)
 * https://docs.getdbt.com/docs/cloud/manage-access/redshift-external-oauth
 * Two Entra apps (the resource server exposing `dbt-redshift`, consentable by admins and users,
 * and the dbt client app with admin consent and a bounded secret), a trusted token issuer
 * mapping `upn` to the Identity Store's `emails.value`, and the guide's existing Redshift IAM
 * Identity Center application, adopted by ARN (a Terraform `import` block) so that this stack
 * owns its authorized token issuer: the App ID URI audience of v1 tokens
 * (`iss` = `https://sts.windows.net/<tenant>/`, `aud` = the App ID URI).
 */
import { ClientProgram, Duration, EntraClientApp, EntraProtectedApi, RedshiftTrustedTokenIssuer } from 'cdktf-external-oauth';
import { TerraformStack } from 'cdktf-external-oauth/framework';
import { AwsProvider } from 'cdktf-external-oauth/providers/aws/provider';
import { AzureadProvider } from 'cdktf-external-oauth/providers/azuread/provider';
import { Construct } from 'constructs';

import { setting } from '../shared/settings';

/** Settings of the dbt + Entra + Redshift example (environment variable, example default). */
export interface EntraRedshiftDbtSettings {
  /** ENTRA_TENANT_ID, `00000000-0000-4000-8000-000000000000`. */
  readonly tenantId: string;
  /** AWS_REGION, `eu-west-1`. */
  readonly awsRegion: string;
  /** IDC_INSTANCE_ARN, `arn:aws:sso:::instance/ssoins-0000000000000000`. */
  readonly idcInstanceArn: string;
  /**
   * REDSHIFT_IDC_APPLICATION_ARN, `arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`:
   * the Redshift IAM Identity Center application that exists already (`aws redshift describe-redshift-idc-applications`).
   */
  readonly redshiftApplicationArn: string;
  /** REDSHIFT_IDC_APPLICATION_NAME, `redshift-idc-application`: that application's `RedshiftIdcApplicationName`. */
  readonly redshiftApplicationName: string;
  /** REDSHIFT_IDC_DISPLAY_NAME, `redshift-idc-application`: that application's `IdcDisplayName`. */
  readonly redshiftDisplayName: string;
  /** REDSHIFT_IDC_NAMESPACE, `AWSIDC`: that application's `IdentityNamespace`. */
  readonly redshiftNamespace: string;
  /** REDSHIFT_IDC_ROLE_ARN, `arn:aws:iam::123456789012:role/redshift-idc-application`: that application's `IamRoleArn`. */
  readonly redshiftRoleArn: string;
  /** DBT_ACCESS_URL, `https://cloud.getdbt.com`. */
  readonly dbtAccessUrl: string;
  /**
   * DBT_REDIRECT_URI, `<DBT_ACCESS_URL>/complete/redshift`: the Redirect URI that dbt shows at the
   * bottom of its Add integration page (the guide does not print it: copy it from that page).
   */
  readonly dbtRedirectUri: string;
  /** ENTRA_SECRET_ROTATION_KEY, `2026-11`: change it to rotate the dbt client secret. */
  readonly secretRotationKey: string;
}

/** Reads {@link EntraRedshiftDbtSettings} from the environment. */
export function entraRedshiftDbtSettings(): EntraRedshiftDbtSettings {
  const dbtAccessUrl = setting('DBT_ACCESS_URL', 'https://cloud.getdbt.com');
  return {
    tenantId: setting('ENTRA_TENANT_ID', '00000000-0000-4000-8000-000000000000'),
    awsRegion: setting('AWS_REGION', 'eu-west-1'),
    idcInstanceArn: setting('IDC_INSTANCE_ARN', 'arn:aws:sso:::instance/ssoins-0000000000000000'),
    redshiftApplicationArn: setting(
      'REDSHIFT_IDC_APPLICATION_ARN',
      'arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    ),
    redshiftApplicationName: setting('REDSHIFT_IDC_APPLICATION_NAME', 'redshift-idc-application'),
    redshiftDisplayName: setting('REDSHIFT_IDC_DISPLAY_NAME', 'redshift-idc-application'),
    redshiftNamespace: setting('REDSHIFT_IDC_NAMESPACE', 'AWSIDC'),
    redshiftRoleArn: setting('REDSHIFT_IDC_ROLE_ARN', 'arn:aws:iam::123456789012:role/redshift-idc-application'),
    dbtAccessUrl,
    dbtRedirectUri: setting('DBT_REDIRECT_URI', `${dbtAccessUrl.replace(/\/+$/, '')}/complete/redshift`),
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

    // dbt guide, Entra ID tab, "2. Create the Entra ID apps" > "Create a resource server".
    this.api = new EntraProtectedApi(this, 'RedshiftApi', {
      tenantId: settings.tenantId, // step 1.2: single tenant ("Accounts in this organizational directory only")
      displayName: 'Redshift (dbt Cloud)', // step 1.1: "Give the app a name"
      // Entra's default token version (1): aud = the App ID URI, which the guide enters as the aud
      // claim value ("Configure Redshift IdC application to utilize TTI", step 5).
      accessTokenVersion: 1,
      // Steps 3-5: the portal proposes api://<application (client) ID>; any api:// URI works
      // (Microsoft: "Application ID URI" of Expose an API), and a fixed one is known at synth.
      identifierUri: 'api://redshift-dbt',
    });
    // Step 6: "Name the scope dbt-redshift", "Who can consent? Admins and users", "Admin consent
    // display name dbt-redshift" with a description, "State Enabled" (the default of `enabled`).
    this.api.addScope({
      value: 'dbt-redshift',
      type: 'User', // "Admins and users" is Entra scope type User
      adminConsentDisplayName: 'dbt-redshift',
      adminConsentDescription: 'Lets dbt Cloud query Redshift as the signed-in user',
      // Not in the dbt guide: the consent screen users see. Microsoft's "Protected web API: app
      // registration" (Expose an API) fills them in for "Admins and users"; addScope requires them for type User.
      userConsentDisplayName: 'dbt-redshift',
      userConsentDescription: 'Lets dbt Cloud query Redshift as you',
    });

    // dbt guide, Entra ID tab, "2. Create the Entra ID apps" > "Create a client app".
    this.dbt = new EntraClientApp(this, 'DbtCloud', {
      api: this.api,
      kind: 'web', // step 1.3: "Set the Redirect URI to Web"
      displayName: 'dbt Cloud', // step 1.1: a name that identifies it as the client app
      // step 1.3: the Redirect URI from dbt ("1. Initialize the dbt settings", step 3); dbt's program asks
      // for no PKCE (Entra does not require it of a web app) and sends its secret in the request body.
      program: ClientProgram.dbtCloudRedshift(settings.dbtRedirectUri),
      scopes: ['dbt-redshift'], // step 4: the dbt-redshift permission
      adminConsent: true, // step 5: "Grant admin consent"
      // Step 6: "set an expiration": at most two years (the guide's note); one year, with a
      // planned rotation every 180 days (Entra's recommended expiry), is this example's choice.
      secret: { lifetime: Duration.days(365), rotation: { key: settings.secretRotationKey, everyDays: 180 } },
    });

    // dbt guide, "Configure the Trusted Token Issuer in IAM IdC" and "Configure Redshift IdC
    // application to utilize TTI".
    this.redshift = new RedshiftTrustedTokenIssuer(this, 'Redshift', {
      issuer: this.api, // step 3.1: the issuer URL with its trailing slash (https://sts.windows.net/<tenant>/)
      name: 'entra-dbt', // step 3.2: "Trusted token issuer name"
      instanceArn: settings.idcInstanceArn, // the IAM Identity Center instance of the guide's "Amazon Identity Center integration"
      // Step 3.3, "Map attributes": Other = upn, which "matched up with Email" in dbt's experience.
      claimAttributePath: 'upn',
      identityStoreAttributePath: 'emails.value',
      clients: [this.dbt],
      // "Select the Amazon Redshift application that you created as part of the setup": the
      // application exists already; Terraform adopts it by ARN and owns its authorized token
      // issuer (steps 2-5: this issuer, aud = the App ID URI). The values below must equal the
      // existing application's (aws redshift describe-redshift-idc-applications).
      adoptedApplication: {
        arn: settings.redshiftApplicationArn,
        name: settings.redshiftApplicationName,
        displayName: settings.redshiftDisplayName,
        iamRoleArn: settings.redshiftRoleArn,
        identityNamespace: settings.redshiftNamespace,
      },
    });
  }
}
