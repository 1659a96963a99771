import type { Locale } from '../../core/locale.js';
import { colors } from '../colors.js';
import { cliText } from '../errors.js';
import { countDiagnostics, oneLine, plural, severityLabel, showControls, splitHint, wrapText, type FileReport } from './report.js';

/** Long hints are wrapped to this width below their finding, so a terminal shows them whole. */
const HINT_WIDTH = 76;
/**
 * Messages are padded to align the codes after them, but only up to this
 * width: one very long message must not pad every other line of the report
 * to its length (50,000 findings and one of 300,000 characters would be 15 GB).
 */
const MAX_ALIGN = 100;

/** The line without the spaces at its end (a linear scan; `/ +$/` retries a long run of spaces from each one). */
function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * Options of {@link formatStylish}.
 *
 * @example
 * ```ts
 * const options: StylishOptions = { color: false, locale: 'de' };
 * ```
 */
export interface StylishOptions {
  color?: boolean;
  locale?: Locale;
  /**
   * How many files were checked: the report then ends with what was
   * checked, "12 files checked: 1 error, 2 warnings", or on success "12
   * files checked, no problems" (`curricula validate`). Without it, only a
   * report with problems ends with their count.
   */
  checked?: number | undefined;
}

/**
 * The default, human format, as ESLint's "stylish": findings grouped by
 * file, one aligned line each (`line:column  severity  message  code`), then
 * a summary such as "✖ 3 problems (2 errors, 1 warning)", or with
 * `checked` what was checked ("✖ 12 files checked: 2 errors, 1 warning";
 * "✔ 12 files checked, no problems"). Without `checked`, prints nothing
 * when there is nothing to report.
 *
 * @example
 * ```ts
 * import { formatStylish } from './stylish.js';
 * formatStylish([{ file: 'a.yaml', diagnostics: [d] }], { color: false });
 * // "\na.yaml\n  3:5  error  Unknown key 'titel'  schema/unknown-key\n\n✖ 1 problem (1 error, 0 warnings)\n"
 * ```
 */
export function formatStylish(reports: readonly FileReport[], options: StylishOptions = {}): string {
  const c = colors(options.color ?? false);
  const locale = options.locale ?? 'en';
  let out = '';
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    // Everything from the documents or the file system is shown with its control characters as text.
    const rows = report.diagnostics.map((d) => {
      const { inline, below } = splitHint(d);
      return [`${d.line}:${d.column}`, d.severity, severityLabel(d.severity, locale), showControls(oneLine(inline)), showControls(d.code), below] as const;
    });
    // Widths from a loop: Math.max(...rows) throws past about 100,000 findings.
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    for (const r of rows) {
      w0 = Math.max(w0, r[0].length);
      w1 = Math.max(w1, r[2].length);
      w2 = Math.max(w2, Math.min(MAX_ALIGN, r[3].length));
    }
    out += `\n${c.underline(showControls(report.file))}\n`;
    for (const [place, severity, label, text, code, below] of rows) {
      const paint = severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.blue;
      out += `${trimSpacesEnd(`  ${c.dim(place.padEnd(w0))}  ${paint(label.padEnd(w1))}  ${text.padEnd(w2)}  ${c.dim(code)}`)}\n`;
      // Under the message column, so the hint reads as part of its finding.
      const indent = ' '.repeat(2 + w0 + 2 + w1 + 2);
      if (below !== undefined) for (const line of wrapText(below, HINT_WIDTH)) out += `${indent}${showControls(line)}\n`;
    }
  }
  const { errors, warnings, infos } = countDiagnostics(reports);
  const problems = errors + warnings;
  if (options.checked !== undefined) return out + checkedLine(options.checked, { errors, warnings, infos }, locale, c, out !== '');
  if (problems > 0) {
    const summary = `✖ ${plural(problems, 'problem', locale)} (${plural(errors, 'error', locale)}, ${plural(warnings, 'warning', locale)})`;
    out += `\n${(errors > 0 ? c.red : c.yellow)(c.bold(summary))}`;
    if (infos > 0) out += c.dim(`, ${plural(infos, 'info', locale)}`);
    out += '\n';
  } else if (infos > 0) {
    out += `\n${c.blue(`ℹ ${plural(infos, 'info', locale)}`)}\n`;
  }
  return out;
}

/** "✖ 12 files checked: 1 error, 2 warnings" or "✔ 12 files checked, no problems", after a blank line when findings precede it. */
function checkedLine(files: number, counts: { errors: number; warnings: number; infos: number }, locale: Locale, c: ReturnType<typeof colors>, afterFindings: boolean): string {
  const data = {
    files: plural(files, 'file', locale),
    errors: plural(counts.errors, 'error', locale),
    warnings: plural(counts.warnings, 'warning', locale),
    infos: plural(counts.infos, 'info', locale),
  };
  const text = (id: string) => cliText(locale, { ns: 'cli.report', id, data });
  const lead = afterFindings ? '\n' : '';
  if (counts.errors + counts.warnings > 0) {
    const line = `✖ ${text(counts.infos > 0 ? 'checkedInfos' : 'checked')}`;
    return `${lead}${(counts.errors > 0 ? c.red : c.yellow)(c.bold(line))}\n`;
  }
  return `${lead}${c.green(`✔ ${text(counts.infos > 0 ? 'checkedCleanInfos' : 'checkedClean')}`)}\n`;
}
