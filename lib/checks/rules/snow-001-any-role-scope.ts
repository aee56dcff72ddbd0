import { SNOWFLAKE_ROLE_ANY_SCOPE } from '../../util/values';
import { clientPathsOf, describeTrust, scopesAround, scopeValue } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** EO-SNOW-001: Snowflake any-role mode and the `session:role-any` scope agree. */
export const anyRoleScope: Rule = {
  id: 'EO-SNOW-001',
  severity: 'error',
  title: 'Snowflake any-role mode and the `session:role-any` scope agree',
  explanation:
    'With `EXTERNAL_OAUTH_ANY_ROLE_MODE = ENABLE` (or ENABLE_FOR_PRIVILEGE) a token lets the user pick any granted ' +
    'role only when it carries the scope `session:role-any`; the issuer must define it and the client must be allowed ' +
    'to request it. With DISABLE, a token that carries `session:role-any` is rejected. Fix: add ' +
    '`SnowflakeScope.ROLE_ANY` to the issuer and the client (and the policy rule), or set the mode to match.',
  see: ['https://docs.snowflake.com/en/user-guide/oauth-ext-overview#using-any-role-with-external-oauth'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.snowflakeTrusts) {
      if (isApplyTimeValue(trust.anyRoleMode)) {
        out.push(unevaluable(trust.path, `anyRoleMode ${show(trust.anyRoleMode)} is an apply-time value`));
        continue;
      }
      const clientPaths = clientPathsOf(trust);
      const scopes = scopesAround(ctx, trust.issuerPath, clientPaths.length ? clientPaths : undefined);
      const roleAny = scopes.filter((s) => scopeValue(s.scope) === SNOWFLAKE_ROLE_ANY_SCOPE);
      if (trust.anyRoleMode !== 'DISABLE' && roleAny.length === 0) {
        const seen = [...new Set(scopes.map((s) => s.scope))];
        out.push(
          violation(
            trust.path,
            `${describeTrust(trust)} has anyRoleMode ${trust.anyRoleMode}, but neither ${trust.issuerPath} nor its clients ${show(clientPaths)} define or request ${show(SNOWFLAKE_ROLE_ANY_SCOPE)} (scopes found: ${show(seen)}). Fix: add SnowflakeScope.ROLE_ANY to the issuer, the client's scopes and the policy rule, or set anyRoleMode DISABLE and use session:role:<ROLE>.`,
          ),
        );
      }
      if (trust.anyRoleMode === 'DISABLE') {
        for (const s of roleAny.filter((r) => r.where !== 'scope definition')) {
          out.push(
            violation(
              trust.path,
              `${describeTrust(trust)} has anyRoleMode DISABLE, but ${s.path} (${s.where}) requests ${show(s.scope)}; Snowflake rejects such tokens. Fix: set anyRoleMode ENABLE, or request session:role:<ROLE> instead.`,
            ),
          );
        }
      }
    }
    return out;
  },
};
