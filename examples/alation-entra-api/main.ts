/** Runnable program: `npx cdktf synth` in this folder, or `npx tsx main.ts`. */
import { App } from 'cdktf';
import { AlationEntraApiStack } from './stack';

const app = new App();
new AlationEntraApiStack(app, 'alation-entra-api');
app.synth();
