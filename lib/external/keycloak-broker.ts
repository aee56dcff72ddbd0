import { Construct } from 'constructs';
import { Duration } from '../core/duration';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient } from '../core/interfaces';
import { captureSourceLocation } from '../core/source-location';
import { fail } from '../core/validate';
import { ManifestWriter } from '../manifest/manifest-writer';
import { KEYCLOAK_BROKERS_CONTEXT_KEY, type KeycloakBrokerRecord } from '../checks/context';

/** The default margin the upstream refresh token must outlive SSO Session Max by. */
export const DEFAULT_BROKER_RESERVE = Duration.minutes(5);

/** Props of {@link KeycloakBroker}. */
export interface KeycloakBrokerProps {
  /** The upstream app (e.g. an `OktaOidcApp`) the Keycloak identity provider signs in with. */
  readonly client: IClient;
  /**
   * The realm's "SSO Session Idle".
   * @see https://www.keycloak.org/docs/latest/server_admin/#_timeouts
   */
  readonly ssoSessionIdle: Duration;
  /**
   * The realm's "SSO Session Max".
   * @see https://www.keycloak.org/docs/latest/server_admin/#_timeouts
   */
  readonly ssoSessionMax: Duration;
  /**
   * How much longer than SSO Session Max the upstream refresh token must live (clock skew, the
   * last refresh before the session ends).
   * @default Duration.minutes(5)
   */
  readonly reserve?: Duration;
  /** A readable name for review. @default the construct id */
  readonly name?: string;
}

/**
 * A Keycloak identity broker (as run by Atlan, Ataccama, ...) in front of an upstream app.
 * Keycloak has no provider here: this creates no resource. It records the realm's session
 * settings in the manifest `context.keycloakBrokers` so that the EO-KC-* checks can compare
 * them with the upstream policy's refresh-token lifetimes and redirect URIs.
 */
export class KeycloakBroker extends Construct {
  public readonly client: IClient;
  public readonly ssoSessionIdle: Duration;
  public readonly ssoSessionMax: Duration;
  public readonly reserve: Duration;

  constructor(scope: Construct, id: string, props: KeycloakBrokerProps) {
    super(scope, id);
    for (const [field, value] of [['ssoSessionIdle', props.ssoSessionIdle], ['ssoSessionMax', props.ssoSessionMax]] as const) {
      if (value.toSeconds() <= 0) fail(this, CONFIG_ERROR_CODES.OUT_OF_RANGE, field, value.toString(), 'must be longer than 0 seconds');
    }
    this.client = props.client;
    this.ssoSessionIdle = props.ssoSessionIdle;
    this.ssoSessionMax = props.ssoSessionMax;
    this.reserve = props.reserve ?? DEFAULT_BROKER_RESERVE;
    const record: KeycloakBrokerRecord = {
      path: this.node.path,
      name: props.name ?? id,
      clientPath: props.client.node.path,
      issuerPath: props.client.issuer.node.path,
      ssoSessionIdleSeconds: this.ssoSessionIdle.toSeconds(),
      ssoSessionMaxSeconds: this.ssoSessionMax.toSeconds(),
      reserveSeconds: this.reserve.toSeconds(),
    };
    const writer = ManifestWriter.of(this);
    const existing = writer.declaredContext[KEYCLOAK_BROKERS_CONTEXT_KEY];
    writer.addContext(KEYCLOAK_BROKERS_CONTEXT_KEY, [...(Array.isArray(existing) ? existing : []), record]);
    captureSourceLocation(this);
  }
}
