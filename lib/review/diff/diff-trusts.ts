/**
 * Trust-level changes: Snowflake integrations, Redshift trusted token issuers, API
 * validation profiles and Databricks federation policies (`diff-databricks.ts`). A profile's name and client id must never change in place.
 */
import { valuesOf } from '../../manifest/list-fields';
import { trustIssuer } from '../../manifest/trust-fields';
import type { RedshiftTrustRecord, SnowflakeTrustRecord, TrustRecord, ValidationProfile } from '../../manifest/types';
import { appTokenRuleText } from '../profile-controls';
import { change, type ReviewChange } from './change-kinds';
import { databricksAudiences, diffDatabricks } from './diff-databricks';
import { listText, sameJson, setDiff } from './sets';

const ANY_ROLE_ORDER = ['DISABLE', 'ENABLE_FOR_PRIVILEGE', 'ENABLE'] as const;
const ASYMMETRIC_DEFAULT = '(default: every asymmetric algorithm)';

/** What to do instead of renaming a profile or changing its client id in place. */
export const NEW_PROFILE_ADVICE =
  'Create a new profile (new construct, new name) for the new value, move the consumers to it, then remove the old one: validators and audit trails key on the profile name and client id.';

/** Changes of one trust between base and head (either may be absent). */
export function diffTrust(base: TrustRecord | undefined, head: TrustRecord | undefined): ReviewChange[] {
  if (!base && head) return [addedTrust(head)];
  if (base && !head) return [change('removed', base.path, `${base.type} trust \`${nameOf(base)}\` removed`)];
  if (!base || !head) return [];
  if (base.type !== head.type) return [change('removed', base.path, `${base.type} trust \`${nameOf(base)}\` replaced`), addedTrust(head)];
  const changes: ReviewChange[] = [];
  if (trustIssuer(base) !== trustIssuer(head))
    changes.push(
      change('trust_issuer_changed', head.path, 'accepts a different issuer', { before: trustIssuer(base), after: trustIssuer(head) }),
    );
  changes.push(...diffAudiences(head.path, audiencesOf(base), audiencesOf(head)));
  if (base.type === 'snowflake' && head.type === 'snowflake') changes.push(...diffSnowflake(base, head));
  if (base.type === 'redshift' && head.type === 'redshift') changes.push(...diffRedshift(base, head));
  if (base.type === 'profile' && head.type === 'profile') changes.push(...diffProfile(head.path, base.profile, head.profile));
  if (base.type === 'databricks' && head.type === 'databricks') changes.push(...diffDatabricks(base, head));
  return changes;
}

function addedTrust(t: TrustRecord): ReviewChange {
  const machine =
    t.type === 'profile' && t.profile.machineFlow.enabled
      ? `; machine tokens → system user as \`${t.profile.machineFlow.systemUserRole}\``
      : '';
  return change(
    'trust_added',
    t.path,
    `new ${t.type} trust \`${nameOf(t)}\` accepting \`${trustIssuer(t)}\` for ${listText(audiencesOf(t))}${machine}`,
  );
}

function nameOf(t: TrustRecord): string {
  return t.type === 'profile' ? t.profile.name : t.name;
}

function audiencesOf(t: TrustRecord): string[] {
  if (t.type === 'databricks') return databricksAudiences(t);
  return valuesOf(t.type === 'profile' ? t.profile.audiences : t.audiences);
}

function diffAudiences(at: string, before: readonly string[], after: readonly string[]): ReviewChange[] {
  const d = setDiff(before, after);
  const changes = d.added.map((a) =>
    change('audience_widened', at, `accepts audience \`${a}\``, { before: listText(before), after: listText(after) }),
  );
  if (d.removed.length > 0) changes.push(change('narrowed', at, `audiences no longer accepted: ${listText(d.removed)}`));
  return changes;
}

