/**
 * Issuer-level changes: new or removed issuers, issuer string / JWKS moves, audiences and
 * the scopes and policy rules an issuer defines.
 */
import { valuesOf } from '../../manifest/list-fields';
import type { IssuerRecord } from '../../manifest/types';
import { SNOWFLAKE_ROLE_ANY_SCOPE } from '../../util/values';
import { change, type ReviewChange } from './change-kinds';
import { listText, sameJson, setDiff } from './sets';

/** Changes of one issuer between base and head (either may be absent). */
export function diffIssuer(base: IssuerRecord | undefined, head: IssuerRecord | undefined): ReviewChange[] {
  if (!base && head) {
    return [
      change('issuer_added', head.path, `new ${head.kind} issuer \`${head.issuer}\` minting for ${listText(valuesOf(head.audiences))}`, {
        after: head.issuer,
      }),
    ];
  }
  if (base && !head) return [change('removed', base.path, `issuer \`${base.issuer}\` removed`, { before: base.issuer })];
  if (!base || !head) return [];
  const at = head.path;
  const changes: ReviewChange[] = [];
  if (base.issuer !== head.issuer)
    changes.push(change('key_source_changed', at, 'issuer string changed', { before: base.issuer, after: head.issuer }));
  if (base.jwksUrl !== head.jwksUrl)
    changes.push(change('key_source_changed', at, 'JWKS URL changed', { before: base.jwksUrl, after: head.jwksUrl }));
  if (base.details.accessTokenVersion !== head.details.accessTokenVersion) {
    changes.push(
      change('key_source_changed', at, 'Entra access-token version changed (changes `iss` and `aud`)', {
        before: String(base.details.accessTokenVersion ?? 1),
        after: String(head.details.accessTokenVersion ?? 1),
      }),
    );
  }
  if (base.discoveryUrl !== head.discoveryUrl)
    changes.push(change('other_changed', at, 'discovery URL changed', { before: base.discoveryUrl, after: head.discoveryUrl }));
  const audiences = setDiff(valuesOf(base.audiences), valuesOf(head.audiences));
  if (audiences.added.length > 0)
    changes.push(
      change('audience_widened', at, `issuer mints for more audiences: ${listText(audiences.added)}`, {
        before: listText(valuesOf(base.audiences)),
        after: listText(valuesOf(head.audiences)),
      }),
    );
  if (audiences.removed.length > 0) changes.push(change('narrowed', at, `issuer audiences removed: ${listText(audiences.removed)}`));
  changes.push(...diffScopes(base, head), ...diffPolicies(base, head));
  const claims = setDiff(
    base.claims.map((c) => JSON.stringify(c)),
    head.claims.map((c) => JSON.stringify(c)),
  );
  if (claims.added.length + claims.removed.length > 0) {
    const names = (list: string[]) => listText([...new Set(list.map((c) => (JSON.parse(c) as { name: string }).name))]);
    changes.push(
      change(
        'other_changed',
        at,
        `claims changed (added or modified: ${names(claims.added)}; removed or modified: ${names(claims.removed)})`,
      ),
    );
  }
  return changes;
}

function diffScopes(base: IssuerRecord, head: IssuerRecord): ReviewChange[] {
  const changes: ReviewChange[] = [];
  const names = setDiff(
    base.scopes.map((s) => s.name),
    head.scopes.map((s) => s.name),
  );
  for (const name of names.added)
    changes.push(
      change(name === SNOWFLAKE_ROLE_ANY_SCOPE ? 'role_any_scope_added' : 'scope_added', head.path, `issuer defines scope \`${name}\``),
    );
  if (names.removed.length > 0) changes.push(change('narrowed', head.path, `issuer scopes removed: ${listText(names.removed)}`));
  for (const scope of head.scopes) {
    const before = base.scopes.find((s) => s.name === scope.name);
    if (before && !before.default && scope.default) {
      changes.push(
        change(
          scope.name === SNOWFLAKE_ROLE_ANY_SCOPE ? 'role_any_scope_added' : 'scope_added',
          head.path,
          `scope \`${scope.name}\` is now granted by default`,
        ),
      );
    } else if (before && !sameJson(before, scope)) {
      changes.push(change('other_changed', head.path, `scope \`${scope.name}\` settings changed`));
    }
  }
  return changes;
}

function diffPolicies(base: IssuerRecord, head: IssuerRecord): ReviewChange[] {
  const key = (policy: string, rule: string) => `policy "${policy}" / rule "${rule}"`;
  const rules = (issuer: IssuerRecord) =>
    new Map(
      issuer.policies.flatMap((p) => p.rules.map((r) => [key(p.name, r.name), JSON.stringify({ ...r, clients: p.clients })] as const)),
    );
  const before = rules(base);
  const after = rules(head);
  const changes: ReviewChange[] = [];
  for (const [name, value] of after) {
    if (!before.has(name))
      changes.push(change('other_changed', head.path, `${name} added (its effect on each client is listed separately)`));
    else if (before.get(name) !== value)
      changes.push(change('other_changed', head.path, `${name} changed (its effect on each client is listed separately)`));
  }
  for (const name of before.keys()) if (!after.has(name)) changes.push(change('narrowed', head.path, `${name} removed`));
  return changes;
}
