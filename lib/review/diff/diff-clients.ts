/**
 * Client-level changes, judged on what the client can effectively obtain: the grant types,
 * scopes and lifetimes of its token paths (policy rules and registration together), plus its
 * redirect URIs, hardening settings, assignments and secret dates.
 */
import { frontChannelResponseTypes, type GrantType } from '../../core/kinds';
import { valuesOf } from '../../manifest/list-fields';
import type { ApplyTimeExpression, ClientRecord, IssuerRecord } from '../../manifest/types';
import { SNOWFLAKE_ROLE_ANY_SCOPE } from '../../util/values';
import { tokenPaths } from '../build-posture';
import type { TokenPath } from '../posture';
import { change, type ChangeKind, type ReviewChange } from './change-kinds';
import { listText, maxOf, minutesText, setDiff } from './sets';

/** A client with the issuer it obtains tokens from (absent when not declared). */
export interface ClientWithIssuer {
  readonly client: ClientRecord;
  readonly issuer?: IssuerRecord;
}

interface Effective {
  readonly grants: Array<GrantType | ApplyTimeExpression>;
  readonly scopes: string[];
  readonly access?: number;
  readonly refresh?: number;
  readonly window?: number;
}

function effective({ client, issuer }: ClientWithIssuer): Effective {
  const paths: TokenPath[] = issuer
    ? tokenPaths(issuer, client)
    : [{ via: 'app registration', grantTypes: valuesOf(client.grantTypes), flows: [], scopes: valuesOf(client.scopes), audiences: [] }];
  return {
    grants: [...new Set(paths.flatMap((p) => p.grantTypes))],
    scopes: [...new Set(paths.flatMap((p) => p.scopes))],
    access: maxOf(paths.map((p) => p.accessTokenLifetimeMinutes)),
    refresh: maxOf(paths.map((p) => p.refreshTokenLifetimeMinutes)),
    window: maxOf(paths.map((p) => p.refreshTokenWindowMinutes)),
  };
}

/** The change kind of a newly usable grant; a grant list known only after apply is a plain `grant_added`. */
export function grantKind(grant: GrantType | ApplyTimeExpression): ChangeKind {
  if (grant === 'implicit') return 'grant_added_implicit';
  if (grant === 'client_credentials') return 'grant_added_client_credentials';
  if (grant === 'password') return 'grant_added_password';
  return 'grant_added';
}

const HIGH_RISK_GRANTS: ReadonlyArray<GrantType | ApplyTimeExpression> = ['implicit', 'client_credentials', 'password'];

/** Changes of one client between base and head (either may be absent). */
export function diffClient(base: ClientWithIssuer | undefined, head: ClientWithIssuer | undefined): ReviewChange[] {
  if (!base && head) return addedClient(head);
  if (base && !head) return [change('removed', base.client.path, `client \`${base.client.name}\` (${base.client.clientId}) removed`)];
  if (!base || !head) return [];
  const at = head.client.path;
  const b = effective(base);
  const h = effective(head);
  const changes: ReviewChange[] = [];
  const grants = setDiff(b.grants, h.grants);
  for (const g of grants.added)
    changes.push(
      change(grantKind(g), at, `can now obtain tokens with the ${g} grant`, { before: listText(b.grants), after: listText(h.grants) }),
    );
  if (grants.removed.length > 0) changes.push(change('narrowed', at, `grant types no longer usable: ${listText(grants.removed)}`));
  const registered = setDiff(valuesOf(base.client.grantTypes), valuesOf(head.client.grantTypes)).added.filter((g) => !h.grants.includes(g));
  if (registered.length > 0)
    changes.push(change('grant_registered', at, `grant types registered but not allowed by any policy rule yet: ${listText(registered)}`));
  changes.push(...diffResponseTypes(base.client, head.client));
  const scopes = setDiff(b.scopes, h.scopes);
  for (const s of scopes.added)
    changes.push(change(s === SNOWFLAKE_ROLE_ANY_SCOPE ? 'role_any_scope_added' : 'scope_added', at, `can now obtain scope \`${s}\``));
  if (scopes.removed.length > 0) changes.push(change('narrowed', at, `scopes no longer obtainable: ${listText(scopes.removed)}`));
  changes.push(...diffLifetime(at, 'access-token lifetime', b.access, h.access));
  changes.push(...diffLifetime(at, 'refresh-token lifetime', b.refresh, h.refresh));
  changes.push(...diffLifetime(at, 'refresh-token window (expire if not used)', b.window, h.window));
  changes.push(...diffUris(at, 'redirect URI', base.client.redirectUris, head.client.redirectUris));
  changes.push(...diffUris(at, 'sign-out redirect URI', base.client.postLogoutRedirectUris, head.client.postLogoutRedirectUris));
  changes.push(
    ...diffHardening(base.client, head.client),
    ...diffAssignments(base.client, head.client),
    ...diffSecret(base.client, head.client),
  );
  if (base.client.clientId !== head.client.clientId)
    changes.push(change('other_changed', at, 'client id changed', { before: base.client.clientId, after: head.client.clientId }));
  return changes;
}

