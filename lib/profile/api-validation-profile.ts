import { Construct } from 'constructs';

import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient, IIssuer, isTrust, ITrust } from '../core/interfaces';
import { registerTrust } from '../core/register';
import { fail, isUnresolved, requireInRange, requireNonEmpty, requirePattern, requireText, requireUnique } from '../core/validate';
import { TerraformStack } from '../framework';
import { ManifestWriter } from '../manifest/manifest-writer';
import { ASYMMETRIC_ALGORITHMS, PROFILE_NAME_PATTERN } from '../manifest/schema';
import type { ProfileTrustRecord, ValidationProfile } from '../manifest/types';
import { checkTokenRules, tokenRuleFields, TokenRules } from './token-rules';

/** Machine-to-machine (client credentials) mapping. */
export interface MachineFlowOptions {
  /**
   * Accept app tokens (client credentials, no person). Some products turn their machine flow on
   * by default (Alation: "Machine-Based Flows"); this library does not, because a profile serves
   * any API and an app token without a person must be an explicit, reviewed decision. Set it to
   * match the API.
   * @default false
   * @see https://www.alation.com/docs/en/latest/admins/AdminSettings/Authentication/ConfigureExternalOAuthIntegrations.html
   */
  readonly enabled?: boolean;
  /** The claim naming the system user, e.g. `appid` (Entra) or `sub`. Always required. */
  readonly systemUserClaim: string;
  /** The role the system user gets, e.g. `Server Admin`. Always required. */
  readonly systemUserRole: string;
}

/** User-token mapping. */
export interface UserFlowOptions {
  /** Accept user tokens. @default false */
  readonly enabled?: boolean;
  /** The claim holding an existing username, e.g. `unique_name`. Required when enabled. */
  readonly usernameClaim?: string;
}

/**
 * Props of {@link ApiValidationProfile}. The {@link TokenRules} default to the issuer's
 * (an {@link ExternalIssuer} declares them); a value set here overrides the issuer's.
 */
export interface ApiValidationProfileProps extends TokenRules {
  /**
   * Unique name; letters, digits, `-`, `_`, `&`; starts and ends with a letter. Never rename a
   * deployed profile: create a new one instead.
   */
  readonly name: string;
  /** The client whose tokens this profile serves; its issuer becomes the profile's issuer. */
  readonly client: IClient;
  /**
   * Accepted audiences; the token's `aud` must contain one.
   * @default the issuer's audiences
   * @see https://www.rfc-editor.org/rfc/rfc9068#section-4
   */
  readonly audiences?: string[];
  /** The machine flow. `systemUserClaim` and `systemUserRole` are required even when disabled. */
  readonly machineFlow: MachineFlowOptions;
  /** The user flow. @default disabled */
  readonly userFlow?: UserFlowOptions;
  /** Claims that carry the client id. @default ["azp","appid","client_id","cid"] */
  readonly clientIdClaims?: string[];
  /** Accepted signature algorithms (asymmetric only). @default RS*, PS*, ES*, EdDSA */
  readonly algorithms?: string[];
  /** Clock skew tolerated on exp / nbf / iat, 0 to 300 s. @default 60 */
  readonly clockToleranceSeconds?: number;
}

/**
 * An API acting as an OAuth resource server: the validation profile that the bundled
 * validator (`cdktf-external-oauth/validator`) enforces. Written to the trust manifest and to
 * the stack's `external_oauth_profiles` output.
 */
export class ApiValidationProfile extends Construct implements ITrust {
  public readonly issuer: IIssuer;
  public readonly client: IClient;
  public readonly profileName: string;
  private readonly profile: ValidationProfile;

