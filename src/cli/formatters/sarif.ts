import type { Diagnostic, Severity } from '../../core/diagnostic.js';
import { messageWithHint, showControls, type FileReport } from './report.js';

/**
 * What SARIF needs to know about one rule (from a validation rule's meta).
 *
 * @example
 * ```ts
 * const rule: SarifRule = { id: 'hours/total', description: 'Declared hours equal the modules\' sum.', severity: 'error' };
 * ```
 */
export interface SarifRule {
  id: string;
  /** One sentence: the rule's purpose. */
  description: string;
  /** Longer help text (plain text or Markdown). */
  help?: string;
  helpUri?: string;
  severity: Severity;
}

/**
 * Options of {@link formatSarif}.
 *
 * @example
 * ```ts
 * const options: SarifOptions = { version: '0.1.0', informationUri: 'https://www.npmjs.com/package/curricula', rules: [] };
 * ```
 */
export interface SarifOptions {
  version: string;
  informationUri: string;
  rules: readonly SarifRule[];
  /** `file://` URI of the folder `FileReport.uri` is relative to (ends in `/`). */
  srcRoot?: string;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/**
 * A 64-bit FNV-1a hash as 16 hex digits: enough to tell lines apart, tiny,
 * and the same on every platform.
 */
function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * Percent-encodes each path segment, keeping the slashes: a valid relative URI reference.
 *
 * @example
 * ```ts
 * toUriReference('programs\\a b.yaml'); // 'programs/a%20b.yaml'
 * ```
 */
export function toUriReference(path: string): string {
  // A drive letter's colon must stay a colon in file:///C:/… URLs.
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((s, i) => (i === 0 && /^[a-zA-Z]:$/.test(s) ? s : encodeURIComponent(s)))
    .join('/');
}

function region(d: Diagnostic) {
  const startLine = Math.max(1, d.line);
  const startColumn = Math.max(1, d.column);
  let endLine = Math.max(startLine, d.endLine);
  let endColumn = Math.max(1, d.endColumn);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  if (!Number.isFinite(endLine)) endLine = startLine;
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the tool
 * with its rules (from the validation rules' meta), one result per finding
 * with a repository-relative location and a line-content fingerprint, so
 * alerts survive lines moving.
 *
 * Codes without a rule (syntax and schema findings) get a rule entry of
 * their own, so every result's `ruleIndex` points at a rule. Findings an
 * inline directive disabled carry `suppressions` (kind `inSource`, the
 * directive's reason as justification) instead of being left out.
 *
 * @example
 * ```ts
 * import { formatSarif } from './sarif.js';
 * const log = JSON.parse(formatSarif(reports, { version: '0.1.0', informationUri: 'https://…', rules: [] }));
 * log.runs[0].results.length;
 * ```
 */
export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  const rules: SarifRule[] = [...options.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  for (const report of reports) {
    // Outside the repository there is no base to be relative to: an absolute path becomes a file URL.
    const absolute = report.uri === undefined && /^(?:\/|\\|[a-zA-Z]:[\\/])/.test(report.file);
    const uri = absolute ? `file://${/^[a-zA-Z]:/.test(report.file) ? '/' : ''}${toUriReference(report.file).replace(/^\/\//, '/')}` : toUriReference(report.uri ?? report.file);
    const lines = report.text?.split(/\r?\n/);
    const seen = new Map<string, number>();
    for (const d of report.diagnostics) {
      let ruleIndex = index.get(d.code);
      if (ruleIndex === undefined) {
        ruleIndex = rules.length;
        rules.push({ id: d.code, description: d.code, severity: d.severity });
        index.set(d.code, ruleIndex);
      }
      const r = region(d);
      // Fingerprint the line's content, not its number, so a finding keeps its identity when lines are inserted above it.
      const content = lines?.[r.startLine - 1]?.replace(/\s+/g, '') ?? d.path;
      const base = hash(`${d.code}\u0000${content}`);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      // Shown, not only JSON-escaped: viewers decode `\u001b` in the JSON back into the character.
      const message = showControls(messageWithHint(d), true);
      results.push({
        ruleId: d.code,
        ruleIndex,
        level: level(d.severity),
        message: { text: message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, ...(options.srcRoot && !absolute ? { uriBaseId: '%SRCROOT%' } : {}) },
              region: r,
            },
            ...(d.path ? { logicalLocations: [{ fullyQualifiedName: showControls(d.path), kind: 'element' }] } : {}),
          },
        ],
        partialFingerprints: { primaryLocationLineHash: `${base}:${n}` },
        // Disabled by an inline directive: listed, with its reason, not dropped (SARIF §3.35), so code scanning shows it as dismissed.
        ...(d.suppressions !== undefined && d.suppressions.length > 0
          ? { suppressions: d.suppressions.map((x) => ({ kind: x.kind, status: 'accepted', justification: x.justification })) }
          : {}),
        // The message as data (SARIF's property bag), for tools that render their own text.
        properties: { messageId: d.messageId, data: d.data },
      });
    }
  }
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'curricula',
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.informationUri,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.help ?? r.description },
              help: { text: r.help ?? r.description },
              ...(r.helpUri ? { helpUri: r.helpUri } : {}),
              defaultConfiguration: { level: level(r.severity) },
            })),
          },
        },
        ...(options.srcRoot ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.srcRoot } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
