import type { IssuerKind } from '../../core/kinds';
import { DATABRICKS_EXCHANGE_ALGORITHMS } from '../../manifest/types';
import { describeTrust } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { show } from '../values';

/** What each issuer kind signs access tokens with, when the kind fixes it. */
const KIND_ALGORITHMS: Partial<Record<IssuerKind, readonly string[]>> = { okta: ['RS256'], entra: ['RS256'] };

/** EO-DBX-004: the issuer signs with RS256 or ES256, the only algorithms Databricks exchanges. */
export const databricksSigningAlgorithm: Rule = {
  id: 'EO-DBX-004',
  severity: 'error',
  title: 'The issuer of a Databricks federation policy signs with RS256 or ES256',
  explanation:
    'Databricks exchanges only JWTs signed with RS256 or ES256. Okta authorization servers and Entra sign access ' +
    'tokens with RS256; other IdPs are configurable (PingFederate, Keycloak realms may sign with PS256, ES384, ' +
    'EdDSA, ...). A token signed otherwise is refused at every exchange. Declare what an external issuer signs ' +
    'with (`ExternalIssuer` `signingAlgorithms`); without it the rule cannot be evaluated. Fix: configure the ' +
    'IdP (or the client) to sign with RS256 or ES256.',
  see: ['https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-exchange'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.databricksTrusts) {
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer) continue;
      const algorithms = issuer.details?.signingAlgorithms ?? KIND_ALGORITHMS[issuer.kind];
      if (!algorithms || algorithms.length === 0) {
        out.push(
          unevaluable(
            trust.path,
            `${issuer.path} (${issuer.kind}) declares no signing algorithms; declare signingAlgorithms on the issuer`,
          ),
        );
        continue;
      }
      const refused = algorithms.filter((a) => !DATABRICKS_EXCHANGE_ALGORITHMS.includes(a));
      if (refused.length === 0) continue;
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} exchanges RS256 and ES256 tokens only, but ${issuer.path} signs with ${show(refused)}: those tokens are refused. Fix: sign with RS256 or ES256 at the IdP.`,
        ),
      );
    }
    return out;
  },
};
