import { START_OF_TEXT, sortDiagnostics, type Diagnostic, type MessageData, type Severity, type SourceRange } from '../core/diagnostic.js';
import { didYouMean } from '../core/did-you-mean.js';
import { CurriculaUsageError } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { DEFAULT_CREDIT_HOURS, formatDuration, type TimeUnit } from '../duration/index.js';
import { FEDERAL_STATES, type FederalState } from '../model/federal-state.js';
import { moduleTree, type ModuleTree } from '../model/module-tree.js';
import { customProfileSchema, type CustomProfile } from '../recognition/profile.js';
import { profileIds, resolveProfile } from '../recognition/resolve.js';
import type { Offering } from '../model/offering.js';
import type { CurriculumDocument, ParseResult } from '../model/parse.js';
import type { Program } from '../model/program.js';
import { diagnosticOf, fillMessage, finding, formatMessage, type Finding } from '../messages/index.js';
import { builtinRules, offeringOnlyRules } from './rules/index.js';
import { isParseDiagnosticRule } from './parse-rule.js';
import { normalizeSetting, settingFor } from './rule-settings.js';
import type {
  LegacyReportDescriptor,
  ReportDescriptor,
  ResolvedValidateOptions,
  AnyRule,
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
  // Nearly every rule reads the trees. Built before any rule runs, a module graph built in code that
  // contains itself is thrown to the caller (CurriculaUsageError), not reported as a rule's bug.
  for (const doc of programDocuments) ctx.tree(doc.value);
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
      // A crashing rule must not hide what the others found, nor break a save.
      const reason = error instanceof Error ? error.message : String(error);
      out.push(
        diagnosticOf(
          finding('internal/rule-error', 'failed', { rule: rule.meta.id, error: reason }, 'report'),
          { path: '', file: ruleDocuments[0]?.file ?? OPTIONS_FILE },
          resolved.locale,
        ),
      );
    }
  }
  return sortDiagnostics(out);
}

const UNCHECKED = 'document/unchecked' as const;

function uncheckedDiagnostic(file: string, severity: Severity, locale: Locale): Diagnostic {
  return diagnosticOf(finding(UNCHECKED, 'unchecked', {}, 'fixFirst'), { path: '', file, severity }, locale);
}

function isResultList(
  documents: ParseResult<CurriculumDocument> | readonly ParseResult<CurriculumDocument>[],
): documents is readonly ParseResult<CurriculumDocument>[] {
  return Array.isArray(documents);
}

function ruleList(extraRules: readonly AnyRule[] | undefined): readonly AnyRule[] {
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
    customProfiles: usableCustomProfiles(options.customProfiles),
    profiles: Array.isArray(options.profiles)
      ? options.profiles.filter((id) => typeof id === 'string' && resolveProfile(id, LATEST, usableCustomProfiles(options.customProfiles)).ok)
      : [],
  };
}

/** The date that picks a profile's latest version when a document has no dates. */
const LATEST = '9999-12-31';

