/**
 * Sign-in preconditions: what the real IdP refuses before any token exists, and what the client
 * program does, both read from the client record:
 * - assignment (Okta: "User is not assigned to the client application."; Entra AADSTS50105),
 * - browser origins (Okta answers a browser's token call with CORS headers only for a trusted origin),
 * - PKCE required of a program that sends no `code_challenge` (RFC 7636),
 * - a rotated refresh token reused by a program that keeps only the first one (Okta refresh-token
 *   rotation; RFC 9700 section 4.14.2).
 * The local provider enforces the IdP side ({@link localClientGates}); the simulated client
 * behaves as its program is declared ({@link signInBehaviour}); a refusal gets words here
 * ({@link refusalReason}). Without a declared program the client behaves as before (PKCE sent,
 * rotated refresh tokens kept), and an assumption says so.
 */
import { corsTrustedOrigins, webOrigin } from '../core/client-program';
import { userGrants } from '../core/kinds';
import { valuesOf } from '../manifest/list-fields';
import type { ClientRecord } from '../manifest/types';
import type { LocalClient, MintRequest, SignInRefusal } from './provider-protocol';
import type { World, WorldClient, WorldUser } from './world';

/** The documentation a refusal names. */
const OKTA_ASSIGNMENT_DOC = 'https://help.okta.com/en-us/content/topics/apps/apps-assign-applications.htm';
const OKTA_CORS_DOC = 'https://developer.okta.com/docs/guides/enable-cors/main/';
const OKTA_ROTATION_DOC = 'https://developer.okta.com/docs/guides/refresh-tokens/main/#refresh-token-rotation';

/** The origin a browser client's pages call from: the origin of its first https redirect URI. */
export function browserOriginOf(record: ClientRecord): string | undefined {
  if (record.kind !== 'browser') return undefined;
  // An unresolved value or a custom scheme is no web origin: the next URI is tried.
  return record.redirectUris.map(webOrigin).find((o) => o?.startsWith('https:'));
}

function normalizedOrigin(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}

/** The origins the IdP answers with CORS headers for a browser client; undefined: not declared (any). */
function corsOrigins(record: ClientRecord): string[] | undefined {
  if (record.kind !== 'browser' || record.trustedOrigins === undefined) return undefined;
  return corsTrustedOrigins(record).map(normalizedOrigin);
}

/** The group and user ids a client admits; `nobody` for mode `none` (or `assigned` with nobody listed). */
function admitted(record: ClientRecord): { nobody: true } | { admits: string[] } | undefined {
  const a = record.assignment;
  if (!a) return undefined;
  if (a.mode === 'none') return { nobody: true };
  if (a.mode !== 'assigned') return undefined;
  const admits = [...(a.groups ?? []), ...(a.users ?? [])];
  return admits.length === 0 ? { nobody: true } : { admits };
}

/** What the local provider enforces for a client, as the real IdP would. */
export function localClientGates(
  client: WorldClient,
): Pick<LocalClient, 'pkceRequired' | 'rotateRefreshToken' | 'corsOrigins' | 'assignment'> {
  const r = client.record;
  const assignment = client.synthetic ? undefined : admitted(r);
  const cors = corsOrigins(r);
  return {
    ...(r.pkce === true ? { pkceRequired: true } : {}),
    ...(r.refreshToken?.rotation === 'ROTATE' ? { rotateRefreshToken: true } : {}),
    ...(cors !== undefined ? { corsOrigins: cors } : {}),
    ...(assignment !== undefined ? { assignment } : {}),
  };
}

/** The group and user ids the simulated users of a client's sign-in are made members of (its assignment). */
export function assignedIds(record: ClientRecord): string[] {
  const a = record.assignment;
  return a?.mode === 'assigned' ? [...(a.groups ?? []), ...(a.users ?? [])] : [];
}

