import { describeTrust, emittedClaims } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** EO-RS-001: an identity-store email lookup reads an email-valued claim. */
export const redshiftEmailAttribute: Rule = {
  id: 'EO-RS-001',
  severity: 'error',
  title: 'A Redshift trusted token issuer that matches `emails.value` reads an email-valued claim',
  explanation:
    'IAM Identity Center looks the claim value up in the identity-store attribute. With `emails.value`, a claim ' +
    'that is not an email address (an object id, `sub`, a client id) matches no user and the login fails. ' +
    'Fix: use an email-valued claim (Entra `upn` or `email` for user tokens) or match `userName` instead.',
  see: ['https://docs.aws.amazon.com/singlesignon/latest/userguide/using-apps-with-trusted-token-issuer.html'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.redshiftTrusts) {
      if (trust.identityStoreAttributePath !== 'emails.value') continue;
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer) continue;
      if (isApplyTimeValue(trust.claimAttributePath)) {
        out.push(unevaluable(trust.path, `claimAttributePath ${show(trust.claimAttributePath)} is an apply-time value`));
        continue;
      }
      const claim = emittedClaims(issuer).find((c) => c.name === trust.claimAttributePath);
      if (!claim || claim.valueKind === 'email') continue; // an unknown claim is EO-CLAIM-001's
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} matches claim ${show(claim.name)} (declared ${show(claim.valueKind ?? 'other')} by ${issuer.path}) against identity-store attribute "emails.value". Fix: use an email-valued claim, or identityStoreAttributePath "userName".`,
        ),
      );
    }
    return out;
  },
};
