/**
 * A hand-written binding of `aws_redshift_idc_application`, which exists from hashicorp/aws
 * 6.28.0 on; the generated aws bindings (lib/providers/aws, schema of hashicorp/aws 6.25.0) lack it. Using it raises the
 * stack's required aws provider version to {@link REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION}.
 *
 * Mirrors the provider's schema (terraform-plugin-framework resource): attributes
 * `application_type`, `iam_role_arn`, `idc_display_name`, `idc_instance_arn`,
 * `identity_namespace`, `redshift_idc_application_name`, `region`, `tags`; blocks
 * `authorized_token_issuer_list` (at most one) and `service_integrations` (at most one);
 * computed `redshift_idc_application_arn`, `idc_managed_application_arn`, `tags_all`.
 *
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application
 */
import { Construct } from 'constructs';

import { CONFIG_ERROR_CODES } from '../core/errors';
import { fail } from '../core/validate';
import * as cdktf from '../framework';

/** The first hashicorp/aws release that has `aws_redshift_idc_application`. */
export const REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION = '6.28.0';

/**
 * How many `authorized_token_issuer_list` blocks the provider accepts: its schema validates the
 * block list with `listvalidator.SizeAtMost(1)` (internal/service/redshift/idc_application.go).
 */
export const REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS = 1;

/** `Enabled` or `Disabled`, the value of every service-integration scope. */
export type RedshiftServiceAuthorization = 'Enabled' | 'Disabled';

/** One `authorized_token_issuer_list` block: a trusted token issuer and the audiences accepted from it. */
export interface RedshiftIdcApplicationAuthorizedTokenIssuer {
  /**
   * ARN of an IAM Identity Center trusted token issuer (`aws_ssoadmin_trusted_token_issuer.arn`).
   * @default none
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizedTokenIssuer.html
   */
  readonly trustedTokenIssuerArn?: string;
  /**
   * `aud` values accepted from that issuer.
   * @default none
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizedTokenIssuer.html
   */
  readonly authorizedAudiencesList?: string[];
}

/** A scope toggle: `{ authorization: 'Enabled' }`. */
export interface RedshiftServiceScope {
  /** Whether the scope is enabled. */
  readonly authorization: RedshiftServiceAuthorization;
}

/**
 * The `service_integrations` block. The provider sends one integration per block (the first
 * one set), so set one of these.
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_ServiceIntegrationsUnion.html
 */
export interface RedshiftIdcApplicationServiceIntegrations {
  /**
   * `lake_formation { lake_formation_query { authorization } }`.
   * @default not set
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_LakeFormationScopeUnion.html
   */
  readonly lakeFormation?: { readonly lakeFormationQuery: RedshiftServiceScope };
  /**
   * `redshift { connect { authorization } }`.
   * @default not set
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_RedshiftScopeUnion.html
   */
  readonly redshift?: { readonly connect: RedshiftServiceScope };
  /**
   * `s3_access_grants { read_write_access { authorization } }`.
   * @default not set
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_S3AccessGrantsScopeUnion.html
   */
  readonly s3AccessGrants?: { readonly readWriteAccess: RedshiftServiceScope };
}

/** Configuration of {@link RedshiftIdcApplication}; names follow the provider's arguments. */
export interface RedshiftIdcApplicationConfig extends cdktf.TerraformMetaArguments {
  /** ARN of the IAM Identity Center instance (replacing it recreates the application). */
  readonly idcInstanceArn: string;
  /** Display name in the console: 1-127 characters of `[\w+=,.@-]`. */
  readonly idcDisplayName: string;
  /** Application name: 1-63 characters, `[a-z][a-z0-9]*(-[a-z0-9]+)*` (replacing it recreates the application). */
  readonly redshiftIdcApplicationName: string;
  /** IAM role that Redshift assumes to call IAM Identity Center. */
  readonly iamRoleArn: string;
  /**
   * Namespace deciding which managed application verifies the connection token.
   * @default computed by AWS
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application#identity_namespace
   */
  readonly identityNamespace?: string;
  /**
   * `None` or `Lakehouse`.
   * @default computed by AWS
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application#application_type
   */
  readonly applicationType?: string;
  /**
   * Trusted token issuers whose tokens the application accepts. The provider allows one block
   * ({@link REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS}); a second one is a construct-time error.
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application#authorized_token_issuer_list
   */
  readonly authorizedTokenIssuerList?: RedshiftIdcApplicationAuthorizedTokenIssuer[];
  /**
   * Service integrations (Lake Formation, Redshift connect, S3 Access Grants).
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application#service_integrations
   */
  readonly serviceIntegrations?: RedshiftIdcApplicationServiceIntegrations;
  /**
   * Resource tags.
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application#tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * Region of the application.
   * @default the provider's region
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application#region
   */
  readonly region?: string;
}

