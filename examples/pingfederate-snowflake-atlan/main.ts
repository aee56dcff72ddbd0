/** Runnable program: `npx cdktf synth` in this folder, or `npx tsx main.ts`. */
import { App } from 'cdktf';
import { PingFederateSnowflakeAtlanStack } from './stack';

const app = new App();
new PingFederateSnowflakeAtlanStack(app, 'pingfederate-snowflake-atlan');
app.synth();
