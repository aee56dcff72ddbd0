/**
 * The live check of one issuer: metadata (issuer string, jwks_uri, advertised algorithms),
 * JWKS (reachable, usable signing keys, no private material), the profiles' algorithms, and
 * key rotation against the previous state.
 */
import { jwkSetKeys } from '../../util/jwks';
import { isApplyTimeOrMissing } from '../../util/values';
import { type DriftFinding, driftFinding, type IssuerCheck, type KeySummary } from '../report';
import { fetchMetadata } from './discovery';
import { type FetchLimits, httpGet, jsonObject } from './http-get';
import { type AnalyzedKey, analyzeKey } from './jwks';
import { compareKeys, type IssuerState } from './state';
import type { IssuerTarget } from './targets';

/** What checking one issuer produced. */
export interface IssuerCheckOutcome {
  readonly check: IssuerCheck;
  readonly findings: DriftFinding[];
  /** The keys to record, when a state file is kept and a JWKS was read. */
  readonly state?: IssuerState;
}

/** Options of {@link checkIssuer}. */
export interface CheckIssuerOptions {
  readonly limits: FetchLimits;
  /** Keep key state (a state file was given). */
  readonly trackKeys: boolean;
  /** The previous run's record of this issuer. */
  readonly previous?: IssuerState;
  readonly now: Date;
}

/** Checks `target` against what its issuer publishes; never throws for network problems. */
export async function checkIssuer(target: IssuerTarget, options: CheckIssuerOptions): Promise<IssuerCheckOutcome> {
  const started = Date.now();
  const findings: DriftFinding[] = [];
  const subject = target.issuer;
  const done = (extra: Partial<IssuerCheck> & { status: IssuerCheck['status'] }, state?: IssuerState): IssuerCheckOutcome => ({
    check: { issuer: target.issuer, declaredBy: target.declaredBy, keys: [], algorithms: [], durationMs: Date.now() - started, ...extra },
    findings,
    ...(state ? { state } : {}),
  });
  if (isApplyTimeOrMissing(target.issuer)) {
    findings.push(
      driftFinding('not_checkable', subject, `issuer is known only after apply (${target.issuer}): not checkable until deployed`),
    );
    return done({ status: 'not_checkable' });
  }
  const declaredJwks = target.jwksUrls.filter((u) => !isApplyTimeOrMissing(u));
  const discovery = target.discoveryUrl && !isApplyTimeOrMissing(target.discoveryUrl) ? target.discoveryUrl : undefined;
  const meta = await fetchMetadata(target.issuer, discovery, options.limits);
  let jwksUri: string | undefined;
  let advertised: string[] | undefined;
  if (!meta.ok) {
    const tried = meta.attempts.map((a) => `${a.url}: ${a.message}`).join('; ');
    const code =
      meta.problem === 'unreachable' ? 'discovery_unreachable' : meta.problem === 'failed' ? 'discovery_failed' : 'discovery_invalid';
    findings.push(driftFinding(code, subject, `no issuer metadata (${tried})`));
  } else {
    if (discovery && meta.url !== discovery) {
      findings.push(
        driftFinding('discovery_fallback', subject, `the declared discovery URL ${discovery} gave no metadata; used ${meta.url}`),
      );
    } else if (meta.source === 'oauth') {
      findings.push(
        driftFinding('discovery_fallback', subject, `no OpenID discovery document; used OAuth authorization server metadata ${meta.url}`),
      );
    }
    const doc = meta.document;
    if (typeof doc.issuer !== 'string' || typeof doc.jwks_uri !== 'string') {
      findings.push(driftFinding('discovery_invalid', subject, `${meta.url} lacks a string issuer or jwks_uri`));
    } else {
      jwksUri = doc.jwks_uri;
      if (doc.issuer !== target.issuer) {
        findings.push(
          driftFinding(
            'issuer_mismatch',
            subject,
            `the issuer publishes issuer ${JSON.stringify(doc.issuer)}; tokens with the declared iss will not be issued`,
            { expected: target.issuer, actual: doc.issuer },
          ),
        );
      }
      for (const url of declaredJwks) {
        if (url !== jwksUri)
          findings.push(
            driftFinding('jwks_uri_mismatch', subject, `declared JWKS URL ${url} is not the published jwks_uri`, {
              expected: url,
              actual: jwksUri,
            }),
          );
      }
    }
    const algs = doc.id_token_signing_alg_values_supported;
    if (Array.isArray(algs)) advertised = algs.filter((a): a is string => typeof a === 'string');
  }
  if (declaredJwks.length === 0 && target.jwksUrls.length > 0 && !jwksUri) {
    findings.push(
      driftFinding(
        'not_checkable',
        subject,
        'the declared JWKS URL is known only after apply and the metadata gave none: keys not checkable until deployed',
      ),
    );
  }
  // The declared JWKS is tried whatever happened to discovery: it may be served elsewhere, and
  // the report must say whether the keys themselves answered.
  const jwksToFetch = declaredJwks.length > 0 ? declaredJwks : jwksUri ? [jwksUri] : [];
  const { keys, read } = await fetchKeys(subject, jwksToFetch, options.limits, findings);
  const keySummaries = dedupe(keys.map((k) => k.summary));
  const offeredByKeys = [...new Set(keys.flatMap((k) => k.algorithms))];
  const offered = advertised ? offeredByKeys.filter((a) => advertised?.includes(a)) : offeredByKeys;
  if (read > 0) checkProfiles(target, offered, findings);
  const state =
    options.trackKeys && keySummaries.length > 0 ? rotation(target, options, keySummaries, jwksToFetch[0], findings) : undefined;
  const status = findings.some((f) => f.severity === 'drift')
    ? 'drift'
    : findings.some((f) => f.severity === 'unchecked')
      ? 'unreachable'
      : 'ok';
  return done(
    { status, ...(meta.ok ? { metadataUrl: meta.url } : {}), ...(jwksUri ? { jwksUri } : {}), keys: keySummaries, algorithms: offered },
    state,
  );
}

