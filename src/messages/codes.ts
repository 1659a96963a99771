import { checkText } from '../core/arguments.js';
import type { Severity } from '../core/diagnostic.js';

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
  /** What is checked, in one line (the rules table, SARIF's rule descriptions). */
  readonly description: string;
}

/**
 * Every diagnostic code the package reports, with where it is reported,
 * its default severity and a one-line description: the one registry that
 * docs/rules.md, SARIF's rule table and the validation of `rules` settings
 * derive from. The message ids of each code are the keys of its entry in
 * the message catalogs (`MessageId<'hours/total'>`).
 *
 * @example
 * ```ts
 * import { DIAGNOSTIC_CODES } from 'curricula';
 * DIAGNOSTIC_CODES['offering/holiday'].severity; // 'warning'
 * ```
 */
export const DIAGNOSTIC_CODES = {
  'syntax': { stage: 'load', severity: 'error',
    description: "The text is valid JSON or YAML." },
  'encoding': { stage: 'load', severity: 'error',
    description: "Files are UTF-8 text (UTF-16 with a byte order mark is read too); other encodings (Latin-1, UTF-16 without a byte order mark or broken, UTF-32) are reported at the first bad byte." },
  'empty': { stage: 'load', severity: 'error',
    description: "The file holds a document, not only blanks or comments." },
  'limit/size': { stage: 'load', severity: 'error',
    description: "The file is not larger than the size limit (`maxBytes`, 8 MiB by default); the command stops reading any file, device or pipe there." },
  'limit/depth': { stage: 'load', severity: 'error',
    description: "Nesting is not deeper than the depth limit (`maxDepth`, 256 by default)." },
  'limit/aliases': { stage: 'load', severity: 'error',
    description: "YAML aliases do not expand to more than 1,000,000 values (an alias bomb)." },
  'schema/forbidden-key': { stage: 'schema', severity: 'error',
    description: "No key is `__proto__`, `constructor` or `prototype`." },
  'schema/unknown-key': { stage: 'schema', severity: 'error',
    description: "Every key is one the format knows; misspellings get a did-you-mean." },
  'schema/missing': { stage: 'schema', severity: 'error',
    description: "Required keys are present (`id`, `title`, `kind`, a session's `date` unless it is to be agreed, ...)." },
  'schema/type': { stage: 'schema', severity: 'error',
    description: "Values have the right type (text, number, list, mapping)." },
  'schema/value': { stage: 'schema', severity: 'error',
    description: "Values are one of the allowed choices (units, delivery modes, session status, ...)." },
  'schema/range': { stage: 'schema', severity: 'error',
    description: "Numbers and lists lie within their allowed range (no negative counts, a year between 1900 and 2200, ...)." },
  'schema/format': { stage: 'schema', severity: 'error',
    description: "Texts with a fixed form have it: ids (letters, digits, \".\", \"_\", \"-\"), dates YYYY-MM-DD, times HH:MM-HH:MM, language tags." },
  'duration/invalid': { stage: 'schema', severity: 'error',
    description: "Hour amounts are exact durations: a number in the document's unit, or a number with a unit (\"16 UE\", \"2 2/3\", \"90 min\")." },
  'date/invalid': { stage: 'schema', severity: 'error',
    description: "Dates exist in the calendar (no 2027-02-29, no 2014-02-30) and lie between 1900-01-01 and 2200-12-31." },
  'time/reversed': { stage: 'schema', severity: 'error',
    description: "Time windows end after they start (\"09:30-16:30\", not \"16:30-09:30\")." },
  'time-zone/unknown': { stage: 'schema', severity: 'error',
    description: "`timeZone` is an IANA time zone the runtime knows, written as the IANA database writes it (\"Europe/Berlin\", not \"europe/berlin\"), so that every calendar client resolves it." },
  'document/unchecked': { stage: 'set', severity: 'error',
    description: "Every file is checked by the rules, not skipped because of problems whose severity was lowered." },
  'document/without-kind': { stage: 'load', severity: 'warning',
    description: "A YAML or JSON file found by `curricula validate` without a `kind`, whose top level looks like a program or an offering (an `id` with `modules`, `hours` or `sessions`), is reported rather than skipped." },
  'directive/invalid': { stage: 'set', severity: 'error',
    description: "An inline directive (`# curricula-disable-next-line offering/holiday -- reason`) names codes that exist and gives its reason after `--`; one without a reason disables nothing." },
  'directive/unused': { stage: 'set', severity: 'warning',
    description: "An inline disable directive disables something; reported when asked (`reportUnusedDisableDirectives`, `--report-unused-disable-directives`, or a `rules` setting for this code)." },
  'ids/duplicate': { stage: 'rule', severity: 'error',
    description: "Ids are unique: modules (nested too), target groups, tracks, activities and sessions within a document; programs and offerings across the document set." },
  'refs/unresolved': { stage: 'rule', severity: 'error',
    description: "Every reference resolves: requires, target groups, track modules, admission completed, an offering's program and track, session modules; near misses get a did-you-mean." },
  'prerequisites/cycle': { stage: 'rule', severity: 'error',
    description: "Prerequisites (`requires`) form no cycle; a module does not require itself. The message shows the whole path, \"a → b → a\"." },
  'prerequisites/optional': { stage: 'rule', severity: 'warning',
    description: "A required module does not require an optional module (optional itself or inside an optional module)." },
  'hours/total': { stage: 'rule', severity: 'error',
    description: "A program's declared `hours` equal the exact sum of its required modules; optional modules are not counted." },
  'hours/track': { stage: 'rule', severity: 'error',
    description: "A track's declared `hours` equal the exact sum of the required modules it includes." },
  'hours/nested': { stage: 'rule', severity: 'error',
    description: "A module's declared `hours` equal the exact sum of its required nested modules; optional nested modules are not counted." },
  'hours/topics': { stage: 'rule', severity: 'error',
    description: "Topic hours add up to the module's hours when every topic has hours, and never exceed them when only some do." },
  'credits/workload': { stage: 'rule', severity: 'warning',
    description: "Hours per ECTS credit lie within the configured range (`creditHours`, default 25 to 30 clock hours), for the program and for each module that gives its own `credits`." },
  'offering/coverage': { stage: 'rule', severity: 'error',
    description: "Every required module is covered by scheduled sessions with enough teaching time (window minus breaks, as time really passes); time that depends on sessions still to be agreed is a warning with the figures." },
  'offering/session-count': { stage: 'rule', severity: 'warning',
    description: "The number of sessions (not cancelled) naming a module lies within the module's `sessions` count or range." },
  'offering/overbooked': { stage: 'rule', severity: 'error',
    description: "The hours a session gives its modules (`{ module, hours }`) fit into its teaching time (window minus breaks)." },
  'offering/session-cap': { stage: 'rule', severity: 'error',
    description: "No session gives a module more time than its `maxPerSession`." },
  'offering/order': { stage: 'rule', severity: 'error',
    description: "Scheduled sessions respect `requires`: no module starts before a module it requires has had its last session." },
  'offering/overlap': { stage: 'rule', severity: 'error',
    description: "Sessions of one offering that are not cancelled do not overlap in time." },
  'offering/break-outside': { stage: 'rule', severity: 'error',
    description: "Every break lies inside its session's time window." },
  'offering/time-window': { stage: 'rule', severity: 'error',
    description: "Session windows and breaks are not reversed or empty, and breaks leave some teaching time; a session the clocks change during is a warning (its teaching time is what really passes)." },
  'offering/to-be-agreed': { stage: 'rule', severity: 'info',
    description: "Lists sessions still to be agreed (`status: to-be-agreed`), as information, not as a problem." },
  'offering/session-ids': { stage: 'rule', severity: 'info',
    description: "Says when dated sessions have no `id`: their calendar events are then known by their position (s01, s02, …), which moves when a session is inserted or removed; `curricula fix --add-session-ids` writes the ids." },
  'offering/outlier-date': { stage: 'rule', severity: 'warning',
    description: "A session date far outside the cluster of the other dates (or outside the offering's start–end) is flagged as a likely typo; a start–end that ends before it starts is reported once." },
  'offering/holiday': { stage: 'rule', severity: 'warning',
    description: "No session (not cancelled) falls on a public holiday of the offering's federal state (`state`, or the `state` option), or on a nationwide one when no state is known." },
  'offering/region': { stage: 'rule', severity: 'warning',
    description: "An offering's `region` is one the holiday calendar knows in its federal state (`state`, or the `state` option), such as `A` (Stadt Augsburg) in BY." },
  'admission/team-size': { stage: 'rule', severity: 'error',
    description: "A team admission (`{ team: [...] }`) has at least two members, counting `count`." },
  'admission/completed': { stage: 'rule', severity: 'error',
    description: "Admission `completed` names another program, not the program itself, one of its modules (tracks, target groups, activities) or an offering." },
  'offering/agenda': { stage: 'rule', severity: 'error',
    description: "A session's agenda items lie inside its time window, outside its breaks and apart from each other, and name modules and topics the program has." },
  'recognition/profile': { stage: 'rule', severity: 'error',
    description: "A claimed recognition names a profile that exists (built-in or in the config file's `profiles`), whose `extends` form no circle; near misses get a did-you-mean." },
  'recognition/in-force': { stage: 'rule', severity: 'info',
    description: "Says which version of a recognition profile was used when the profile changed over time, and warns when no version is in force on the offering's dates." },
  'recognition/days': { stage: 'rule', severity: 'error',
    description: "An offering has at least (and at most) the number of course days the recognition profile asks for." },
  'recognition/consecutive': { stage: 'rule', severity: 'error',
    description: "The course days are in a row (or, where the profile allows it, one day a week in consecutive weeks)." },
  'recognition/blocks': { stage: 'rule', severity: 'error',
    description: "The course days form no more blocks than the profile allows, each long enough, all within the profile's weeks." },
  'recognition/total': { stage: 'rule', severity: 'error',
    description: "The teaching time in all (an offering's sessions, a program's declared hours) reaches the profile's minimum." },
  'recognition/per-day': { stage: 'rule', severity: 'error',
    description: "Each course day has the teaching time the profile asks for: on average, as a floor for every day, and on arrival and departure days." },
  'recognition/before-time': { stage: 'rule', severity: 'error',
    description: "Each course day has the profile's minimum teaching time before its clock time (e.g. 4 UE before 20:00)." },
  'recognition/in-person': { stage: 'rule', severity: 'error',
    description: "Enough of the teaching time is in person: the profile's minimum, and its share." },
  'recognition/participants': { stage: 'rule', severity: 'error',
    description: "The program's maximum number of participants is within the profile's limit." },
  'recognition/admission': { stage: 'rule', severity: 'error',
    description: "The program's admission asks for what the profile requires: a minimum age, and an outside certificate (such as first aid) of enough hours and not too old." },
  'recognition/certificate': { stage: 'rule', severity: 'error',
    description: "The program's certificate is valid no longer than the profile allows and names a renewal of enough hours within the profile's years." },
  'recognition/seminar-days': { stage: 'rule', severity: 'error',
    description: "A volunteer service's seminar programme has the seminar days its months of service need, with a seminar of several days in a row for political education." },
  'config/invalid-setting': { stage: 'options', severity: 'error',
    description: "Settings (the config file, validate() options) have values that can be used: a known federal state, a credit-hours range with min <= max, a known locale." },
  'config/unknown-rule': { stage: 'options', severity: 'warning',
    description: "Rule settings name codes or areas that exist; near misses get a did-you-mean." },
  'usage': { stage: 'options', severity: 'error',
    description: "The command can run as called: known options and values, input files that exist, a config file that can be read. When it cannot, it exits 2 and still writes every report requested with --output, this finding in it, so that a following upload step has a file." },
  'internal/rule-error': { stage: 'internal', severity: 'error',
    description: "A rule failed with an exception; a bug in the rule, not in the document." },
  'plan/infeasible': { stage: 'plan', severity: 'error',
    description: "The constraints cannot be met; the message gives the figures and the hint the smallest changes that fit." },
  'plan/no-modules': { stage: 'plan', severity: 'error',
    description: "Nothing in the program can be scheduled." },
  'plan/invalid-constraint': { stage: 'plan', severity: 'error',
    description: "A planning constraint is malformed (end before start, a reversed window, an unknown weekday or state, ...)." },
  'plan/cycle': { stage: 'plan', severity: 'error',
    description: "Modules require each other in a circle, so there is no order to plan them in." },
  'plan/fixed-conflict': { stage: 'plan', severity: 'error',
    description: "Agreed sessions cover more than a module needs, or sit before a module they require." },
  'plan/module-skipped': { stage: 'plan', severity: 'warning',
    description: "A module without usable hours is left out of the plan." },
  'plan/fixed-ignored': { stage: 'plan', severity: 'warning',
    description: "Part of an agreed session could not be used." },
} as const satisfies Readonly<Record<string, CodeInfo>>;

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
