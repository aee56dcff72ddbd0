/**
 * Moves declared URLs to the local providers: only the scheme and host change, every other
 * character (path, trailing slash, query) is kept, so a trust whose issuer differs from its
 * issuer's `iss` by a slash still differs after the move.
 *
 * A URL moves when it starts, at a path-segment boundary, with a prefix registered for a
 * provider (the issuer URL without trailing slash, the JWKS URL, the discovery URL, an Entra
 * tenant's hosts). URLs on hosts no issuer declares stay where they are and are never fetched.
 */

/** The origin (`scheme://host[:port]`) of an absolute URL string, or undefined. */
export function originOf(url: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)/i.exec(url);
  return m ? m[1] : undefined;
}

/** True for `http://127.0.0.1:<port>` URLs (where the local providers live). */
export function isLocalUrl(url: string): boolean {
  return /^http:\/\/127\.0\.0\.1:\d+(?:[/?#]|$)/.test(url);
}

function atBoundary(url: string, prefix: string): boolean {
  if (!url.startsWith(prefix)) return false;
  const next = url.charAt(prefix.length);
  return next === '' || next === '/' || next === '?' || next === '#';
}

interface Registration {
  /** Registration order: the issuer URL of a provider comes first and names it in messages. */
  readonly order: number;
  /** Declared prefix, e.g. `https://sts.windows.net/<tid>`. */
  readonly declared: string;
  /** `http://127.0.0.1:<port>` of the provider. */
  readonly localOrigin: string;
  readonly provider: number;
}

/** The declared-to-local URL map of one run. */
export class LoopbackMap {
  private readonly registrations: Registration[] = [];

  /** Registers `url` (trailing slashes dropped) as served by `provider` at `localOrigin`; the first registration of a prefix wins. */
  public register(url: string, provider: number, localOrigin: string): void {
    if (isLocalUrl(url) || !originOf(url)) return;
    const declared = url.replace(/\/+$/, '');
    if (this.registrations.some((r) => r.declared === declared)) return;
    this.registrations.push({ order: this.registrations.length, declared, localOrigin, provider });
    this.registrations.sort((a, b) => b.declared.length - a.declared.length);
  }

  /** The provider a URL is served by, or undefined. */
  public providerOf(url: string): number | undefined {
    if (isLocalUrl(url)) return undefined;
    return this.registrations.find((r) => atBoundary(url, r.declared))?.provider;
  }

  /** `url` with its origin replaced by the local provider's, or unchanged when no issuer declares it. */
  public toLocal(url: string): string {
    if (isLocalUrl(url)) return url;
    const r = this.registrations.find((x) => atBoundary(url, x.declared));
    if (!r) return url;
    const origin = originOf(url)!;
    return r.localOrigin + url.slice(origin.length);
  }

  /** The declared form of a local URL (for messages), or `url` when it is not one. */
  public toDeclared(
    url: string,
    standIns: ReadonlyArray<{ readonly value: string; readonly expression: string; readonly stack: string }> = [],
  ): string {
    if (!isLocalUrl(url)) return url;
    for (const s of [...standIns].sort((a, b) => b.value.length - a.value.length)) {
      if (atBoundary(url, s.value)) return `${s.expression}${url.slice(s.value.length)} (stack ${s.stack})`;
    }
    const origin = originOf(url)!;
    const candidates = this.registrations
      .filter((r) => r.localOrigin === origin)
      .map((r) => ({ r, local: r.localOrigin + r.declared.slice(originOf(r.declared)!.length) }))
      .filter((c) => atBoundary(url, c.local))
      .sort((a, b) => b.local.length - a.local.length || a.r.order - b.r.order);
    const best = candidates[0];
    return best ? best.r.declared + url.slice(best.local.length) : url;
  }
}
