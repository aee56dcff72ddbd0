/** Runnable program: `npx cdktf synth` in this folder, or `npx tsx main.ts`. */
import { App } from 'cdktf';
import { OktaSpaOpenMetadataStack } from './stack';

const app = new App();
new OktaSpaOpenMetadataStack(app, 'okta-spa-openmetadata');
app.synth();
