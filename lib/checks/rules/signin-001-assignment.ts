import { describeClient, flowsOfClient } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';

/** EO-SIGNIN-001: every client that signs users in has someone assigned. */
export const clientAssignment: Rule = {
  id: 'EO-SIGNIN-001',
  severity: 'error',
  title: 'A client that signs users in has someone assigned',
  explanation:
    'Okta lets a user sign in to an app only when the user is assigned to it, directly or through a group; ' +
    'everyone else is sent back with `access_denied` ("User is not assigned to the client application"), so an ' +
    'app with nobody assigned fails at the first sign-in although every token setting is right. Entra ID does the ' +
    'same (AADSTS50105) when the service principal requires assignment. Fix: assign the groups or users who sign ' +
    'in (`assignment: ClientAssignment.groups([...])`), or open the app to every user of the org with a reason ' +
    '(`ClientAssignment.everyone(reason)`). For a client registered at an IdP outside this program, declare its ' +
    'assignment so that review and the simulation can show it.',
  see: [
    'https://help.okta.com/en-us/content/topics/apps/apps-assign-applications.htm',
    'https://learn.microsoft.com/en-us/entra/identity-platform/howto-restrict-your-app-to-a-set-of-users',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      if (!flowsOfClient(client).includes('user')) continue;
      const mode = client.assignment?.mode;
      if (mode === 'none') {
        out.push(
          violation(
            client.path,
            `${describeClient(client)} signs users in, but nobody is assigned to it: the IdP refuses every sign-in ("User is not assigned to the client application"). Fix: assign the groups or users who sign in (assignment: ClientAssignment.groups([...])), or ClientAssignment.everyone(reason).`,
          ),
        );
      } else if (mode === undefined || mode === 'external') {
        out.push(
          unevaluable(
            client.path,
            `who may sign in to ${describeClient(client)} is decided at its IdP and not declared (declare assignment)`,
          ),
        );
      }
    }
    return out;
  },
};
