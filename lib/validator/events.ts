/**
 * Events the validator reports to `onEvent`, for metrics and audit logs. They never carry
 * token text, header values or claims other than the mapped username of an accepted token.
 */
import type { TokenErrorCode } from './errors';
import type { JwksFetchFailure } from './jwks-fetch';

/** A JWKS download finished. */
export interface JwksFetchEvent {
  readonly type: 'jwks_fetch';
  readonly url: string;
  readonly ok: boolean;
  readonly durationMs: number;
  /** Usable keys (on success). */
  readonly keys?: number;
  /** Keys ignored as private, for encryption, unknown or too small (on success). */
  readonly ignoredKeys?: number;
  /** Why it failed. */
  readonly reason?: JwksFetchFailure;
  readonly message?: string;
}

/** A token was answered from the verified-token cache. */
export interface CacheHitEvent {
  readonly type: 'cache_hit';
  readonly profile: string;
}

/** A token was accepted. */
export interface AcceptedEvent {
  readonly type: 'accepted';
  readonly profile: string;
  readonly kind: 'system' | 'user';
  readonly username: string;
  readonly cached: boolean;
}

/** A token was rejected. */
export interface RejectedEvent {
  readonly type: 'rejected';
  readonly code: TokenErrorCode;
  /** The profile, when the token got far enough to select one. */
  readonly profile?: string;
}

/** Every validator event. */
export type ValidatorEvent = JwksFetchEvent | CacheHitEvent | AcceptedEvent | RejectedEvent;

/** Receives events; exceptions it throws are ignored. */
export type ValidatorEventListener = (event: ValidatorEvent) => void;
