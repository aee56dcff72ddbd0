/**
 * `drift --plan`: the identity resources of a `terraform show -json` plan that changed outside
 * Terraform (`resource_drift`) or that Terraform would change (`resource_changes`).
 *
 * @see https://developer.hashicorp.com/terraform/internals/json-format#plan-representation
 */
import { ExternalOAuthError } from '../../util/error';
import { parseJsonText } from '../../util/json';
import { type DriftFinding, driftFinding, type PlannedResource } from '../report';
import { attributeChanges, type PlanChange } from './attribute-changes';
import { isIdentityResourceType } from './identity-types';

/** One entry of `resource_drift` or `resource_changes`. */
export interface PlanResourceChange {
  readonly address: string;
  readonly mode?: string;
  readonly type: string;
  readonly change: PlanChange;
  readonly action_reason?: string;
}

/** The fields of plan JSON this reads. */
export interface PlanJson {
  readonly format_version: string;
  readonly resource_drift?: PlanResourceChange[];
  readonly resource_changes?: PlanResourceChange[];
  readonly errored?: boolean;
}

/** Thrown for input that is not plan JSON. */
export class PlanFormatError extends ExternalOAuthError {
  declare public readonly code: 'EO_DRIFT_INVALID_PLAN';

  constructor(message: string) {
    super('EO_DRIFT_INVALID_PLAN', message);
  }
}

/** Deepest nesting accepted in plan JSON (Terraform's own nesting of blocks stays far below). */
export const MAX_PLAN_DEPTH = 256;

/** Parses and shape-checks `terraform show -json PLANFILE` output. */
export function parsePlan(text: string, file: string): PlanJson {
  let value: unknown;
  try {
    value = parseJsonText(text, { maxDepth: MAX_PLAN_DEPTH });
  } catch (err) {
    throw new PlanFormatError(`${file}: ${(err as Error).message}`);
  }
  const v = value as Partial<PlanJson> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || typeof v.format_version !== 'string') {
    throw new PlanFormatError(`${file}: not terraform plan JSON (no format_version): produce it with terraform show -json PLANFILE`);
  }
  if (!Object.hasOwn(v, 'resource_changes') && !Object.hasOwn(v, 'resource_drift') && !Object.hasOwn(v, 'planned_values')) {
    throw new PlanFormatError(
      `${file}: holds no plan (state JSON?): produce it with terraform plan -out PLANFILE && terraform show -json PLANFILE`,
    );
  }
  for (const key of ['resource_drift', 'resource_changes'] as const) {
    const list = v[key];
    if (
      list !== undefined &&
      (!Array.isArray(list) ||
        !list.every((r) => typeof r?.address === 'string' && typeof r?.type === 'string' && typeof r?.change === 'object'))
    ) {
      throw new PlanFormatError(`${file}: ${key} is not a list of resource changes`);
    }
  }
  return v as PlanJson;
}

/** `create`, `update`, `delete` or `replace`; undefined for no-op and read. */
export function actionOf(actions: readonly string[] | undefined): PlannedResource['action'] | undefined {
  const a = actions ?? [];
  if (a.includes('delete') && a.includes('create')) return 'replace';
  if (a.includes('create')) return 'create';
  if (a.includes('delete')) return 'delete';
  if (a.includes('update')) return 'update';
  return undefined;
}

/** `pending update`, or for an import block `pending import of <id>` (`, then update` when it also changes the object). */
function pendingText(action: PlannedResource['action'], importId: string | undefined): string {
  if (importId === undefined) return `pending ${action}`;
  return `pending import of ${importId}${action === 'import' ? '' : `, then ${action}`}`;
}

/** The identity resources of `plan` and a finding for each. */
export function planDrift(
  plan: PlanJson,
  file: string,
): { resources: PlannedResource[]; otherResources: number; findings: DriftFinding[] } {
  const resources: PlannedResource[] = [];
  const findings: DriftFinding[] = [];
  let otherResources = 0;
  const visit = (entries: readonly PlanResourceChange[] | undefined, category: PlannedResource['category']) => {
    for (const r of entries ?? []) {
      if (r.mode === 'data') continue;
      const importing = r.change.importing;
      // An import block with nothing else to change plans a no-op that still adopts the object.
      const action = actionOf(r.change.actions) ?? (importing ? 'import' : undefined);
      if (!action) continue;
      const importId = importing ? (importing.id ?? '(by resource identity)') : undefined;
      if (!isIdentityResourceType(r.type)) {
        otherResources++;
        continue;
      }
      const attributes = action === 'delete' ? [] : attributeChanges(r.change);
      resources.push({
        address: r.address,
        type: r.type,
        category,
        action,
        ...(importId !== undefined ? { importId } : {}),
        ...(r.action_reason ? { reason: r.action_reason } : {}),
        attributes,
      });
      const names =
        attributes.length > 8
          ? `${attributes
              .slice(0, 8)
              .map((a) => a.path)
              .join(', ')} (+${attributes.length - 8} more)`
          : attributes.map((a) => a.path).join(', ');
      findings.push(
        category === 'drift'
          ? driftFinding(
              'resource_drift',
              r.address,
              `${action === 'delete' ? 'deleted' : 'changed'} outside Terraform${names ? `: ${names}` : ''}`,
            )
          : driftFinding('pending_change', r.address, `${pendingText(action, importId)}${names ? `: ${names}` : ''}`),
      );
    }
  };
  visit(plan.resource_drift, 'drift');
  visit(plan.resource_changes, 'pending');
  if (plan.errored)
    findings.push(driftFinding('plan_errored', file, 'the plan is marked errored: it may be incomplete; fix the plan errors first'));
  return { resources, otherResources, findings };
}
