/**
 * Changes of a Databricks federation policy beyond issuer and audiences (compared for every
 * trust): who may exchange (subject, subject claim, scope), as whom (service principal, users),
 * and where the keys come from.
 */
import { valuesOf } from '../../manifest/list-fields';
import type { DatabricksTrustRecord } from '../../manifest/types';
import { change, type ReviewChange } from './change-kinds';
import { listText, sameJson, setDiff } from './sets';

/** What the policy maps tokens to, for before / after columns. */
function identityText(t: DatabricksTrustRecord): string {
  const sp = t.servicePrincipal;
  return sp
    ? `${t.subjectClaim} = ${t.subject ?? ''} → service principal ${sp.name ?? sp.applicationId} (${String(sp.id)}, ${sp.applicationId})`
    : `${t.subjectClaim} → account user`;
}

function keysText(t: DatabricksTrustRecord): string {
  return t.jwks.source === 'discovery'
    ? 'discovery'
    : t.jwks.source === 'uri'
      ? `jwks_uri ${t.jwks.uri ?? ''}`
      : `jwks_json (kid ${listText(t.jwks.keyIds ?? [])})`;
}

/** The changes of one Databricks policy between base and head. */
export function diffDatabricks(base: DatabricksTrustRecord, head: DatabricksTrustRecord): ReviewChange[] {
  const at = head.path;
  const changes: ReviewChange[] = [];
  const identityChanged =
    base.scope !== head.scope ||
    base.subjectClaim !== head.subjectClaim ||
    base.subject !== head.subject ||
    String(base.servicePrincipal?.id) !== String(head.servicePrincipal?.id) ||
    base.servicePrincipal?.applicationId !== head.servicePrincipal?.applicationId;
  if (identityChanged) {
    changes.push(
      change(
        'federation_identity_changed',
        at,
        base.scope !== head.scope
          ? `federation policy scope ${base.scope} → ${head.scope}`
          : 'federation policy admits another subject or maps to another identity',
        { before: identityText(base), after: identityText(head) },
      ),
    );
  }
  const users = setDiff(
    base.users.map((u) => u.userName),
    head.users.map((u) => u.userName),
  );
  for (const u of users.added) changes.push(change('principal_added', at, `Databricks user \`${u}\` declared`));
  if (users.removed.length > 0) changes.push(change('removed', at, `Databricks users no longer declared: ${listText(users.removed)}`));
  if (!sameJson(base.jwks, head.jwks))
    changes.push(
      change('key_source_changed', at, 'federation policy key source changed', { before: keysText(base), after: keysText(head) }),
    );
  const other = (['clients', 'description', 'accountId'] as const).filter((k) => !sameJson(base[k], head[k]));
  if (other.length > 0) changes.push(change('other_changed', at, `changed: ${other.join(', ')}`));
  return changes;
}

/** The audiences a policy accepts, for the audience comparison: the account id when omitted. */
export function databricksAudiences(t: DatabricksTrustRecord): string[] {
  return t.audiencesDefaulted ? [`(account id${t.accountId ? ` ${t.accountId}` : ''})`] : valuesOf(t.audiences);
}
