/** A test issuer of any kind that depends on nothing but the IIssuer interface (Okta and Entra constructs live elsewhere). */
import { Construct } from 'constructs';

import { IIssuer, issuerRecordBase } from '../../lib/core/interfaces';
import type { IssuerKind } from '../../lib/core/kinds';
import { registerIssuer } from '../../lib/core/register';
import type { IssuerRecord } from '../../lib/manifest/types';

export interface FakeIssuerProps {
  readonly kind: IssuerKind;
  readonly issuerUrl: string;
  readonly jwksUrl?: string;
  readonly audiences?: string[];
}

/** An issuer that depends on nothing but the IIssuer interface. */
export class FakeIssuer extends Construct implements IIssuer {
  public readonly issuerKind: IssuerKind;
  public readonly issuerUrl: string;
  public readonly jwksUrl: string;
  public readonly discoveryUrl: string;
  public readonly audiences: string[];

  constructor(scope: Construct, id: string, props: FakeIssuerProps) {
    super(scope, id);
    this.issuerKind = props.kind;
    this.issuerUrl = props.issuerUrl;
    this.jwksUrl = props.jwksUrl ?? `${props.issuerUrl.replace(/\/+$/, '')}/keys`;
    this.discoveryUrl = `${props.issuerUrl.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    this.audiences = [...(props.audiences ?? ['api://default'])];
    registerIssuer(this);
  }

  public toIssuerRecord(): IssuerRecord {
    return {
      ...issuerRecordBase(this),
      scopes: [],
      claims: [],
      policies: [],
      details: {},
    };
  }
}
