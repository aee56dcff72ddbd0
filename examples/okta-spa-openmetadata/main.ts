/** Runnable program: `npx cdktf synth` in this folder, or `npx tsx main.ts`. */
import { App, Aspects } from '../../lib/framework';
import { ExternalOAuthChecks } from '../../lib/checks/aspect';
import { OktaSpaOpenMetadataStack } from './stack';

const app = new App();
Aspects.of(app).add(new ExternalOAuthChecks());
new OktaSpaOpenMetadataStack(app, 'okta-spa-openmetadata');
app.synth();
