import type { Locale } from '../../core/locale.js';
import type { MessageData } from '../../core/diagnostic.js';
import { cliText } from '../errors.js';
import { countDiagnostics, messageWithHint, plural, showControls, type FileReport } from './report.js';

/**
 * Escapes the message part of a workflow command as the runner's syntax
 * requires (`%`, CR, LF as `%25`, `%0D`, `%0A`), and shows every other
 * control character as `\u001b`-style text.
 *
 * @example
 * ```ts
 * escapeData('100%\n'); // '100%25%0A'
 * escapeData('a\u001b[2J'); // 'a\\u001b[2J'
 * ```
 */
export function escapeData(text: string): string {
  // CR and LF as the runner decodes them; the other control characters as text, so that an
  // ESC sequence in a file name or message never reaches the log as one.
  return showControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/**
 * Escapes a property value of a workflow command (a file name, a code):
 * as {@link escapeData}, and `:` and `,` too, which end a property. A file
 * name with a line break and `::error …` in it stays inside its property.
 *
 * @example
 * ```ts
 * escapeProperty('a:b,c'); // 'a%3Ab%2Cc'
 * ```
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::<message>`
 * (`::notice` for infos). File paths are repository-relative when known.
 *
 * @example
 * ```ts
 * import { formatGithub } from './github.js';
 * formatGithub([{ file: 'a.yaml', diagnostics: [d] }]);
 * // '::error file=a.yaml,line=3,col=5,endLine=3,endColumn=10,title=schema/unknown-key::Unknown key …\n'
 * ```
 */
export function formatGithub(reports: readonly FileReport[]): string {
  let out = '';
  for (const report of reports) {
    const file = report.uri ?? report.file.replace(/\\/g, '/');
    for (const d of report.diagnostics) {
      const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.code)}`,
      ].join(',');
      const message = messageWithHint(d);
      out += `::${command} ${props}::${escapeData(message)}\n`;
    }
  }
  return out;
}

/** Escapes a Markdown table cell: pipes and HTML; a line break becomes ` · ` (no raw `<br>`, which renderers with HTML off show as text). */
function cell(text: string): string {
  return showControls(text, true)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[ \t]*(?:\r\n?|\n)\s*/g, ' · ');
}

/**
 * A Markdown job summary listing every finding. GitHub shows only ten
 * errors and ten warnings per step as annotations; the summary (appended to
 * `$GITHUB_STEP_SUMMARY`) has them all.
 *
 * @example
 * ```ts
 * import { formatStepSummary } from './github.js';
 * formatStepSummary([{ file: 'a.yaml', diagnostics: [] }]); // '### curricula\n\n✔ No problems in 1 file.\n'
 * ```
 */
export function formatStepSummary(reports: readonly FileReport[], options: { locale?: Locale } = {}): string {
  const locale = options.locale ?? 'en';
  const { errors, warnings, infos } = countDiagnostics(reports);
  const say = (id: string, data?: MessageData): string => cliText(locale, { ns: 'cli.report', id, ...(data ? { data } : {}) });
  let out = '### curricula\n\n';
  const files = plural(reports.length, 'file', locale);
  if (errors + warnings + infos === 0) return `${out}✔ ${say('noProblems', { files })}\n`;
  const counts = { problems: plural(errors + warnings, 'problem', locale), errors: plural(errors, 'error', locale), warnings: plural(warnings, 'warning', locale) };
  const summary = infos > 0 ? say('summaryInfos', { ...counts, infos: plural(infos, 'info', locale) }) : say('summary', counts);
  out += `${errors > 0 ? '✖' : '⚠'} ${say('problemsIn', { summary, files })}\n\n`;
  out += `| ${['severity', 'fileColumn', 'line', 'column', 'code', 'message'].map((id) => say(id)).join(' | ')} |\n`;
  out += '| --- | --- | ---: | ---: | --- | --- |\n';
  for (const report of reports) {
    const file = report.uri ?? report.file.replace(/\\/g, '/');
    for (const d of report.diagnostics) {
      const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
      out += `| ${icon} ${d.severity} | ${cell(file)} | ${d.line} | ${d.column} | \`${cell(d.code)}\` | ${cell(d.message)} |\n`;
    }
  }
  return out;
}