/** Custom profiles the schema accepts; the others are reported by checkSettings. */
function usableCustomProfiles(list: unknown): CustomProfile[] {
  if (!Array.isArray(list)) return [];
  return list.filter((p) => customProfileSchema.safeParse(p).success) as CustomProfile[];
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
  const problem = (key: string, f: Finding): void => {
    out.push(diagnosticOf(f, { path: `/${key}`, file: OPTIONS_FILE }, locale));
  };
  const state: unknown = options.state;
  if (state !== undefined && !isFederalState(state)) {
    const text = typeof state === 'string' ? state.trim().toUpperCase().replace(/^DE-/, '') : '';
    const guess = isFederalState(text) ? text : typeof state === 'string' ? didYouMean(state, FEDERAL_STATES) : undefined;
    const data = { value: JSON.stringify(state) ?? String(state), codes: [...FEDERAL_STATES] };
    problem(
      'state',
      guess === undefined
        ? finding('config/invalid-setting', 'state', data)
        : finding('config/invalid-setting', 'state', { ...data, suggestion: guess }, 'didYouMean'),
    );
  }
  const hours: unknown = options.creditHours;
  if (hours !== undefined && (typeof hours !== 'object' || hours === null || !validCreditHours(hours as { min: unknown; max: unknown }))) {
    problem('creditHours', finding('config/invalid-setting', 'creditHours', { value: JSON.stringify(hours) ?? String(hours) }));
  }
  const custom: unknown = options.customProfiles;
  if (custom !== undefined) {
    if (!Array.isArray(custom)) problem('customProfiles', finding('config/invalid-setting', 'customProfiles', { value: JSON.stringify(custom) ?? String(custom) }));
    else {
      custom.forEach((entry: unknown, i) => {
        const parsed = customProfileSchema.safeParse(entry);
        if (parsed.success) return;
        const issue = parsed.error.issues[0]!;
        out.push(
          diagnosticOf(
            finding('config/invalid-setting', 'customProfile', { index: i, path: issue.path.join('.') || '(profile)', problem: issue.message }),
            { path: `/customProfiles/${i}/${issue.path.join('/')}`.replace(/\/$/, ''), file: OPTIONS_FILE },
            locale,
          ),
        );
      });
    }
  }
  const profiles: unknown = options.profiles;
  if (profiles !== undefined) {
    const list: unknown[] = Array.isArray(profiles) ? profiles : [profiles];
    const usable = usableCustomProfiles(custom);
    list.forEach((id, i) => {
      if (typeof id !== 'string') {
        problem(`profiles/${i}`, finding('config/invalid-setting', 'profileType', { value: JSON.stringify(id) ?? String(id) }));
        return;
      }
      const resolved = resolveProfile(id, LATEST, usable);
      if (resolved.ok) return;
      if (resolved.reason === 'unknown') {
        problem(
          `profiles/${i}`,
          resolved.suggestion === undefined
            ? finding('config/invalid-setting', 'profile', { value: id, known: profileIds(usable) })
            : finding('config/invalid-setting', 'profile', { value: id, known: profileIds(usable), suggestion: resolved.suggestion }, 'didYouMean'),
        );
      } else if (resolved.reason === 'cycle') {
        problem(`profiles/${i}`, finding('config/invalid-setting', 'profileCycle', { value: id, cycle: resolved.cycle.join(' → ') }));
      } else {
        problem(`profiles/${i}`, finding('config/invalid-setting', 'profileIncomplete', { value: id, missing: [...resolved.missing] }));
      }
    });
  }
  const requested: unknown = options.locale;
  if (requested !== undefined && requested !== 'en' && requested !== 'de') {
    problem('locale', finding('config/invalid-setting', 'locale', { value: JSON.stringify(requested) ?? String(requested) }));
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
function checkRuleOptions(options: ValidateOptions, rules: readonly AnyRule[], locale: Locale): Diagnostic[] {
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
    const base = { file: OPTIONS_FILE, path: `/rules/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` };
    if (!known.has(key)) {
      const guess = didYouMean(key, known);
      const f =
        guess === undefined
          ? finding('config/unknown-rule', 'unknown', { key })
          : finding('config/unknown-rule', 'unknown', { key, suggestion: guess }, 'didYouMean');
      out.push(diagnosticOf(f, base, locale));
    }
    if (normalizeSetting(setting) === undefined) {
      out.push(diagnosticOf(finding('config/invalid-setting', 'ruleSetting', { key, value: JSON.stringify(setting) ?? String(setting) }), base, locale));
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
class CallContext implements RuleContext<string> {
  readonly locale: Locale;
  severity: Severity = 'error';
  private rule: AnyRule | undefined;
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

  use(rule: AnyRule, setting: Severity | undefined): void {
    this.rule = rule;
    this.setting = setting;
    this.severity = setting ?? rule.meta.severity;
  }

  /** Legacy inline text, until every built-in rule reports by message id. */
  private text(message: Readonly<Record<Locale, string>> | string): string {
    return typeof message === 'string' ? message : message[this.locale];
  }

  // Arrow properties, not methods: a rule may take them out of the context (`const { report } = ctx`).

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

  readonly report = (descriptor: ReportDescriptor<string, string, string> | LegacyReportDescriptor): void => {
    const rule = this.rule;
    if (rule === undefined) throw new CurriculaUsageError("report() was called outside a rule's check()");
    const { document, path, part } = descriptor;
    const d: Diagnostic = {
      ...locate(document, path, part),
      file: document.file,
      code: rule.meta.id,
      severity: this.setting ?? descriptor.severity ?? rule.meta.severity,
      message: '',
      path,
    };
    if ('messageId' in descriptor) {
      const data: MessageData = descriptor.data ?? {};
      d.message = this.render(rule, descriptor.messageId, data);
      d.messageId = descriptor.messageId;
      d.data = data;
      if (descriptor.hintId !== undefined) {
        d.hint = this.render(rule, descriptor.hintId, data);
        d.hintId = descriptor.hintId;
      }
    } else {
      d.message = this.text(descriptor.message);
      if (descriptor.hint !== undefined) d.hint = this.text(descriptor.hint);
    }
    this.out.push(d);
  };

  /** A message of the running rule in the call's language: a custom rule's own, else the catalogs'. */
  private render(rule: AnyRule, id: string, data: MessageData): string {
    const code = rule.meta.id;
    const own = rule.meta.messages?.[id];
    if (own !== undefined) {
      const text = typeof own === 'string' ? own : (own[this.locale] ?? own.en ?? Object.values(own).find((t) => t !== undefined));
      if (text !== undefined) return fillMessage(text, data, this.locale, code);
    }
    const text = formatMessage(this.locale, code, id, data);
    if (text === undefined) {
      throw new CurriculaUsageError(`Rule ${code} reported message id "${id}", which neither its meta.messages nor the message catalogs have`);
    }
    return text;
  }
}

function locate(document: RuleDocument, path: string, part: 'key' | 'value' | undefined): SourceRange {
  try {
    const r = document.sourceMap.locate(path, part);
    return { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
  } catch {
    return START_OF_TEXT;
  }
}
