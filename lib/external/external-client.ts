import { Construct } from 'constructs';
import { IClient, IIssuer } from '../core/interfaces';
import { registerClient } from '../core/register';
import type { GrantType } from '../core/kinds';
import { requireNonEmpty, requirePattern, requireRedirectUri, requireUnique } from '../core/validate';
import type { ClientRecord } from '../manifest/types';

/** Props of {@link ExternalClient}. */
export interface ExternalClientProps {
  /** The issuer the client is registered with. */
  readonly issuer: IIssuer;
  /** The client id that its tokens carry. */
  readonly clientId: string;
  /** A readable name for review. @default the construct id */
  readonly name?: string;
  /** The grants it uses. */
  readonly grantTypes: GrantType[];
  /** Redirect URIs registered at the IdP: exact, https (loopback excepted). @default none */
  readonly redirectUris?: string[];
  /** Post-logout redirect URIs. @default none */
  readonly postLogoutRedirectUris?: string[];
  /** Scopes it may request. @default none */
  readonly scopes?: string[];
}

/** A client registered at an {@link ExternalIssuer} (or any issuer), declared by its id. */
export class ExternalClient extends Construct implements IClient {
  public readonly issuer: IIssuer;
  public readonly clientId: string;
  public readonly grantTypes: GrantType[];
  private readonly props: ExternalClientProps;

  constructor(scope: Construct, id: string, props: ExternalClientProps) {
    super(scope, id);
    requirePattern(this, 'clientId', props.clientId, /^\S+$/, 'must be a non-empty id without spaces');
    requireNonEmpty(this, 'grantTypes', props.grantTypes);
    (props.redirectUris ?? []).forEach((uri, i) => requireRedirectUri(this, `redirectUris[${i}]`, uri, { allowCustomScheme: true }));
    (props.postLogoutRedirectUris ?? []).forEach((uri, i) => requireRedirectUri(this, `postLogoutRedirectUris[${i}]`, uri, { allowCustomScheme: true }));
    requireUnique(this, 'redirectUris', props.redirectUris ?? []);
    this.issuer = props.issuer;
    this.clientId = props.clientId;
    this.grantTypes = [...props.grantTypes];
    this.props = props;
    registerClient(this);
  }

  public toClientRecord(): ClientRecord {
    return {
      path: this.node.path,
      kind: 'external',
      name: this.props.name ?? this.node.id,
      issuer: this.issuer.node.path,
      clientId: this.clientId,
      grantTypes: [...this.grantTypes],
      responseTypes: [],
      redirectUris: [...(this.props.redirectUris ?? [])],
      postLogoutRedirectUris: [...(this.props.postLogoutRedirectUris ?? [])],
      scopes: [...(this.props.scopes ?? [])],
      details: {},
    };
  }
}
