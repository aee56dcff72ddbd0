import type { IssuerRecord, PolicyRecord, PolicyRuleRecord } from '../../manifest/types';
import type { KeycloakBrokerRecord } from '../../manifest/types';
import type { RuleContext } from '../context';

/** Okta's "expire if not used every" default when a rule does not set it (7 days). */
export const OKTA_DEFAULT_REFRESH_WINDOW_MINUTES = 10080;

/** An Okta policy rule that governs the tokens the broker's client gets. */
export interface BrokerPolicyRule {
  readonly issuer: IssuerRecord;
  readonly policy: PolicyRecord;
  readonly rule: PolicyRuleRecord;
  /** `policy "P" rule "R" of <issuer path>`. */
  readonly where: string;
}

/** The authorization-code policy rules of the broker client's issuer whose policy is assigned to that client. */
export function brokerPolicyRules(ctx: RuleContext, broker: KeycloakBrokerRecord): BrokerPolicyRule[] {
  const issuer = ctx.issuerByPath(broker.issuerPath);
  if (!issuer || !Array.isArray(issuer.policies)) return [];
  return issuer.policies
    .filter((p) => Array.isArray(p.clients) && p.clients.includes(broker.clientPath))
    .flatMap((policy) =>
      policy.rules
        .filter((rule) => !Array.isArray(rule.grantTypes) || rule.grantTypes.includes('authorization_code'))
        .map((rule) => ({
          issuer,
          policy,
          rule,
          where: `policy ${JSON.stringify(policy.name)} rule ${JSON.stringify(rule.name)} of ${issuer.path}`,
        })),
    );
}

/** `KeycloakBroker "name" (path)`. */
export function describeBroker(broker: KeycloakBrokerRecord): string {
  return `Keycloak broker ${JSON.stringify(broker.name)} (${broker.path})`;
}
