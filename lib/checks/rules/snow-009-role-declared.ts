import type { SnowflakeTrustRecord } from '../../manifest/types';
import { describeTrust, SNOWFLAKE_SYSTEM_ROLES, snowflakeRoleKey } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';

/** The account a trust targets (manifests before accounts were recorded: the default one). */
function accountOf(trust: SnowflakeTrustRecord): string {
  return trust.account ?? 'default';
}

/** EO-SNOW-009: every role granted to a user, used as a default role or allowed is created or declared existing. */
export const roleDeclared: Rule = {
  id: 'EO-SNOW-009',
  severity: 'error',
  title: 'Granted, default and allowed Snowflake roles are created or declared as existing',
  explanation:
    "A `snowflake_grant_account_role` (or a user's DEFAULT_ROLE, or an entry of the integration's allowed roles " +
    'list) naming a role that does not exist fails at apply, or leaves the OAuth session without its role. Each ' +
    'role is therefore either created in the stack (`addRole()`, a `snowflake_account_role` that the grants ' +
    'reference, so Terraform creates it first) or declared as existing (`addExistingRole()` / ' +
    '`SnowflakeRole.fromExisting()`), so that review shows who owns it. Roles are account-wide: a role declared on ' +
    'any integration of the same Snowflake account counts. System-defined roles (PUBLIC, SYSADMIN, ...) always ' +
    "exist. Fix: `addRole('<ROLE>')` or `addExistingRole('<ROLE>')` on the integration.",
  see: [
    'https://docs.snowflake.com/en/sql-reference/sql/create-role',
    'https://docs.snowflake.com/en/user-guide/security-access-control-overview#system-defined-roles',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    const declared = new Map<string, Set<string>>();
    const unrecorded = new Set<string>();
    for (const trust of ctx.snowflakeTrusts) {
      // Absent: a manifest written before roles were recorded.
      const roles = trust.roles === undefined ? undefined : listOf(trust.roles);
      if (!roles) unrecorded.add(accountOf(trust));
      const keys = declared.get(accountOf(trust)) ?? new Set<string>(SNOWFLAKE_SYSTEM_ROLES);
      for (const r of roles ?? []) if (!isApplyTimeValue(r.name)) keys.add(snowflakeRoleKey(r.name));
      declared.set(accountOf(trust), keys);
    }
    for (const trust of ctx.snowflakeTrusts) {
      const account = accountOf(trust);
      const keys = declared.get(account) ?? new Set<string>();
      const uses: { path: string; role: string; how: string }[] = [];
      for (const user of listOf(trust.users) ?? []) {
        for (const role of listOf(user.roles) ?? []) uses.push({ path: user.path, role, how: `granted to user ${show(user.name)}` });
        if (user.defaultRole) uses.push({ path: user.path, role: user.defaultRole, how: `the default role of user ${show(user.name)}` });
      }
      for (const role of listOf(trust.allowedRoles) ?? [])
        uses.push({ path: trust.path, role, how: `on the allowed roles list of ${describeTrust(trust)}` });
      const reported = new Set<string>();
      for (const use of uses) {
        if (isApplyTimeValue(use.role)) {
          out.push(unevaluable(use.path, `role ${show(use.role)} ${use.how} is only known after apply`));
          continue;
        }
        const key = snowflakeRoleKey(use.role);
        if (keys.has(key) || reported.has(`${use.path}|${key}`)) continue;
        reported.add(`${use.path}|${key}`);
        if (unrecorded.has(account)) {
          out.push(
            unevaluable(
              use.path,
              `role ${show(use.role)} ${use.how}: the manifest records no role declarations for Snowflake account ${show(account)} (written by an older version)`,
            ),
          );
          continue;
        }
        out.push(
          violation(
            use.path,
            `role ${show(use.role)} ${use.how} is neither created nor declared as existing in Snowflake account ${show(account)}. Fix: addRole(${show(use.role)}) to create it, or addExistingRole(${show(use.role)}) if it exists already.`,
          ),
        );
      }
    }
    return out;
  },
};
