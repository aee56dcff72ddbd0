/** Runnable program: `npx cdktf synth` in this folder, or `npx tsx main.ts`. */
import { App } from 'cdktf';
import { OktaSnowflakeDbtStack } from './stack';

const app = new App();
new OktaSnowflakeDbtStack(app, 'okta-snowflake-dbt');
app.synth();
