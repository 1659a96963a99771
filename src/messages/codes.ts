import { checkText } from '../core/arguments.js';
import type { Severity } from '../core/diagnostic.js';
import { catalogOf } from './catalogs.js';

/**
 * Where a code is reported: while loading the text (`load`), checking it
 * against the schema (`schema`), by a rule (`rule`), for the document set
 * as a whole (`set`), about the options or config file (`options`), by the
 * planner (`plan`), or when something inside failed (`internal`).
 *
 * @example
 * ```ts
 * import { DIAGNOSTIC_CODES } from 'curricula';
 * DIAGNOSTIC_CODES['hours/total'].stage; // 'rule'
 * ```
 */
export type CodeStage = 'load' | 'schema' | 'rule' | 'set' | 'options' | 'plan' | 'internal';

/**
 * What the registry says of one code.
 *
 * @example
 * ```ts
 * import type { CodeInfo } from 'curricula';
 * const info: CodeInfo = { stage: 'rule', severity: 'warning', description: 'Module titles start upper-case.' };
 * ```
 */
export interface CodeInfo {
  readonly stage: CodeStage;
  /** The default severity; `rules` settings change it for every stage but `plan` and `internal`. */
  readonly severity: Severity;
  /**
   * What is checked, in one line, in English (the rules table, SARIF's
   * rule descriptions). Read from the English catalog when first asked
   * for; `describeCode(code, 'de')` gives it in German.
   */
  readonly description: string;
}

/** Where a code is reported and its default severity: the registry's entries as written, before their descriptions. */
type CodeEntry = Omit<CodeInfo, 'description'>;

/**
 * Gives each entry its `description` as a getter that reads the English
 * catalog (`code.description`): the texts stay out of the main entry, and
 * importing the package or a clean validation loads no catalog.
 */
function withDescriptions<const T extends Readonly<Record<string, CodeEntry>>>(codes: T): { readonly [C in keyof T]: T[C] & { readonly description: string } } {
  const texts = (): Readonly<Record<string, string>> => catalogOf('en')['code.description'];
  for (const code of Object.keys(codes)) {
    Object.defineProperty(codes[code], 'description', { enumerable: true, get: () => texts()[code] });
  }
  return codes as { readonly [C in keyof T]: T[C] & { readonly description: string } };
}

/**
 * Every diagnostic code the package reports, with where it is reported,
 * its default severity and a one-line description in English: the one
 * registry that docs/rules.md, SARIF's rule table and the validation of
 * `rules` settings derive from. The message ids of each code are the keys
 * of its entry in the message catalogs (`MessageId<'hours/total'>`); the
 * descriptions are the catalogs' `code.description` texts, read when first
 * asked for ({@link describeCode} gives them in other languages).
 *
 * @example
 * ```ts
 * import { DIAGNOSTIC_CODES } from 'curricula';
 * DIAGNOSTIC_CODES['offering/holiday'].severity; // 'warning'
 * ```
 */
