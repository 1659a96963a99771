import { START_OF_TEXT, sortDiagnostics, type Diagnostic, type Severity, type SourceRange } from '../core/diagnostic.js';
import { didYouMean } from '../core/did-you-mean.js';
import { CurriculaUsageError } from '../core/errors.js';
import { pick, type Bilingual, type Locale } from '../core/locale.js';
import { DEFAULT_CREDIT_HOURS, formatDuration, type TimeUnit } from '../duration/index.js';
import { FEDERAL_STATES, type FederalState } from '../model/federal-state.js';
import { moduleTree, type ModuleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { CurriculumDocument, ParseResult } from '../model/parse.js';
import type { Program } from '../model/program.js';
import { builtinRules, offeringOnlyRules } from './rules/index.js';
import { isParseDiagnosticRule } from './parse-rule.js';
import { normalizeSetting, settingFor } from './rule-settings.js';
import type {
  ReportDescriptor,
  ResolvedValidateOptions,
  Rule,
  RuleContext,
  RuleDocument,
  ValidateOptions,
} from './types.js';

/**
 * The `file` of diagnostics about the options themselves
 * (`config/unknown-rule`, `config/invalid-setting`), which belong to no
 * document.
 *
 * @example
 * ```ts
 * import { OPTIONS_FILE, validate } from 'curricula';
 * const configProblems = validate(results, options).filter((d) => d.file === OPTIONS_FILE);
 * ```
 */
export const OPTIONS_FILE = '<options>';

/**
 * Checks a set of curriculum documents (programs and offerings, from one
 * or many files) and returns every problem at once, each located by file,
 * line and column, sorted and without duplicates. The load and schema
 * diagnostics of each parse result are included; rules then run on every
 * document the schema accepted. An offering may reference a program in
 * another file of the set. Never throws on user input.
 *
 * @example
 * ```ts
 * import { parseDocument, validate } from 'curricula';
 * const program = parseDocument(programText, { filename: 'program.yaml' });
 * const offering = parseDocument(offeringText, { filename: 'offering-2027.yaml' });
 * for (const d of validate([program, offering], { locale: 'de', state: 'BW' })) {
 *   console.log(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.code})`);
 * }
 * ```
 */
export function validate(
  documents: ParseResult<CurriculumDocument> | readonly ParseResult<CurriculumDocument>[],
  options: ValidateOptions = {},
): Diagnostic[] {
  const results: readonly ParseResult<CurriculumDocument>[] = isResultList(documents) ? documents : [documents];
  const rules = ruleList(options.extraRules);
  const resolved = resolveOptions(options);
  const out: Diagnostic[] = [...checkRuleOptions(options, rules, resolved.locale), ...checkSettings(options, resolved.locale)];

  for (const result of results) {
    const file = result?.file ?? '<input>';
    let failed = false;
    for (const d of result?.diagnostics ?? []) {
      const setting = settingFor(options.rules, d.code);
      if (setting === 'off') continue;
      const severity = setting ?? d.severity;
      failed ||= severity === 'error';
      out.push({ ...d, file: d.file ?? file, severity });
    }
    // A file no rule can look at must not pass unseen because its problems were lowered or switched off.
    if (result !== undefined && result !== null && result.value === undefined && !failed) {
      const setting = settingFor(options.rules, UNCHECKED);
      if (setting !== 'off') out.push(uncheckedDiagnostic(file, setting ?? 'error', resolved.locale));
    }
  }

  const ruleDocuments = collectDocuments(results);
  const programs = new Map<string, RuleDocument<Program>>();
  const programDocuments: RuleDocument<Program>[] = [];
  const offerings: RuleDocument<Offering>[] = [];
  for (const doc of ruleDocuments) {
    if (doc.value.kind === 'program') {
      programDocuments.push(doc as RuleDocument<Program>);
      if (!programs.has(doc.value.id)) programs.set(doc.value.id, doc as RuleDocument<Program>);
    } else offerings.push(doc as RuleDocument<Offering>);
  }

  const ctx = new CallContext(ruleDocuments, programs, programDocuments, offerings, resolved, out);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    // The codes of loading and parsing were copied above; their rules have nothing to run.
    if (isParseDiagnosticRule(rule)) continue;
    if (offerings.length === 0 && offeringOnlyRules.has(rule)) continue;
    const setting = settingFor(options.rules, rule.meta.id);
    if (setting === 'off') continue;
    ctx.use(rule, setting);
    try {
      rule.check(ctx);
    } catch (error) {
      // Misuse of the API (a module tree built in code that contains itself) is the caller's to fix.
      if (error instanceof CurriculaUsageError) throw error;
      // A crashing rule must not hide what the others found, nor break a save.
      out.push({
        ...START_OF_TEXT,
        file: ruleDocuments[0]?.file ?? OPTIONS_FILE,
        code: 'internal/rule-error',
        severity: 'error',
        path: '',
        message: `Rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'This is a bug in the rule, not in your document; please report it.',
      });
    }
  }
  return sortDiagnostics(out);
}

const UNCHECKED = 'document/unchecked';

function uncheckedDiagnostic(file: string, severity: Severity, locale: Locale): Diagnostic {
  return {
    ...START_OF_TEXT,
    file,
    code: UNCHECKED,
    severity,
    path: '',
    message: pick(
      {
        en: 'The rules did not check this file: it cannot be read as a program or offering',
        de: 'Die Regeln haben diese Datei nicht geprüft: Sie lässt sich nicht als Programm oder Durchführung lesen',
      },
      locale,
    ),
    hint: pick(
      {
        en: 'Fix the problems reported for it (their severity is lowered or off in your settings), then every rule checks it.',
        de: 'Beheben Sie die gemeldeten Probleme (ihr Schweregrad ist in Ihren Einstellungen herabgesetzt oder aus), dann prüfen alle Regeln die Datei.',
      },
      locale,
    ),
  };
}

function isResultList(
  documents: ParseResult<CurriculumDocument> | readonly ParseResult<CurriculumDocument>[],
): documents is readonly ParseResult<CurriculumDocument>[] {
  return Array.isArray(documents);
}

function ruleList(extraRules: readonly Rule[] | undefined): readonly Rule[] {
  if (!extraRules || extraRules.length === 0) return builtinRules;
  const ids = new Set(builtinRules.map((r) => r.meta.id));
  for (const rule of extraRules) {
    if (!rule || typeof rule.check !== 'function' || typeof rule.meta?.id !== 'string') {
      throw new CurriculaUsageError('Each extra rule needs meta.id and a check(ctx) function (see defineRule).');
    }
    if (ids.has(rule.meta.id)) throw new CurriculaUsageError(`Rule id "${rule.meta.id}" is already taken.`);
    ids.add(rule.meta.id);
  }
  return [...builtinRules, ...extraRules];
}

function resolveOptions(options: ValidateOptions): ResolvedValidateOptions {
  const hours = options.creditHours;
  return {
    locale: options.locale === 'de' ? 'de' : 'en',
    creditHours: hours !== undefined && validCreditHours(hours) ? { min: hours.min, max: hours.max } : DEFAULT_CREDIT_HOURS,
    state: isFederalState(options.state) ? options.state : undefined,
  };
}

function validCreditHours(hours: { min: unknown; max: unknown }): boolean {
  const { min, max } = hours;
  return typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max) && min > 0 && min <= max;
}

function isFederalState(state: unknown): state is FederalState {
  return typeof state === 'string' && (FEDERAL_STATES as readonly string[]).includes(state);
}

/**
 * `state`, `creditHours` and `locale` settings that cannot be used. Apps pass these through from their
 * own settings; a typo such as `state: 'by'` would otherwise switch the holiday checks off unseen.
 */
function checkSettings(options: ValidateOptions, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  const problem = (key: string, message: Bilingual, hint?: Bilingual): void => {
    out.push({
      ...START_OF_TEXT,
      file: OPTIONS_FILE,
      path: `/${key}`,
      code: 'config/invalid-setting',
      severity: 'error',
      message: pick(message, locale),
      ...(hint ? { hint: pick(hint, locale) } : {}),
    });
  };
  const state: unknown = options.state;
  if (state !== undefined && !isFederalState(state)) {
    const text = typeof state === 'string' ? state.trim().toUpperCase().replace(/^DE-/, '') : '';
    const guess = isFederalState(text) ? text : typeof state === 'string' ? didYouMean(state, FEDERAL_STATES) : undefined;
    problem(
      'state',
      {
        en: `state is ${JSON.stringify(state)}, not a federal state code (${FEDERAL_STATES.join(', ')}); holidays cannot be checked`,
        de: `state ist ${JSON.stringify(state)}, kein Kürzel eines Bundeslands (${FEDERAL_STATES.join(', ')}); Feiertage können nicht geprüft werden`,
      },
      guess === undefined ? undefined : { en: `did you mean "${guess}"?`, de: `meinten Sie „${guess}“?` },
    );
  }
  const hours: unknown = options.creditHours;
  if (hours !== undefined && (typeof hours !== 'object' || hours === null || !validCreditHours(hours as { min: unknown; max: unknown }))) {
    problem(
      'creditHours',
      {
        en: `creditHours is ${JSON.stringify(hours)}; give { min, max } clock hours per credit with 0 < min ≤ max (the default 25 to 30 is used)`,
        de: `creditHours ist ${JSON.stringify(hours)}; erwartet wird { min, max } in Zeitstunden je Leistungspunkt mit 0 < min ≤ max (es gilt der Standard 25 bis 30)`,
      },
    );
  }
  const requested: unknown = options.locale;
  if (requested !== undefined && requested !== 'en' && requested !== 'de') {
    problem('locale', {
      en: `locale is ${JSON.stringify(requested)}; messages are available in "en" and "de" (English is used)`,
      de: `locale ist ${JSON.stringify(requested)}; Meldungen gibt es auf "en" und "de" (es gilt Englisch)`,
    });
  }
  return out;
}

/** Documents the rules can look at, ordered by file name so the input order never changes the result. */
function collectDocuments(results: readonly ParseResult<CurriculumDocument>[]): RuleDocument[] {
  const docs: RuleDocument[] = [];
  for (const result of results) {
    const value: unknown = result?.value;
    if (typeof value !== 'object' || value === null) continue;
    const kind = (value as { kind?: unknown }).kind;
    if (kind !== 'program' && kind !== 'offering') continue;
    docs.push({ file: result.file, value: value as CurriculumDocument, sourceMap: result.sourceMap });
  }
  return docs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Unknown rule ids and unknown severities in `options.rules`, so a typo does not silently change nothing. */
function checkRuleOptions(options: ValidateOptions, rules: readonly Rule[], locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!options.rules) return out;
  const ids = rules.map((r) => r.meta.id);
  const known = new Set<string>(ids);
  for (const id of ids) {
    const slash = id.indexOf('/');
    if (slash > 0) {
      known.add(id.slice(0, slash));
      known.add(`${id.slice(0, slash)}/*`);
    }
  }
  for (const [key, setting] of Object.entries(options.rules)) {
    const base = { ...START_OF_TEXT, file: OPTIONS_FILE, path: `/rules/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` };
    if (!known.has(key)) {
      const guess = didYouMean(key, known);
      out.push({
        ...base,
        code: 'config/unknown-rule',
        severity: 'warning',
        message: pick({ en: `Unknown rule "${key}" in the rules option`, de: `Unbekannte Regel „${key}“ in der Option rules` }, locale),
        ...(guess ? { hint: pick({ en: `did you mean "${guess}"?`, de: `meinten Sie „${guess}“?` }, locale) } : {}),
      });
    }
    if (normalizeSetting(setting) === undefined) {
      out.push({
        ...base,
        code: 'config/invalid-setting',
        severity: 'error',
        message: pick(
          {
            en: `Rule "${key}" is set to ${JSON.stringify(setting)}; use "error", "warn", "info" or "off"`,
            de: `Regel „${key}“ steht auf ${JSON.stringify(setting)}; erlaubt sind "error", "warn", "info" oder "off"`,
          },
          locale,
        ),
      });
    }
  }
  return out;
}

/**
 * The context every rule of a validate() call gets, switched to each rule
 * in turn with `use`: one object per call rather than one per rule (with
 * its closures), which was most of the fixed cost of validating a small
 * document. A rule that kept its context and reported after validate()
 * returned would report nothing anyone reads, so sharing is safe.
 *
 * What the rules share (module trees, analysed sessions, offering views)
 * is kept here too, in maps made on first use: they die with the call.
 * Not a global WeakMap keyed by the documents, nor one long-lived map
 * cleared after each call: a validate() call usually sees freshly parsed
 * documents, and a structure that outlives the call while holding them
 * made every young-generation collection several times slower
 * (validating 1,000 small programs spent a quarter of its time there).
 */
class CallContext implements RuleContext {
  readonly locale: Locale;
  severity: Severity = 'error';
  private rule: Rule | undefined;
  private setting: Severity | undefined;
  private memos: Map<(key: never) => unknown, Map<object, unknown>> | undefined;

  constructor(
    readonly documents: RuleDocument[],
    readonly programs: Map<string, RuleDocument<Program>>,
    readonly programDocuments: RuleDocument<Program>[],
    readonly offerings: RuleDocument<Offering>[],
    readonly options: ResolvedValidateOptions,
    private readonly out: Diagnostic[],
  ) {
    this.locale = options.locale;
  }

  use(rule: Rule, setting: Severity | undefined): void {
    this.rule = rule;
    this.setting = setting;
    this.severity = setting ?? rule.meta.severity;
  }

  // Arrow properties, not methods: a rule may take them out of the context (`const { report } = ctx`).
  readonly text = (message: Bilingual | string): string => (typeof message === 'string' ? message : pick(message, this.locale));

  readonly formatMinutes = (minutes: number, unit: TimeUnit): string => formatDuration(minutes, { unit, locale: this.locale });

  readonly tree = (program: Program): ModuleTree => this.memo(moduleTree<Program>, program);

  readonly memo = <K extends object, V>(compute: (key: K) => V, key: K): V => {
    const memos = (this.memos ??= new Map());
    let results = memos.get(compute);
    if (results === undefined) memos.set(compute, (results = new Map()));
    if (results.has(key)) return results.get(key) as V;
    const value = compute(key);
    results.set(key, value);
    return value;
  };

  readonly report = (descriptor: ReportDescriptor): void => {
    const rule = this.rule;
    if (rule === undefined) throw new CurriculaUsageError("report() was called outside a rule's check()");
    const { document, path, part } = descriptor;
    this.out.push({
      ...locate(document, path, part),
      file: document.file,
      code: rule.meta.id,
      severity: this.setting ?? descriptor.severity ?? rule.meta.severity,
      message: this.text(descriptor.message),
      path,
      ...(descriptor.hint !== undefined ? { hint: this.text(descriptor.hint) } : {}),
    });
  };
}

function locate(document: RuleDocument, path: string, part: 'key' | 'value' | undefined): SourceRange {
  try {
    const r = document.sourceMap.locate(path, part);
    return { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
  } catch {
    return START_OF_TEXT;
  }
}
