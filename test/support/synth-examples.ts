/**
 * Synthesizes the six example stacks (the same stacks as `stacks/main.ts`, with the checks on and
 * a frozen clock) into a given outdir, either unchanged or as a changed copy: the head side of a
 * `review --base` test.
 *
 * A changed copy keeps the examples' own code and changes it from the outside, three ways:
 * - `settings`: values merged over an example's settings reader (what an operator changes);
 * - `props`: edits of the props of a construct the example declares, by construct path, applied
 *   while the stacks are built (what a pull request editing `examples/<name>/stack.ts` changes);
 * - `after`: calls on the built stacks before synth (extra constructs, `addAudience`, ...).
 * An edit whose construct path is never built fails the synth, so a renamed example construct
 * cannot silently turn a changed copy into an unchanged one.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { Construct } from 'constructs';

import { AlationEntraApiStack, type AlationSettings, alationSettings } from '../../examples/alation-entra-api/stack';
import { type EntraRedshiftDbtSettings, entraRedshiftDbtSettings, EntraRedshiftDbtStack } from '../../examples/entra-redshift-dbt/stack';
import { type AtaccamaSettings, ataccamaSettings, OktaKeycloakAtaccamaStack } from '../../examples/okta-keycloak-ataccama/stack';
import { type OktaSnowflakeDbtSettings, oktaSnowflakeDbtSettings, OktaSnowflakeDbtStack } from '../../examples/okta-snowflake-dbt/stack';
import { OktaSpaOpenMetadataStack, type OpenMetadataSettings, openMetadataSettings } from '../../examples/okta-spa-openmetadata/stack';
import { type AtlanSettings, atlanSettings, PingFederateSnowflakeAtlanStack } from '../../examples/pingfederate-snowflake-atlan/stack';
import { ExternalOAuthChecks } from '../../lib/checks/aspect';
import * as entraClientAppModule from '../../lib/entra/entra-client-app';
import * as entraProtectedApiModule from '../../lib/entra/entra-protected-api';
import * as externalClientModule from '../../lib/external/external-client';
import * as externalIssuerModule from '../../lib/external/external-issuer';
import * as keycloakBrokerModule from '../../lib/external/keycloak-broker';
import { App, Aspects } from '../../lib/framework';
import { childId } from '../../lib/okta/internal';
import { OktaAccessPolicy, type OktaAccessPolicyRuleOptions } from '../../lib/okta/okta-access-policy';
import * as oktaAuthorizationServerModule from '../../lib/okta/okta-authorization-server';
import * as oktaOidcAppModule from '../../lib/okta/okta-oidc-app';
import * as apiValidationProfileModule from '../../lib/profile/api-validation-profile';
import * as redshiftTrustedTokenIssuerModule from '../../lib/redshift/redshift-trusted-token-issuer';
import * as snowflakeExternalOAuthModule from '../../lib/snowflake/snowflake-external-oauth';

/** The frozen synth clock (secret-expiry rules). */
export const SYNTH_NOW = new Date('2026-11-15T12:00:00.000Z');

/** Each example's stack, by its folder name (= stack id, as in `stacks/main.ts`). */
export interface ExampleStacks {
  readonly 'alation-entra-api': AlationEntraApiStack;
  readonly 'okta-snowflake-dbt': OktaSnowflakeDbtStack;
  readonly 'entra-redshift-dbt': EntraRedshiftDbtStack;
  readonly 'pingfederate-snowflake-atlan': PingFederateSnowflakeAtlanStack;
  readonly 'okta-keycloak-ataccama': OktaKeycloakAtaccamaStack;
  readonly 'okta-spa-openmetadata': OktaSpaOpenMetadataStack;
}

/** An example folder name. */
export type ExampleName = keyof ExampleStacks;

