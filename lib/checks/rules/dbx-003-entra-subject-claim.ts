import { describeTrust } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';

/** EO-DBX-003: with an Entra issuer, a Databricks policy does not key on `sub`. */
export const databricksEntraSubjectClaim: Rule = {
  id: 'EO-DBX-003',
  severity: 'warning',
  title: 'A Databricks federation policy for Entra tokens keys on `oid` or `azp`, not `sub`',
  explanation:
    'Entra puts a pairwise value in `sub`: the same user or application has a different `sub` for every ' +
    'application that requests the token, so a `sub` copied from one token stops matching when another client ' +
    "asks. Databricks documents `oid` (the user's or service principal's object id) for users and `azp` (the " +
    'client id) for applications. Fix: set subjectClaim to `oid` (user access) or `azp` (OAuth app access).',
  see: [
    'https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims',
    'https://docs.databricks.com/api/account/accountfederationpolicy/create',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.databricksTrusts) {
      if (trust.subjectClaim !== 'sub' || ctx.issuerByPath(trust.issuerPath)?.kind !== 'entra') continue;
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} reads the subject from sub, but ${trust.issuerPath} (Entra) puts a different sub in tokens for every requesting application. Fix: use subjectClaim "${trust.scope === 'service-principal' ? 'azp' : 'oid'}" (${trust.scope === 'service-principal' ? 'the client id of the workload' : "the user's object id"}).`,
        ),
      );
    }
    return out;
  },
};
