/**
 * How an issuer's access tokens are shaped, as far as the validator needs it: the app-token
 * rule (PingFederate and generic issuers), the RFC 9068 profile and `iat`. An
 * {@link ExternalIssuer} declares them once for every profile that trusts it; an
 * {@link ApiValidationProfile} may override them.
 */
import type { IConstruct } from 'constructs';

import { CONFIG_ERROR_CODES } from '../core/errors';
import type { IssuerKind } from '../core/kinds';
import { fail, isUnresolved } from '../core/validate';
import { APP_TOKEN_RULE_KINDS } from '../manifest/schema';
import type { AppTokenRule, TokenProfile } from '../manifest/types';

/** Token rules of an issuer, copied into the validation profiles that trust it. */
export interface TokenRules {
  /**
   * PingFederate and generic issuers only: how an app (client credentials) token is recognised
   * when the issuer does not set `sub` to the client id: `{ claim, value }` (the claim has that
   * value) or `{ claim, valueIsClientId: true }` (the claim holds the client id).
   * @default `sub` equals the client id
   * @see https://docs.pingidentity.com/pingfederate/latest/ (access token manager attribute mapping)
   */
  readonly appTokenRule?: AppTokenRule;
  /**
   * `rfc9068` for issuers that issue RFC 9068 JWT access tokens (Auth0's RFC 9068 profile,
   * oidc-provider): the validator then requires header `typ`
   * `at+jwt` and the claims `sub`, `client_id`, `iat`, `jti`.
   * @default none (any access-token `typ`; the claims the profile's flows need)
   * @see https://www.rfc-editor.org/rfc/rfc9068#section-2
   */
  readonly tokenProfile?: TokenProfile;
  /**
   * Whether the validator requires `iat`. `false` only for an issuer configured without it;
   * the token lifetime is then bounded by `exp - now`.
   * @default true
   * @see https://www.rfc-editor.org/rfc/rfc9068#section-2.2
   */
  readonly requireIssuedAt?: boolean;
}

/** Checks `rules` for an issuer of `kind`; throws naming the construct path, the field, the value and the rule. */
export function checkTokenRules(scope: IConstruct, kind: IssuerKind, rules: TokenRules): void {
  const rule = rules.appTokenRule;
  if (rule !== undefined) {
    if (!(APP_TOKEN_RULE_KINDS as readonly string[]).includes(kind)) {
      fail(
        scope,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'appTokenRule',
        rule,
        `is only for issuer kinds ${APP_TOKEN_RULE_KINDS.join(' and ')}; kind ${kind} has a fixed app-token rule`,
      );
    }
    if (typeof rule.claim !== 'string' || (!isUnresolved(rule.claim) && rule.claim.trim().length === 0)) {
      fail(scope, CONFIG_ERROR_CODES.MISSING_VALUE, 'appTokenRule.claim', rule.claim, 'is required and must not be empty');
    }
    const hasValue = rule.value !== undefined;
    if (hasValue === (rule.valueIsClientId !== undefined) || (rule.valueIsClientId !== undefined && rule.valueIsClientId !== true)) {
      fail(
        scope,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'appTokenRule',
        rule,
        'must set exactly one of value (a non-empty string) and valueIsClientId (true)',
      );
    }
    if (hasValue && (typeof rule.value !== 'string' || rule.value.length === 0)) {
      fail(scope, CONFIG_ERROR_CODES.INVALID_VALUE, 'appTokenRule.value', rule.value, 'must be a non-empty string');
    }
  }
  if (rules.tokenProfile !== undefined && rules.tokenProfile !== 'rfc9068') {
    fail(scope, CONFIG_ERROR_CODES.INVALID_VALUE, 'tokenProfile', rules.tokenProfile, 'must be rfc9068');
  }
  if (rules.requireIssuedAt === false && rules.tokenProfile === 'rfc9068') {
    fail(
      scope,
      CONFIG_ERROR_CODES.INVALID_VALUE,
      'requireIssuedAt',
      false,
      'contradicts tokenProfile rfc9068, which requires iat (RFC 9068 section 2.2)',
    );
  }
}

/** The profile fields for `rules` (absent fields stay absent: defaults are the validator's). */
export function tokenRuleFields(rules: TokenRules): TokenRules {
  return {
    ...(rules.appTokenRule !== undefined ? { appTokenRule: { ...rules.appTokenRule } } : {}),
    ...(rules.tokenProfile !== undefined ? { tokenProfile: rules.tokenProfile } : {}),
    ...(rules.requireIssuedAt !== undefined ? { requireIssuedAt: rules.requireIssuedAt } : {}),
  };
}
