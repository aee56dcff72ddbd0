/** Runnable program: `npx cdktf synth` in this folder, or `npx tsx main.ts`. */
import { App } from 'cdktf';
import { EntraRedshiftDbtStack } from './stack';

const app = new App();
new EntraRedshiftDbtStack(app, 'entra-redshift-dbt');
app.synth();
