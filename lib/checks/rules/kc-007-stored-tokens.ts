import { clientPathsOf, describeTrust } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { describeBroker } from './keycloak';

/** EO-KC-007: a broker whose upstream tokens reach a data source stores them readably. */
export const brokerStoresTokens: Rule = {
  id: 'EO-KC-007',
  severity: 'error',
  title: 'A broker whose upstream tokens reach a data source stores them, readable',
  explanation:
    "A product that signs users in through Keycloak and then uses the user's upstream token at a data source " +
    "(Ataccama ONE's Snowflake connection with Okta) reads that token from Keycloak's token store. With \"Store " +
    'tokens" off Keycloak discards it after sign-in, and with "Stored tokens readable" off the product may not read ' +
    'it: every query fails although sign-in works. Fix: turn on `storeTokens` and `storedTokensReadable`.',
  see: ['https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_tokens'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const broker of ctx.keycloakBrokers) {
      const trusts = ctx.manifest.trusts.filter((t) => clientPathsOf(t).includes(broker.clientPath));
      if (trusts.length === 0 || (broker.storeTokens !== false && broker.storedTokensReadable !== false)) continue;
      const off = [
        broker.storeTokens === false ? 'Store tokens' : '',
        broker.storedTokensReadable === false ? 'Stored tokens readable' : '',
      ]
        .filter(Boolean)
        .join(' and ');
      out.push(
        violation(
          broker.path,
          `${describeBroker(broker)} has ${off} off, while ${trusts.map(describeTrust).join(', ')} accepts the upstream tokens of ${broker.clientPath}: the product cannot read the user's token for the data source. Fix: set storeTokens and storedTokensReadable true.`,
        ),
      );
    }
    return out;
  },
};
