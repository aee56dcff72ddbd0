import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { round, show } from '../values';
import { secretLifetime } from './secrets';

/** A secret with this many days left, or fewer, is flagged. */
export const EXPIRY_WARNING_DAYS = 30;

/** EO-SECRET-002: client secrets are not about to expire. */
export const secretExpiringSoon: Rule = {
  id: 'EO-SECRET-002',
  severity: 'warning',
  title: 'Client secrets do not expire within 30 days',
  explanation:
    'When a client secret expires, every token request of that client fails (`AADSTS7000222`) and the pipeline ' +
    'that uses it stops. A fixed end date within 30 days of the synth time (or already past) needs a rotation now. ' +
    'Fix: move the end date, or rotate with `time_rotating` and a relative end date.',
  see: ['https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      if (!client.secret?.endDate) continue;
      const life = secretLifetime(client.secret, ctx.now);
      if (life.kind === 'unresolved')
        out.push(unevaluable(client.path, `the client secret's end date ${show(life.value)} is an apply-time value`));
      if (life.kind !== 'days' || life.days > EXPIRY_WARNING_DAYS) continue;
      const when = life.days < 0 ? `expired ${round(-life.days)} days ago` : `expires in ${round(life.days)} days`;
      out.push(
        violation(
          client.path,
          `${client.path} client secret ${when} (${life.from}, synth time ${ctx.now.toISOString()}), within ${EXPIRY_WARNING_DAYS} days. Fix: rotate the secret and move its end date.`,
        ),
      );
    }
    return out;
  },
};
