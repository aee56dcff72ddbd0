/** Runnable program: `npx cdktf synth` in this folder, or `npx tsx main.ts`. */
import { ExternalOAuthChecks } from 'cdktf-external-oauth';
import { App, Aspects } from 'cdktf-external-oauth/framework';

import { EntraRedshiftDbtStack } from './stack';

const app = new App();
Aspects.of(app).add(new ExternalOAuthChecks());
new EntraRedshiftDbtStack(app, 'entra-redshift-dbt');
app.synth();
