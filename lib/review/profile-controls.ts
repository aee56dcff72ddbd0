/**
 * How a validation profile's validator settings read in the review (posture and diff): the
 * algorithm pin, `requireIssuedAt: false`, the RFC 9068 token profile and the app-token rule.
 * Plain text: the renderers escape it.
 */
import type { AppTokenRule, ValidationProfile } from '../manifest/types';

/** The app-token rule in words: `claim grant_type equals "client_credentials"`. */
export function appTokenRuleText(rule: AppTokenRule): string {
  return `claim ${rule.claim} equals ${rule.valueIsClientId === true ? 'the client id' : JSON.stringify(rule.value ?? '')}`;
}

/** The posture lines of a profile's validator settings; none for the defaults. */
export function profileControls(profile: ValidationProfile): string[] {
  return [
    ...(profile.algorithms ? [`algorithms: ${profile.algorithms.join(', ')}`] : []),
    ...(profile.requireIssuedAt === false ? ['iat not required (requireIssuedAt: false)'] : []),
    ...(profile.tokenProfile ? [`token profile ${profile.tokenProfile} (header typ at+jwt; sub, client_id, iat, jti required)`] : []),
    ...(profile.appTokenRule ? [`app tokens: ${appTokenRuleText(profile.appTokenRule)}`] : []),
  ];
}
