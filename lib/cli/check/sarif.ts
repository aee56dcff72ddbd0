/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, ...): one run, rule
 * metadata in `tool.driver.rules`, results located at the construct's source line when known
 * and at the construct path (logical location) always, suppressed findings with `suppressions`.
 *
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 * @see https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { LocatedFinding } from './collect';
import type { RuleMeta } from './rule-catalog';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_NAME = 'external-oauth';
export const TOOL_INFORMATION_URI = 'https://www.npmjs.com/package/cdktf-external-oauth';

/** The subset of the SARIF 2.1.0 log this tool writes. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: SarifRun[];
}

export interface SarifRun {
  readonly tool: { readonly driver: SarifDriver };
  readonly results: SarifResult[];
  readonly columnKind: 'utf16CodeUnits';
}

export interface SarifDriver {
  readonly name: string;
  readonly informationUri: string;
  readonly version: string;
  readonly semanticVersion: string;
  readonly rules: SarifRule[];
}

export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly help: { readonly text: string; readonly markdown: string };
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: 'error' | 'warning' };
  readonly properties: { readonly tags: string[]; readonly 'security-severity': string };
}

export interface SarifLocation {
  readonly physicalLocation?: {
    readonly artifactLocation: { readonly uri: string; readonly uriBaseId?: string };
    readonly region: { readonly startLine: number };
  };
  readonly logicalLocations: Array<{ readonly name: string; readonly fullyQualifiedName: string; readonly kind: string }>;
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: 'error' | 'warning';
  readonly message: { readonly text: string };
  readonly locations: SarifLocation[];
  readonly partialFingerprints: Record<string, string>;
  readonly suppressions?: Array<{ readonly kind: 'inSource'; readonly justification: string }>;
  readonly properties: { readonly stack: string; readonly constructPath: string; readonly evaluated?: false };
}

/** Options: the tool version and the folder that relative source files are relative to. */
export interface SarifOptions {
  readonly version: string;
  readonly cwd: string;
}

/** The SARIF log of `findings`, with `rules` as the driver's rule metadata. */
export function toSarif(findings: readonly LocatedFinding[], rules: readonly RuleMeta[], options: SarifOptions): SarifLog {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            informationUri: TOOL_INFORMATION_URI,
            version: options.version,
            semanticVersion: options.version,
            rules: rules.map(sarifRule),
          },
        },
        results: findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? -1, options.cwd)),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

function sarifRule(rule: RuleMeta): SarifRule {
  const help = `${rule.explanation}\n\nSuppress with a reason: ExternalOAuthSuppressions.add(construct, [{ id: '${rule.id}', reason: '...' }]).`;
  return {
    id: rule.id,
    name: pascalName(rule.title === rule.id ? rule.id : rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.explanation },
    help: { text: help, markdown: help },
    ...(rule.see && rule.see.length > 0 ? { helpUri: rule.see[0] } : {}),
    defaultConfiguration: { level: rule.severity },
    properties: { tags: ['security', 'external-oauth'], 'security-severity': rule.severity === 'error' ? '8.0' : '5.0' },
  };
}

/** `A trust's issuer string equals ...` → `ATrustsIssuerStringEquals...`: SARIF's rule name. */
export function pascalName(title: string): string {
  const name = title
    .replace(/[`'’]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return name || 'Rule';
}

function sarifResult(f: LocatedFinding, ruleIndex: number, cwd: string): SarifResult {
  const logical = { name: f.path.split('/').pop() ?? f.path, fullyQualifiedName: f.path, kind: 'object' };
  const location: SarifLocation = f.source
    ? { physicalLocation: physical(f.source, cwd), logicalLocations: [logical] }
    : { logicalLocations: [logical] };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: `${f.path}: ${f.message}` },
    locations: [location],
    partialFingerprints: {
      'externalOauthFinding/v1': createHash('sha256').update(`${f.stack}\u0000${f.ruleId}\u0000${f.path}`).digest('hex'),
    },
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource' as const, justification: f.suppressed.reason }] } : {}),
    properties: { stack: f.stack, constructPath: f.path, ...(f.evaluated === false ? { evaluated: false as const } : {}) },
  };
}

/** A relative, `/`-separated URI under `%SRCROOT%` when the file is inside `cwd`; else a file URI. */
function physical(source: { file: string; line: number }, cwd: string): NonNullable<SarifLocation['physicalLocation']> {
  const absolute = path.resolve(cwd, source.file);
  const relative = path.relative(cwd, absolute);
  const inside = !relative.startsWith('..') && !path.isAbsolute(relative);
  const artifactLocation = inside
    ? { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
    : { uri: pathToFileURL(absolute).href };
  return { artifactLocation, region: { startLine: Math.max(1, Math.trunc(source.line)) } };
}
