import { Rule, RuleOutcome, violation } from '../rule';
import { showSeconds } from '../values';
import { describeBroker } from './keycloak';

/** EO-KC-001: SSO Session Max <= SSO Session Idle, as issue 3 states it. */
export const sessionMaxWithinIdle: Rule = {
  id: 'EO-KC-001',
  severity: 'error',
  title: 'Keycloak SSO Session Max <= SSO Session Idle',
  explanation:
    'Seed 001 aligns the Keycloak broker\'s realm sessions with the upstream Okta tokens; issue 3 states the ' +
    'alignment as "SSO Session Max <= SSO Session Idle", so that the broker session never outlives its idle ' +
    'window and always re-checks the upstream refresh token. Note: Keycloak itself treats Max as the absolute cap ' +
    'and usually has Idle <= Max; this rule implements the issue literally. Fix: set SSO Session Max to at most ' +
    'SSO Session Idle, or suppress with the reason your realm differs.',
  see: ['https://www.keycloak.org/docs/latest/server_admin/#_timeouts'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const b of ctx.keycloakBrokers) {
      if (b.ssoSessionMaxSeconds <= b.ssoSessionIdleSeconds) continue;
      out.push(violation(b.path, `${describeBroker(b)} has SSO Session Max ${showSeconds(b.ssoSessionMaxSeconds)} above SSO Session Idle ${showSeconds(b.ssoSessionIdleSeconds)}. Fix: set SSO Session Max to ${showSeconds(b.ssoSessionIdleSeconds)} or less.`));
    }
    return out;
  },
};