function diffSnowflake(base: SnowflakeTrustRecord, head: SnowflakeTrustRecord): ReviewChange[] {
  const at = head.path;
  const changes: ReviewChange[] = [];
  const modeDelta = ANY_ROLE_ORDER.indexOf(head.anyRoleMode) - ANY_ROLE_ORDER.indexOf(base.anyRoleMode);
  if (modeDelta !== 0) {
    changes.push(
      change(modeDelta > 0 ? 'any_role_enabled' : 'narrowed', at, `any-role mode ${base.anyRoleMode} → ${head.anyRoleMode}`, {
        before: base.anyRoleMode,
        after: head.anyRoleMode,
      }),
    );
  }
  const blocked = setDiff(base.blockedRoles, head.blockedRoles);
  for (const r of blocked.removed) changes.push(change('blocked_role_removed', at, `role \`${r}\` no longer blocked`));
  if (blocked.added.length > 0) changes.push(change('narrowed', at, `roles blocked: ${listText(blocked.added)}`));
  changes.push(...diffAllowedRoles(at, base.allowedRoles, head.allowedRoles));
  if (!sameJson(base.userMappingClaims, head.userMappingClaims) || base.mappingAttribute !== head.mappingAttribute) {
    changes.push(
      change('mapping_changed', at, 'user mapping changed', {
        before: `${listText(valuesOf(base.userMappingClaims))} → ${base.mappingAttribute}`,
        after: `${listText(valuesOf(head.userMappingClaims))} → ${head.mappingAttribute}`,
      }),
    );
  }
  if (base.scopeMappingAttribute !== head.scopeMappingAttribute || base.scopeDelimiter !== head.scopeDelimiter) {
    changes.push(
      change('mapping_changed', at, 'scope mapping changed', {
        before: `${base.scopeMappingAttribute ?? '(default)'} ${base.scopeDelimiter ?? ''}`.trim(),
        after: `${head.scopeMappingAttribute ?? '(default)'} ${head.scopeDelimiter ?? ''}`.trim(),
      }),
    );
  }
  if (!sameJson(base.jwksUrls, head.jwksUrls))
    changes.push(
      change('key_source_changed', at, 'JWKS URLs changed', { before: listText(base.jwksUrls), after: listText(head.jwksUrls) }),
    );
  changes.push(...diffUsers(base, head));
  const other = (['integrationType', 'account', 'existing', 'manualSteps', 'clients', 'name', 'roles'] as const).filter(
    (k) => !sameJson(base[k] ?? [], head[k] ?? []),
  );
  if (other.length > 0) changes.push(change('other_changed', at, `changed: ${other.join(', ')}`));
  return changes;
}

function diffAllowedRoles(at: string, before: readonly string[], after: readonly string[]): ReviewChange[] {
  // An empty allowed-role list allows every role that is not blocked.
  if (before.length > 0 && after.length === 0)
    return [
      change('blocked_role_removed', at, 'allowed-role list cleared: every role that is not blocked is allowed', {
        before: listText(before),
      }),
    ];
  if (before.length === 0 && after.length > 0) return [change('narrowed', at, `allowed roles restricted to ${listText(after)}`)];
  const d = setDiff(before, after);
  const changes = d.added.map((r) => change('allowed_role_added', at, `role \`${r}\` allowed`));
  if (d.removed.length > 0) changes.push(change('narrowed', at, `roles no longer allowed: ${listText(d.removed)}`));
  return changes;
}

function diffUsers(base: SnowflakeTrustRecord, head: SnowflakeTrustRecord): ReviewChange[] {
  const changes: ReviewChange[] = [];
  for (const user of head.users) {
    const before = base.users.find((u) => u.path === user.path || u.name === user.name);
    const at = user.path;
    if (!before) {
      changes.push(
        change('principal_added', at, `new ${user.service ? 'service ' : ''}user \`${user.name}\` with roles ${listText(user.roles)}`),
      );
      continue;
    }
    const roles = setDiff(before.roles, user.roles);
    if (roles.added.length > 0) changes.push(change('principal_added', at, `user \`${user.name}\` granted ${listText(roles.added)}`));
    if (roles.removed.length > 0)
      changes.push(change('narrowed', at, `user \`${user.name}\` no longer granted ${listText(roles.removed)}`));
    if (before.defaultRole !== user.defaultRole)
      changes.push(
        change('principal_added', at, `default role of \`${user.name}\` changed`, {
          before: before.defaultRole ?? '(none)',
          after: user.defaultRole ?? '(none)',
        }),
      );
    if (before.loginName !== user.loginName || before.email !== user.email)
      changes.push(change('mapping_changed', at, `login name or email of \`${user.name}\` changed`));
  }
  for (const user of base.users) {
    if (!head.users.some((u) => u.path === user.path || u.name === user.name))
      changes.push(change('removed', user.path, `user \`${user.name}\` removed`));
  }
  return changes;
}

