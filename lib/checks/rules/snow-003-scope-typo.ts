import { scopesAround, snowflakeScopeCorrection } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { listOf, show } from '../values';

/** EO-SNOW-003: Snowflake session scopes are spelled exactly. */
export const scopeTypo: Rule = {
  id: 'EO-SNOW-003',
  severity: 'error',
  title: 'Snowflake session scopes are spelled exactly',
  explanation:
    'Snowflake recognises exactly `session:role-any` and `session:role:<ROLE>`. Look-alikes such as ' +
    '`session:role_any` (a common misprint in set-up guides), `session:role:any`, `session:roleany` or `SESSION:ROLE-ANY` are ' +
    'ordinary scopes to Snowflake: the token carries no role and the login falls back to the default role or fails. ' +
    'Fix: use the spelling in the message (`SnowflakeScope.ROLE_ANY`, `SnowflakeScope.role("DEV_QA")`).',
  see: ['https://docs.snowflake.com/en/user-guide/oauth-ext-overview#scopes'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    const seen = new Set<string>();
    const entries = [
      ...ctx.manifest.issuers.flatMap((i) => scopesAround(ctx, i.path, undefined, false)),
      ...ctx.manifest.clients.flatMap((c) => (listOf(c.scopes) ?? []).map((scope) => ({ path: c.path, where: 'client scopes', scope }))),
    ];
    for (const e of entries) {
      const fix = snowflakeScopeCorrection(e.scope);
      const key = `${e.path}\u0000${e.where}\u0000${e.scope}`;
      if (!fix || seen.has(key)) continue;
      seen.add(key);
      out.push(
        violation(
          e.path,
          `${e.path} (${e.where}) has scope ${show(e.scope)}, which Snowflake does not recognise. Fix: write ${show(fix)}.`,
        ),
      );
    }
    return out;
  },
};
