import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { Locale } from '../core/locale.js';
import type { Directive } from '../load/index.js';
import { codeArea, diagnosticOf, finding, type Finding } from '../messages/index.js';

/** One code or area a disable directive names, and whether it disabled anything. */
interface Entry {
  directive: Directive;
  rule: string;
  /** Where a `disable` stops (the matching `enable`), as line and column; undefined: the end of the file. */
  until: { line: number; column: number } | undefined;
  used: boolean;
}

/**
 * The inline directives of one file, ready to apply: each disable
 * directive's codes with where they hold, and the findings about the
 * directives themselves (no reason, no codes, a code that does not exist).
 * A directive without a reason disables nothing: an exception must say
 * why it is one.
 *
 * @example
 * ```ts
 * const suppressor = new Suppressor(result.directives, result.file, configurable, 'en');
 * const reason = suppressor.match(diagnostic); // 'Ostern-Intensivkurs, mit dem Träger abgestimmt', or undefined
 * ```
 */
export class Suppressor {
  readonly problems: Diagnostic[] = [];
  private readonly entries: Entry[] = [];

  constructor(
    directives: readonly Directive[],
    private readonly file: string,
    /** Codes and areas directives may name: those `rules` settings change, the directives' own codes aside. */
    configurable: ReadonlySet<string>,
    private readonly locale: Locale,
  ) {
    const names = [...configurable].filter((key) => !key.startsWith('directive'));
    const known = new Set(names);
    const disables: { directive: Directive; rules: string[] }[] = [];
    const enables: { directive: Directive; rules: string[] }[] = [];
    for (const directive of directives) {
      const rules: string[] = [];
      for (const rule of directive.rules) {
        if (known.has(rule)) rules.push(rule);
        else {
          const suggestion = didYouMean(rule, names);
          this.problem(
            directive,
            suggestion === undefined
              ? finding('directive/invalid', 'unknownRule', { rule })
              : finding('directive/invalid', 'unknownRule', { rule, suggestion }, 'didYouMean'),
          );
        }
      }
      if (directive.kind === 'enable') {
        enables.push({ directive, rules });
        continue;
      }
      if (directive.rules.length === 0) {
        this.problem(directive, finding('directive/invalid', 'noRules', {}, 'nameRules'));
        continue;
      }
      if (directive.reason === undefined) {
        this.problem(directive, finding('directive/invalid', 'noReason', {}, 'addReason'));
        continue;
      }
      disables.push({ directive, rules });
    }
    for (const { directive, rules } of disables) {
      for (const rule of rules) {
        const until = directive.kind === 'disable' ? enables.find((e) => after(e.directive, directive) && (e.directive.rules.length === 0 || e.rules.some((r) => covers(r, rule)))) : undefined;
        this.entries.push({ directive, rule, until: until === undefined ? undefined : { line: until.directive.line, column: until.directive.column }, used: false });
      }
    }
  }

  /**
   * The reason of the first directive that disables this finding, marking
   * it used; undefined when none does. Findings about directives are
   * never disabled.
   */
  match(d: Pick<Diagnostic, 'code' | 'line' | 'column'>): string | undefined {
    if (d.code.startsWith('directive/')) return undefined;
    let reason: string | undefined;
    for (const entry of this.entries) {
      if (!covers(entry.rule, d.code) || !holds(entry, d)) continue;
      entry.used = true;
      reason ??= entry.directive.reason;
    }
    return reason;
  }

  /** `directive/unused` for each code a disable directive names that disabled nothing. */
  unused(severity: Severity): Diagnostic[] {
    return this.entries
      .filter((entry) => !entry.used)
      .map((entry) =>
        diagnosticOf(finding('directive/unused', 'unused', { rule: entry.rule }, 'remove'), {
          path: '',
          range: entry.directive,
          file: this.file,
          severity,
        }, this.locale),
      );
  }

  private problem(directive: Directive, f: Finding): void {
    this.problems.push(diagnosticOf(f, { path: '', range: directive, file: this.file }, this.locale));
  }
}

/** Whether a directive's code or area (`offering`, `offering/*`) covers a finding's code. */
function covers(rule: string, code: string): boolean {
  if (rule === code) return true;
  const area = codeArea(code);
  return area !== code && (rule === area || rule === `${area}/*`);
}

function after(a: Directive, b: Directive): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column);
}

/** Whether a finding lies where an entry holds: its line, the next line, or from the directive to its `enable`. */
function holds(entry: Entry, d: Pick<Diagnostic, 'line' | 'column'>): boolean {
  const directive = entry.directive;
  switch (directive.kind) {
    case 'disable-line':
      return d.line === directive.line;
    case 'disable-next-line':
      return d.line === directive.line + 1;
    default: {
      const started = d.line > directive.line || (d.line === directive.line && d.column >= directive.column);
      const until = entry.until;
      const stopped = until !== undefined && (d.line > until.line || (d.line === until.line && d.column >= until.column));
      return started && !stopped;
    }
  }
}