function diffRedshift(base: RedshiftTrustRecord, head: RedshiftTrustRecord): ReviewChange[] {
  const changes: ReviewChange[] = [];
  if (base.claimAttributePath !== head.claimAttributePath || base.identityStoreAttributePath !== head.identityStoreAttributePath) {
    changes.push(
      change('mapping_changed', head.path, 'identity mapping changed', {
        before: `${base.claimAttributePath} → ${base.identityStoreAttributePath}`,
        after: `${head.claimAttributePath} → ${head.identityStoreAttributePath}`,
      }),
    );
  }
  const [b, h] = [base.application, head.application];
  if (b.mode !== h.mode || b.arn !== h.arn) {
    // Which application accepts the issuer's tokens, and whether Terraform creates, adopts or leaves it.
    changes.push(
      change(
        'trust_application_changed',
        head.path,
        b.mode === h.mode
          ? `IAM Identity Center application (${h.mode}): another ARN`
          : `IAM Identity Center application ${b.mode} → ${h.mode}`,
        { before: applicationText(b), after: applicationText(h) },
      ),
    );
  }
  const other = [
    ...(['clients', 'name'] as const).filter((k) => !sameJson(base[k], head[k])),
    ...(sameJson(b.manualSteps, h.manualSteps) ? [] : ['application.manualSteps']),
  ];
  if (other.length > 0) changes.push(change('other_changed', head.path, `changed: ${other.join(', ')}`));
  return changes;
}

function applicationText(app: RedshiftTrustRecord['application']): string {
  return `${app.mode === 'adopted' ? 'adopted (import)' : app.mode} ${app.arn ?? '(no ARN)'}`;
}

/** Changes of one validation profile; `at` is the trust path or `profile <name>`. */
export function diffProfile(at: string, base: ValidationProfile, head: ValidationProfile): ReviewChange[] {
  const changes: ReviewChange[] = [];
  if (base.name !== head.name)
    changes.push(
      change('profile_changed_in_place', at, 'profile renamed in place', {
        before: base.name,
        after: head.name,
        advice: NEW_PROFILE_ADVICE,
      }),
    );
  if (base.clientId !== head.clientId)
    changes.push(
      change('profile_changed_in_place', at, `client id of profile \`${head.name}\` changed in place`, {
        before: base.clientId,
        after: head.clientId,
        advice: NEW_PROFILE_ADVICE,
      }),
    );
  if (base.jwksUrl !== head.jwksUrl)
    changes.push(change('key_source_changed', at, 'profile JWKS URL changed', { before: base.jwksUrl, after: head.jwksUrl }));
  if (base.issuerKind !== head.issuerKind)
    changes.push(
      change('mapping_changed', at, 'issuer kind changed (decides app vs user tokens)', {
        before: base.issuerKind,
        after: head.issuerKind,
      }),
    );
  changes.push(...diffMachineFlow(at, base, head), ...diffUserFlow(at, base, head));
  if (!sameJson(base.clientIdClaims, head.clientIdClaims)) {
    changes.push(
      change('mapping_changed', at, 'client-id claims changed', {
        before: listText(base.clientIdClaims === undefined ? ['(default)'] : valuesOf(base.clientIdClaims)),
        after: listText(head.clientIdClaims === undefined ? ['(default)'] : valuesOf(head.clientIdClaims)),
      }),
    );
  }
  changes.push(...diffAlgorithms(at, base.algorithms, head.algorithms));
  const tb = base.clockToleranceSeconds ?? 60;
  const th = head.clockToleranceSeconds ?? 60;
  if (tb !== th)
    changes.push(
      change(th > tb ? 'validation_relaxed' : 'narrowed', at, 'clock tolerance changed', { before: `${tb} s`, after: `${th} s` }),
    );
  changes.push(...diffTokenRules(at, base, head));
  return changes;
}