/** Each example's settings type. */
export interface ExampleSettings {
  readonly 'alation-entra-api': AlationSettings;
  readonly 'okta-snowflake-dbt': OktaSnowflakeDbtSettings;
  readonly 'entra-redshift-dbt': EntraRedshiftDbtSettings;
  readonly 'pingfederate-snowflake-atlan': AtlanSettings;
  readonly 'okta-keycloak-ataccama': AtaccamaSettings;
  readonly 'okta-spa-openmetadata': OpenMetadataSettings;
}

/** The six examples in `stacks/main.ts` order. */
export const EXAMPLE_NAMES: readonly ExampleName[] = [
  'alation-entra-api',
  'okta-snowflake-dbt',
  'entra-redshift-dbt',
  'pingfederate-snowflake-atlan',
  'okta-keycloak-ataccama',
  'okta-spa-openmetadata',
];

/** An edit of one construct's props: gets the props the example passes, returns the ones to use. */
export type PropsEdit = (props: never) => unknown;

/** A typed {@link PropsEdit}: `editProps<OktaAuthorizationServerProps>((p) => ({ ...p, audiences: [...] }))`. */
export function editProps<P>(edit: (props: P) => P): PropsEdit {
  return edit as PropsEdit;
}

/** How the head copy differs from the examples (all optional; none = the unchanged examples). */
export interface ExamplesChange {
  /** Settings merged over an example's settings reader. */
  readonly settings?: { readonly [K in ExampleName]?: Partial<ExampleSettings[K]> };
  /**
   * Props edits by the construct path of the construct the example declares
   * (`okta-snowflake-dbt/AuthServer`, or an Okta policy rule's path
   * `okta-snowflake-dbt/AuthServer/Policy_dbt-cloud/Rule_developers`).
   */
  readonly props?: Readonly<Record<string, PropsEdit>>;
  /** Calls on the built stacks before synth. */
  readonly after?: (stacks: ExampleStacks) => void;
}

/** What {@link synthExamples} built. */
export interface SynthesizedExamples {
  readonly app: App;
  readonly stacks: ExampleStacks;
  /** `<outdir>/stacks/<name>`. */
  stackDir(name: ExampleName): string;
}

/**
 * Builds `App({ outdir })` with `ExternalOAuthChecks({ now: SYNTH_NOW })`, the six example stacks
 * (changed as `change` says) and synthesizes it. Throws what synth throws (check errors abort it).
 */
export function synthExamples(outdir: string, change: ExamplesChange = {}): SynthesizedExamples {
  const app = new App({ outdir });
  Aspects.of(app).add(new ExternalOAuthChecks({ now: SYNTH_NOW }));
  const s = change.settings ?? {};
  const stacks = withPropsEdits(change.props ?? {}, (): ExampleStacks => ({
    'alation-entra-api': new AlationEntraApiStack(app, 'alation-entra-api', { ...alationSettings(), ...s['alation-entra-api'] }),
    'okta-snowflake-dbt': new OktaSnowflakeDbtStack(app, 'okta-snowflake-dbt', {
      ...oktaSnowflakeDbtSettings(),
      ...s['okta-snowflake-dbt'],
    }),
    'entra-redshift-dbt': new EntraRedshiftDbtStack(app, 'entra-redshift-dbt', {
      ...entraRedshiftDbtSettings(),
      ...s['entra-redshift-dbt'],
    }),
    'pingfederate-snowflake-atlan': new PingFederateSnowflakeAtlanStack(app, 'pingfederate-snowflake-atlan', {
      ...atlanSettings(),
      ...s['pingfederate-snowflake-atlan'],
    }),
    'okta-keycloak-ataccama': new OktaKeycloakAtaccamaStack(app, 'okta-keycloak-ataccama', {
      ...ataccamaSettings(),
      ...s['okta-keycloak-ataccama'],
    }),
    'okta-spa-openmetadata': new OktaSpaOpenMetadataStack(app, 'okta-spa-openmetadata', {
      ...openMetadataSettings(),
      ...s['okta-spa-openmetadata'],
    }),
  }));
  change.after?.(stacks);
  app.synth();
  return { app, stacks, stackDir: (name) => path.join(app.outdir, 'stacks', name) };
}

