import { Construct } from 'constructs';

import { assignmentRecordOf } from '../core/assignment';
import { ClientAssignment, ClientProgram } from '../core/client-program';
import { IClient, IIssuer } from '../core/interfaces';
import { type GrantType, userGrants } from '../core/kinds';
import { registerClient } from '../core/register';
import { type ScopeName, scopeNames } from '../core/scope-name';
import { requireNonEmpty, requirePattern, requireRedirectUri, requireUnique } from '../core/validate';
import type { AssignmentRecord, ClientRecord } from '../manifest/types';

/** Props of {@link ExternalClient}. Redirect URIs follow the declared program unless given. */
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
  /** Scopes it may request. @default the declared program's requested scopes; otherwise none */
  readonly scopes?: ScopeName[];
  /**
   * Who may sign in, as configured at the IdP (this program manages no resource for it: it is a
   * declared fact that review shows and the simulation enforces).
   * @default not declared: decided at the IdP (EO-SIGNIN-001 reports it could not be evaluated)
   */
  readonly assignment?: ClientAssignment;
  /**
   * The client program behind the registration; `redirectUris` and `scopes` default from it.
   * @default not declared
   */
  readonly program?: ClientProgram;
}

/** A client registered at an {@link ExternalIssuer} (or any issuer), declared by its id. */
export class ExternalClient extends Construct implements IClient {
  public readonly issuer: IIssuer;
  public readonly clientId: string;
  public readonly grantTypes: GrantType[];
  /** The declared client program. */
  public readonly program?: ClientProgram;
  /** Who may sign in, as declared. */
  public readonly assignment: AssignmentRecord;
  private readonly redirectUris: string[];
  private readonly postLogoutRedirectUris: string[];
  private readonly scopes: string[];
  private readonly props: ExternalClientProps;

  constructor(scope: Construct, id: string, props: ExternalClientProps) {
    super(scope, id);
    requirePattern(this, 'clientId', props.clientId, /^\S+$/, 'must be a non-empty id without spaces');
    requireNonEmpty(this, 'grantTypes', props.grantTypes);
    const program = props.program;
    this.redirectUris = [...(props.redirectUris ?? program?.redirectUris ?? [])];
    this.postLogoutRedirectUris = [...(props.postLogoutRedirectUris ?? program?.postLogoutRedirectUris ?? [])];
    this.redirectUris.forEach((uri, i) => requireRedirectUri(this, `redirectUris[${i}]`, uri, { allowCustomScheme: true }));
    this.postLogoutRedirectUris.forEach((uri, i) =>
      requireRedirectUri(this, `postLogoutRedirectUris[${i}]`, uri, { allowCustomScheme: true }),
    );
    requireUnique(this, 'redirectUris', this.redirectUris);
    this.issuer = props.issuer;
    this.clientId = props.clientId;
    this.grantTypes = [...props.grantTypes];
    this.program = program;
    this.scopes = [...(scopeNames(props.scopes) ?? program?.requestedScopes ?? [])];
    this.assignment = this.declaredAssignment(props.assignment);
    this.props = props;
    registerClient(this);
  }

  private declaredAssignment(a: ClientAssignment | undefined): AssignmentRecord {
    return a === undefined
      ? { mode: 'external' }
      : assignmentRecordOf(this, 'assignment', a, { everyone: 'the IdP', idPattern: /^\S+$/, idRule: 'must be an id without spaces' });
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
      redirectUris: [...this.redirectUris],
      postLogoutRedirectUris: [...this.postLogoutRedirectUris],
      scopes: [...this.scopes],
      ...(userGrants(this.grantTypes).length > 0 ? { assignment: { ...this.assignment } } : {}),
      ...(this.program ? { program: this.program.toRecord() } : {}),
      details: {},
    };
  }
}
