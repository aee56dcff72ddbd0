/** Runnable program: `npx cdktf synth` in this folder, or `npx tsx main.ts`. */
import { App } from 'cdktf';
import { OktaKeycloakAtaccamaStack } from './stack';

const app = new App();
new OktaKeycloakAtaccamaStack(app, 'okta-keycloak-ataccama');
app.synth();