  constructor(scope: Construct, id: string, props: ApiValidationProfileProps) {
    super(scope, id);
    requirePattern(
      this,
      'name',
      props.name,
      new RegExp(PROFILE_NAME_PATTERN),
      'must use letters, digits, -, _ or & and start and end with a letter',
      CONFIG_ERROR_CODES.INVALID_NAME,
    );
    const clash = TerraformStack.of(this)
      .node.findAll()
      .find((c) => c !== this && isTrust(c) && c instanceof ApiValidationProfile && c.profileName === props.name);
    if (clash)
      fail(this, CONFIG_ERROR_CODES.DUPLICATE_NAME, 'name', props.name, `must be unique in the stack (also used by ${clash.node.path})`);

    const issuer = props.client.issuer;
    const audiences = props.audiences ?? issuer.audiences;
    requireNonEmpty(this, 'audiences', audiences);
    requireUnique(this, 'audiences', audiences);
    requireText(this, 'machineFlow.systemUserClaim', props.machineFlow.systemUserClaim);
    requireText(this, 'machineFlow.systemUserRole', props.machineFlow.systemUserRole);
    const userEnabled = props.userFlow?.enabled ?? false;
    if (userEnabled) requireText(this, 'userFlow.usernameClaim', props.userFlow?.usernameClaim);
    if (props.clientIdClaims) {
      requireNonEmpty(this, 'clientIdClaims', props.clientIdClaims);
      props.clientIdClaims.forEach((c, i) => requireText(this, `clientIdClaims[${i}]`, c));
    }
    if (props.algorithms) {
      requireNonEmpty(this, 'algorithms', props.algorithms);
      props.algorithms.forEach((alg, i) => {
        if (!(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg)) {
          fail(
            this,
            CONFIG_ERROR_CODES.INVALID_VALUE,
            `algorithms[${i}]`,
            alg,
            `must be an asymmetric algorithm (${ASYMMETRIC_ALGORITHMS.join(', ')}); never HS* or none`,
          );
        }
      });
    }
    if (props.clockToleranceSeconds !== undefined) {
      requireInRange(this, 'clockToleranceSeconds', props.clockToleranceSeconds, 0, 300, 'seconds');
      if (!isUnresolved(props.clockToleranceSeconds) && !Number.isInteger(props.clockToleranceSeconds)) {
        fail(
          this,
          CONFIG_ERROR_CODES.OUT_OF_RANGE,
          'clockToleranceSeconds',
          props.clockToleranceSeconds,
          'must be a whole number of seconds',
        );
      }
    }

    const rules = tokenRuleFields({ ...issuer.tokenRules, ...tokenRuleFields(props) });
    checkTokenRules(this, issuer.issuerKind, rules);

    this.issuer = issuer;
    this.client = props.client;
    this.profileName = props.name;
    this.profile = {
      name: props.name,
      clientId: props.client.clientId,
      issuer: issuer.issuerUrl,
      audiences: [...audiences],
      jwksUrl: issuer.jwksUrl,
      machineFlow: {
        enabled: props.machineFlow.enabled ?? false,
        systemUserClaim: props.machineFlow.systemUserClaim,
        systemUserRole: props.machineFlow.systemUserRole,
      },
      userFlow: userEnabled
        ? { enabled: true, usernameClaim: props.userFlow?.usernameClaim }
        : { enabled: false, ...(props.userFlow?.usernameClaim ? { usernameClaim: props.userFlow.usernameClaim } : {}) },
      issuerKind: issuer.issuerKind,
      ...(props.clientIdClaims ? { clientIdClaims: [...props.clientIdClaims] } : {}),
      ...(props.algorithms ? { algorithms: [...props.algorithms] } : {}),
      ...(props.clockToleranceSeconds !== undefined ? { clockToleranceSeconds: props.clockToleranceSeconds } : {}),
      ...rules,
    };
    registerTrust(this);
    ManifestWriter.of(this).ensureProfilesOutput();
  }

  public toTrustRecord(): ProfileTrustRecord {
    return {
      type: 'profile',
      path: this.node.path,
      name: this.profileName,
      issuerPath: this.issuer.node.path,
      clientPath: this.client.node.path,
      profile: this.profile,
    };
  }
}
