/**
 * The base..head difference of two access matrices: which (client, user, flow) gains or loses
 * a trust, or reaches it as another identity or role. Rows are matched by client path, flow and
 * username; trusts by path. For `review` to embed.
 */
import { text } from '../util/escape';
import { cellText, columnsOf, declaredNames, rowLabel } from './render';
import type { AccessRow, Cell, SimulationResult } from './types';

/** One change of the matrix. */
export interface AccessChange {
  readonly kind: 'granted' | 'revoked' | 'identity-changed';
  /** `client · user · flow`. */
  readonly who: string;
  readonly client: string;
  readonly trust: string;
  readonly trustName: string;
  /** The cell text before (absent: the row or the trust did not exist). */
  readonly before?: string;
  readonly after?: string;
}

function key(result: SimulationResult, row: AccessRow): string {
  const user = row.user === undefined ? '' : (result.users.find((u) => u.id === row.user)?.username ?? '');
  return `${row.client}\u0000${row.flow}\u0000${user.toLowerCase()}`;
}

function identity(c: Cell | undefined): string | undefined {
  return c?.outcome === 'accepted' ? `${c.as ?? ''}\u0000${c.role ?? ''}\u0000${c.principalKind ?? ''}` : undefined;
}

/** The changes from `base` to `head`, grants first. */
export function diffSimulations(base: SimulationResult, head: SimulationResult): AccessChange[] {
  const baseRows = new Map(base.rows.filter((r) => r.kind === 'access').map((r) => [key(base, r), r]));
  const headRows = new Map(head.rows.filter((r) => r.kind === 'access').map((r) => [key(head, r), r]));
  const trustName = new Map([...columnsOf(base), ...columnsOf(head)].map((t) => [t.path, t.name]));
  const baseNames = declaredNames(base);
  const headNames = declaredNames(head);
  const changes: AccessChange[] = [];
  for (const k of new Set([...baseRows.keys(), ...headRows.keys()])) {
    const b = baseRows.get(k);
    const h = headRows.get(k);
    const who = h ? rowLabel(head, h) : rowLabel(base, b!);
    const client = (h ?? b)!.client;
    for (const trust of new Set([...Object.keys(b?.cells ?? {}), ...Object.keys(h?.cells ?? {})])) {
      const before = b?.cells[trust];
      const after = h?.cells[trust];
      const wasIn = before?.outcome === 'accepted';
      const isIn = after?.outcome === 'accepted';
      const kind =
        !wasIn && isIn
          ? 'granted'
          : wasIn && !isIn
            ? 'revoked'
            : wasIn && isIn && identity(before) !== identity(after)
              ? 'identity-changed'
              : undefined;
      if (!kind) continue;
      changes.push({
        kind,
        who,
        client,
        trust,
        trustName: trustName.get(trust) ?? trust,
        ...(before ? { before: cellText(before, { names: baseNames }) } : {}),
        ...(after ? { after: cellText(after, { names: headNames }) } : {}),
      });
    }
  }
  const order = { granted: 0, 'identity-changed': 1, revoked: 2 } as const;
  return changes.sort((a, b) => order[a.kind] - order[b.kind] || a.trust.localeCompare(b.trust) || a.who.localeCompare(b.who));
}

/** A Markdown section of the changes (for `review --base`). */
export function renderAccessChangesMarkdown(changes: readonly AccessChange[], options: { heading?: number } = {}): string {
  const h = '#'.repeat(options.heading ?? 3);
  if (changes.length === 0) return `${h} Access changes\n\nNo client, user or flow gains or loses access.\n`;
  const esc = (s: string): string => text(s, Infinity);
  const lines = [`${h} Access changes`, '', '| change | who | trust | before | after |', '|---|---|---|---|---|'];
  for (const c of changes)
    lines.push(`| ${c.kind} | ${esc(c.who)} | ${esc(c.trustName)} | ${esc(c.before ?? '—')} | ${esc(c.after ?? '—')} |`);
  return lines.join('\n') + '\n';
}