function addedClient(head: ClientWithIssuer): ReviewChange[] {
  const e = effective(head);
  const c = head.client;
  const changes = [
    change('client_added', c.path, `new ${c.kind} client \`${c.name}\` (${c.clientId}) with ${listText(e.grants)}`, {
      after: listText(e.grants),
    }),
  ];
  for (const g of e.grants.filter((g) => HIGH_RISK_GRANTS.includes(g)))
    changes.push(change(grantKind(g), c.path, `new client can obtain tokens with the ${g} grant`));
  if (e.scopes.includes(SNOWFLAKE_ROLE_ANY_SCOPE))
    changes.push(change('role_any_scope_added', c.path, `new client can obtain scope \`${SNOWFLAKE_ROLE_ANY_SCOPE}\``));
  return changes;
}

function diffResponseTypes(base: ClientRecord, head: ClientRecord): ReviewChange[] {
  const added = setDiff(base.responseTypes, head.responseTypes).added;
  // A response type that hands tokens out in the front channel is the implicit / hybrid flow.
  const frontChannel = (r: string): boolean => frontChannelResponseTypes(valuesOf(head.grantTypes), [r]).length > 0;
  return added.map((r) =>
    change(frontChannel(r) ? 'grant_added_implicit' : 'grant_added', head.path, `response type \`${r}\` added`, {
      before: listText(base.responseTypes),
      after: listText(head.responseTypes),
    }),
  );
}

function diffLifetime(at: string, what: string, before: number | undefined, after: number | undefined): ReviewChange[] {
  if (before === undefined || after === undefined || before === after) return [];
  const extra = { before: minutesText(before), after: minutesText(after) };
  return [after > before ? change('lifetime_longer', at, `${what} longer`, extra) : change('narrowed', at, `${what} shorter`, extra)];
}

function diffUris(at: string, what: string, before: readonly string[], after: readonly string[]): ReviewChange[] {
  const d = setDiff(before, after);
  const changes = d.added.map((uri) => change('redirect_uri_added', at, `new ${what} \`${uri}\``));
  if (d.removed.length > 0) changes.push(change('narrowed', at, `${what}s removed: ${listText(d.removed)}`));
  return changes;
}

function diffHardening(base: ClientRecord, head: ClientRecord): ReviewChange[] {
  const changes: ReviewChange[] = [];
  if (base.pkce === true && head.pkce !== true) changes.push(change('hardening_removed', head.path, 'PKCE no longer required'));
  if (base.refreshToken?.rotation === 'ROTATE' && head.refreshToken?.rotation === 'STATIC')
    changes.push(change('hardening_removed', head.path, 'refresh-token rotation turned off'));
  if (base.tokenEndpointAuthMethod !== head.tokenEndpointAuthMethod) {
    const kind = head.tokenEndpointAuthMethod === 'none' ? 'hardening_removed' : 'other_changed';
    changes.push(
      change(kind, head.path, 'token endpoint authentication changed', {
        before: base.tokenEndpointAuthMethod ?? '(default)',
        after: head.tokenEndpointAuthMethod ?? '(default)',
      }),
    );
  }
  return changes;
}

