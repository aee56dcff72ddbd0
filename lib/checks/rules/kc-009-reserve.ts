import { Rule, RuleOutcome, violation } from '../rule';
import { showSeconds } from '../values';
import { describeBroker } from './keycloak';

/** The reserve below which EO-KC-009 warns, in seconds (1 hour). */
export const MIN_BROKER_RESERVE_SECONDS = 3600;

/** EO-KC-009: the broker's reserve covers the product's preprocessing. */
export const brokerReserve: Rule = {
  id: 'EO-KC-009',
  severity: 'warning',
  title: "The broker's reserve before the upstream refresh token expires is at least 1 hour",
  explanation:
    "A product that uses the stored upstream token for work that runs after the user's last activity (a job's " +
    'preprocessing, a scheduled profile run) needs the upstream refresh token to outlive the Keycloak session by ' +
    'the length of that work, not only by clock skew. A reserve of minutes lets long jobs fail half-way with an ' +
    "expired token. Fix: size `reserve` for the longest job (Ataccama ONE's guide aligns Okta's refresh-token " +
    "rules with Keycloak's SSO timeouts), and let EO-KC-002 check the lifetimes against it.",
  see: ['https://www.keycloak.org/docs/latest/server_admin/#_timeouts'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const broker of ctx.keycloakBrokers) {
      if (typeof broker.reserveSeconds !== 'number' || broker.reserveSeconds >= MIN_BROKER_RESERVE_SECONDS) continue;
      out.push(
        violation(
          broker.path,
          `${describeBroker(broker)} reserves ${showSeconds(broker.reserveSeconds)} between the end of the Keycloak session and the expiry of the upstream refresh token, less than 1 hour: jobs that run on the stored token after the user's last activity can outlive it. Fix: size reserve for the longest job.`,
        ),
      );
    }
    return out;
  },
};
