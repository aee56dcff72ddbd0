import { clientPathsOf, describeTrust, roleOfScope, scopesAround, SNOWFLAKE_DEFAULT_BLOCKED_ROLES, snowflakeRoleKey } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';

/** EO-SNOW-004: OAuth session roles are not blocked by the integration. */
export const blockedRole: Rule = {
  id: 'EO-SNOW-004',
  severity: 'error',
  title: 'Session roles and default roles are not blocked by the integration',
  explanation:
    "Snowflake refuses an External OAuth session in a role on the integration's blocked list, in a role missing " +
    'from a non-empty allowed list, and by default in ACCOUNTADMIN, ORGADMIN and SECURITYADMIN. A ' +
    "`session:role:<ROLE>` scope or a user's default role that is blocked fails every login that uses it. " +
    'Fix: use a non-privileged role (least privilege), or add the role to the allowed list.',
  see: ['https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.snowflakeTrusts) {
      const blockedList = (listOf(trust.blockedRoles) ?? []).filter((r) => !isApplyTimeValue(r));
      const blocked = new Set([...blockedList, ...SNOWFLAKE_DEFAULT_BLOCKED_ROLES].map(snowflakeRoleKey));
      const allowed = (listOf(trust.allowedRoles) ?? []).filter((r) => !isApplyTimeValue(r)).map(snowflakeRoleKey);
      const why = (role: string): string | undefined => {
        const key = snowflakeRoleKey(role);
        if (blocked.has(key))
          return blockedList.some((r) => snowflakeRoleKey(r) === key)
            ? 'is on its blocked roles list'
            : 'is blocked for External OAuth by default';
        if (allowed.length > 0 && !allowed.includes(key)) return `is not on its allowed roles list ${show(allowed)}`;
        return undefined;
      };
      const clientPaths = clientPathsOf(trust);
      const reported = new Set<string>();
      for (const s of scopesAround(ctx, trust.issuerPath, clientPaths.length ? clientPaths : undefined)) {
        const role = roleOfScope(s.scope);
        const reason = role && !isApplyTimeValue(role) ? why(role) : undefined;
        if (!role || !reason || reported.has(s.scope)) continue;
        reported.add(s.scope);
        out.push(
          violation(
            trust.path,
            `${s.path} (${s.where}) uses scope ${show(s.scope)}, but role ${show(role)} ${reason} at ${describeTrust(trust)}. Fix: use a least-privilege role, or allow the role on the integration.`,
          ),
        );
      }
      for (const user of listOf(trust.users) ?? []) {
        const reason = user.defaultRole && !isApplyTimeValue(user.defaultRole) ? why(user.defaultRole) : undefined;
        if (!reason) continue;
        out.push(
          violation(
            user.path,
            `user ${show(user.name)} (${user.path}) has default role ${show(user.defaultRole)}, which ${reason} at ${describeTrust(trust)}; its OAuth logins without a session:role scope fail. Fix: give the user a least-privilege default role.`,
          ),
        );
      }
    }
    return out;
  },
};
