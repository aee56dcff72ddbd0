/** Runnable program: `npx cdktf synth` in this folder, or `npx tsx main.ts`. */
import { App, Aspects } from '../../lib/framework';
import { ExternalOAuthChecks } from '../../lib/checks/aspect';
import { OktaKeycloakAtaccamaStack } from './stack';

const app = new App();
Aspects.of(app).add(new ExternalOAuthChecks());
new OktaKeycloakAtaccamaStack(app, 'okta-keycloak-ataccama');
app.synth();
