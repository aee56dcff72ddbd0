import { Construct } from 'constructs';

import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient, IIssuer, ITrust } from '../core/interfaces';
import { registerTrust } from '../core/register';
import {
  fail,
  isUnresolved,
  requireNewClientOf,
  requireNonEmpty,
  requirePattern,
  requireSecureUrl,
  requireText,
  requireUnique,
} from '../core/validate';
import { Lazy, TerraformProvider } from '../framework';
import type { RedshiftTrustRecord } from '../manifest/types';
import { SsoadminTrustedTokenIssuer } from '../providers/aws/ssoadmin-trusted-token-issuer';
import {
  REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS,
  RedshiftIdcApplication,
  RedshiftIdcApplicationServiceIntegrations,
} from './redshift-idc-application';

/** `claim_attribute_path` pattern (IAM Identity Center API). */
const CLAIM_PATH = /^\p{L}+(?:[._]\p{L}+){0,2}$/u;
/** `identity_store_attribute_path` pattern (IAM Identity Center API). */
const IDENTITY_STORE_PATH = /^\p{L}+(?:\.\p{L}+){0,2}$/u;
/** Trusted token issuer names. */
const TTI_NAME = /^[\w+=,.@-]{1,255}$/;
const IDC_INSTANCE_ARN = /^arn:aws[a-z-]*:sso:::instance\/(sso)?ins-[a-zA-Z0-9-.]{16}$/;
const ANY_ARN = /^arn:aws[a-zA-Z-]*:[a-zA-Z0-9-]+:[a-z0-9-]*:[0-9]*:.+$/;
const REDSHIFT_IDC_APPLICATION_ARN = /^arn:aws[a-zA-Z-]*:redshift:[a-z0-9-]+:\d{12}:redshiftidcapplication:.+$/;
const IAM_ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/.+$/;
const APP_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const DISPLAY_NAME = /^[\w+=,.@-]{1,127}$/;
const NAMESPACE = /^[a-zA-Z0-9_+.#@$-]{1,127}$/;
const ISSUER_URL_MAX = 512;

/** The Redshift IAM Identity Center application to create (`aws_redshift_idc_application`). */
export interface RedshiftIdcApplicationOptions {
  /**
   * `redshift_idc_application_name`: 1-63 characters, lower-case letters, digits and single
   * hyphens. Renaming recreates the application.
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateRedshiftIdcApplication.html
   */
  readonly name: string;
  /**
   * `idc_display_name`, shown in the IAM Identity Center console.
   * @default `name`
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateRedshiftIdcApplication.html
   */
  readonly displayName?: string;
  /**
   * The IAM role Redshift assumes to call IAM Identity Center.
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-iam-access-control-idp-connect.html
   */
  readonly iamRoleArn: string;
  /**
   * The identity namespace (prefix of Redshift user and role names).
   * @default computed by AWS
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateRedshiftIdcApplication.html
   */
  readonly identityNamespace?: string;
  /**
   * One service integration (Lake Formation query, Redshift connect or S3 Access Grants).
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application
   */
  readonly serviceIntegrations?: RedshiftIdcApplicationServiceIntegrations;
  /**
   * Tags of the application.
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application#tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * An IAM Identity Center application for Redshift that exists already (the flow of the dbt guide
 * "Set up external OAuth with Redshift", section "Configure Redshift IdC application to utilize
 * TTI"): Terraform adopts it with an `import` block (id: its ARN) and from then on owns it,
 * including its `authorized_token_issuer_list`. The other values must match the real application,
 * or the first plan shows them as changes (name, instance: replacement, which is refused while
 * `preventDestroy` is on). Declare its service integrations and tags too: a block or tag left
 * out is removed by the first apply; and set `identityNamespace` to the real one.
 */
export interface RedshiftAdoptedApplicationOptions extends RedshiftIdcApplicationOptions {
  /**
   * `redshift_idc_application_arn` of the existing application, the import id
   * (`arn:aws:redshift:<region>:<account>:redshiftidcapplication:<uuid>`). Its IAM Identity
   * Center instance must be the trust's `instanceArn`.
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application#import
   */
  readonly arn: string;
  /**
   * Refuse to destroy the adopted application (`lifecycle.prevent_destroy`): it existed before
   * this stack, and other clients of IAM Identity Center may use it.
   * @default true
   * @see https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy
   */
  readonly preventDestroy?: boolean;
}

/** Another trusted token issuer already authorized on an existing application. */
export interface RedshiftAuthorizedTokenIssuerEntry {
  /** Its ARN. */
  readonly trustedTokenIssuerArn: string;
  /** The audiences accepted from it. */
  readonly audiences: string[];
}

/** Props of {@link RedshiftTrustedTokenIssuer}. */
export interface RedshiftTrustedTokenIssuerProps {
  /**
   * The issuer whose tokens Redshift accepts. `issuer_url` is its exact `issuerUrl`, including
   * the trailing slash of Entra v1 (`https://sts.windows.net/<tenant>/`).
   */
  readonly issuer: IIssuer;
  /**
   * ARN of the IAM Identity Center instance, e.g. `tolist(data.aws_ssoadmin_instances.x.arns)[0]`.
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssoadmin_trusted_token_issuer#instance_arn
   */
  readonly instanceArn: string;
  /**
   * The trusted token issuer's name, unique in the instance.
   * @default the construct id
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssoadmin_trusted_token_issuer#name
   */
  readonly name?: string;
  /**
   * The token claim compared with an Identity Store attribute, e.g. `email` or `upn` (Entra).
   * @see https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_OidcJwtConfiguration.html
   */
  readonly claimAttributePath: string;
  /**
   * The Identity Store attribute the claim must equal, e.g. `emails.value` or `userName`.
   * @default 'emails.value'
   * @see https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_OidcJwtConfiguration.html
   */
  readonly identityStoreAttributePath?: string;
  /**
   * The `aud` values the Redshift application accepts from this issuer.
   * @default issuer.audiences
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizedTokenIssuer.html
   */
  readonly audiences?: string[];
  /**
   * The clients expected to present tokens; each must be registered with `issuer`.
   * @default none
   * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/trustedidentitypropagation-using-customermanagedapps.html
   */
  readonly clients?: IClient[];
  /**
   * Create the Redshift IdC application and authorize this issuer on it (needs hashicorp/aws
   * >= 6.28.0; the stack's requirement is raised). Exactly one of `application`,
   * `adoptedApplication` and `existingApplicationArn`.
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_idc_application
   */
  readonly application?: RedshiftIdcApplicationOptions;
  /**
   * Adopt an existing Redshift IdC application (by ARN, with a Terraform `import` block) and
   * authorize this issuer on it, as the only entry of its `authorized_token_issuer_list` (the
   * provider allows one). Needs hashicorp/aws >= 6.28.0. Exactly one of `application`,
   * `adoptedApplication` and `existingApplicationArn`.
   * @default none
   * @see https://docs.getdbt.com/docs/cloud/manage-access/redshift-external-oauth#configure-redshift-idc-application-to-utilize-tti
   * @see https://developer.hashicorp.com/terraform/language/import
   */
  readonly adoptedApplication?: RedshiftAdoptedApplicationOptions;
  /**
   * ARN of an existing Redshift IdC application: nothing is created or adopted, and the record's
   * `application.manualSteps` holds the `aws redshift modify-redshift-idc-application` command
   * that authorizes this issuer (it can keep other issuers authorized). Exactly one of
   * `application`, `adoptedApplication` and `existingApplicationArn`.
   * @default none
   * @see https://docs.aws.amazon.com/cli/latest/reference/redshift/modify-redshift-idc-application.html
   */
  readonly existingApplicationArn?: string;
  /**
   * Issuers already authorized on the existing application: the modify command replaces the
   * whole list, so it repeats these.
   * @default none
   * @see https://docs.aws.amazon.com/cli/latest/reference/redshift/modify-redshift-idc-application.html
   */
  readonly existingAuthorizedTokenIssuers?: RedshiftAuthorizedTokenIssuerEntry[];
  /**
   * Tags of the trusted token issuer.
   * @default none
   * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssoadmin_trusted_token_issuer#tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * The AWS provider (alias) for the resources created here.
   * @default the stack's default aws provider
   * @see https://developer.hashicorp.com/terraform/cdktf/concepts/providers
   */
  readonly provider?: TerraformProvider;
}

/**
 * Lets Amazon Redshift accept an issuer's tokens through IAM Identity Center trusted identity
 * propagation: an `aws_ssoadmin_trusted_token_issuer` (OIDC_JWT, OPEN_ID_DISCOVERY) and its
 * entry in the Redshift IdC application's authorized token issuer list, on an application
 * created here (`application`), on an existing application adopted with a Terraform `import`
 * block (`adoptedApplication`), or on an existing application left outside Terraform, as a
 * manual CLI step (`existingApplicationArn`).
 *
 * @see https://docs.aws.amazon.com/singlesignon/latest/userguide/using-apps-with-trusted-token-issuer.html
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-iam-access-control-idp-connect.html
 */
export class RedshiftTrustedTokenIssuer extends Construct implements ITrust {
  public readonly issuer: IIssuer;
  /** The trusted token issuer's name. */
  public readonly trustedTokenIssuerName: string;
  /** The IAM Identity Center instance. */
  public readonly instanceArn: string;
  /** The `aws_ssoadmin_trusted_token_issuer` resource. */
  public readonly trustedTokenIssuer: SsoadminTrustedTokenIssuer;
  /** The application created or adopted here; undefined with `existingApplicationArn`. */
  public readonly application?: RedshiftIdcApplication;
  /** The application's ARN (an apply-time value when created here). */
  public readonly applicationArn: string;
  /** `managed` (created here), `adopted` (imported by ARN) or `existing` (a manual CLI step). */
  public readonly applicationMode: 'managed' | 'adopted' | 'existing';
  /** The token claim compared with the Identity Store. */
  public readonly claimAttributePath: string;
  /** The Identity Store attribute it is compared with. */
  public readonly identityStoreAttributePath: string;

  private readonly props: RedshiftTrustedTokenIssuerProps;
  private readonly audienceList: string[];
  private readonly clientList: IClient[] = [];

  constructor(scope: Construct, id: string, props: RedshiftTrustedTokenIssuerProps) {
    super(scope, id);
    this.props = props;
    this.issuer = props.issuer;
    this.instanceArn = props.instanceArn;
    this.trustedTokenIssuerName = props.name ?? id;
    this.claimAttributePath = props.claimAttributePath;
    this.identityStoreAttributePath = props.identityStoreAttributePath ?? 'emails.value';

    requirePattern(
      this,
      'instanceArn',
      props.instanceArn,
      IDC_INSTANCE_ARN,
      'must be an IAM Identity Center instance ARN (arn:aws:sso:::instance/ssoins-...)',
    );
    requirePattern(
      this,
      'name',
      this.trustedTokenIssuerName,
      TTI_NAME,
      'must be 1-255 characters of letters, digits and + = , . @ _ -',
      CONFIG_ERROR_CODES.INVALID_NAME,
    );
    const issuerUrl = props.issuer.issuerUrl;
    requireSecureUrl(this, 'issuer.issuerUrl', issuerUrl);
    if (!isUnresolved(issuerUrl) && issuerUrl.length > ISSUER_URL_MAX) {
      fail(
        this,
        CONFIG_ERROR_CODES.OUT_OF_RANGE,
        'issuer.issuerUrl',
        issuerUrl,
        `must be at most ${ISSUER_URL_MAX} characters (IAM Identity Center's limit)`,
      );
    }
    requirePattern(
      this,
      'claimAttributePath',
      props.claimAttributePath,
      CLAIM_PATH,
      'must be a claim path of letters, e.g. email, upn or preferred_username (at most three parts joined by . or _)',
    );
    requirePattern(
      this,
      'identityStoreAttributePath',
      this.identityStoreAttributePath,
      IDENTITY_STORE_PATH,
      'must be an Identity Store attribute path of letters, e.g. emails.value or userName (at most three parts joined by .)',
    );

    this.audienceList = [...(props.audiences ?? props.issuer.audiences)];
    requireNonEmpty(this, 'audiences', this.audienceList);
    this.audienceList.forEach((a, i) => requireText(this, `audiences[${i}]`, a));
    requireUnique(this, 'audiences', this.audienceList);

    (props.clients ?? []).forEach((c, i) => {
      this.checkClient(c, `clients[${i}]`);
      this.clientList.push(c);
    });

    const adopted = props.adoptedApplication;
    if ([props.application, adopted, props.existingApplicationArn].filter((x) => x !== undefined).length !== 1) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'application|adoptedApplication|existingApplicationArn',
        { application: props.application?.name, adoptedApplication: adopted?.arn, existingApplicationArn: props.existingApplicationArn },
        'exactly one of application (create it), adoptedApplication (import an existing one by ARN) and existingApplicationArn (authorize on an existing one with a CLI step) is required',
      );
    }
    const others = props.existingAuthorizedTokenIssuers ?? [];
    if (adopted && others.length > 0) {
      fail(
        this,
        CONFIG_ERROR_CODES.OUT_OF_RANGE,
        'existingAuthorizedTokenIssuers',
        others.length,
        `cannot be kept with adoptedApplication: Terraform would own authorized_token_issuer_list, which holds ${REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS} trusted token issuer (hashicorp/aws allows one block), and this issuer would be number ${others.length + 1}; use existingApplicationArn instead (its CLI step keeps every issuer), or remove the other issuers from the application first`,
      );
    }
    if (props.existingAuthorizedTokenIssuers !== undefined && props.existingApplicationArn === undefined) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'existingAuthorizedTokenIssuers',
        props.existingAuthorizedTokenIssuers.length,
        'applies only with existingApplicationArn',
      );
    }
    if (props.application) this.checkApplication('application', props.application);
    if (adopted) {
      requirePattern(
        this,
        'adoptedApplication.arn',
        adopted.arn,
        REDSHIFT_IDC_APPLICATION_ARN,
        'must be a Redshift IdC application ARN (arn:aws:redshift:<region>:<account>:redshiftidcapplication:<id>), the import id',
      );
      this.checkApplication('adoptedApplication', adopted);
    }
    if (props.existingApplicationArn !== undefined) {
      requirePattern(
        this,
        'existingApplicationArn',
        props.existingApplicationArn,
        ANY_ARN,
        'must be a Redshift IdC application ARN (arn:aws:redshift:<region>:<account>:redshiftidcapplication:...)',
      );
      (props.existingAuthorizedTokenIssuers ?? []).forEach((e, i) => {
        requirePattern(
          this,
          `existingAuthorizedTokenIssuers[${i}].trustedTokenIssuerArn`,
          e.trustedTokenIssuerArn,
          ANY_ARN,
          'must be a trusted token issuer ARN',
        );
        requireNonEmpty(this, `existingAuthorizedTokenIssuers[${i}].audiences`, e.audiences);
      });
    }
    this.checkUniqueName();
    this.checkUniqueAdoption();

    this.trustedTokenIssuer = new SsoadminTrustedTokenIssuer(this, 'Resource', {
      name: this.trustedTokenIssuerName,
      instanceArn: props.instanceArn,
      trustedTokenIssuerType: 'OIDC_JWT',
      trustedTokenIssuerConfiguration: [
        {
          oidcJwtConfiguration: [
            {
              issuerUrl,
              claimAttributePath: props.claimAttributePath,
              identityStoreAttributePath: this.identityStoreAttributePath,
              jwksRetrievalOption: 'OPEN_ID_DISCOVERY',
            },
          ],
        },
      ],
      tags: props.tags,
      provider: props.provider,
    });

    const app = props.application ?? adopted;
    if (app) {
      this.application = new RedshiftIdcApplication(this, 'Application', {
        idcInstanceArn: props.instanceArn,
        redshiftIdcApplicationName: app.name,
        idcDisplayName: app.displayName ?? app.name,
        iamRoleArn: app.iamRoleArn,
        identityNamespace: app.identityNamespace,
        serviceIntegrations: app.serviceIntegrations,
        tags: app.tags,
        authorizedTokenIssuerList: [
          {
            trustedTokenIssuerArn: this.trustedTokenIssuer.arn,
            authorizedAudiencesList: Lazy.listValue({ produce: () => [...this.audienceList] }),
          },
        ],
        provider: props.provider,
        lifecycle: adopted && (adopted.preventDestroy ?? true) ? { preventDestroy: true } : undefined,
      });
      if (adopted) this.application.importFrom(adopted.arn, props.provider);
      this.applicationArn = adopted?.arn ?? this.application.redshiftIdcApplicationArn;
    } else {
      this.applicationArn = props.existingApplicationArn!;
    }
    this.applicationMode = props.application ? 'managed' : adopted ? 'adopted' : 'existing';
    registerTrust(this);
  }

  /** The `aud` values accepted from this issuer, including any added with {@link addAudience}. */
  public get audiences(): string[] {
    return [...this.audienceList];
  }

  /** The clients expected to present tokens. */
  public get clients(): IClient[] {
    return [...this.clientList];
  }

  /** The ARN of the trusted token issuer (known after apply). */
  public get trustedTokenIssuerArn(): string {
    return this.trustedTokenIssuer.arn;
  }

  /**
   * Steps a human must run: for an existing application, the exact
   * `aws redshift modify-redshift-idc-application` command that authorizes this issuer.
   */
  public get manualSteps(): string[] {
    if (this.application) return [];
    const entries: RedshiftAuthorizedTokenIssuerEntry[] = [
      ...(this.props.existingAuthorizedTokenIssuers ?? []),
      { trustedTokenIssuerArn: this.trustedTokenIssuer.arn, audiences: this.audienceList },
    ];
    return [modifyApplicationCommand(this.applicationArn, entries)];
  }

  /** Accepts one more audience from this issuer. */
  public addAudience(audience: string): void {
    const field = `addAudience(${JSON.stringify(audience)})`;
    requireText(this, field, audience);
    if (!isUnresolved(audience) && this.audienceList.includes(audience)) {
      fail(this, CONFIG_ERROR_CODES.DUPLICATE_NAME, field, audience, 'is already an authorized audience');
    }
    this.audienceList.push(audience);
  }

  /** Declares one more client expected to present tokens; it must use this trust's issuer. */
  public addClient(client: IClient): void {
    this.checkClient(client, `addClient(${client.node.path})`);
    this.clientList.push(client);
  }

  public toTrustRecord(): RedshiftTrustRecord {
    return {
      type: 'redshift',
      path: this.node.path,
      name: this.trustedTokenIssuerName,
      issuerPath: this.issuer.node.path,
      issuer: this.issuer.issuerUrl,
      claimAttributePath: this.claimAttributePath,
      identityStoreAttributePath: this.identityStoreAttributePath,
      audiences: [...this.audienceList],
      clients: this.clientList.map((c) => c.node.path),
      application: {
        mode: this.applicationMode,
        arn: this.applicationArn,
        manualSteps: this.manualSteps,
      },
    };
  }

  private checkApplication(field: 'application' | 'adoptedApplication', app: RedshiftIdcApplicationOptions): void {
    requirePattern(
      this,
      `${field}.name`,
      app.name,
      APP_NAME,
      'must be 1-63 lower-case letters, digits and single hyphens, starting with a letter',
      CONFIG_ERROR_CODES.INVALID_NAME,
    );
    if (!isUnresolved(app.name) && app.name.length > 63) {
      fail(this, CONFIG_ERROR_CODES.INVALID_NAME, `${field}.name`, app.name, 'must be at most 63 characters');
    }
    requirePattern(
      this,
      `${field}.displayName`,
      app.displayName ?? app.name,
      DISPLAY_NAME,
      'must be 1-127 characters of letters, digits and + = , . @ _ -',
      CONFIG_ERROR_CODES.INVALID_NAME,
    );
    requirePattern(this, `${field}.iamRoleArn`, app.iamRoleArn, IAM_ROLE_ARN, 'must be an IAM role ARN (arn:aws:iam::<account>:role/...)');
    if (app.identityNamespace !== undefined) {
      requirePattern(
        this,
        `${field}.identityNamespace`,
        app.identityNamespace,
        NAMESPACE,
        'must be 1-127 characters of letters, digits and _ + . # @ $ -',
      );
    }
    const si = app.serviceIntegrations;
    if (si !== undefined) {
      const set = Object.entries(si)
        .filter(([, v]) => v !== undefined)
        .map(([k]) => k);
      if (set.length !== 1) {
        fail(
          this,
          CONFIG_ERROR_CODES.INVALID_VALUE,
          `${field}.serviceIntegrations`,
          set,
          'must set exactly one of lakeFormation, redshift and s3AccessGrants (the provider sends one integration per block)',
        );
      }
    }
  }

  private checkClient(client: IClient, field: string): void {
    requireNewClientOf(this, this.issuer, this.clientList, client, field);
  }

  /**
   * One trust per adopted application: its `authorized_token_issuer_list` holds one issuer, so a
   * second trust adopting the same ARN would need a second entry (and a second import of it).
   */
  private checkUniqueAdoption(): void {
    const arn = this.props.adoptedApplication?.arn;
    if (arn === undefined || isUnresolved(arn)) return;
    const first = this.node.root.node
      .findAll()
      .find(
        (c): c is RedshiftTrustedTokenIssuer =>
          c instanceof RedshiftTrustedTokenIssuer && c !== this && c.props.adoptedApplication?.arn === arn,
      );
    if (first) {
      fail(
        this,
        CONFIG_ERROR_CODES.OUT_OF_RANGE,
        'adoptedApplication.arn',
        arn,
        `is already adopted by ${first.node.path}, and its authorized_token_issuer_list holds ${REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS} trusted token issuer (hashicorp/aws allows one block): authorize this issuer on another application, or use existingApplicationArn with existingAuthorizedTokenIssuers instead (the CLI step sets a list of several)`,
      );
    }
  }

  /** Trusted token issuer names are unique per IAM Identity Center instance. */
  private checkUniqueName(): void {
    if (isUnresolved(this.trustedTokenIssuerName) || isUnresolved(this.instanceArn)) return;
    const clash = this.node.root.node
      .findAll()
      .find(
        (c): c is RedshiftTrustedTokenIssuer =>
          c instanceof RedshiftTrustedTokenIssuer &&
          c !== this &&
          c.instanceArn === this.instanceArn &&
          c.trustedTokenIssuerName === this.trustedTokenIssuerName,
      );
    if (clash) {
      fail(
        this,
        CONFIG_ERROR_CODES.DUPLICATE_NAME,
        'name',
        this.trustedTokenIssuerName,
        `must be unique in IAM Identity Center instance ${this.instanceArn} (also used by ${clash.node.path})`,
      );
    }
  }
}