/** What the simulated client does on a user sign-in. `unassigned`: the user is in none of the assigned groups. */
export function signInBehaviour(
  world: World,
  client: WorldClient,
  user: WorldUser,
  options: { unassigned?: boolean } = {},
): Pick<MintRequest, 'memberships' | 'sendsPkce' | 'browserOrigin' | 'refreshTwiceWithFirst'> {
  const r = client.record;
  const program = client.synthetic ? undefined : r.program;
  const origin = browserOriginOf(r);
  const memberships = options.unassigned ? [] : [...user.groups, ...(world.providers[user.provider]?.assignedUsers ?? [])];
  return {
    memberships,
    sendsPkce: program ? program.sendsPkce : true,
    ...(origin ? { browserOrigin: origin } : {}),
    ...(program && !program.keepsRotatedRefreshToken && valuesOf(r.grantTypes).includes('refresh_token')
      ? { refreshTwiceWithFirst: true }
      : {}),
  };
}

/** A refused sign-in in words: the IdP's answer and what caused it. */
export function refusalReason(client: WorldClient, user: WorldUser | undefined, refusal: SignInRefusal): { code: string; reason: string } {
  const r = client.record;
  const kind = client.issuer.record.kind;
  const program = r.program?.name ?? r.name;
  const who = user?.info.username ?? 'the user';
  switch (refusal.step) {
    case 'login': {
      const why =
        r.assignment?.mode === 'none' || (r.assignment?.mode === 'assigned' && assignedIds(r).length === 0)
          ? `nobody is assigned to ${r.name}`
          : `${who} is in none of the groups and is none of the users assigned to ${r.name}`;
      if (kind === 'entra')
        return {
          code: 'access_denied',
          reason: `AADSTS50105: the signed-in user is not assigned to a role for the application (${why}; Entra ID requires assignment for ${r.name})`,
        };
      return {
        code: 'access_denied',
        reason: `access_denied: ${refusal.description} (${why}; ${kind === 'okta' ? `Okta app assignments, ${OKTA_ASSIGNMENT_DOC}` : 'the IdP admits assigned users only'})`,
      };
    }
    case 'authorize':
      return {
        code: 'invalid_request',
        reason: `invalid_request: ${refusal.description} (the IdP requires PKCE of ${r.name} and ${program} sends no code_challenge, RFC 7636)`,
      };
    case 'cors': {
      const trusted = corsTrustedOrigins(r);
      return {
        code: 'cors_blocked',
        reason: `${refusal.description} (the IdP answers ${r.name}'s token call without CORS headers for it; CORS trusted origins: ${trusted.join(', ') || 'none'}; Okta, ${OKTA_CORS_DOC})`,
      };
    }
    case 'refresh': {
      const leeway = r.refreshToken?.leewaySeconds;
      return {
        code: 'invalid_grant',
        reason:
          `the first sign-in works, but the second refresh is refused: invalid_grant: ${refusal.description} ` +
          `(${program} keeps only its first refresh token and uses it again after rotation${leeway !== undefined ? ` and the ${leeway} s grace period` : ''}; ` +
          `the IdP revokes the token family: Okta refresh-token rotation, ${OKTA_ROTATION_DOC}; RFC 9700 section 4.14.2)`,
      };
    }
  }
}

/** Assumptions about the sign-in of each user-facing client (what is not declared). */
export function signInAssumptions(world: World): string[] {
  const out: string[] = [];
  for (const c of world.clients) {
    const r = c.record;
    if (userGrants(valuesOf(r.grantTypes)).length === 0) continue;
    const a = r.assignment;
    if (a === undefined) out.push(`${r.path}: no assignment declared: every simulated user may sign in`);
    else if (a.mode === 'external')
      out.push(`${r.path}: who may sign in is decided at an IdP outside this program (not declared): every simulated user may sign in`);
    else if (a.mode === 'assigned' && assignedIds(r).length > 0) {
      const what = [
        a.groups && a.groups.length > 0 ? `groups ${a.groups.join(', ')}` : '',
        a.users && a.users.length > 0 ? `users ${a.users.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      out.push(`${r.path}: the simulated users are taken to be assigned (${what}); the unassigned-user probe signs in a user who is not`);
    }
    if (!r.program)
      out.push(`${r.path}: no client program declared: simulated as sending PKCE (RFC 7636) and keeping rotated refresh tokens`);
    if (r.kind === 'browser') {
      const origin = browserOriginOf(r);
      if (!origin) out.push(`${r.path}: a browser client without an https redirect URI: its token calls are simulated without an Origin`);
      else if (r.trustedOrigins === undefined)
        out.push(`${r.path}: no trusted origins declared: the IdP is taken to answer ${origin} with CORS headers`);
    }
  }
  return out;
}
