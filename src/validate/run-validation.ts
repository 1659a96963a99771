import { START_OF_TEXT, sortDiagnostics, type Diagnostic, type MessageData, type Severity, type SourceRange } from '../core/diagnostic.js';
import { didYouMean } from '../core/did-you-mean.js';
import { CurriculaUsageError } from '../core/errors.js';
import { isLocale, type Locale } from '../core/locale.js';
import { formatDuration, type TimeUnit } from '../duration/index.js';
import { moduleTree, type ModuleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import { parseValue, type CurriculumDocument, type ParseResult } from '../model/parse.js';
import type { Program } from '../model/program.js';
import { diagnosticOf, DIAGNOSTIC_CODES, fillMessage, finding, formatMessage, renderDiagnostic } from '../messages/index.js';
import { checkOptions, OPTIONS_FILE, type RuleSetting, type ValidateOptions } from './options.js';
import { ruleNeeds } from './rule-scope.js';
import { anyRecognitionClaim } from './recognition-targets.js';
import { ruleKeys } from './registry.js';
import { settingFor, type EffectiveSetting } from './rule-settings.js';
import { Suppressor } from './directives.js';
import { FileSettings } from './file-settings.js';
import type { ValidateInput } from './validate.js';
import type {
  ReportDescriptor,
  ResolvedValidateOptions,
  AnyRule,
  RuleContext,
  RuleDocument,
} from './types.js';

/**
 * What `validate()` does, with the built-in rules given rather than
 * imported: validate() passes every built-in rule, recognitionVerdicts()
 * (and through it the planner and the timetable) only the recognition
 * rules, so that an app bundling plan() does not carry the other rules.
 * The arguments are the caller's to check.
 *
 * @example
 * ```ts
 * const findings = runValidation(builtinRules, [program, offering], { locale: 'de' });
 * ```
 */
export function runValidation(builtin: readonly AnyRule[], documents: ValidateInput | readonly ValidateInput[], options: ValidateOptions): Diagnostic[] {
  const results: readonly ParseResult<CurriculumDocument>[] = (Array.isArray(documents) ? documents : [documents]).map(asParseResult);
  const rules = ruleList(builtin, options.extraRules);
  const { resolved, diagnostics: settingProblems } = checkOptions(options, localeOf(options));
  const out: Diagnostic[] = [...checkRuleOptions(options, resolved.locale), ...settingProblems];
  // Asked for a language, every finding is in it, the loader's and the schema's too.
  const render = options.locale === resolved.locale && options.locale !== undefined ? resolved.locale : undefined;
  const settings = new FileSettings(options.rules, options.overrides);
  const keepSuppressed = options.keepSuppressed === true;
  const suppressors = suppressorsOf(results, options.extraRules ?? [], resolved.locale);
  /** A finding an inline directive disables: kept with its reason when asked, else left out. */
  const suppress = (d: Diagnostic): boolean => {
    const reason = d.file === undefined ? undefined : suppressors.get(d.file)?.match(d);
    if (reason === undefined) return false;
    if (keepSuppressed) out.push({ ...d, suppressions: [{ kind: 'inSource', justification: reason }] });
    return true;
  };

  for (const result of results) {
    const file = result?.file ?? '<input>';
    let failed = false;
    for (const d of result?.diagnostics ?? []) {
      const setting = settings.setting(file, d.code);
      if (setting === 'off') continue;
      const severity = setting ?? d.severity;
      const shown = render !== undefined ? renderDiagnostic(d, render) : d;
      const placed = { ...shown, file: d.file ?? file, severity };
      // A problem disabled on purpose does not stop the file either: then it is reported unchecked, below.
      if (suppress(placed)) continue;
      failed ||= severity === 'error';
      out.push(placed);
    }
    // A file no rule can look at must not pass unseen because its problems were lowered or switched off.
    if (result !== undefined && result !== null && result.value === undefined && !failed) {
      const setting = settings.setting(file, UNCHECKED);
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

  const found: Diagnostic[] = [];
  const ctx = new CallContext(ruleDocuments, programs, programDocuments, offerings, resolved, found, settings);
  // Nearly every rule reads the trees. Built before any rule runs, a module graph built in code that
  // contains itself is thrown to the caller (CurriculaUsageError), not reported as a rule's bug.
  for (const doc of programDocuments) ctx.tree(doc.value);
  const claims = anyRecognitionClaim(ruleDocuments, resolved.profiles);
  const running = rulesThatCanFind(rules, offerings.length > 0, claims);
  for (let i = 0; i < running.length; i++) {
    const rule = running[i]!;
    // Off for every file: the rule need not run. Off for some: report() leaves their findings out.
    if (settings.offEverywhere(rule.meta.id)) continue;
    ctx.use(rule, settings.uniform ? settingFor(options.rules, rule.meta.id) : undefined);
    try {
      rule.check(ctx);
    } catch (error) {
      // A crashing rule must not hide what the others found, nor break a save.
      const reason = error instanceof Error ? error.message : String(error);
      found.push(
        diagnosticOf(
          finding('internal/rule-error', 'failed', { rule: rule.meta.id, error: reason }, 'report'),
          { path: '', file: ruleDocuments[0]?.file ?? OPTIONS_FILE },
          resolved.locale,
        ),
      );
    }
  }
  for (const d of found) if (!suppress(d)) out.push(d);

  // What the directives themselves get wrong, and (when asked) the ones that disabled nothing.
  for (const [file, suppressor] of suppressors) {
    for (const d of suppressor.problems) {
      const setting = settings.setting(file, d.code);
      if (setting !== 'off') out.push(setting === undefined ? d : { ...d, severity: setting });
    }
    const unused = unusedSetting(options.reportUnusedDisableDirectives) ?? settings.setting(file, 'directive/unused');
    if (unused !== undefined && unused !== 'off') out.push(...suppressor.unused(unused));
  }
  return sortDiagnostics(out);
}

const UNCHECKED = 'document/unchecked' as const;

/** The language of the messages about the options themselves: the one asked for, when it is one. */
function localeOf(options: ValidateOptions): Locale {
  const asked = (options as { locale?: unknown } | null)?.locale;
  return isLocale(asked) ? asked : 'en';
}

/** Shared by every call without inline directives (most of them); nothing ever adds to it. */
const NO_SUPPRESSORS: ReadonlyMap<string, Suppressor> = new Map();

/** The inline directives of each parse result that has any, ready to apply, by file. */
function suppressorsOf(results: readonly ParseResult<CurriculumDocument>[], extraRules: readonly AnyRule[], locale: Locale): ReadonlyMap<string, Suppressor> {
  let out: Map<string, Suppressor> | undefined;
  let configurable: ReadonlySet<string> | undefined;
  for (const result of results) {
    const directives = result?.directives;
    if (directives === undefined || directives.length === 0) continue;
    configurable ??= ruleKeys(extraRules).configurable;
    (out ??= new Map()).set(result.file, new Suppressor(directives, result.file, configurable, locale));
  }
  return out ?? NO_SUPPRESSORS;
}

/** `reportUnusedDisableDirectives` as a severity or off; undefined when not given (or not a setting). */
function unusedSetting(setting: unknown): EffectiveSetting | undefined {
  return typeof setting === 'string' ? settingFor({ 'directive/unused': setting as RuleSetting }, 'directive/unused') : undefined;
}

function uncheckedDiagnostic(file: string, severity: Severity, locale: Locale): Diagnostic {
  return diagnosticOf(finding(UNCHECKED, 'unchecked', {}, 'fixFirst'), { path: '', file, severity }, locale);
}

/**
 * A parse result as it is; a document given as a value, checked against
 * the schema. A parse result is told apart by its `diagnostics` and
 * `sourceMap`, which no document has (the schemas reject such keys).
 */
function asParseResult(input: ValidateInput): ParseResult<CurriculumDocument> {
  if (input !== null && typeof input === 'object' && 'sourceMap' in input && 'diagnostics' in input && Array.isArray(input.diagnostics)) {
    return input as ParseResult<CurriculumDocument>;
  }
  return parseValue(input);
}

function ruleList(builtin: readonly AnyRule[], extraRules: readonly AnyRule[] | undefined): readonly AnyRule[] {
  if (!extraRules || extraRules.length === 0) return builtin;
  // A custom rule may not take a code of the registry, whether a rule reports it or loading does.
  const ids = new Set<string>(Object.keys(DIAGNOSTIC_CODES));
  for (const rule of extraRules) {
    if (!rule || typeof rule.check !== 'function' || typeof rule.meta?.id !== 'string') {
      throw new CurriculaUsageError('Each extra rule needs meta.id and a check(ctx) function (see defineRule).');
    }
    if (ids.has(rule.meta.id)) throw new CurriculaUsageError(`Rule id "${rule.meta.id}" is already taken.`);
    ids.add(rule.meta.id);
  }
  return [...builtin, ...extraRules];
}

/** Documents the rules can look at, ordered by file name so the input order never changes the result. */
const runningRules = new WeakMap<readonly AnyRule[], (readonly AnyRule[] | undefined)[]>();

/**
 * The rules of a list that can find anything in a call: without offerings
 * not the offering rules, without a recognition claim not the recognition
 * rules. One filtered list per case and rule list, kept, because asking two
 * sets for each of ~45 rules on every call was a measurable part of
 * validating one small document.
 */
function rulesThatCanFind(rules: readonly AnyRule[], offerings: boolean, claims: boolean): readonly AnyRule[] {
  if (offerings && claims) return rules;
  let lists = runningRules.get(rules);
  if (lists === undefined) runningRules.set(rules, (lists = []));
  const which = (offerings ? 1 : 0) + (claims ? 2 : 0);
  return (lists[which] ??= rules.filter((rule) => {
    const needs = ruleNeeds(rule);
    return (offerings || needs !== 'offerings') && (claims || needs !== 'claims');
  }));
}

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

/**
 * Unknown rule ids, codes no setting changes and unknown severities in
 * `options.rules`, so a typo does not silently change nothing.
 */
function checkRuleOptions(options: ValidateOptions, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Most calls set no rules at all: nothing to look at.
  if ((typeof options.rules !== 'object' || options.rules === null) && !Array.isArray(options.overrides)) return out;
  const sets: { rules: unknown; pointer: string }[] = [{ rules: options.rules, pointer: '/rules' }];
  if (Array.isArray(options.overrides)) options.overrides.forEach((o, i) => sets.push({ rules: (o as { rules?: unknown } | null)?.rules, pointer: `/overrides/${i}/rules` }));
  if (sets.every((set) => set.rules === undefined || set.rules === null || typeof set.rules !== 'object')) return out;
  const { configurable: known, fixed } = ruleKeys(options.extraRules ?? []);
  for (const { rules, pointer } of sets) {
    if (rules === undefined || rules === null || typeof rules !== 'object') continue;
    for (const key of Object.keys(rules)) {
      const base = { file: OPTIONS_FILE, path: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` };
      const stage = fixed.get(key);
      if (stage !== undefined) {
        const id = stage === 'plan' ? 'notConfigurablePlan' : stage === 'internal' ? 'notConfigurableInternal' : 'notConfigurableOptions';
        out.push(diagnosticOf(finding('config/unknown-rule', id, { key }), base, locale));
      } else if (!known.has(key)) {
        const guess = didYouMean(key, known);
        const f =
          guess === undefined
            ? finding('config/unknown-rule', 'unknown', { key })
            : finding('config/unknown-rule', 'unknown', { key, suggestion: guess }, 'didYouMean');
        out.push(diagnosticOf(f, base, locale));
      }
      // A value that is no setting is the options schema's to report (checkOptions).
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
  private setting: EffectiveSetting | undefined;
  private memos: Map<(key: never) => unknown, Map<object, unknown>> | undefined;

  constructor(
    readonly documents: RuleDocument[],
    readonly programs: Map<string, RuleDocument<Program>>,
    readonly programDocuments: RuleDocument<Program>[],
    readonly offerings: RuleDocument<Offering>[],
    readonly options: ResolvedValidateOptions,
    private readonly out: Diagnostic[],
    private readonly settings: FileSettings,
  ) {
    this.locale = options.locale;
  }

  use(rule: AnyRule, setting: EffectiveSetting | undefined): void {
    this.rule = rule;
    this.setting = setting;
    this.severity = setting === undefined || setting === 'off' ? rule.meta.severity : setting;
  }

  // Arrow properties, not methods: a rule may take them out of the context (`const { report } = ctx`).

  readonly formatMinutes = (minutes: number, unit: TimeUnit): string => formatDuration(minutes, { unit, locale: this.locale });

  // Nearly every rule asks for the tree of the program it looks at, mostly the same one in a row:
  // the last one is kept at hand, the others in a map made only once a call has a second program
  // (most have one, and two maps per call were a measurable part of validating a small program).
  private lastProgram: Program | undefined;
  private lastTree: ModuleTree | undefined;
  private otherTrees: Map<Program, ModuleTree> | undefined;

  readonly tree = (program: Program): ModuleTree => {
    if (program === this.lastProgram && this.lastTree !== undefined) return this.lastTree;
    if (this.lastProgram !== undefined) (this.otherTrees ??= new Map()).set(this.lastProgram, this.lastTree!);
    const tree = this.otherTrees?.get(program) ?? moduleTree(program);
    this.lastProgram = program;
    this.lastTree = tree;
    return tree;
  };

  readonly memo = <K extends object, V>(compute: (key: K) => V, key: K): V => {
    const memos = (this.memos ??= new Map());
    let results = memos.get(compute);
    if (results === undefined) memos.set(compute, (results = new Map()));
    const known = results.get(key);
    if (known !== undefined || results.has(key)) return known as V;
    const value = compute(key);
    results.set(key, value);
    return value;
  };

  readonly report = (descriptor: ReportDescriptor<string, string, string>): void => {
    const rule = this.rule;
    if (rule === undefined) throw new CurriculaUsageError("report() was called outside a rule's check()");
    const { document, path, part } = descriptor;
    // With overrides, each file has its own settings: a rule off for this file reports nothing here.
    const setting = this.settings.uniform ? this.setting : this.settings.setting(document.file, rule.meta.id);
    if (setting === 'off') return;
    const data: MessageData = descriptor.data ?? {};
    const d: Diagnostic = {
      ...locate(document, path, part),
      file: document.file,
      code: rule.meta.id,
      severity: setting ?? descriptor.severity ?? rule.meta.severity,
      message: this.render(rule, descriptor.messageId, data),
      path,
      messageId: descriptor.messageId,
      data,
    };
    if (descriptor.hintId !== undefined) {
      d.hint = this.render(rule, descriptor.hintId, data);
      d.hintId = descriptor.hintId;
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
