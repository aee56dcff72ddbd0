import { Rule, RuleOutcome, violation } from '../rule';
import { showSeconds } from '../values';
import { describeBroker } from './keycloak';

/** EO-KC-001: the realm's SSO Session Idle is at most its SSO Session Max. */
export const sessionIdleWithinMax: Rule = {
  id: 'EO-KC-001',
  severity: 'warning',
  title: 'Keycloak SSO Session Idle <= SSO Session Max',
  explanation:
    'Keycloak ends a user session after SSO Session Idle without activity, and after SSO Session Max in any case. ' +
    'An idle timeout longer than the maximum never takes effect: the realm reads as if sessions survived a long ' +
    'pause, while every session ends at SSO Session Max, and the upstream refresh-token lifetime (EO-KC-002) is sized ' +
    "against the wrong value. Ataccama ONE's guide asks to align the Okta refresh-token rules with these " +
    'timeouts. Fix: set SSO Session Idle to at most SSO Session Max.',
  see: ['https://www.keycloak.org/docs/latest/server_admin/#_timeouts'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const b of ctx.keycloakBrokers) {
      if (b.ssoSessionIdleSeconds <= b.ssoSessionMaxSeconds) continue;
      out.push(
        violation(
          b.path,
          `${describeBroker(b)} has SSO Session Idle ${showSeconds(b.ssoSessionIdleSeconds)} above SSO Session Max ${showSeconds(b.ssoSessionMaxSeconds)}: the idle timeout never takes effect. Fix: set SSO Session Idle to ${showSeconds(b.ssoSessionMaxSeconds)} or less.`,
        ),
      );
    }
    return out;
  },
};
