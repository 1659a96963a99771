import type * as YamlLib from 'yaml';
import type { SourceRange } from '../core/diagnostic.js';
import { lazyRequire } from '../core/lazy-require.js';
import { LineIndex } from './line-index.js';

/**
 * What an inline directive does, ESLint style:
 * - `disable-next-line`: findings on the next line;
 * - `disable-line`: findings on the directive's own line (a trailing comment);
 * - `disable`: findings from here to a matching `enable`, or to the end;
 * - `enable`: ends a `disable` (of the rules it names, or of all).
 *
 * @example
 * ```ts
 * import type { DirectiveKind } from 'curricula';
 * const kind: DirectiveKind = 'disable-next-line';
 * ```
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/**
 * An inline directive in a YAML comment (Ausnahme im Dokument), such as
 * `# curricula-disable-next-line offering/holiday -- Ostern-Intensivkurs, mit dem Träger abgestimmt`:
 * what it does, the codes or areas it names, the reason after `--`, and
 * where the comment is.
 *
 * @example
 * ```ts
 * import type { Directive } from 'curricula';
 * const d: Directive = { kind: 'disable-next-line', rules: ['offering/holiday'], reason: 'Ostern-Intensivkurs', line: 7, column: 3, endLine: 7, endColumn: 60, text: 'curricula-disable-next-line offering/holiday -- Ostern-Intensivkurs' };
 * ```
 */
export interface Directive extends SourceRange {
  kind: DirectiveKind;
  /** Codes or areas as written (`offering/holiday`, `offering`); empty when none are named. */
  rules: string[];
  /** The text after `--`, trimmed; undefined when there is none. */
  reason: string | undefined;
  /** The comment without its `#`, trimmed. */
  text: string;
}

/** The prefix every directive starts with, looked for in the text before any comment is looked at. */
const MARK = 'curricula-';

const DIRECTIVE = /^curricula-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/s;

const yamlLib = (): typeof YamlLib => lazyRequire<typeof YamlLib>('yaml');

/**
 * The inline directives of a YAML text: its comments that start with
 * `curricula-disable`, `curricula-disable-line`,
 * `curricula-disable-next-line` or `curricula-enable`, in text order.
 * JSON has no comments, so a JSON text has none; config `overrides` do its
 * work there.
 *
 * Cheap for the common case: a text without `curricula-` after a `#` is
 * not looked at further. Otherwise the `yaml` package's lexer finds the real
 * comments, so a `#` inside a quoted or block text is never one.
 *
 * @example
 * ```ts
 * scanDirectives('# curricula-disable-next-line offering/holiday -- Ostern\n- date: 2027-03-26\n', 'yaml');
 * // [{ kind: 'disable-next-line', rules: ['offering/holiday'], reason: 'Ostern', line: 1, column: 1, … }]
 * ```
 */
export function scanDirectives(text: string, format: 'json' | 'yaml'): Directive[] {
  if (format !== 'yaml' || !mayHoldDirective(text)) return [];
  const { Lexer, CST } = yamlLib();
  const control = new Set<string>([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);
  const lines = new LineIndex(text);
  const out: Directive[] = [];
  let offset = 0;
  try {
    for (const token of new Lexer().lex(text)) {
      // The lexer's control tokens mark structure and are not in the text; every other token is a slice of it.
      if (control.has(token)) continue;
      if (token.startsWith('#') && token.includes(MARK)) {
        const directive = parseDirective(token.slice(1).trim());
        if (directive !== undefined) out.push({ ...directive, ...lines.rangeOf(offset, offset + token.length) });
      }
      offset += token.length;
    }
  } catch {
    // A text the lexer cannot take has syntax errors of its own to report; its directives are not read.
    return [];
  }
  return out;
}

/**
 * Whether `curricula-` stands somewhere after a `#`, as in every
 * directive. Most files have no comment at all: looking for one character
 * is several times cheaper than looking for the mark through the whole
 * text, which every YAML file paid (about 1% of reading a small one).
 */
function mayHoldDirective(text: string): boolean {
  const hash = text.indexOf('#');
  return hash >= 0 && text.includes(MARK, hash + 1);
}

/**
 * A comment's text as a directive: its kind, the codes it names (comma or
 * space separated) and the reason after `--` (two or more dashes between
 * spaces, as ESLint writes it); undefined when it is no directive.
 *
 * @example
 * ```ts
 * parseDirective('curricula-disable offering/holiday, offering/outlier-date -- Ferienkurs');
 * // { kind: 'disable', rules: ['offering/holiday', 'offering/outlier-date'], reason: 'Ferienkurs', text: '…' }
 * ```
 */
export function parseDirective(comment: string): Omit<Directive, keyof SourceRange> | undefined {
  const m = DIRECTIVE.exec(comment);
  if (m === null) return undefined;
  const kind = m[1] as DirectiveKind;
  const rest = m[2]!;
  const dashes = /\s-{2,}(?:\s|$)/.exec(rest);
  const names = dashes === null ? rest : rest.slice(0, dashes.index);
  const reason = dashes === null ? undefined : rest.slice(dashes.index + dashes[0].length).trim();
  const rules = names
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return { kind, rules, reason: reason === '' ? undefined : reason, text: comment };
}