/**
 * The exact AWS CLI command that sets an application's authorized token issuer list (it
 * replaces the whole list). Uses the shorthand syntax
 * `TrustedTokenIssuerArn=<arn>,AuthorizedAudiencesList=<aud>,<aud>`, one shell word per issuer,
 * or the JSON syntax when a value contains a character the shorthand cannot carry.
 * @see https://docs.aws.amazon.com/cli/latest/reference/redshift/modify-redshift-idc-application.html
 */
export function modifyApplicationCommand(applicationArn: string, entries: readonly RedshiftAuthorizedTokenIssuerEntry[]): string {
  const unsafe = entries.some((e) =>
    [e.trustedTokenIssuerArn, ...e.audiences].some((v) => /[,=\s[\]{}"'\\]/.test(v.replace(/\$\{[^}]*\}/g, ''))),
  );
  const list = unsafe
    ? shellQuote(
        JSON.stringify(entries.map((e) => ({ TrustedTokenIssuerArn: e.trustedTokenIssuerArn, AuthorizedAudiencesList: e.audiences }))),
      )
    : entries
        .map((e) => shellQuote(`TrustedTokenIssuerArn=${e.trustedTokenIssuerArn},AuthorizedAudiencesList=${e.audiences.join(',')}`))
        .join(' ');
  const region = /^arn:aws[a-zA-Z-]*:redshift:([a-z0-9-]+):/.exec(applicationArn)?.[1];
  return `aws redshift modify-redshift-idc-application --redshift-idc-application-arn ${shellQuote(applicationArn)} --authorized-token-issuer-list ${list}${region ? ` --region ${region}` : ''}`;
}

/** Single-quotes a shell word unless it is made of safe characters only. */
function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