/** The keys of every JWKS that could be read, and how many could. */
async function fetchKeys(
  subject: string,
  urls: readonly string[],
  limits: FetchLimits,
  findings: DriftFinding[],
): Promise<{ keys: AnalyzedKey[]; read: number }> {
  const all: AnalyzedKey[] = [];
  let read = 0;
  for (const url of urls) {
    const res = await httpGet(url, limits);
    if (!res.ok) {
      findings.push(
        driftFinding(
          res.failure === 'network' || res.failure === 'timeout' ? 'jwks_unreachable' : 'jwks_failed',
          subject,
          `JWKS ${url}: ${res.message}`,
        ),
      );
      continue;
    }
    const keys = jwkSetKeys(jsonObject(res.body));
    if (!keys) {
      findings.push(driftFinding('jwks_invalid', subject, `JWKS ${url} is not {"keys":[...]}`));
      continue;
    }
    const analyzed = keys.map(analyzeKey);
    if (analyzed.some((k) => k.exposesPrivate))
      findings.push(driftFinding('jwks_private_key', subject, `JWKS ${url} publishes private key material: rotate those keys now`));
    if (!analyzed.some((k) => k.summary.usable)) {
      const why =
        analyzed.length === 0
          ? 'it is empty'
          : analyzed.map((k) => `${k.summary.kid ?? k.summary.thumbprint}: ${k.summary.problem}`).join('; ');
      findings.push(driftFinding('jwks_no_usable_keys', subject, `JWKS ${url} holds no usable signing key (${why})`));
    }
    all.push(...analyzed);
    read++;
  }
  return { keys: all, read };
}

function checkProfiles(target: IssuerTarget, offered: readonly string[], findings: DriftFinding[]): void {
  for (const profile of target.profiles) {
    const wanted = profile.algorithms;
    const covered = wanted ? wanted.filter((a) => offered.includes(a)) : [...offered];
    const label = wanted ? wanted.join(', ') : 'any asymmetric algorithm (default)';
    if (covered.length === 0) {
      findings.push(
        driftFinding(
          'algorithms_not_covered',
          target.issuer,
          `profile ${profile.name} accepts ${label}, but the issuer offers ${offered.join(', ') || 'none'}: every token would be rejected`,
          { expected: label, actual: offered.join(', ') },
        ),
      );
    } else if (wanted && covered.length < wanted.length) {
      findings.push(
        driftFinding(
          'algorithms_partly_covered',
          target.issuer,
          `profile ${profile.name} pins ${label}; the issuer offers only ${covered.join(', ')} of them`,
        ),
      );
    }
  }
}

function rotation(
  target: IssuerTarget,
  options: CheckIssuerOptions,
  keys: readonly KeySummary[],
  jwksUri: string | undefined,
  findings: DriftFinding[],
): IssuerState {
  const current = keys.map((k) => ({ ...(k.kid === undefined ? {} : { kid: k.kid }), thumbprint: k.thumbprint }));
  if (!options.previous) {
    findings.push(driftFinding('state_baseline', target.issuer, `recorded ${current.length} key(s) as the baseline for rotation checks`));
  } else {
    const d = compareKeys(options.previous.keys, current);
    if (d.added.length + d.removed.length > 0) {
      const name = (k: { kid?: string; thumbprint: string }) => k.kid ?? `thumbprint ${k.thumbprint}`;
      const parts = [
        d.added.length > 0 ? `added ${d.added.map(name).join(', ')}` : '',
        d.removed.length > 0 ? `removed ${d.removed.map(name).join(', ')}` : '',
        d.rekeyed.length > 0 ? `same kid, new key material: ${d.rekeyed.join(', ')}` : '',
      ].filter(Boolean);
      findings.push(
        driftFinding(
          'keys_rotated',
          target.issuer,
          `signing keys changed since ${options.previous.checkedAt}: ${parts.join('; ')} (state updated)`,
          { expected: options.previous.keys.map(name).join(', '), actual: current.map(name).join(', ') },
        ),
      );
    }
  }
  return { checkedAt: options.now.toISOString(), jwksUri: jwksUri ?? '', keys: current };
}

function dedupe(keys: readonly KeySummary[]): KeySummary[] {
  const seen = new Set<string>();
  return keys.filter((k) => !seen.has(k.thumbprint) && seen.add(k.thumbprint));
}
