/**
 * The three roles of the trust model (README.md, "How it fits together"): an issuer signs tokens, a client obtains
 * them, a trust accepts them. Constructs implement these; checks and the manifest read them.
 */
import { IConstruct } from 'constructs';

import type { ClientRecord, IssuerRecord, TrustRecord, ValidationProfile } from '../manifest/types';
import type { ClientProgram } from './client-program';
import type { GrantType, IssuerKind } from './kinds';

const ISSUER = Symbol.for('cdktf-external-oauth.IIssuer');
const CLIENT = Symbol.for('cdktf-external-oauth.IClient');
const TRUST = Symbol.for('cdktf-external-oauth.ITrust');

/** Who signs tokens: an Okta authorization server, an Entra protected API, an external IdP. */
export interface IIssuer extends IConstruct {
  /** Decides how app tokens are told from user tokens, and the Snowflake integration type. */
  readonly issuerKind: IssuerKind;
  /** The exact `iss` value its access tokens carry. May be an unresolved token. */
  readonly issuerUrl: string;
  /** Where its signing keys are published. */
  readonly jwksUrl: string;
  /** Its OpenID Connect discovery document. */
  readonly discoveryUrl: string;
  /** The audiences (`aud`) it mints access tokens for. */
  readonly audiences: string[];
  /** The manifest record; tokens are resolved by the manifest writer. */
  toIssuerRecord(): IssuerRecord;
  /** How its access tokens are shaped for the validator (app-token rule, RFC 9068, `iat`); profiles copy it. */
  readonly tokenRules?: Pick<ValidationProfile, 'appTokenRule' | 'tokenProfile' | 'requireIssuedAt'>;
}

/** An app registration that obtains tokens from an issuer. */
export interface IClient extends IConstruct {
  /** The issuer it obtains tokens from. */
  readonly issuer: IIssuer;
  /** The client id tokens carry (`azp`, `appid`, `client_id` or `cid`). May be a token. */
  readonly clientId: string;
  /** The grants it may use. */
  readonly grantTypes: GrantType[];
  /** The client program behind the registration, when declared. */
  readonly program?: ClientProgram;
  /** The manifest record. Never holds a secret value. */
  toClientRecord(): ClientRecord;
}

/** A consumer that accepts an issuer's tokens: Snowflake, Redshift, an API profile. */
export interface ITrust extends IConstruct {
  /** The issuer whose tokens it accepts. */
  readonly issuer: IIssuer;
  /** The manifest record. */
  toTrustRecord(): TrustRecord;
}

/** Marks a construct as an issuer so that {@link isIssuer} finds it in the tree. */
export function markIssuer(construct: IIssuer): void {
  Object.defineProperty(construct, ISSUER, { value: true });
}

/** Marks a construct as a client. */
export function markClient(construct: IClient): void {
  Object.defineProperty(construct, CLIENT, { value: true });
}

/** Marks a construct as a trust. */
export function markTrust(construct: ITrust): void {
  Object.defineProperty(construct, TRUST, { value: true });
}

/** True for constructs marked by {@link markIssuer}. */
export function isIssuer(x: unknown): x is IIssuer {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[ISSUER] === true;
}

/** True for constructs marked by {@link markClient}. */
export function isClient(x: unknown): x is IClient {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[CLIENT] === true;
}

/** True for constructs marked by {@link markTrust}. */
export function isTrust(x: unknown): x is ITrust {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[TRUST] === true;
}

/** Every issuer, client and trust below `scope`, in tree order. */
export function trustModelOf(scope: IConstruct): { issuers: IIssuer[]; clients: IClient[]; trusts: ITrust[] } {
  const all = scope.node.findAll();
  return { issuers: all.filter(isIssuer), clients: all.filter(isClient), trusts: all.filter(isTrust) };
}

/** The identity fields every issuer record starts with: where it sits and what it signs as. */
export function issuerRecordBase(
  issuer: IIssuer,
): Pick<IssuerRecord, 'path' | 'kind' | 'issuer' | 'jwksUrl' | 'discoveryUrl' | 'audiences'> {
  return {
    path: issuer.node.path,
    kind: issuer.issuerKind,
    issuer: issuer.issuerUrl,
    jwksUrl: issuer.jwksUrl,
    discoveryUrl: issuer.discoveryUrl,
    audiences: [...issuer.audiences],
  };
}
