/**
 * `external-oauth review [DIR] [--base DIR] [--format markdown|json] [--out FILE]`.
 */
import { buildReviewReport } from '../../review/report';
import { renderReviewMarkdown } from '../../review/render-markdown';
import type { CliIo } from '../io';
import { EXIT } from '../io';
import { loadManifests } from '../load-manifests';
import { jsonText, writeOutput } from '../write-output';

/** Options of `review`. */
export interface ReviewOptions {
  readonly dir?: string;
  readonly base?: string;
  readonly format: 'markdown' | 'json';
  readonly out?: string;
}

/** Runs `review`; exits 0 whenever the review was written (findings are for `check`). */
export function runReview(options: ReviewOptions, io: CliIo): number {
  const head = loadManifests(options.dir ?? '.', io.cwd).map((m) => m.manifest);
  const base = options.base === undefined ? undefined : loadManifests(options.base, io.cwd, { what: '--base', allowEmpty: true }).map((m) => m.manifest);
  if (base && base.length === 0) io.stderr.write(`note: no manifest under --base ${options.base}: every declared item is reported as new\n`);
  const report = buildReviewReport(head, base);
  writeOutput(options.format === 'json' ? jsonText(report) : renderReviewMarkdown(report), io, options.out);
  return EXIT.OK;
}
