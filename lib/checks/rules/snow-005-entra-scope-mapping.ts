import { describeTrust, flowsOfTrust } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** EO-SNOW-005: Entra user tokens map roles from `scp`. */
export const entraScopeMapping: Rule = {
  id: 'EO-SNOW-005',
  severity: 'error',
  title: 'Snowflake integrations for Entra user tokens use scope mapping attribute `scp`',
  explanation:
    'Entra puts delegated scopes (e.g. `session:role:ANALYST`) in the `scp` claim of user tokens. Snowflake reads ' +
    'the role scope from `EXTERNAL_OAUTH_SCOPE_MAPPING_ATTRIBUTE`; any other claim leaves the token without a role. ' +
    'Fix: set `scopeMappingAttribute: "scp"` on the integration.',
  see: ['https://docs.snowflake.com/en/user-guide/oauth-azure'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.snowflakeTrusts) {
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (trust.integrationType !== 'AZURE' && issuer?.kind !== 'entra') continue;
      const flows = flowsOfTrust(ctx, trust);
      if (flows.size > 0 && !flows.has('user')) continue;
      if (trust.scopeMappingAttribute === 'scp') continue;
      if (isApplyTimeValue(trust.scopeMappingAttribute)) {
        out.push(unevaluable(trust.path, `scopeMappingAttribute ${show(trust.scopeMappingAttribute)} is an apply-time value`));
        continue;
      }
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} serves Entra user tokens with scopeMappingAttribute ${trust.scopeMappingAttribute === undefined ? 'unset' : show(trust.scopeMappingAttribute)}, but Entra puts scopes in "scp". Fix: set scopeMappingAttribute "scp".`,
        ),
      );
    }
    return out;
  },
};