/** A fresh temporary directory; remove it with {@link removeDir}. */
export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `eo-${prefix}-`));
}

/** Removes a directory made by {@link tmpDir}. */
export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

type AnyClass = abstract new (...args: never[]) => unknown;

/** The construct classes the examples instantiate, as the module objects the examples read them from. */
const EDITABLE_CLASSES: ReadonlyArray<readonly [Record<string, unknown>, string]> = [
  [oktaAuthorizationServerModule, 'OktaAuthorizationServer'],
  [oktaOidcAppModule, 'OktaOidcApp'],
  [entraProtectedApiModule, 'EntraProtectedApi'],
  [entraClientAppModule, 'EntraClientApp'],
  [externalIssuerModule, 'ExternalIssuer'],
  [externalClientModule, 'ExternalClient'],
  [keycloakBrokerModule, 'KeycloakBroker'],
  [apiValidationProfileModule, 'ApiValidationProfile'],
  [redshiftTrustedTokenIssuerModule, 'RedshiftTrustedTokenIssuer'],
  [snowflakeExternalOAuthModule, 'SnowflakeExternalOAuth'],
];

/**
 * Runs `build` while `new X(scope, id, props)` of the classes above (and
 * `SnowflakeExternalOAuth.extendExisting`, `OktaAccessPolicy#addRule`) get `edits[path](props)`
 * for the construct path being created. Everything is restored afterwards.
 */
function withPropsEdits<T>(edits: Readonly<Record<string, PropsEdit>>, build: () => T): T {
  const pending = new Set(Object.keys(edits));
  if (pending.size === 0) return build();
  const edited = (at: string, props: unknown): unknown => {
    const edit = edits[at] as ((p: unknown) => unknown) | undefined;
    if (!edit) return props;
    pending.delete(at);
    return edit(props);
  };
  const pathOf = (scope: Construct, id: string) => `${scope.node.path}/${id}`;
  const restore: Array<() => void> = [];
  const replace = <O extends object, K extends keyof O>(owner: O, key: K, value: O[K]): void => {
    const original = owner[key];
    owner[key] = value;
    if (owner[key] !== value) throw new Error(`synthExamples: cannot replace ${String(key)} to apply props edits`);
    restore.push(() => (owner[key] = original));
  };
  try {
    // The examples compile to CommonJS and read each class from its module object at `new` time.
    for (const [mod, name] of EDITABLE_CLASSES) {
      const original = mod[name] as AnyClass;
      const proxy = new Proxy(original, {
        construct: (target, args: unknown[], newTarget) => {
          const [scope, id, props, ...rest] = args as [Construct, string, unknown, ...unknown[]];
          return Reflect.construct(target, [scope, id, edited(pathOf(scope, id), props), ...rest], newTarget) as object;
        },
      });
      replace(mod, name, proxy);
    }
    const snowflake = snowflakeExternalOAuthModule.SnowflakeExternalOAuth;
    const extendExisting = snowflake.extendExisting;
    replace(snowflake, 'extendExisting', (scope, id, props) =>
      extendExisting.call(snowflake, scope, id, edited(pathOf(scope, id), props) as typeof props),
    );
    const addRule = OktaAccessPolicy.prototype.addRule;
    replace(OktaAccessPolicy.prototype, 'addRule', function (this: OktaAccessPolicy, options: OktaAccessPolicyRuleOptions) {
      return addRule.call(this, edited(pathOf(this, childId('Rule', options.name)), options) as OktaAccessPolicyRuleOptions);
    });
    const built = build();
    if (pending.size > 0)
      throw new Error(`synthExamples: props edits for construct paths that were never built: ${[...pending].join(', ')}`);
    return built;
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}