export const DIAGNOSTIC_CODES = /* @__PURE__ */ withDescriptions({
  'syntax': { stage: 'load', severity: 'error' },
  'encoding': { stage: 'load', severity: 'error' },
  'empty': { stage: 'load', severity: 'error' },
  'limit/size': { stage: 'load', severity: 'error' },
  'limit/depth': { stage: 'load', severity: 'error' },
  'limit/aliases': { stage: 'load', severity: 'error' },
  'schema/forbidden-key': { stage: 'schema', severity: 'error' },
  'schema/unknown-key': { stage: 'schema', severity: 'error' },
  'schema/missing': { stage: 'schema', severity: 'error' },
  'schema/type': { stage: 'schema', severity: 'error' },
  'schema/value': { stage: 'schema', severity: 'error' },
  'schema/range': { stage: 'schema', severity: 'error' },
  'schema/format': { stage: 'schema', severity: 'error' },
  'duration/invalid': { stage: 'schema', severity: 'error' },
  'date/invalid': { stage: 'schema', severity: 'error' },
  'time/reversed': { stage: 'schema', severity: 'error' },
  'time-zone/unknown': { stage: 'schema', severity: 'error' },
  'document/unchecked': { stage: 'set', severity: 'error' },
  'document/without-kind': { stage: 'load', severity: 'warning' },
  'directive/invalid': { stage: 'set', severity: 'error' },
  'directive/unused': { stage: 'set', severity: 'warning' },
  'ids/duplicate': { stage: 'rule', severity: 'error' },
  'refs/unresolved': { stage: 'rule', severity: 'error' },
  'prerequisites/cycle': { stage: 'rule', severity: 'error' },
  'prerequisites/optional': { stage: 'rule', severity: 'warning' },
  'hours/total': { stage: 'rule', severity: 'error' },
  'hours/track': { stage: 'rule', severity: 'error' },
  'hours/nested': { stage: 'rule', severity: 'error' },
  'hours/topics': { stage: 'rule', severity: 'error' },
  'credits/workload': { stage: 'rule', severity: 'warning' },
  'offering/coverage': { stage: 'rule', severity: 'error' },
  'offering/session-count': { stage: 'rule', severity: 'warning' },
  'offering/overbooked': { stage: 'rule', severity: 'error' },
  'offering/session-cap': { stage: 'rule', severity: 'error' },
  'offering/order': { stage: 'rule', severity: 'error' },
  'offering/overlap': { stage: 'rule', severity: 'error' },
  'offering/break-outside': { stage: 'rule', severity: 'error' },
  'offering/time-window': { stage: 'rule', severity: 'error' },
  'offering/to-be-agreed': { stage: 'rule', severity: 'info' },
  'offering/session-ids': { stage: 'rule', severity: 'info' },
  'offering/outlier-date': { stage: 'rule', severity: 'warning' },
  'offering/holiday': { stage: 'rule', severity: 'warning' },
  'offering/region': { stage: 'rule', severity: 'warning' },
  'admission/team-size': { stage: 'rule', severity: 'error' },
  'admission/completed': { stage: 'rule', severity: 'error' },
  'offering/agenda': { stage: 'rule', severity: 'error' },
  'recognition/profile': { stage: 'rule', severity: 'error' },
  'recognition/in-force': { stage: 'rule', severity: 'info' },
  'recognition/days': { stage: 'rule', severity: 'error' },
  'recognition/consecutive': { stage: 'rule', severity: 'error' },
  'recognition/blocks': { stage: 'rule', severity: 'error' },
  'recognition/total': { stage: 'rule', severity: 'error' },
  'recognition/per-day': { stage: 'rule', severity: 'error' },
  'recognition/before-time': { stage: 'rule', severity: 'error' },
  'recognition/in-person': { stage: 'rule', severity: 'error' },
  'recognition/participants': { stage: 'rule', severity: 'error' },
  'recognition/admission': { stage: 'rule', severity: 'error' },
  'recognition/certificate': { stage: 'rule', severity: 'error' },
  'recognition/seminar-days': { stage: 'rule', severity: 'error' },
  'config/invalid-setting': { stage: 'options', severity: 'error' },
  'config/unknown-rule': { stage: 'options', severity: 'warning' },
  'usage': { stage: 'options', severity: 'error' },
  'internal/rule-error': { stage: 'internal', severity: 'error' },
  'plan/infeasible': { stage: 'plan', severity: 'error' },
  'plan/no-modules': { stage: 'plan', severity: 'error' },
  'plan/invalid-constraint': { stage: 'plan', severity: 'error' },
  'plan/cycle': { stage: 'plan', severity: 'error' },
  'plan/fixed-conflict': { stage: 'plan', severity: 'error' },
  'plan/module-skipped': { stage: 'plan', severity: 'warning' },
  'plan/fixed-ignored': { stage: 'plan', severity: 'warning' },
} as const satisfies Readonly<Record<string, CodeEntry>>);

/**
 * A diagnostic code of the package, such as `schema/unknown-key`,
 * `hours/total` or `plan/infeasible`. Custom rules add codes of their own
 * (`house/…`), so {@link Diagnostic}'s `code` is a plain string; narrow it
 * with {@link isDiagnosticCode}.
 *
 * @example
 * ```ts
 * import type { DiagnosticCode } from 'curricula';
 * const code: DiagnosticCode = 'offering/coverage';
 * ```
 */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/**
 * Whether a string is one of the package's diagnostic codes.
 *
 * @example
 * ```ts
 * import { isDiagnosticCode } from 'curricula';
 * isDiagnosticCode('hours/total'); // true
 * isDiagnosticCode('house/title-case'); // false
 * ```
 */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code);
}

/**
 * The area of a code: what comes before the slash (`hours` of
 * `hours/total`), or the code itself when it has none (`syntax`).
 *
 * @example
 * ```ts
 * import { codeArea } from 'curricula';
 * codeArea('offering/holiday'); // 'offering'
 * ```
 */
export function codeArea(code: string): string {
  checkText('codeArea', 'code', code);
  const slash = code.indexOf('/');
  return slash < 0 ? code : code.slice(0, slash);
}
