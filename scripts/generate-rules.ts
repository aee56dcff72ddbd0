/**
 * Writes RULES.md from the rule files: `npm run rules`.
 * `--check` exits 1 when RULES.md is stale instead of writing it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { renderRulesMarkdown } from '../lib/checks/rules-doc';

const file = path.join(__dirname, '..', 'RULES.md');
const text = renderRulesMarkdown();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    process.stderr.write('RULES.md is stale: run `npm run rules`\n');
    process.exit(1);
  }
} else {
  fs.writeFileSync(file, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