function diffAssignments(base: ClientRecord, head: ClientRecord): ReviewChange[] {
  const changes: ReviewChange[] = [];
  // Manifests written before `assignment` existed list Okta groups in details.groups.
  const groupsOf = (c: ClientRecord): readonly string[] => (c.assignment ? (c.assignment.groups ?? []) : (c.details.groups ?? []));
  const groups = setDiff(groupsOf(base), groupsOf(head));
  if (groups.added.length > 0) changes.push(change('principal_added', head.path, `groups assigned: ${listText(groups.added)}`));
  if (groups.removed.length > 0) changes.push(change('narrowed', head.path, `groups unassigned: ${listText(groups.removed)}`));
  const users = setDiff(base.assignment?.users ?? [], head.assignment?.users ?? []);
  if (users.added.length > 0) changes.push(change('principal_added', head.path, `users assigned: ${listText(users.added)}`));
  if (users.removed.length > 0) changes.push(change('narrowed', head.path, `users unassigned: ${listText(users.removed)}`));
  const wide = (mode: string | undefined) => mode === 'everyone' || mode === 'external';
  if (head.assignment && !wide(base.assignment?.mode) && wide(head.assignment.mode)) {
    changes.push(
      change(
        'sign_in_opened',
        head.path,
        head.assignment.mode === 'everyone' ? 'open to every user' : 'who may sign in is no longer declared',
        {
          before: base.assignment?.mode ?? '(not declared)',
          after: head.assignment.reason ? `everyone: ${head.assignment.reason}` : head.assignment.mode,
        },
      ),
    );
  }
  const origins = (c: ClientRecord) => (c.trustedOrigins ?? []).map((o) => o.origin);
  const o = setDiff(origins(base), origins(head));
  for (const origin of o.added) changes.push(change('trusted_origin_added', head.path, `trusted origin \`${origin}\` added`));
  if (o.removed.length > 0) changes.push(change('narrowed', head.path, `trusted origins removed: ${listText(o.removed)}`));
  if (base.program?.name !== head.program?.name)
    changes.push(
      change('other_changed', head.path, 'client program changed', {
        before: base.program?.name ?? '(not declared)',
        after: head.program?.name ?? '(not declared)',
      }),
    );
  const consented = (c: ClientRecord) => (c.details.apiPermissions ?? []).filter((p) => p.adminConsent).map((p) => p.api);
  for (const api of setDiff(consented(base), consented(head)).added)
    changes.push(change('scope_added', head.path, `admin consent granted for \`${api}\``));
  return changes;
}

/** Compares secret end dates only; nothing else of `secret` is ever shown. */
function diffSecret(base: ClientRecord, head: ClientRecord): ReviewChange[] {
  const b = base.secret;
  const h = head.secret;
  if (!h || (b?.endDate === h.endDate && b?.endDateRelative === h.endDateRelative)) return [];
  const before = b ? (b.endDate ?? b.endDateRelative ?? '(none)') : '(no secret)';
  const after = h.endDate ?? h.endDateRelative ?? '(none)';
  const later = compareEnd(b, h);
  if (later === undefined) return [change('other_changed', head.path, 'client secret end date changed', { before, after })];
  return [
    later > 0
      ? change('secret_lifetime_longer', head.path, 'client secret lives longer', { before, after })
      : change('narrowed', head.path, 'client secret lives shorter', { before, after }),
  ];
}

/** >0 when `h` ends later than `b`; undefined when not comparable. */
function compareEnd(b: ClientRecord['secret'], h: NonNullable<ClientRecord['secret']>): number | undefined {
  if (!b) return 1;
  if (b.endDate && h.endDate) {
    const d = Date.parse(h.endDate) - Date.parse(b.endDate);
    return Number.isNaN(d) ? undefined : d;
  }
  const bh = hours(b.endDateRelative);
  const hh = hours(h.endDateRelative);
  return bh === undefined || hh === undefined ? undefined : hh - bh;
}

function hours(relative: string | undefined): number | undefined {
  const m = /^(\d+)h$/.exec(relative ?? '');
  return m ? Number(m[1]) : undefined;
}
