/**
 * Values known only after `terraform apply` (`${...}`) get deterministic stand-ins, the same
 * one everywhere the same expression appears in a stack: an issuer expression becomes the
 * loopback URL of that issuer's local provider (path derived from the construct path), any
 * other expression (client ids, Entra API client ids, tenant ids) a UUID derived from the
 * stack and the expression.
 */
import { createHash } from 'node:crypto';

import type { StandIn } from './types';

/** `${...}` occurrences (one level of nested braces, as Terraform JSON writes them). */
const EXPRESSION = /\$\{(?:[^{}]|\{[^{}]*\})*\}/g;

/** True when `value` is exactly one expression. */
export function isWholeExpression(value: string): boolean {
  const m = value.match(EXPRESSION);
  return m !== null && m.length === 1 && m[0] === value;
}

/** A UUID (version-4 layout) derived from `seed`: same seed, same UUID. */
export function derivedUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A short stable token derived from `seed` (letters and digits). */
export function derivedId(seed: string, length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const bytes = createHash('sha256').update(seed).digest();
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i % bytes.length]! % alphabet.length];
  return out;
}

/** The stand-ins of one run. */
export class StandIns {
  private readonly map = new Map<string, StandIn>();

  private static key(stack: string, expression: string): string {
    return `${stack}\u0000${expression}`;
  }

  /** Registers the loopback URL that replaces issuer expression `expression` of `stack`. */
  public setIssuer(stack: string, expression: string, url: string): void {
    this.map.set(StandIns.key(stack, expression), { stack, expression, value: url, kind: 'issuer-url' });
  }

  /** The stand-in of `expression` in `stack` (a derived UUID unless registered as an issuer). */
  public valueOf(stack: string, expression: string): string {
    const key = StandIns.key(stack, expression);
    let s = this.map.get(key);
    if (!s) {
      s = { stack, expression, value: derivedUuid(key), kind: 'uuid' };
      this.map.set(key, s);
    }
    return s.value;
  }

  /** `value` with every expression replaced by its stand-in. */
  public resolve(stack: string, value: string): string {
    return value.replace(EXPRESSION, (expr) => this.valueOf(stack, expr));
  }

  /** A deep copy of `value` with every string resolved. */
  public resolveDeep<T>(stack: string, value: T): T {
    if (typeof value === 'string') return this.resolve(stack, value) as unknown as T;
    if (Array.isArray(value)) return value.map((v) => this.resolveDeep(stack, v)) as unknown as T;
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolveDeep(stack, v)])) as T;
    }
    return value;
  }

  /** Every stand-in used, sorted by stack and expression. */
  public list(): StandIn[] {
    return [...this.map.values()].sort((a, b) => a.stack.localeCompare(b.stack) || a.expression.localeCompare(b.expression));
  }
}
