/**
 * The changed attributes of one `terraform show -json` change object, with sensitive values
 * redacted per `before_sensitive` / `after_sensitive` (and by attribute name, as a backstop)
 * and unknown values shown as `(known after apply)`.
 *
 * @see https://developer.hashicorp.com/terraform/internals/json-format#change-representation
 */
import type { AttributeChange } from '../report';

/** The change object of a resource in plan JSON. */
export interface PlanChange {
  readonly actions?: string[];
  readonly before?: unknown;
  readonly after?: unknown;
  readonly after_unknown?: unknown;
  readonly before_sensitive?: unknown;
  readonly after_sensitive?: unknown;
  /** Present when an `import` block adopts an existing object (Terraform 1.5+): `id`, or `identity` (1.12+). */
  readonly importing?: { readonly id?: string; readonly identity?: unknown };
}

export const SENSITIVE = '(sensitive)';
export const UNKNOWN = '(known after apply)';
const ABSENT = '(none)';
const MAX_VALUE = 200;
const MAX_DEPTH = 6;
/** Attribute names whose values are never shown, whatever the plan's sensitivity marks say. */
const SECRET_NAME = /(^|_)(secret|password|private_key|client_secret|passphrase|credentials?)(_|$)/i;

type Segment = string | number;

/** Every changed leaf between `before` and `after`, as redacted text. */
export function attributeChanges(change: PlanChange): AttributeChange[] {
  const out: AttributeChange[] = [];
  walk(change, [], change.before ?? null, change.after ?? null, out);
  return out;
}

function isPrimitiveArray(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');
}

/** Objects and arrays of objects are walked; primitives and primitive lists are leaves. */
function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === 'object' && v !== null && !isPrimitiveArray(v);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined;
}

/** Absent, null, `[]` or `{}`: no value worth showing. */
function isBlank(v: unknown): boolean {
  return isEmpty(v) || (typeof v === 'object' && Object.keys(v as object).length === 0);
}

function walk(change: PlanChange, at: Segment[], before: unknown, after: unknown, out: AttributeChange[]): void {
  const unknown = maskValue(change.after_unknown, at);
  if (unknown !== true && !anyMarked(unknown) && (JSON.stringify(before) === JSON.stringify(after) || (isBlank(before) && isBlank(after))))
    return;
  const walkable = (v: unknown) => isEmpty(v) || isContainer(v);
  if (
    at.length < MAX_DEPTH &&
    unknown !== true &&
    walkable(before) &&
    walkable(after) &&
    (isContainer(before) || isContainer(after) || isContainer(unknown))
  ) {
    const keys = new Set<Segment>();
    for (const v of [before, after, unknown]) {
      if (Array.isArray(v)) v.forEach((_, i) => keys.add(i));
      else if (isContainer(v)) Object.keys(v).forEach((k) => keys.add(k));
    }
    for (const key of [...keys].sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true }))) {
      walk(change, [...at, key], child(before, key), child(after, key), out);
    }
    return;
  }
  out.push({ path: pathText(at), before: show(change, at, before, 'before'), after: show(change, at, after, 'after') });
}

/** The own member `key` of `value`: attribute names from the plan (an AWS tag named `constructor`) are data. */
function child(value: unknown, key: Segment): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key as string]
    : undefined;
}

/** The mask value at `at`, or `true` when an ancestor is wholly marked. */
function maskValue(mask: unknown, at: Segment[]): unknown {
  let m = mask;
  for (const k of at) {
    if (m === true) return true;
    if (m === null || typeof m !== 'object') return undefined;
    m = child(m, k);
  }
  return m;
}

function anyMarked(mask: unknown): boolean {
  return mask === true || (typeof mask === 'object' && mask !== null && Object.values(mask).some(anyMarked));
}

function show(change: PlanChange, at: Segment[], value: unknown, side: 'before' | 'after'): string {
  const sensitive = side === 'before' ? change.before_sensitive : change.after_sensitive;
  if (anyMarked(maskValue(sensitive, at)) || at.some((s) => typeof s === 'string' && SECRET_NAME.test(s))) return SENSITIVE;
  if (side === 'after' && maskValue(change.after_unknown, at) === true) return UNKNOWN;
  if (value === undefined || value === null) return ABSENT;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function pathText(at: Segment[]): string {
  return at.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(resource)';
}