function authorizedTokenIssuerToTerraform(x: RedshiftIdcApplicationAuthorizedTokenIssuer | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(x) || cdktf.Tokenization.isResolvable(x)) return x;
  const v = x as RedshiftIdcApplicationAuthorizedTokenIssuer;
  return {
    authorized_audiences_list: cdktf.listMapper(cdktf.stringToTerraform, false)(v.authorizedAudiencesList),
    trusted_token_issuer_arn: cdktf.stringToTerraform(v.trustedTokenIssuerArn),
  };
}

function scopeToTerraform(key: string, scope: RedshiftServiceScope | undefined): unknown {
  return scope === undefined ? undefined : [{ [key]: [{ authorization: cdktf.stringToTerraform(scope.authorization) }] }];
}

function serviceIntegrationsToTerraform(x: RedshiftIdcApplicationServiceIntegrations | undefined): unknown {
  if (x === undefined) return undefined;
  return [
    {
      lake_formation: scopeToTerraform('lake_formation_query', x.lakeFormation?.lakeFormationQuery),
      redshift: scopeToTerraform('connect', x.redshift?.connect),
      s3_access_grants: scopeToTerraform('read_write_access', x.s3AccessGrants?.readWriteAccess),
    },
  ];
}

type HclAttr = { value: unknown; isBlock: boolean; type: string; storageClassType: string };

function hclDefined(attrs: Record<string, HclAttr>): Record<string, HclAttr> {
  return Object.fromEntries(Object.entries(attrs).filter(([, a]) => a.value !== undefined));
}

function hclString(value: unknown): HclAttr {
  return { value: cdktf.stringToHclTerraform(value), isBlock: false, type: 'simple', storageClassType: 'string' };
}

function hclBlockList(value: unknown, storageClassType: string): HclAttr {
  return { value, isBlock: true, type: 'list', storageClassType };
}

function scopeToHcl(key: string, scope: RedshiftServiceScope | undefined): unknown {
  if (scope === undefined) return undefined;
  return [{ [key]: hclBlockList([hclDefined({ authorization: hclString(scope.authorization) })], 'RedshiftServiceScopeList') }];
}

/**
 * `aws_redshift_idc_application`: registers Amazon Redshift as an application in IAM Identity
 * Center, optionally trusting tokens of a trusted token issuer (trusted identity propagation).
 * Needs hashicorp/aws >= 6.28.0; the constructor raises the stack's requirement.
 *
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateRedshiftIdcApplication.html
 */
export class RedshiftIdcApplication extends cdktf.TerraformResource {
  /** The Terraform resource type, used by the cdktf Testing matchers. */
  public static readonly tfResourceType = 'aws_redshift_idc_application';

  private readonly config: RedshiftIdcApplicationConfig;

