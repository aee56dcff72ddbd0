import type { ClientRecord } from '../../manifest/types';
import { listOf } from '../values';

/** A URI a client registers, with the field it came from. */
export interface ClientUri {
  readonly field: string;
  /** `undefined` when the whole list is an apply-time value. */
  readonly uri: string | undefined;
}

/** Redirect, sign-out and login URIs of a client. */
export function urisOf(client: ClientRecord): ClientUri[] {
  const out: ClientUri[] = [];
  for (const field of ['redirectUris', 'postLogoutRedirectUris'] as const) {
    const list = listOf(client[field]);
    if (!list) out.push({ field, uri: undefined });
    else list.forEach((uri, i) => out.push({ field: `${field}[${i}]`, uri }));
  }
  if (client.details?.loginUri) out.push({ field: 'details.loginUri', uri: client.details.loginUri });
  return out;
}
