import type { MessageData, Severity } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import type { TimeUnit } from '../duration/index.js';
import type { SourceMap } from '../load/index.js';
import type { MessageDataOf, MessageId, MessageNamespace } from '../messages/index.js';
import type { FederalState } from '../model/federal-state.js';
import type { RuleSetting } from './options.js';
import type { ModuleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { CurriculumDocument } from '../model/parse.js';
import type { Program } from '../model/program.js';
import type { CustomProfile } from '../recognition/profile.js';

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
 * The messages of a custom rule, ESLint's `meta.messages`: message id to
 * its text, in one language or per language (English is used where the
 * reader's language is missing). Placeholders are `{name}` or
 * `{name:format}` as in the built-in catalogs. Built-in rules have theirs
 * in the package's catalogs (src/messages/en.ts and de.ts).
 *
 * @example
 * ```ts
 * import type { RuleMessages } from 'curricula';
 * const messages: RuleMessages = { lowerCase: 'Title {title:quote} starts with a lower-case letter' };
 * ```
 */
export type RuleMessages = Readonly<Record<string, string | Readonly<Partial<Record<Locale, string>>>>>;

/**
 * What a rule is (Prüfregel): its id (which is also the diagnostic code it
 * reports), its default severity, a one-line description and, optionally,
 * its docs. Built-in rules take theirs from the code registry
 * (`DIAGNOSTIC_CODES`) and their messages from the catalogs; a custom rule
 * writes them here, with its `messages`.
 *
 * @example
 * ```ts
 * import type { RuleMeta } from 'curricula';
 * const meta: RuleMeta = {
 *   id: 'house/title-case',
 *   severity: 'warning',
 *   description: 'Module titles start with a capital letter.',
 *   messages: { lowerCase: 'Title {title:quote} starts with a lower-case letter' },
 *   docs: { why: 'House style.', invalid: 'title: einstieg', valid: 'title: Einstieg' },
 * };
 * ```
 */
export interface RuleMeta<Id extends string = string> {
  /** Namespaced id, `area/name`; every diagnostic of the rule carries it as its code. */
  id: Id;
  severity: Severity;
  /** What the rule checks, in one line (the rules table, SARIF). */
  description: string;
  /** A custom rule's messages by id; built-in rules have theirs in the catalogs. */
  messages?: RuleMessages;
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
 * The message ids a rule with id `Id` may report: its catalog entry's for a
 * built-in code, any for a custom rule.
 *
 * @example
 * ```ts
 * import type { RuleMessageId } from 'curricula';
 * const id: RuleMessageId<'hours/total'> = 'mismatch';
 * ```
 */
export type RuleMessageId<Id extends string> = Id extends MessageNamespace ? MessageId<Id> : string;

/**
 * The data a message needs: typed by its placeholders for a built-in code,
 * free for a custom rule.
 *
 * @example
 * ```ts
 * import type { RuleMessageData } from 'curricula';
 * const data: RuleMessageData<'hours/total', 'more'> = { difference: { minutes: 45, unit: 'UE' } };
 * ```
 */
export type RuleMessageData<Id extends string, M extends string> = Id extends MessageNamespace
  ? M extends MessageId<Id>
    ? MessageDataOf<Id, M>
    : never
  : MessageData;

/**
 * Where and what a rule reports: a message id and the data of its
 * placeholders (and of the hint's, when `hintId` is given), never text; the
 * text is rendered in the reader's language. `path` is a JSON pointer into
 * the document; `part: 'key'` points at the key rather than its value (for
 * an unknown or duplicate key). `severity` overrides the rule's default for
 * this one report, unless the user configured the rule's severity.
 *
 * @example
 * ```ts
 * ctx.report({
 *   document: doc,
 *   path: '/modules/0/title',
 *   messageId: 'lowerCase',
 *   data: { title: 'einstieg' },
 * });
 * ```
 */
export type ReportDescriptor<
  Id extends string = string,
  M extends RuleMessageId<Id> = RuleMessageId<Id>,
  H extends RuleMessageId<Id> = never,
> = {
  document: RuleDocument;
  path: string;
  messageId: M;
  hintId?: H;
  part?: 'key' | 'value';
  severity?: Severity;
} & ReportData<RuleMessageData<Id, M> & ([H] extends [never] ? unknown : RuleMessageData<Id, H>)>;

/**
 * The `data` of a report: required when the message has placeholders;
 * optional when it has none, and for a custom rule's free-form messages.
 *
 * @example
 * ```ts
 * import type { ReportData } from 'curricula';
 * const none: ReportData<{}> = {};
 * const some: ReportData<{ key: string }> = { data: { key: 'titel' } };
 * ```
 */
export type ReportData<D> = string extends keyof D ? { data?: D } : keyof D extends never ? { data?: D } : { data: D };

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
 *       if (doc.value.modules.length === 0) ctx.report({ document: doc, path: '/modules', messageId: 'noModules' });
 *     }
 *   },
 * });
 * ```
 */
export interface RuleContext<Id extends string = string> extends RuleScope {
  /** Reports a finding of the running rule (see {@link ReportDescriptor}). */
  report<M extends RuleMessageId<Id>, H extends RuleMessageId<Id> = never>(descriptor: ReportDescriptor<Id, M, H>): void;
}

/**
 * What a rule sees besides `report`: the documents, the options, the
 * locale, and what the rules of one validate() call share (each program's
 * module tree, results memoised for the call). Helpers shared by several
 * rules take this, so any rule's context can be passed to them.
 *
 * @example
 * ```ts
 * import type { RuleScope } from 'curricula';
 * const programCount = (scope: RuleScope) => scope.programDocuments.length;
 * ```
 */
export interface RuleScope {
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
export interface Rule<Id extends string = string> {
  meta: RuleMeta<Id>;
  check(ctx: RuleContext<Id>): void;
}

/**
 * A rule of any id, as lists of rules hold them (`extraRules`,
 * `builtinRules`): each rule's `check` is typed for its own id's messages,
 * so rules of different ids share no narrower type.
 *
 * @example
 * ```ts
 * import type { AnyRule } from 'curricula';
 * const rules: AnyRule[] = [titleCase, noEmptyGoals];
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of rules holds Rule<'a'> and Rule<'b'>; no other type is a supertype of both.
export type AnyRule = Rule<any>;

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
  /** Profiles every document is checked against, besides the ones it claims (unknown ids left out). */
  profiles: readonly string[];
  customProfiles: readonly CustomProfile[];
}

