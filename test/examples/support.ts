/**
 * Shared helpers of the example tests: the example stacks by name, a checked App writing to a
 * temporary outdir (the `Testing.app()` style, cleaned by the caller), and readers of what synth
 * wrote (`cdk.tf.json`, `external-oauth.json`).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { AlationEntraApiStack, type AlationSettings } from '../../examples/alation-entra-api/stack';
import { type EntraRedshiftDbtSettings, EntraRedshiftDbtStack } from '../../examples/entra-redshift-dbt/stack';
import { type OktaDatabricksDbtSettings, OktaDatabricksDbtStack } from '../../examples/okta-databricks-dbt/stack';
import { type AtaccamaSettings, OktaKeycloakAtaccamaStack } from '../../examples/okta-keycloak-ataccama/stack';
import { type OktaSnowflakeDbtSettings, OktaSnowflakeDbtStack } from '../../examples/okta-snowflake-dbt/stack';
import { OktaSpaOpenMetadataStack, type OpenMetadataSettings } from '../../examples/okta-spa-openmetadata/stack';
import { type AtlanSettings, PingFederateSnowflakeAtlanStack } from '../../examples/pingfederate-snowflake-atlan/stack';
import { ExternalOAuthChecks } from '../../lib/checks/aspect';
import { App, Aspects } from '../../lib/framework';
import { readManifest } from '../../lib/manifest/read';
import { MANIFEST_FILE_NAME, type TrustManifest } from '../../lib/manifest/types';

/** The frozen synth clock (time-based rules: secret expiry). */
export const NOW = new Date('2026-11-15T12:00:00.000Z');

/** The example GUID tenant of the Entra examples (their documented default). */
export const TENANT = '00000000-0000-4000-8000-000000000000';

/** Each example as a stack with its folder name as id, exactly as `stacks/main.ts` declares it. */
export const example = {
  alation: (app: App, settings?: AlationSettings) => new AlationEntraApiStack(app, 'alation-entra-api', settings),
  oktaSnowflakeDbt: (app: App, settings?: OktaSnowflakeDbtSettings) => new OktaSnowflakeDbtStack(app, 'okta-snowflake-dbt', settings),
  entraRedshiftDbt: (app: App, settings?: EntraRedshiftDbtSettings) => new EntraRedshiftDbtStack(app, 'entra-redshift-dbt', settings),
  atlan: (app: App, settings?: AtlanSettings) => new PingFederateSnowflakeAtlanStack(app, 'pingfederate-snowflake-atlan', settings),
  ataccama: (app: App, settings?: AtaccamaSettings) => new OktaKeycloakAtaccamaStack(app, 'okta-keycloak-ataccama', settings),
  openMetadata: (app: App, settings?: OpenMetadataSettings) => new OktaSpaOpenMetadataStack(app, 'okta-spa-openmetadata', settings),
  oktaDatabricksDbt: (app: App, settings?: OktaDatabricksDbtSettings) => new OktaDatabricksDbtStack(app, 'okta-databricks-dbt', settings),
} as const;

/** The example folder names (= stack ids). */
export type ExampleName =
  | 'alation-entra-api'
  | 'okta-snowflake-dbt'
  | 'entra-redshift-dbt'
  | 'pingfederate-snowflake-atlan'
  | 'okta-keycloak-ataccama'
  | 'okta-spa-openmetadata'
  | 'okta-databricks-dbt';

/** Builds the named example with its default settings. */
export const EXAMPLES: Readonly<Record<ExampleName, (app: App) => unknown>> = {
  'alation-entra-api': (app) => example.alation(app),
  'okta-snowflake-dbt': (app) => example.oktaSnowflakeDbt(app),
  'entra-redshift-dbt': (app) => example.entraRedshiftDbt(app),
  'pingfederate-snowflake-atlan': (app) => example.atlan(app),
  'okta-keycloak-ataccama': (app) => example.ataccama(app),
  'okta-spa-openmetadata': (app) => example.openMetadata(app),
  'okta-databricks-dbt': (app) => example.oktaDatabricksDbt(app),
};

export const EXAMPLE_NAMES = Object.keys(EXAMPLES) as ExampleName[];

/** Temporary outdirs made by {@link tmpOutdir}, removed by {@link cleanOutdirs}. */
const made: string[] = [];

/** A fresh temporary outdir. */
export function tmpOutdir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-examples-'));
  made.push(dir);
  return dir;
}

/** Removes every outdir made so far (call in `afterEach` / `afterAll`). */
export function cleanOutdirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** An App writing to a fresh temporary outdir, with the checks on and the clock frozen at {@link NOW}. */
export function checkedApp(now: Date = NOW): App {
  const app = new App({ outdir: tmpOutdir() });
  Aspects.of(app).add(new ExternalOAuthChecks({ now }));
  return app;
}

/** `<outdir>/stacks/<stack>/external-oauth.json`. */
export function manifestFile(app: App, stack: string): string {
  return path.join(app.outdir, 'stacks', stack, MANIFEST_FILE_NAME);
}

/** The raw JSON of a stack's manifest (not schema-checked). */
export function rawManifestOf(app: App, stack: string): unknown {
  return JSON.parse(fs.readFileSync(manifestFile(app, stack), 'utf8'));
}

/** A stack's manifest, read and schema-checked like the CLI does. */
export function manifestOf(app: App, stack: string): TrustManifest {
  return readManifest(manifestFile(app, stack));
}

/** The synthesized Terraform JSON of a stack. */
export interface TerraformJson {
  readonly terraform?: { readonly required_providers?: Record<string, { source?: string; version?: string }> };
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, { value: unknown }>;
  /** Terraform `import` blocks (cdktf `importFrom`). */
  readonly import?: { readonly id: string; readonly to: string; readonly provider?: string }[];
}

/** `<outdir>/stacks/<stack>/cdk.tf.json`, parsed. */
export function terraformOf(app: App, stack: string): TerraformJson {
  return JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')) as TerraformJson;
}

/** The resources of one type, by logical id (empty when none). */
export function resourcesOf(tf: TerraformJson, type: string): Record<string, Record<string, unknown>> {
  return tf.resource?.[type] ?? {};
}

/** The one resource of `type`, with its logical id; fails when there is not exactly one. */
export function onlyResource(tf: TerraformJson, type: string): { id: string; config: Record<string, unknown> } {
  const entries = Object.entries(resourcesOf(tf, type));
  if (entries.length !== 1)
    throw new Error(`expected exactly one ${type}, found ${entries.length}: ${entries.map(([id]) => id).join(', ')}`);
  return { id: entries[0][0], config: entries[0][1] };
}

/** RFC 3339 without milliseconds, `days` after {@link NOW}. */
export function daysAfterNow(days: number): string {
  return new Date(NOW.getTime() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