/** `requireIssuedAt`, `tokenProfile` and `appTokenRule`: what the validator demands of a token and how it tells app tokens. */
function diffTokenRules(at: string, base: ValidationProfile, head: ValidationProfile): ReviewChange[] {
  const changes: ReviewChange[] = [];
  const [iatBefore, iatAfter] = [base.requireIssuedAt !== false, head.requireIssuedAt !== false];
  if (iatBefore && !iatAfter)
    changes.push(change('validation_relaxed', at, 'iat no longer required', { before: 'required', after: 'not required' }));
  if (!iatBefore && iatAfter) changes.push(change('narrowed', at, 'iat required again', { before: 'not required', after: 'required' }));
  if (base.tokenProfile !== head.tokenProfile) {
    const extra = { before: base.tokenProfile ?? '(none)', after: head.tokenProfile ?? '(none)' };
    if (base.tokenProfile !== undefined && head.tokenProfile === undefined)
      changes.push(change('validation_relaxed', at, `token profile ${base.tokenProfile} removed`, extra));
    else
      changes.push(
        change(
          base.tokenProfile === undefined ? 'narrowed' : 'other_changed',
          at,
          base.tokenProfile === undefined ? 'token profile set' : 'token profile changed',
          extra,
        ),
      );
  }
  if (!sameJson(base.appTokenRule, head.appTokenRule)) {
    const text = (rule: ValidationProfile['appTokenRule']): string => (rule ? appTokenRuleText(rule) : '(issuer kind default)');
    changes.push(
      change('mapping_changed', at, 'app-token rule changed (decides app vs user tokens)', {
        before: text(base.appTokenRule),
        after: text(head.appTokenRule),
      }),
    );
  }
  return changes;
}

function diffMachineFlow(at: string, base: ValidationProfile, head: ValidationProfile): ReviewChange[] {
  const b = base.machineFlow;
  const h = head.machineFlow;
  const changes: ReviewChange[] = [];
  if (!b.enabled && h.enabled)
    changes.push(
      change('machine_flow_enabled', at, `machine flow enabled: \`${h.systemUserClaim}\` → system user as \`${h.systemUserRole}\``),
    );
  if (b.enabled && !h.enabled) changes.push(change('narrowed', at, 'machine flow disabled'));
  if (h.enabled && b.systemUserRole !== h.systemUserRole)
    changes.push(
      change('machine_role_changed', at, 'machine-flow system user role changed', { before: b.systemUserRole, after: h.systemUserRole }),
    );
  if (h.enabled && b.enabled && b.systemUserClaim !== h.systemUserClaim)
    changes.push(
      change('mapping_changed', at, 'machine-flow system user claim changed', { before: b.systemUserClaim, after: h.systemUserClaim }),
    );
  return changes;
}

function diffUserFlow(at: string, base: ValidationProfile, head: ValidationProfile): ReviewChange[] {
  const b = base.userFlow;
  const h = head.userFlow;
  if (!b.enabled && h.enabled) return [change('user_flow_enabled', at, `user flow enabled: \`${h.usernameClaim ?? ''}\` → existing user`)];
  if (b.enabled && !h.enabled) return [change('narrowed', at, 'user flow disabled')];
  if (b.enabled && h.enabled && b.usernameClaim !== h.usernameClaim)
    return [change('mapping_changed', at, 'username claim changed', { before: b.usernameClaim ?? '', after: h.usernameClaim ?? '' })];
  return [];
}

function diffAlgorithms(at: string, before: readonly string[] | undefined, after: readonly string[] | undefined): ReviewChange[] {
  if (sameJson(before, after)) return [];
  const extra = { before: before ? listText(before) : ASYMMETRIC_DEFAULT, after: after ? listText(after) : ASYMMETRIC_DEFAULT };
  // Unpinned means every asymmetric algorithm: wider than any pinned list.
  const widened =
    (before !== undefined && after === undefined) ||
    (before !== undefined && after !== undefined && setDiff(before, after).added.length > 0);
  return [change(widened ? 'validation_relaxed' : 'narrowed', at, 'allowed algorithms changed', extra)];
}
