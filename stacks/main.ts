/**
 * The app that `npm start` and `npx cdktf synth` run: every example scenario as a stack, with
 * the external-oauth checks on. Prints, per stack, the Terraform JSON path, the trust manifest
 * path and a one-screen summary of the trusts it declares.
 */
import * as path from 'node:path';

import { AlationEntraApiStack } from '../examples/alation-entra-api/stack';
import { EntraRedshiftDbtStack } from '../examples/entra-redshift-dbt/stack';
import { OktaDatabricksDbtStack } from '../examples/okta-databricks-dbt/stack';
import { OktaKeycloakAtaccamaStack } from '../examples/okta-keycloak-ataccama/stack';
import { OktaSnowflakeDbtStack } from '../examples/okta-snowflake-dbt/stack';
import { OktaSpaOpenMetadataStack } from '../examples/okta-spa-openmetadata/stack';
import { PingFederateSnowflakeAtlanStack } from '../examples/pingfederate-snowflake-atlan/stack';
import { ExternalOAuthChecks } from '../lib/checks/aspect';
import { App, Aspects } from '../lib/framework';
import { readManifest } from '../lib/manifest/read';
import { MANIFEST_FILE_NAME } from '../lib/manifest/types';
import { exitOnConfigError } from './run-app';
import { summarizeStack } from './summary';

exitOnConfigError();

const app = new App();
Aspects.of(app).add(new ExternalOAuthChecks());
const stacks = [
  new AlationEntraApiStack(app, 'alation-entra-api'),
  new OktaSnowflakeDbtStack(app, 'okta-snowflake-dbt'),
  new EntraRedshiftDbtStack(app, 'entra-redshift-dbt'),
  new PingFederateSnowflakeAtlanStack(app, 'pingfederate-snowflake-atlan'),
  new OktaKeycloakAtaccamaStack(app, 'okta-keycloak-ataccama'),
  new OktaSpaOpenMetadataStack(app, 'okta-spa-openmetadata'),
  new OktaDatabricksDbtStack(app, 'okta-databricks-dbt'),
];
app.synth();

const lines: string[] = [];
for (const stack of stacks) {
  const dir = path.relative(process.cwd(), path.join(app.outdir, 'stacks', stack.node.id));
  const manifestFile = path.join(dir, MANIFEST_FILE_NAME);
  lines.push(...summarizeStack(readManifest(manifestFile), { terraform: path.join(dir, 'cdk.tf.json'), manifest: manifestFile }), '');
}
process.stdout.write(lines.join('\n'));
