import { isLoopbackHost } from '../../util/values';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';
import { urisOf } from './uris';

/** EO-URI-001: redirect and sign-out URIs use https (loopback and native-app schemes excepted). */
export const httpsUris: Rule = {
  id: 'EO-URI-001',
  severity: 'error',
  title: 'Redirect and sign-out URIs use https',
  explanation:
    'An authorization code or token sent to an http redirect URI crosses the network in clear text and can be ' +
    'stolen and redeemed. Only loopback hosts (`localhost`, `127.0.0.1`, `[::1]`) may use http (RFC 8252), and ' +
    'native or external apps may use a private-use scheme such as `com.example.app:/callback`. Fix: use https.',
  see: ['https://www.rfc-editor.org/rfc/rfc9700#section-2.1', 'https://www.rfc-editor.org/rfc/rfc8252#section-7.3'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      for (const { field, uri } of urisOf(client)) {
        if (uri !== undefined && isApplyTimeValue(uri) && /^https:\/\//i.test(uri)) continue; // the scheme is literal
        if (uri === undefined || isApplyTimeValue(uri)) {
          out.push(unevaluable(client.path, `${field} ${show(uri ?? 'list')} is an apply-time value`));
          continue;
        }
        const problem = problemOf(uri, client.kind === 'native' || client.kind === 'external');
        if (problem)
          out.push(
            violation(
              client.path,
              `${client.path} ${field} is ${show(uri)}, ${problem}. Fix: register an https URI (http only for localhost / 127.0.0.1 / [::1]).`,
            ),
          );
      }
    }
    return out;
  },
};

function problemOf(uri: string, allowCustomScheme: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(uri.replace(/\*/g, 'wildcard'));
  } catch {
    return 'which is not an absolute URI';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:')
    return isLoopbackHost(url.hostname) ? undefined : 'which sends codes and tokens over plain http to a non-loopback host';
  if (allowCustomScheme && /^[a-z][a-z0-9+.-]*\.[a-z0-9+.-]+:$/.test(url.protocol)) return undefined;
  return `whose scheme ${show(url.protocol)} is neither https nor a reverse-domain private-use scheme`;
}