  constructor(scope: Construct, id: string, config: RedshiftIdcApplicationConfig) {
    super(scope, id, {
      terraformResourceType: RedshiftIdcApplication.tfResourceType,
      terraformGeneratorMetadata: { providerName: 'aws', providerVersionConstraint: `>= ${REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION}` },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    const issuers = config.authorizedTokenIssuerList;
    if (issuers !== undefined && !cdktf.Tokenization.isResolvable(issuers) && issuers.length > REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS) {
      fail(
        this,
        CONFIG_ERROR_CODES.OUT_OF_RANGE,
        'authorizedTokenIssuerList',
        issuers.length,
        `must hold at most ${REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS} trusted token issuer (hashicorp/aws validates authorized_token_issuer_list with at most one block): authorize one issuer per application, or keep the application outside Terraform and set its list with aws redshift modify-redshift-idc-application`,
      );
    }
    this.config = config;
    requireAwsProviderVersion(cdktf.TerraformStack.of(this), REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION);
  }

  /** ARN of the Redshift IdC application (`redshift_idc_application_arn`, computed). */
  public get redshiftIdcApplicationArn(): string {
    return this.getStringAttribute('redshift_idc_application_arn');
  }

  /** ARN of the IAM Identity Center managed application (`idc_managed_application_arn`, computed). */
  public get idcManagedApplicationArn(): string {
    return this.getStringAttribute('idc_managed_application_arn');
  }

  /** `application_type` (computed when not set). */
  public get applicationType(): string {
    return this.getStringAttribute('application_type');
  }

  /** `identity_namespace` (computed when not set). */
  public get identityNamespace(): string {
    return this.getStringAttribute('identity_namespace');
  }

  /** `redshift_idc_application_name`. */
  public get redshiftIdcApplicationName(): string {
    return this.getStringAttribute('redshift_idc_application_name');
  }

  /** `tags_all` (computed: tags including provider default tags). */
  public get tagsAll(): { [key: string]: string } {
    return this.getStringMapAttribute('tags_all');
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    const c = this.config;
    return {
      application_type: cdktf.stringToTerraform(c.applicationType),
      iam_role_arn: cdktf.stringToTerraform(c.iamRoleArn),
      idc_display_name: cdktf.stringToTerraform(c.idcDisplayName),
      idc_instance_arn: cdktf.stringToTerraform(c.idcInstanceArn),
      identity_namespace: cdktf.stringToTerraform(c.identityNamespace),
      redshift_idc_application_name: cdktf.stringToTerraform(c.redshiftIdcApplicationName),
      region: cdktf.stringToTerraform(c.region),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(c.tags),
      authorized_token_issuer_list: cdktf.listMapper(authorizedTokenIssuerToTerraform, true)(c.authorizedTokenIssuerList),
      service_integrations: serviceIntegrationsToTerraform(c.serviceIntegrations),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    const c = this.config;
    const issuers = c.authorizedTokenIssuerList?.map((x) =>
      hclDefined({
        authorized_audiences_list: {
          value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(x.authorizedAudiencesList),
          isBlock: false,
          type: 'list',
          storageClassType: 'stringList',
        },
        trusted_token_issuer_arn: hclString(x.trustedTokenIssuerArn),
      }),
    );
    const si = c.serviceIntegrations;
    const integrations =
      si === undefined
        ? undefined
        : [
            hclDefined({
              lake_formation: hclBlockList(
                scopeToHcl('lake_formation_query', si.lakeFormation?.lakeFormationQuery),
                'RedshiftLakeFormationList',
              ),
              redshift: hclBlockList(scopeToHcl('connect', si.redshift?.connect), 'RedshiftConnectList'),
              s3_access_grants: hclBlockList(
                scopeToHcl('read_write_access', si.s3AccessGrants?.readWriteAccess),
                'RedshiftS3AccessGrantsList',
              ),
            }),
          ];
    return hclDefined({
      application_type: hclString(c.applicationType),
      iam_role_arn: hclString(c.iamRoleArn),
      idc_display_name: hclString(c.idcDisplayName),
      idc_instance_arn: hclString(c.idcInstanceArn),
      identity_namespace: hclString(c.identityNamespace),
      redshift_idc_application_name: hclString(c.redshiftIdcApplicationName),
      region: hclString(c.region),
      tags: { value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(c.tags), isBlock: false, type: 'map', storageClassType: 'stringMap' },
      authorized_token_issuer_list: hclBlockList(issuers, 'RedshiftIdcApplicationAuthorizedTokenIssuerList'),
      service_integrations: hclBlockList(integrations, 'RedshiftIdcApplicationServiceIntegrationsList'),
    });
  }
}

/**
 * Raises `terraform.required_providers.aws.version` of `stack` to `>= minVersion` (an override,
 * merged into whatever the AWS provider construct declares; `source` is kept).
 */
export function requireAwsProviderVersion(stack: cdktf.TerraformStack, minVersion: string): void {
  stack.addOverride('terraform.required_providers.aws.version', `>= ${minVersion}`);
}
