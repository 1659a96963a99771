import type { Severity } from '../core/diagnostic.js';
import type { Bilingual, Locale } from '../core/locale.js';
import type { TimeUnit } from '../duration/index.js';
import type { SourceMap } from '../load/index.js';
import type { FederalState } from '../model/federal-state.js';
import type { ModuleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { CurriculumDocument } from '../model/parse.js';
import type { Program } from '../model/program.js';

/**
 * How a rule is configured: its severity, or `off`. `warn` and `warning`
 * mean the same (ESLint spells it `warn`).
 *
 * @example
 * ```ts
 * import type { RuleSetting } from 'curricula';
 * const setting: RuleSetting = 'warn';
 * ```
 */
export type RuleSetting = 'error' | 'warn' | 'warning' | 'info' | 'off';

/**
 * What a rule's page in a rules document (see {@link renderRulesMarkdown})
 * shows: why the rule exists, and a failing and a passing snippet. Snippets
 * are YAML; a snippet that needs several files (an offering and its
 * program) separates them with a line `---`. A custom rule may carry its
 * docs in `meta.docs`; the built-in rules keep theirs outside the package
 * (their pages are docs/rules.md in the repository, whose snippets the
 * tests run, so the docs cannot drift from the code).
 *
 * @example
 * ```ts
 * import type { RuleDocs } from 'curricula';
 * const docs: RuleDocs = {
 *   why: 'A program without a title cannot be listed.',
 *   invalid: 'kind: program\nid: x\ntitle: ""\n',
 *   valid: 'kind: program\nid: x\ntitle: X\n',
 * };
 * ```
 */
export interface RuleDocs {
  /** Why the rule matters: the real mistake it catches. */
  why: string;
  /** How the rule decides in the less obvious cases (Markdown). */
  details?: string;
  /** A snippet the rule reports. */
  invalid: string;
  /** The same snippet, corrected. */
  valid: string;
  /** A link to more documentation, if any. */
  url?: string;
  /** Load options the snippets are parsed with (only the limit rules need them). */
  parseOptions?: { maxBytes?: number; maxDepth?: number };  /** Rule settings the snippets are validated with (only rules about settings need them). */
  rules?: Readonly<Record<string, RuleSetting>>;
}

/**
 * What a rule is (Prüfregel): its id (which is also the diagnostic code it
 * reports), its default severity, a one-line description and, optionally,
 * its docs. Only what validation and reports need is kept at run time: the
 * built-in rules have no `docs` here (see docs/rules.md), so the package
 * does not carry their pages.
 *
 * @example
 * ```ts
 * import type { RuleMeta } from 'curricula';
 * const meta: RuleMeta = {
 *   id: 'house/title-case',
 *   severity: 'warning',
 *   description: 'Module titles start with a capital letter.',
 *   docs: { why: 'House style.', invalid: 'title: einstieg', valid: 'title: Einstieg' },
 * };
 * ```
 */
export interface RuleMeta {
  /** Namespaced id, `area/name`; every diagnostic of the rule carries it as its code. */
  id: string;
  severity: Severity;
  /** What the rule checks, in one line (the rules table, SARIF). */
  description: string;
  /** Why and snippets, for {@link renderRulesMarkdown}; absent on the built-in rules. */
  docs?: RuleDocs;
}

/**
 * A document the rules look at: a parse result whose value the schema
 * accepted.
 *
 * @example
 * ```ts
 * import { defineRule } from 'curricula';
 * defineRule({ meta, check(ctx) { for (const doc of ctx.documents) console.log(doc.file, doc.value.kind); } });
 * ```
 */
export interface RuleDocument<T extends CurriculumDocument = CurriculumDocument> {
  file: string;
  value: T;
  sourceMap: SourceMap;
}

/**
 * Where and what a rule reports. `path` is a JSON pointer into the
 * document; `part: 'key'` points at the key rather than its value (for an
 * unknown or duplicate key). `severity` overrides the rule's default for
 * this one report, unless the user configured the rule's severity.
 *
 * @example
 * ```ts
 * ctx.report({
 *   document: doc,
 *   path: '/modules/0/title',
 *   message: { en: 'Titles start with a capital letter', de: 'Titel beginnen mit einem Großbuchstaben' },
 * });
 * ```
 */
export interface ReportDescriptor {
  document: RuleDocument;
  path: string;
  message: Bilingual | string;
  hint?: Bilingual | string;
  part?: 'key' | 'value';
  severity?: Severity;
}

/**
 * Everything a rule sees: all documents of the set (valid ones only),
 * programs by id across files, the chosen locale and options, `report`,
 * and what the rules of one validate() call share: each program's module
 * tree (`tree`) and results memoised for the call (`memo`).
 *
 * @example
 * ```ts
 * import { defineRule } from 'curricula';
 * defineRule({
 *   meta,
 *   check(ctx) {
 *     for (const doc of ctx.programs.values()) {
 *       if (doc.value.modules.length === 0) ctx.report({ document: doc, path: '/modules', message: 'No modules' });
 *     }
 *   },
 * });
 * ```
 */
export interface RuleContext {
  /** All documents the schema accepted, ordered by file name. */
  readonly documents: readonly RuleDocument[];
  /** Program documents by program id; on a duplicate id the first by file name wins. */
  readonly programs: ReadonlyMap<string, RuleDocument<Program>>;
  /** Every program document, ordered by file name (including ones whose id another file already uses). */
  readonly programDocuments: readonly RuleDocument<Program>[];
  /** Offering documents, ordered by file name. */
  readonly offerings: readonly RuleDocument<Offering>[];
  readonly locale: Locale;
  readonly options: ResolvedValidateOptions;
  /** The severity this rule reports with (its default, or what the user configured). */
  readonly severity: Severity;
  /** Formats exact minutes in a unit and the context's locale ("134 UE", "2,5 Std."). */
  formatMinutes(minutes: number, unit: TimeUnit): string;
  /** Picks the message text for the context's locale. */
  text(message: Bilingual | string): string;
  report(descriptor: ReportDescriptor): void;
  /**
   * The program's {@link ModuleTree}, built on first use in this
   * validate() call and shared by every rule of the call: read it here
   * rather than building your own.
   *
   * @example
   * ```ts
   * for (const doc of ctx.programDocuments) {
   *   for (const node of ctx.tree(doc.value).modules) if (node.minutes === undefined) console.log(node.pointer);
   * }
   * ```
   */
  tree(program: Program): ModuleTree;
  /**
   * `compute(key)`, computed once per key in this validate() call and then
   * shared by every rule of the call (a rule's own analysis of an offering,
   * say, that several rules read). The results die with the call: nothing
   * is kept across calls, and a helper that takes the context gives the
   * same answer inside and outside validate(). Keys are compared by
   * identity, per `compute` function: pass the same function each time
   * (one declared at module level, not an arrow written inline).
   *
   * @example
   * ```ts
   * const titles = (doc: RuleDocument<Program>) => new Set(doc.value.modules.map((m) => m.title));
   * defineRule({ meta, check(ctx) { for (const doc of ctx.programDocuments) ctx.memo(titles, doc).has('Einstieg'); } });
   * ```
   */
  memo<K extends object, V>(compute: (key: K) => V, key: K): V;
}

/**
 * A validation rule, ESLint style: a plain object with `meta` and
 * `check(ctx)`. Write your own with {@link defineRule} and pass it as
 * `extraRules`.
 *
 * @example
 * ```ts
 * import { defineRule, validate } from 'curricula';
 * const titleCase = defineRule({
 *   meta: { id: 'house/title-case', severity: 'warning', description: 'Titles start upper-case.', docs },
 *   check(ctx) { ... },
 * });
 * validate(results, { extraRules: [titleCase] });
 * ```
 */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/**
 * Options of {@link validate}.
 *
 * - `rules`: severity per rule id (`'hours/total': 'warn'`), or per area
 *   (`hours: 'off'` switches off every `hours/…` rule); the exact id wins
 *   over the area. Codes of the loader and the schema (`syntax`,
 *   `schema/unknown-key`, `duration/invalid`, …) are configured the same way.
 * - `locale`: language of the rules' messages (`en` default, `de`); load
 *   and schema messages keep the language they were parsed with, so pass
 *   the same `locale` to `parseDocument`.
 * - `creditHours`: clock hours of workload per ECTS credit (default 25 to 30).
 * - `state`: federal state for holiday checks when an offering names none.
 * - `extraRules`: your own rules, run after the built-in ones.
 *
 * @example
 * ```ts
 * import { validate } from 'curricula';
 * validate(results, { locale: 'de', rules: { 'credits/workload': 'off', schema: 'warn' }, state: 'BW' });
 * ```
 */
export interface ValidateOptions {
  rules?: Readonly<Record<string, RuleSetting>>;
  locale?: Locale;
  creditHours?: Readonly<{ min: number; max: number }>;
  state?: FederalState;
  extraRules?: readonly Rule[];
}

/**
 * {@link ValidateOptions} with defaults applied, as rules see them.
 *
 * @example
 * ```ts
 * import { defineRule } from 'curricula';
 * defineRule({ meta, check(ctx) { const { min, max } = ctx.options.creditHours; } });
 * ```
 */
export interface ResolvedValidateOptions {
  locale: Locale;
  creditHours: Readonly<{ min: number; max: number }>;
  state: FederalState | undefined;
}

