import { describeTrust } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';

const ADMIN_ROLE =
  /(^|[^a-z])(admin|administrator|owner|root|superuser|super[ _-]?admin)([^a-z]|$)|ACCOUNTADMIN|SYSADMIN|SECURITYADMIN|USERADMIN|ORGADMIN|admin$/i;

/** True when a role name looks administrative. */
export function looksAdministrative(role: string): boolean {
  return ADMIN_ROLE.test(role);
}

/** EO-ROLE-001: machine identities get least-privilege roles. */
export const adminSystemUser: Rule = {
  id: 'EO-ROLE-001',
  severity: 'warning',
  title: 'Machine-flow system users do not get administrator roles',
  explanation:
    'An app token (client credentials) has no user behind it: whoever holds the client secret acts as the system ' +
    "user, with no MFA and no session to revoke. Alation's external OAuth set-up shows `Server Admin` as an example role; an administrator " +
    'role (admin, Server Admin, Owner, ACCOUNTADMIN, SYSADMIN, SECURITYADMIN, ...) turns one leaked secret into full ' +
    'control. Fix: create a role with only the privileges the job needs, or suppress with the reason.',
  see: ['https://www.rfc-editor.org/rfc/rfc9700#section-2.3'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.profileTrusts) {
      const m = trust.profile.machineFlow;
      if (!m.enabled || isApplyTimeValue(m.systemUserRole) || !looksAdministrative(m.systemUserRole)) continue;
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} gives app tokens (claim ${show(m.systemUserClaim)}) the system user role ${show(m.systemUserRole)}, an administrator role. Fix: use a least-privilege role for the machine flow.`,
        ),
      );
    }
    for (const trust of ctx.snowflakeTrusts) {
      for (const user of listOf(trust.users) ?? []) {
        if (!user.service) continue;
        const roles = [...(listOf(user.roles) ?? []), ...(user.defaultRole ? [user.defaultRole] : [])];
        const admin = [...new Set(roles.filter((r) => !isApplyTimeValue(r) && looksAdministrative(r)))];
        if (admin.length === 0) continue;
        out.push(
          violation(
            user.path,
            `service user ${show(user.name)} (${user.path}) of ${describeTrust(trust)} holds administrator role(s) ${show(admin)}. Fix: grant a least-privilege role for the machine flow.`,
          ),
        );
      }
    }
    return out;
  },
};
