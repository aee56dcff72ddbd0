import { clientPathsOf, describeTrust, roleOfScope, scopesAround, snowflakeRoleKey } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';

/** EO-SNOW-002: every `session:role:<ROLE>` scope names a role the integration's users hold. */
export const sessionRoleGranted: Rule = {
  id: 'EO-SNOW-002',
  severity: 'error',
  title: "`session:role:<ROLE>` names a role granted to the integration's users",
  explanation:
    'A token with `session:role:DEV_QA` opens a Snowflake session in role DEV_QA only for a user who is granted that ' +
    'role; otherwise the login fails. The check compares the role in each scope with the roles (and default roles) ' +
    'of the users declared on the integration, case-insensitively as Snowflake does for unquoted names. When no ' +
    'user is declared it reports that it could not evaluate. Fix: grant the role (`addUser({ roles })`) or correct ' +
    'the scope.',
  see: ['https://docs.snowflake.com/en/user-guide/oauth-ext-overview#scopes'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.snowflakeTrusts) {
      const clientPaths = clientPathsOf(trust);
      const scoped = scopesAround(ctx, trust.issuerPath, clientPaths.length ? clientPaths : undefined)
        .map((s) => ({ ...s, role: roleOfScope(s.scope) }))
        .filter((s): s is typeof s & { role: string } => s.role !== undefined);
      if (scoped.length === 0) continue;
      const users = listOf(trust.users);
      if (!users || users.length === 0) {
        out.push(
          unevaluable(
            trust.path,
            `${describeTrust(trust)} declares no users, so the roles behind ${show([...new Set(scoped.map((s) => s.scope))])} are unknown`,
          ),
        );
        continue;
      }
      const granted = new Set<string>();
      let unresolved = false;
      for (const u of users) {
        const roles = listOf(u.roles);
        if (!roles) unresolved = true;
        for (const r of [...(roles ?? []), ...(u.defaultRole ? [u.defaultRole] : [])]) {
          if (isApplyTimeValue(r)) unresolved = true;
          else granted.add(snowflakeRoleKey(r));
        }
      }
      const reported = new Set<string>();
      for (const s of scoped) {
        const key = snowflakeRoleKey(s.role);
        if (granted.has(key) || reported.has(key)) continue;
        reported.add(key);
        if (unresolved || isApplyTimeValue(s.role)) {
          out.push(unevaluable(trust.path, `role ${show(s.role)} of scope ${show(s.scope)} vs user roles with apply-time values`));
          continue;
        }
        out.push(
          violation(
            trust.path,
            `${s.path} (${s.where}) uses scope ${show(s.scope)}, but no user of ${describeTrust(trust)} is granted role ${show(s.role)} (granted: ${show([...granted])}). Fix: grant ${show(s.role)} to the users (addUser({ roles })) or correct the scope.`,
          ),
        );
      }
    }
    return out;
  },
};
