import type { Locale } from '../../core/locale.js';
import { countDiagnostics, oneLine, plural, severityLabel, showControls, type FileReport } from './report.js';

/**
 * Escapes text for XML content and attributes: control characters shown
 * as `\u001b`-style text, characters XML 1.0 cannot hold otherwise dropped.
 *
 * @example
 * ```ts
 * escapeXml('a < b & c'); // 'a &lt; b &amp; c'
 * escapeXml('a\u001bb'); // 'a\\u001bb'
 * ```
 */
export function escapeXml(text: string): string {
  // Control characters shown as text (XML 1.0 cannot hold most of them, and a CI log showing the
  // report would act on the rest); what is still not XML (lone surrogates, U+FFFE) is dropped.
  return showControls(text, true)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Options of {@link formatJunit}.
 *
 * @example
 * ```ts
 * const options: JunitOptions = { warningLimit: { max: 0, exceeded: true, message: 'curricula found too many warnings (3; maximum: 0)' }, locale: 'de' };
 * ```
 */
export interface JunitOptions {
  /** The language of the words the report puts around the findings' messages ("1 error", "warning"); default English. */
  locale?: Locale | undefined;
  /**
   * `--max-warnings` (or the config's `maxWarnings`), when one is set: a
   * test case of its own, failed when the limit is exceeded, so that a
   * dashboard reading the report agrees with the exit code.
   */
  warningLimit?: { max: number; exceeded: boolean; message: string } | undefined;
}

/**
 * JUnit XML for CI test reporters: one test suite, one test case per file,
 * one failure per file with errors listing them. Warnings and infos go to
 * the case's `system-out`, so they are visible without failing it. With a
 * warnings limit, a test case `max-warnings` fails when the run exits 1
 * for too many warnings.
 *
 * The report validates against the Jenkins xunit plugin's JUnit schema
 * (junit-10.xsd; tests/cli/junit-schema.test.ts): a `testcase` has only
 * `name`, `classname`, `time` and `group`, so the file is the case's name
 * and the suite carries nothing a schema does not allow.
 *
 * @example
 * ```ts
 * import { formatJunit } from './junit.js';
 * formatJunit([{ file: 'a.yaml', diagnostics: [] }]);
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="curricula" tests="1" failures="0" …'
 * ```
 */
export function formatJunit(reports: readonly FileReport[], options: JunitOptions = {}): string {
  const limit = options.warningLimit;
  const locale = options.locale ?? 'en';
  const tests = reports.length + (limit ? 1 : 0);
  const failed = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length + (limit?.exceeded ? 1 : 0);
  const line = (r: FileReport, d: FileReport['diagnostics'][number]) =>
    `${r.file}:${d.line}:${d.column}: ${severityLabel(d.severity, locale)}: ${oneLine(d.message)} [${d.code}]`;
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<testsuites name="curricula" tests="${tests}" failures="${failed}" errors="0">\n`;
  out += `  <testsuite name="curricula" tests="${tests}" failures="${failed}" errors="0" skipped="0">\n`;
  for (const r of reports) {
    const name = escapeXml(r.file);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    const others = r.diagnostics.filter((d) => d.severity !== 'error');
    if (errors.length === 0 && others.length === 0) {
      out += `    <testcase classname="curricula" name="${name}"/>\n`;
      continue;
    }
    out += `    <testcase classname="curricula" name="${name}">\n`;
    if (errors.length > 0) {
      const counts = countDiagnostics([{ file: r.file, diagnostics: errors }]);
      const message = `${plural(counts.errors, 'error', locale)}: ${oneLine(errors[0]!.message)}`;
      out += `      <failure type="error" message="${escapeXml(message)}">${escapeXml(errors.map((d) => line(r, d)).join('\n'))}</failure>\n`;
    }
    if (others.length > 0) {
      out += `      <system-out>${escapeXml(others.map((d) => line(r, d)).join('\n'))}</system-out>\n`;
    }
    out += '    </testcase>\n';
  }
  if (limit) {
    if (!limit.exceeded) out += '    <testcase classname="curricula" name="max-warnings"/>\n';
    else {
      const warnings = reports.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'warning').map((d) => line(r, d)));
      out += '    <testcase classname="curricula" name="max-warnings">\n';
      out += `      <failure type="max-warnings" message="${escapeXml(limit.message)}">${escapeXml(warnings.join('\n'))}</failure>\n`;
      out += '    </testcase>\n';
    }
  }
  out += '  </testsuite>\n</testsuites>\n';
  return out;
}
